import { compareClaimSet } from '../../compare/index.js';
import type { Rule } from '../types.js';

/**
 * A claim's value must be in a unit that compares with its subject's (回 and times do; 人 and
 * 回 do not), and a share (7割, 70%) needs a subject with a `base`. Reported on the value node.
 */
export const unitMismatch: Rule = {
  id: 'unit-mismatch',
  severity: 'error',
  description: "A claim's value is in a unit that cannot be compared with its subject's.",
  run(context) {
    return compareClaimSet(context.claimSet).findings.filter((f) => f.ruleId === 'unit-mismatch');
  },
};
