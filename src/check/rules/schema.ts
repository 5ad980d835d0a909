import { defineRule } from '../define-rule.js';

/** Every entry must fit the zod schema of claims (or of the catalog); invalid entries are dropped and reported. */
export const schema = defineRule({
  id: 'schema',
  severity: 'error',
  description: 'A claim, subject or catalog entry does not fit the schema (claims/claims.schema.json): a missing or unexpected key, a wrong type.',
  check: (context, report) => report.take([...context.claimSet.findings, ...context.catalog.findings]),
});
