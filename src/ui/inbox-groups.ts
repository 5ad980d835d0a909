import { candidateField, candidateIdentity, candidateSource, candidateToClaim, type Inbox, type InboxCandidate, type InboxSubject } from '../claims/inbox.js';
import type { LoadedTopic } from '../claims/load.js';
import { KindSchema, type Aliases, type Claim, type Kind, type Subject } from '../claims/schema.js';
import { previewSubject } from '../compare/preview.js';
import type { SubjectResult, Verdict } from '../compare/types.js';
import { kindOf } from './inbox-accept.js';

/**
 * The Inbox by proposed subject: the candidates grouped by the subject `extract` proposed for
 * each (the `subject` it keeps), each group with the subject it would become (the filed one, or
 * the drafted one of the inbox's `subjects`) and the verdict `compare` gives it — the group's
 * candidates with, for a filed subject, its filed claims. Conflicts come first.
 */

/** One proposed subject and the candidates proposed into it. */
export interface InboxGroup {
  /** What tells the group apart: its subject id, or the identity of a candidate that names none. */
  readonly key: string;
  /** The subject id the candidates name (undefined: a candidate without one, a group of its own). */
  readonly subjectId: string | undefined;
  /** The subject the group becomes: the filed one, else the proposed one (question drafted). */
  readonly subject: Subject;
  /** The filed subject the candidates are proposed into, if any. */
  readonly filed: SubjectResult | undefined;
  /** In inbox order. */
  readonly candidates: readonly InboxCandidate[];
  /** The verdict preview: the candidates (as claims) and the filed claims compared as `report` would. */
  readonly preview: SubjectResult;
  /** The claim id each candidate has in the preview (undefined: not a valid claim, left out of it). */
  readonly previewIds: readonly (string | undefined)[];
}

/** The order of verdicts in the Inbox: what needs a reviewer most comes first. */
const VERDICT_ORDER: Readonly<Record<Verdict, number>> = { conflict: 0, differ: 1, agree: 2 };

/** The identity of a candidate (its source file, quote and value), to find it again after a reload. */
export function candidateKey(candidate: InboxCandidate): string {
  const source = candidateSource(candidate);
  return candidateIdentity(source.file, source.quote, candidate.data['value']);
}

/**
 * The inbox's candidates by proposed subject, conflicts first, then differences, then
 * agreement; among equals, more origins first, then the order of the inbox.
 */
export function inboxGroups(inbox: Inbox | undefined, results: readonly SubjectResult[], topics: readonly LoadedTopic[]): InboxGroup[] {
  if (!inbox) return [];
  const byKey = new Map<string, InboxCandidate[]>();
  for (const candidate of inbox.candidates) {
    const subject = candidateField(candidate, 'subject');
    const key = subject || `\u0000${candidateKey(candidate)}`;
    const list = byKey.get(key);
    if (list) list.push(candidate);
    else byKey.set(key, [candidate]);
  }
  const filed = new Map(results.map((r) => [r.loaded.subject.id, r]));
  const proposed = new Map(inbox.subjects.map((s) => [s.id, s]));
  const aliases = mergedAliases(topics);
  const groups = [...byKey].map(([key, candidates], order) => {
    const subjectId = key.startsWith('\u0000') ? undefined : key;
    return { group: makeGroup(key, subjectId, candidates, subjectId ? filed.get(subjectId) : undefined, subjectId ? proposed.get(subjectId) : undefined, aliases), order };
  });
  groups.sort(
    (a, b) =>
      VERDICT_ORDER[a.group.preview.verdict] - VERDICT_ORDER[b.group.preview.verdict] ||
      b.group.preview.origins - a.group.preview.origins ||
      a.order - b.order,
  );
  return groups.map((g) => g.group);
}

function makeGroup(
  key: string,
  subjectId: string | undefined,
  candidates: readonly InboxCandidate[],
  filed: SubjectResult | undefined,
  proposed: InboxSubject | undefined,
  aliases: Aliases,
): InboxGroup {
  const subject = filed?.loaded.subject ?? proposedSubject(subjectId ?? '', proposed, candidates);
  const filedClaims = filed ? filed.claims.map((c) => c.loaded.claim) : [];
  const taken = new Set(filedClaims.map((c) => c.id));
  const claims: Claim[] = [...filedClaims];
  const own: Record<string, string[]> = {};
  const previewIds = candidates.map((candidate) => {
    const made = candidateToClaim(candidate, subject.id || 'candidate', taken);
    if ('error' in made) return undefined;
    taken.add(made.claim.id);
    claims.push(made.claim);
    // A place's other names, offered with the candidate, count as they will once it is filed.
    const names = candidate.data['aliases'];
    if (typeof made.claim.value === 'string' && Array.isArray(names)) own[made.claim.value] = names.filter((n): n is string => typeof n === 'string');
    return made.claim.id;
  });
  const preview = previewSubject(subject, claims, { ...own, ...(filed?.loaded.topic.aliases ?? aliases) });
  return { key, subjectId, subject, filed, candidates, preview, previewIds };
}

/**
 * The subject a group not filed becomes: the inbox's proposed subject, its gaps filled from its
 * candidates (kind and unit of the first; the id as the question).
 */
export function proposedSubject(id: string, proposed: InboxSubject | undefined, candidates: readonly InboxCandidate[]): Subject {
  const first = candidates[0];
  const kind: Kind = KindSchema.options.includes(proposed?.kind as Kind) ? (proposed?.kind as Kind) : first ? kindOf(first) : 'text';
  const unit = proposed?.unit ?? (first ? candidateField(first, 'unit') : '');
  return { id, question: proposed?.question ?? id, kind, ...(unit ? { unit } : {}) };
}

/** The aliases of every topic file together (a proposed subject is compared as if filed beside them). */
function mergedAliases(topics: readonly LoadedTopic[]): Aliases {
  const merged: Record<string, string[]> = {};
  for (const topic of topics) for (const [name, others] of Object.entries(topic.aliases)) merged[name] = [...(merged[name] ?? []), ...others];
  return merged;
}

/** Where each group and candidate stands in the Inbox's rows: a header row a group, then two rows a candidate. */
export interface InboxLayout {
  /** Candidates in display order (the cursor counts these). */
  readonly order: readonly InboxCandidate[];
  /** The group of each candidate in `order`. */
  readonly groupOf: readonly InboxGroup[];
  /** The first row of each candidate in `order`. */
  readonly rowOf: readonly number[];
  /** What each row shows: a group's header, or a candidate's first or second row. */
  readonly rows: readonly LayoutRow[];
}

/** One row of the layout. */
export type LayoutRow = { readonly type: 'header'; readonly group: InboxGroup } | { readonly type: 'candidate'; readonly index: number; readonly part: 0 | 1 };

/** Lay the groups out in rows. */
export function inboxLayout(groups: readonly InboxGroup[]): InboxLayout {
  const order: InboxCandidate[] = [];
  const groupOf: InboxGroup[] = [];
  const rowOf: number[] = [];
  const rows: LayoutRow[] = [];
  for (const group of groups) {
    rows.push({ type: 'header', group });
    for (const candidate of group.candidates) {
      const index = order.length;
      order.push(candidate);
      groupOf.push(group);
      rowOf.push(rows.length);
      rows.push({ type: 'candidate', index, part: 0 }, { type: 'candidate', index, part: 1 });
    }
  }
  return { order, groupOf, rowOf, rows };
}

/** The rows that must be in view while a candidate is selected: its two rows, and its group's header when it is the group's first. */
export function candidateSpan(layout: InboxLayout, index: number): readonly [number, number] {
  const row = layout.rowOf[index] ?? 0;
  const first = layout.groupOf[index]?.candidates[0] === layout.order[index];
  return [first ? row - 1 : row, row + 1];
}
