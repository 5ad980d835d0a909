import { defineRule } from '../define-rule.js';
import { reportSourceFailures } from './source-failure.js';

/** A capture path must stay inside the repository: no absolute path, no `..`, no symlink leading out. */
export const sourceOutside = defineRule({
  id: 'source-outside',
  severity: 'error',
  description: 'A source path is absolute, climbs out with `..`, or is a symlink leading outside the repository.',
  check: reportSourceFailures,
});
