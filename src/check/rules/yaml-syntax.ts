import type { Rule } from '../types.js';

/** Claim files and `seeds/sources.yaml` must be well-formed YAML (reported by the loaders, with line and column). */
export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  severity: 'error',
  description: 'A claim file or seeds/sources.yaml is not valid YAML (or not UTF-8, or unreadable).',
  run: (context) => [...context.claimSet.findings, ...context.catalog.findings].filter((f) => f.ruleId === 'yaml-syntax'),
};
