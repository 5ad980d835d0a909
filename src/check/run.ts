import path from 'node:path';
import { loadClaimSet, type LoadedClaim, type TopicStore } from '../claims/load.js';
import { loadCatalog, type LoadedCatalogEntry } from '../sources/catalog.js';
import { listSeedCaptures } from '../sources/captures.js';
import { isSourceFailure, loadSource, withMarkup, type Source, type SourceFailure } from '../sources/load.js';
import { checkRepoPath } from '../util/repo-path.js';
import { compareFindings, severityOf, type Finding } from '../util/message.js';
import { CheckCache, type CheckCacheOptions } from './cache.js';
import { RULES } from './rules/index.js';
import type { ClaimSourceState, Rule, RuleContext } from './types.js';

/** Options of {@link runCheck}. */
export interface CheckOptions {
  /** Treat warnings as errors (`--strict`). */
  readonly strict?: boolean;
  /** The rules to run (default: every rule of `rules/index.ts`). */
  readonly rules?: readonly Rule[];
  /** The persistent cache to read and write (only with the default rules); none by default. */
  readonly cache?: CheckCacheOptions | undefined;
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
 * errors. Never throws on bad input: every problem is a finding. With a `cache`, the findings of
 * the last check are given again when no input changed, and unchanged topic files are not parsed
 * again (see `cache.ts`).
 */
export async function runCheck(root: string, options: CheckOptions = {}): Promise<CheckResult> {
  const strict = options.strict ?? false;
  const cache = options.cache && !options.rules ? new CheckCache<CheckStats>(path.resolve(root), options.cache) : undefined;
  const hit = await cache?.hit(strict);
  if (hit) return hit;
  const context = await buildContext(root, strict, cache?.topics);
  const rules = options.rules ?? RULES;
  const findings: Finding[] = [];
  for (const rule of rules) findings.push(...(await rule.run(context)));
  if (context.strict) for (const finding of findings) if (finding.fatal === false) finding.fatal = true;
  findings.sort(compareFindings);
  const count = (severity: string): number => findings.filter((f) => severityOf(f) === severity).length;
  const loaded = new Set<string>();
  for (const state of context.sources.values()) if (state.status === 'anchored') loaded.add(state.source.file);
  for (const capture of context.catalogSources.values()) if (!isSourceFailure(capture)) loaded.add(capture.file);
  const stats: CheckStats = {
    topicFiles: context.claimSet.topics.length,
    subjects: context.claimSet.subjects.length,
    claims: context.claimSet.claims.length,
    sources: loaded.size,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
  };
  await cache?.save(strict, context, findings, stats);
  return { findings, stats };
}

/** How many captures are read at once. */
const READ_AHEAD = 16;

/**
 * Load everything the rules read. Each capture is read and hashed once, several at a time; the
 * markup of a markdown or HTML capture is parsed only when one of its quotes is not found in its
 * raw text (the view is where quotes are looked for next), once per capture.
 */
export async function buildContext(root: string, strict: boolean, topics?: TopicStore): Promise<RuleContext> {
  const [claimSet, catalog] = await Promise.all([loadClaimSet(root, { store: topics }), loadCatalog(root)]);
  const absRoot = claimSet.root;
  const captures = new Map<string, Source | SourceFailure>();
  const keys = new Map<string, string>();
  const keyOf = (written: string): string => {
    let key = keys.get(written);
    if (key === undefined) {
      const checked = checkRepoPath(absRoot, written);
      key = checked.ok ? checked.relative : `\0${written}`;
      keys.set(written, key);
    }
    return key;
  };
  const wanted = new Map<string, string>();
  for (const loaded of claimSet.claims) {
    const file = loaded.claim.source?.file;
    if (file !== undefined && !wanted.has(keyOf(file))) wanted.set(keyOf(file), file);
  }
  for (const entry of catalog.entries) if (entry.relative !== undefined && !wanted.has(keyOf(entry.relative))) wanted.set(keyOf(entry.relative), entry.relative);
  await eachBounded([...wanted], READ_AHEAD, async ([key, written]) => {
    captures.set(key, await loadSource(absRoot, written, { deferMarkup: true }));
  });
  const marked = new Set<string>();
  const markup = async (key: string, capture: Source): Promise<Source> => {
    if (marked.has(key)) return capture;
    marked.add(key);
    const full = await withMarkup(capture);
    captures.set(key, full);
    return full;
  };

  const sources = new Map<LoadedClaim, ClaimSourceState>();
  // The anchoring code (with the language tables and the diff it reads) loads with the first quote.
  let anchoring: typeof import('../anchor/anchor.js') | undefined;
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
    const key = keyOf(ref.file);
    let capture = captures.get(key)!;
    if (isSourceFailure(capture)) {
      sources.set(loaded, { status: 'failed', failure: capture });
      continue;
    }
    if (ref.quote === undefined) {
      sources.set(loaded, { status: 'unsourced', missing: 'quote' });
      continue;
    }
    const selector = { quote: ref.quote, prefix: ref.prefix, suffix: ref.suffix };
    const { anchorInText, anchorQuote } = (anchoring ??= await import('../anchor/anchor.js'));
    // Found in the raw text, the result is the same with the view: the markup is parsed only when it is not.
    let anchor = anchorInText({ text: capture.text, lines: capture.lines }, selector, { lineHint: ref.line });
    if (!anchor) {
      if (capture.format !== 'text') capture = await markup(key, capture);
      anchor = anchorQuote({ text: capture.text, lines: capture.lines, view: capture.view }, selector, { lineHint: ref.line });
    }
    sources.set(loaded, { status: 'anchored', source: capture, anchor });
  }
  // Every state of a capture holds the same Source, with its markup when it was parsed.
  for (const [loaded, state] of sources) {
    if (state.status === 'anchored') sources.set(loaded, { ...state, source: captures.get(keyOf(loaded.claim.source!.file!)) as Source });
  }

  const catalogSources = new Map<LoadedCatalogEntry, Source | SourceFailure>();
  for (const entry of catalog.entries) {
    if (entry.relative !== undefined) catalogSources.set(entry, captures.get(keyOf(entry.relative))!);
  }
  return { root: absRoot, claimSet, strict, catalog, sources, catalogSources, seedCaptures: await listSeedCaptures(absRoot) };
}

/** Run `work` over `items`, at most `limit` at a time. */
async function eachBounded<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
