import { comparisonOf } from '../comparison.js';
import { defineRule } from '../define-rule.js';

/**
 * A claim's value must be in a unit that compares with its subject's (回 and times do; 人 and
 * 回 do not), and a share (7割, 70%) needs a subject with a `base`. Reported on the value node.
 */
export const unitMismatch = defineRule({
  id: 'unit-mismatch',
  severity: 'error',
  description: "A claim's value is in a unit that cannot be compared with its subject's.",
  check: async (context, report) => report.take((await comparisonOf(context.claimSet)).findings),
});
