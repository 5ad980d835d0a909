import { defineRule } from '../define-rule.js';
import { reportSourceFailures } from './source-failure.js';

/** A capture named by a claim or by sources.yaml must exist and be readable. */
export const sourceMissing = defineRule({
  id: 'source-missing',
  severity: 'error',
  description: 'A source file does not exist, is a directory, is unreadable (permission denied) or is too large.',
  check: reportSourceFailures,
});
