import { defineRule } from '../define-rule.js';
import { claimPlace } from '../places.js';

/** What an unsourced claim lacks, and what to write. */
const MISSING = {
  source: 'Unexpected claim without `source`, expected `source.file` and `source.quote` (what the capture says, verbatim)',
  file: 'Unexpected `source` without `file`, expected the repository-relative path of the capture',
  quote: 'Unexpected `source` without `quote`, expected the words of the capture that state the claim, verbatim',
} as const;

/** A claim without `source.file` and `source.quote` is an opinion, not a sourced claim. */
export const unsourced = defineRule({
  id: 'unsourced',
  severity: 'error',
  description: 'A claim has no source, or its source lacks `file` or `quote`.',
  check(context, report) {
    for (const [loaded, state] of context.sources) {
      if (state.status !== 'unsourced') continue;
      report(MISSING[state.missing], {
        file: loaded.topic.file,
        place: state.missing === 'source' ? claimPlace(loaded, 'id') : claimPlace(loaded, 'source'),
        claimId: loaded.claim.id,
      });
    }
  },
});
