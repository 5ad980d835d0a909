import { createFinding, type Finding, type Place } from '../../util/message.js';
import { claimPlace, subjectPlace, where } from '../places.js';
import type { Rule } from '../types.js';

/**
 * Claim ids are unique across all topic files, and so are subject ids (two namespaces). The
 * finding points at the second occurrence and names where the first is. Repeated entries of
 * `sources.yaml` are reported under the same id.
 */
export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  description: 'Two claims (or two subjects) share an id, across all topic files; or sources.yaml describes one capture twice.',
  run(context) {
    const findings: Finding[] = [];
    const check = <T>(items: readonly T[], id: (item: T) => string, file: (item: T) => string, place: (item: T) => Place, what: string) => {
      const first = new Map<string, T>();
      for (const item of items) {
        const key = id(item);
        const earlier = first.get(key);
        if (earlier === undefined) {
          first.set(key, item);
          continue;
        }
        findings.push(
          createFinding(`Unexpected duplicate ${what} id \`${key}\`, expected ids to be unique (first at ${where(file(earlier), place(earlier))})`, {
            ruleId: 'duplicate-id',
            file: file(item),
            place: place(item),
            claimId: key,
          }),
        );
      }
    };
    check(context.claimSet.subjects, (s) => s.subject.id, (s) => s.topic.file, (s) => subjectPlace(s, 'id'), 'subject');
    check(context.claimSet.claims, (c) => c.claim.id, (c) => c.topic.file, (c) => claimPlace(c, 'id'), 'claim');
    findings.push(...context.catalog.findings.filter((f) => f.ruleId === 'duplicate-id'));
    return findings;
  },
};
