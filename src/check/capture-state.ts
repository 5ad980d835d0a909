import type { LoadedCatalogEntry } from '../sources/catalog.js';
import type { Source } from '../sources/load.js';
import type { RuleContext } from './types.js';

/** Whether a capture is as `sources.yaml` recorded it. */
export type CaptureState =
  | { readonly state: 'unchanged'; readonly entry: LoadedCatalogEntry }
  | { readonly state: 'changed'; readonly entry: LoadedCatalogEntry; readonly recorded: string; readonly actual: string }
  | { readonly state: 'unrecorded' };

/** Compare a loaded capture's sha256 with the one its catalog entry records. */
export function captureState(context: RuleContext, source: Source): CaptureState {
  const entry = context.catalog.byFile.get(source.file);
  const recorded = entry?.entry.sha256?.toLowerCase();
  if (!entry || recorded === undefined) return { state: 'unrecorded' };
  if (recorded === source.sha256) return { state: 'unchanged', entry };
  return { state: 'changed', entry, recorded, actual: source.sha256 };
}

/**
 * The sentence that tells "the capture changed" from "the quote is wrong", for quote findings.
 */
export function captureVerdict(context: RuleContext, source: Source): string {
  const state = captureState(context, source);
  if (state.state === 'changed') {
    return `The capture changed since ${context.catalog.file ?? 'sources.yaml'} recorded it (sha256 differs): check the quote against the new capture.`;
  }
  if (state.state === 'unchanged') {
    return `The capture is as ${context.catalog.file ?? 'sources.yaml'} recorded it (sha256 matches), so the claim's quote is wrong: copy it from the capture.`;
  }
  return `${source.file} has no sha256 in seeds/sources.yaml, so whether the capture or the quote changed cannot be told.`;
}

/** Every capture loaded for the check (cited by a claim or listed in the catalog), once each, in order of file. */
export function capturesOf(context: RuleContext): Source[] {
  const byFile = new Map<string, Source>();
  for (const state of context.sources.values()) if (state.status === 'anchored') byFile.set(state.source.file, state.source);
  for (const capture of context.catalogSources.values()) if (!('ruleId' in capture)) byFile.set(capture.file, capture);
  return [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
