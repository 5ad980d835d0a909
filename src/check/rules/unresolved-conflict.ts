import { conflictSentence } from '../../compare/sentences.js';
import { comparisonOf } from '../comparison.js';
import { defineRule } from '../define-rule.js';
import { subjectPlace } from '../places.js';

/**
 * A subject whose claims contradict each other (verdict `conflict`) needs a reviewer's
 * `resolution` with status `resolved` or `disputed`; none, or status `open`, is a warning
 * (an error with `--strict`, as every warning). The message names the first conflicting pair.
 */
export const unresolvedConflict = defineRule({
  id: 'unresolved-conflict',
  severity: 'warning',
  description: 'A subject whose claims contradict each other has no resolution, or its resolution is open.',
  async check(context, report) {
    for (const result of (await comparisonOf(context.claimSet)).subjects) {
      if (result.verdict !== 'conflict') continue;
      const { subject } = result.loaded;
      const status = subject.resolution?.status;
      if (status === 'resolved' || status === 'disputed') continue;
      const first = result.conflicts[0];
      const detail = first ? `: ${conflictSentence(result, first)}` : '';
      const others = result.conflictCount - 1;
      const more = others > 0 ? ` (and ${others.toLocaleString('en-US')} more pair${others > 1 ? 's' : ''})` : '';
      report(`Unexpected unresolved conflict on \`${subject.id}\`${detail}${more}, expected a \`resolution\` with status resolved or disputed`, {
        file: result.loaded.topic.file,
        place: subjectPlace(result.loaded, status === 'open' ? 'resolution' : 'id'),
        claimId: subject.id,
      });
    }
  },
});
