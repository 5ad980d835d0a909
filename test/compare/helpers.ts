import type { ClaimSet } from '../../src/claims/load.js';
import { parseTopic } from '../../src/claims/parse-topic.js';

/** A claim set of one topic file, parsed from YAML text (as `loadClaimSet` would). */
export function claimSetOf(yaml: string, file = 'claims/topic.yaml'): ClaimSet {
  const { topic, findings } = parseTopic(file, yaml);
  return { root: '/repo', topics: [topic], subjects: topic.subjects, claims: topic.claims, findings };
}

/**
 * A topic with one subject and one claim per value, for table-driven tests.
 * `subject` is the YAML of the subject's extra fields (kind, unit, base, tolerance, aliases).
 */
export function subjectYaml(subject: string, values: readonly string[], extra = ''): string {
  const claims = values
    .map((value, i) => `  - id: c${i}\n    subject: s\n    outlet: Outlet ${i}\n    value: ${value}\n`)
    .join('');
  return `topic: t\n${extra}subjects:\n  - id: s\n    question: Q?\n${subject
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `    ${l}\n`)
    .join('')}claims:\n${claims}`;
}
