import { comparisonOf } from '../comparison.js';
import { defineRule } from '../define-rule.js';
import { claimPlace } from '../places.js';

/**
 * Advice: a relay, dated only by its page's publication (`as_of_from: published`), still carries
 * a figure its origin had already replaced when the page appeared ("carries 17; the fire
 * department said 14 at 23:40"). It is shown but does not vote (DESIGN.md "Figures that move").
 * Info, like `single-origin`: a fact about the outlet to weigh, never a failure.
 */
export const staleRelay = defineRule({
  id: 'stale-relay',
  severity: 'info',
  description: "A relay carries an origin's figure after the origin had replaced it with a later one.",
  async check(context, report) {
    for (const result of (await comparisonOf(context.claimSet)).subjects) {
      for (const claim of result.claims) {
        if (claim.superseded?.status !== 'stale') continue;
        const { claim: data } = claim.loaded;
        report(`Unexpected stale relay in \`${data.id}\` (${data.outlet}, as of ${claim.asOf ?? '?'}): it ${claim.superseded.sentence}, expected the origin's latest figure`, {
          file: claim.loaded.topic.file,
          place: claimPlace(claim.loaded, 'value'),
          claimId: data.id,
          note: `${data.outlet} is dated by its publication only; ${claim.superseded.by} is the later word of ${claim.superseded.origin}.`,
        });
      }
    }
  },
});
