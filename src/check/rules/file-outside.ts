import { defineRule } from '../define-rule.js';

/**
 * A claim file or `seeds/sources.yaml` whose real path is outside the repository (a symlink out,
 * or a `claims/` folder linked elsewhere) is never read: reported by the loaders, at the file.
 */
export const fileOutside = defineRule({
  id: 'file-outside',
  severity: 'error',
  description: 'A claim file or seeds/sources.yaml is a symlink (or sits in a folder that is one) leading outside the repository: it is not read.',
  check: (context, report) => report.take([...context.claimSet.findings, ...context.catalog.findings]),
});
