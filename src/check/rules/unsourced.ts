import { createFinding, type Finding } from '../../util/message.js';
import { claimPlace } from '../places.js';
import type { Rule } from '../types.js';

/** A claim without `source.file` and `source.quote` is an opinion, not a sourced claim. */
export const unsourced: Rule = {
  id: 'unsourced',
  severity: 'error',
  description: 'A claim has no source, or its source lacks `file` or `quote`.',
  run(context) {
    const findings: Finding[] = [];
    for (const [loaded, state] of context.sources) {
      if (state.status !== 'unsourced') continue;
      const text =
        state.missing === 'source'
          ? 'Unexpected claim without `source`, expected `source.file` and `source.quote` (what the capture says, verbatim)'
          : state.missing === 'file'
            ? 'Unexpected `source` without `file`, expected the repository-relative path of the capture'
            : 'Unexpected `source` without `quote`, expected the words of the capture that state the claim, verbatim';
      findings.push(
        createFinding(text, {
          ruleId: 'unsourced',
          file: loaded.topic.file,
          place: state.missing === 'source' ? claimPlace(loaded, 'id') : claimPlace(loaded, 'source'),
          claimId: loaded.claim.id,
        }),
      );
    }
    return findings;
  },
};
