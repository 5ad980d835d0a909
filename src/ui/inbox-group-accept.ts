import { candidateField, candidateToClaim, isSameCandidate, type Inbox, type InboxCandidate } from '../claims/inbox.js';
import type { Subject } from '../claims/schema.js';
import type { SubjectResult } from '../compare/types.js';
import { filedDuplicate, kindOf, type AcceptTarget } from './inbox-accept.js';
import type { InboxGroup } from './inbox-groups.js';
import { acceptGroupPlan, type AcceptedCandidate } from './inbox-plans.js';
import type { ReviewAction } from './review-state.js';

/**
 * Accepting a whole proposed subject from the Inbox, and the ids offered on the way: the edit
 * to propose (every candidate of the group as a claim of one subject), or why it cannot be made.
 */

/** The candidates of a group already filed in other words (same outlet, value and passage), with the claim each repeats. */
export function groupDuplicates(group: InboxGroup, results: readonly SubjectResult[]): { readonly candidate: InboxCandidate; readonly claimId: string }[] {
  return group.candidates.flatMap((candidate) => {
    const claim = filedDuplicate(candidate, results);
    return claim ? [{ candidate, claimId: claim.id }] : [];
  });
}

/**
 * Accept the group's candidates (but those in `skip`) into a subject of a topic file (a new one
 * when `target.newSubject` is given): the edit to propose, or the message saying which candidate
 * is no valid claim.
 */
export function acceptGroupAction(
  inbox: Inbox,
  results: readonly SubjectResult[],
  group: InboxGroup,
  target: AcceptTarget,
  skip: ReadonlySet<InboxCandidate> = new Set(),
): ReviewAction {
  const claims = results.flatMap((r) => r.claims.map((c) => c.loaded.claim));
  const candidates = group.candidates.filter((c) => !skip.has(c));
  if (candidates.length === 0) return { type: 'notify', text: 'Nothing left to accept in this subject.' };
  // A candidate filed already (a save cut short) keeps the id it was filed under.
  const filed = new Set(claims.filter((c) => candidates.some((candidate) => isSameCandidate(c, candidate))));
  const taken = new Set(claims.filter((c) => !filed.has(c)).map((c) => c.id));
  const accepted: AcceptedCandidate[] = [];
  for (const candidate of candidates) {
    const made = candidateToClaim(candidate, target.subjectId, taken);
    if ('error' in made) {
      const outlet = candidateField(candidate, 'outlet') || '(no outlet)';
      return { type: 'notify', text: `${outlet} at line ${candidate.line}: ${made.error.replace(/; edit it first \(e\)$/, '')}; edit it (e), split it out (s) or reject it (x) first.`, tone: 'error' };
    }
    taken.add(made.claim.id);
    accepted.push({ candidate, claim: made.claim });
  }
  return { type: 'propose', plan: acceptGroupPlan(target.topicFile, inbox.file, target.subjectId, accepted, target.newSubject) };
}

/** The id offered for the new subject of a group: the proposed one, unless a filed subject has it. */
export function groupSubjectId(group: InboxGroup, results: readonly SubjectResult[]): string {
  const wanted = group.subjectId ?? '';
  return wanted && !results.some((r) => r.loaded.subject.id === wanted) ? wanted : '';
}

/**
 * The subject a candidate split out of its group is proposed into: a fresh id (the group's
 * with `-2`, `-3`, …, or the candidate's kind), the group's question, the candidate's kind and unit.
 */
export function splitSubject(group: InboxGroup, candidate: InboxCandidate, inbox: Inbox, results: readonly SubjectResult[]): Subject {
  const taken = new Set<string>([
    ...results.map((r) => r.loaded.subject.id),
    ...inbox.subjects.map((s) => s.id),
    ...inbox.candidates.map((c) => candidateField(c, 'subject')).filter((id) => id !== ''),
  ]);
  const kind = kindOf(candidate);
  const base = (group.subjectId ?? kind).replace(/-\d+$/, '') || kind;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  const unit = candidateField(candidate, 'unit');
  return { id: `${base}-${n}`, question: group.subject.question || `${base}-${n}`, kind, ...(unit ? { unit } : {}) };
}
