import { comparisonOf } from '../comparison.js';
import { defineRule } from '../define-rule.js';
import { subjectPlace } from '../places.js';

/**
 * Advice: every voting claim of a subject goes back to one origin (the last link of their
 * chains), so however many outlets repeat it, nothing independent corroborates it.
 */
export const singleOrigin = defineRule({
  id: 'single-origin',
  severity: 'info',
  description: 'Every claim of a subject goes back to one origin: repetition is not corroboration.',
  async check(context, report) {
    for (const result of (await comparisonOf(context.claimSet)).subjects) {
      if (result.origins !== 1) continue;
      const voting = result.claims.filter((c) => c.votes).length;
      const outlets = new Set(result.claims.filter((c) => c.votes).map((c) => c.loaded.claim.outlet)).size;
      report(
        `Unexpected single origin for \`${result.loaded.subject.id}\`: ${voting} claim${voting === 1 ? '' : 's'} from ${outlets} outlet${outlets === 1 ? '' : 's'} all go back to ${result.originNames[0]}, expected a second, independent origin`,
        { file: result.loaded.topic.file, place: subjectPlace(result.loaded, 'id'), claimId: result.loaded.subject.id },
      );
    }
  },
});
