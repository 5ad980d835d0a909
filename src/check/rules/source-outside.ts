import type { Rule } from '../types.js';
import { sourceFailures } from './source-failure.js';

/** A capture path must stay inside the repository: no absolute path, no `..`, no symlink leading out. */
export const sourceOutside: Rule = {
  id: 'source-outside',
  severity: 'error',
  description: 'A source path is absolute, climbs out with `..`, or is a symlink leading outside the repository.',
  run: (context) => sourceFailures(context, 'source-outside'),
};
