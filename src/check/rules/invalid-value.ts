import { comparisonOf } from '../comparison.js';
import { defineRule } from '../define-rule.js';

/**
 * A claim's value must be one of the forms of DESIGN.md "Values" for its subject's kind
 * (`{min: 32}` for a count, `2018-08` for a date, `true` for a yes-or-no subject), and a
 * subject's `base` must be an amount. Reported on the offending value node.
 */
export const invalidValue = defineRule({
  id: 'invalid-value',
  severity: 'error',
  description: "A claim's value cannot be read for its subject's kind (or a subject's base is not an amount).",
  check: async (context, report) => report.take((await comparisonOf(context.claimSet)).findings),
});
