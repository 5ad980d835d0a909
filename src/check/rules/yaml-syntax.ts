import { defineRule } from '../define-rule.js';

/** Claim files and `seeds/sources.yaml` must be well-formed YAML (reported by the loaders, with line and column). */
export const yamlSyntax = defineRule({
  id: 'yaml-syntax',
  severity: 'error',
  description: 'A claim file or seeds/sources.yaml is not valid YAML (or not UTF-8, or unreadable).',
  check: (context, report) => report.take([...context.claimSet.findings, ...context.catalog.findings]),
});
