import { captureState } from '../capture-state.js';
import { defineRule } from '../define-rule.js';
import { claimPlace, where } from '../places.js';

/**
 * Captures are never edited: a capture whose sha256 differs from the one `sources.yaml` records
 * changed. Reported on each claim that cites it (so "the capture changed" reads next to any quote
 * finding), or on the catalog entry when no claim cites it.
 */
export const sourceChanged = defineRule({
  id: 'source-changed',
  severity: 'warning',
  description: "A source's sha256 differs from the one seeds/sources.yaml records: the capture changed since it was described.",
  check(context, report) {
    const cited = new Set<string>();
    for (const [loaded, state] of context.sources) {
      if (state.status !== 'anchored') continue;
      const capture = captureState(context, state.source);
      if (capture.state !== 'changed') continue;
      cited.add(state.source.file);
      const recordedAt = where(context.catalog.file ?? 'seeds/sources.yaml', capture.entry.placeOf('sha256'));
      report(`Unexpected sha256 ${capture.actual.slice(0, 12)}… of \`${state.source.file}\`, expected ${capture.recorded.slice(0, 12)}… as recorded at ${recordedAt}: the capture changed`, {
        file: loaded.topic.file,
        place: claimPlace(loaded, 'source', 'file'),
        claimId: loaded.claim.id,
        note: 'Captures are kept byte-identical. Restore the capture, or re-check its claims and update sha256 in sources.yaml.',
      });
    }
    const catalogFile = context.catalog.file;
    if (catalogFile === undefined) return;
    for (const [entry, capture] of context.catalogSources) {
      if ('ruleId' in capture || cited.has(capture.file)) continue;
      const recorded = entry.entry.sha256?.toLowerCase();
      if (recorded === undefined || recorded === capture.sha256) continue;
      report(`Unexpected sha256 ${capture.sha256.slice(0, 12)}… of \`${capture.file}\`, expected ${recorded.slice(0, 12)}…: the capture changed`, {
        file: catalogFile,
        place: entry.placeOf('sha256'),
        note: `The actual sha256 is ${capture.sha256}.`,
      });
    }
  },
});
