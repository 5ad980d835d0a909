import type { ClaimSet, LoadedClaim } from '../claims/load.js';
import type { AnchorResult } from '../anchor/anchor.js';
import type { Catalog, LoadedCatalogEntry } from '../sources/catalog.js';
import type { Source, SourceFailure } from '../sources/load.js';
import type { Finding, Severity } from '../util/message.js';

/**
 * Where a claim's quote stands, worked out once per claim before the rules run, so that each rule
 * is a pure function that only reads it.
 */
export type ClaimSourceState =
  /** No `source`, no `source.file` or no `source.quote`: the claim is unsourced. */
  | { readonly status: 'unsourced'; readonly missing: 'source' | 'file' | 'quote' }
  /** The capture could not be loaded: it is outside the repository, missing or unreadable. */
  | { readonly status: 'failed'; readonly failure: SourceFailure }
  /** The capture was loaded and the quote looked for in it. */
  | { readonly status: 'anchored'; readonly source: Source; readonly anchor: AnchorResult };

/** What every rule receives. */
export interface RuleContext {
  /** Absolute path of the repository root. */
  readonly root: string;
  /** The claim files, as loaded (with their `yaml-syntax` and `schema` findings). */
  readonly claimSet: ClaimSet;
  /** `--strict`: `runCheck` raises every warning to an error once the rules have run. */
  readonly strict: boolean;
  /** `seeds/sources.yaml`, as loaded (empty when the repository has none). */
  readonly catalog: Catalog;
  /** Each claim's source and anchor, for every claim of `claimSet.claims`. */
  readonly sources: ReadonlyMap<LoadedClaim, ClaimSourceState>;
  /** The capture of each catalog entry that names a path inside the repository, loaded (or why not). */
  readonly catalogSources: ReadonlyMap<LoadedCatalogEntry, Source | SourceFailure>;
  /** Every capture file under `seeds/` (repository-relative), described in the catalog or not. */
  readonly seedCaptures: readonly string[];
}

/**
 * A check rule: one file under `src/check/rules/`, made by `defineRule` and listed in
 * `rules/index.ts`. `run` reads the context and returns positioned findings whose `ruleId` is
 * the rule's `id`.
 */
export interface Rule {
  /** Stable kebab-case id, as printed and as documented in the README. */
  readonly id: string;
  /** Default severity of its findings (`--strict` may raise warnings to errors, as each rule decides). */
  readonly severity: Severity;
  /** One sentence for `--help` and the docs. */
  readonly description: string;
  run(context: RuleContext): readonly Finding[] | Promise<readonly Finding[]>;
}
