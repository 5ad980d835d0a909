import { anchorQuote } from '../anchor/anchor.js';
import { loadClaimSet, type LoadedClaim } from '../claims/load.js';
import { loadCatalog, type LoadedCatalogEntry } from '../sources/catalog.js';
import { listSeedCaptures } from '../sources/captures.js';
import { isSourceFailure, loadSource, type Source, type SourceFailure } from '../sources/load.js';
import { checkRepoPath } from '../util/repo-path.js';
import { compareFindings, severityOf, type Finding } from '../util/message.js';
import { RULES } from './rules/index.js';
import type { ClaimSourceState, Rule, RuleContext } from './types.js';

/** Options of {@link runCheck}. */
export interface CheckOptions {
  /** Treat warnings as errors (`--strict`). */
  readonly strict?: boolean;
  /** The rules to run (default: every rule of `rules/index.ts`). */
  readonly rules?: readonly Rule[];
}

/** What was checked and what was found, for summaries. */
export interface CheckStats {
  readonly topicFiles: number;
  readonly subjects: number;
  readonly claims: number;
  /** Distinct captures loaded. */
  readonly sources: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Result of {@link runCheck}. */
export interface CheckResult {
  /** Sorted by file, line, column, rule id. */
  readonly findings: readonly Finding[];
  readonly stats: CheckStats;
}

/**
 * Check a repository: load its claim files and `seeds/sources.yaml`, load each claim's capture
 * and anchor its quote, then run every rule over that context. With `strict`, warnings become
 * errors. Never throws on bad input: every problem is a finding.
 */
export async function runCheck(root: string, options: CheckOptions = {}): Promise<CheckResult> {
  const context = await buildContext(root, options.strict ?? false);
  const rules = options.rules ?? RULES;
  const findings: Finding[] = [];
  for (const rule of rules) findings.push(...(await rule.run(context)));
  if (context.strict) for (const finding of findings) if (finding.fatal === false) finding.fatal = true;
  findings.sort(compareFindings);
  const count = (severity: string): number => findings.filter((f) => severityOf(f) === severity).length;
  const loaded = new Set<string>();
  for (const state of context.sources.values()) if (state.status === 'anchored') loaded.add(state.source.file);
  for (const capture of context.catalogSources.values()) if (!isSourceFailure(capture)) loaded.add(capture.file);
  return {
    findings,
    stats: {
      topicFiles: context.claimSet.topics.length,
      subjects: context.claimSet.subjects.length,
      claims: context.claimSet.claims.length,
      sources: loaded.size,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    },
  };
}

/** Load everything the rules read. Each capture is read and hashed once. */
export async function buildContext(root: string, strict: boolean): Promise<RuleContext> {
  const [claimSet, catalog] = await Promise.all([loadClaimSet(root), loadCatalog(root)]);
  const absRoot = claimSet.root;
  const cache = new Map<string, Promise<Source | SourceFailure>>();
  const load = (written: string): Promise<Source | SourceFailure> => {
    const checked = checkRepoPath(absRoot, written);
    const key = checked.ok ? checked.relative : `\0${written}`;
    let pending = cache.get(key);
    if (!pending) {
      pending = loadSource(absRoot, written);
      cache.set(key, pending);
    }
    return pending;
  };

  const sources = new Map<LoadedClaim, ClaimSourceState>();
  for (const loaded of claimSet.claims) {
    const ref = loaded.claim.source;
    if (!ref) {
      sources.set(loaded, { status: 'unsourced', missing: 'source' });
      continue;
    }
    if (ref.file === undefined) {
      sources.set(loaded, { status: 'unsourced', missing: 'file' });
      continue;
    }
    const capture = await load(ref.file);
    if (isSourceFailure(capture)) {
      sources.set(loaded, { status: 'failed', failure: capture });
      continue;
    }
    if (ref.quote === undefined) {
      sources.set(loaded, { status: 'unsourced', missing: 'quote' });
      continue;
    }
    const anchor = anchorQuote(
      { text: capture.text, lines: capture.lines, view: capture.format === 'text' ? undefined : capture.view },
      { quote: ref.quote, prefix: ref.prefix, suffix: ref.suffix },
      { lineHint: ref.line },
    );
    sources.set(loaded, { status: 'anchored', source: capture, anchor });
  }

  const catalogSources = new Map<LoadedCatalogEntry, Source | SourceFailure>();
  for (const entry of catalog.entries) {
    if (entry.relative !== undefined) catalogSources.set(entry, await load(entry.relative));
  }
  return { root: absRoot, claimSet, strict, catalog, sources, catalogSources, seedCaptures: await listSeedCaptures(absRoot) };
}
