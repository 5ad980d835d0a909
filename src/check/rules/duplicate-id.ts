import type { Place } from '../../util/message.js';
import { defineRule, type Report } from '../define-rule.js';
import { claimPlace, subjectPlace, where } from '../places.js';

/**
 * Claim ids are unique across all topic files, and so are subject ids (two namespaces). The
 * finding points at the second occurrence and names where the first is. Repeated entries of
 * `sources.yaml` are reported under the same id.
 */
export const duplicateId = defineRule({
  id: 'duplicate-id',
  severity: 'error',
  description: 'Two claims (or two subjects) share an id, across all topic files; or sources.yaml describes one capture twice.',
  check(context, report) {
    reportDuplicates(report, 'subject', context.claimSet.subjects, (s) => s.subject.id, (s) => ({ file: s.topic.file, place: subjectPlace(s, 'id') }));
    reportDuplicates(report, 'claim', context.claimSet.claims, (c) => c.claim.id, (c) => ({ file: c.topic.file, place: claimPlace(c, 'id') }));
    report.take(context.catalog.findings);
  },
});

/** Report every item whose id an earlier item has, at the item, naming where the first is. */
function reportDuplicates<T>(
  report: Report,
  what: string,
  items: readonly T[],
  idOf: (item: T) => string,
  at: (item: T) => { readonly file: string; readonly place: Place },
): void {
  const first = new Map<string, T>();
  for (const item of items) {
    const id = idOf(item);
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, item);
      continue;
    }
    const { file, place } = at(earlier);
    report(`Unexpected duplicate ${what} id \`${id}\`, expected ids to be unique (first at ${where(file, place)})`, { ...at(item), claimId: id });
  }
}
