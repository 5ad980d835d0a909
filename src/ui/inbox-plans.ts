import { isMap, isSeq, type Document } from 'yaml';
import { addAliases, appendClaim, appendSubject, idsIn } from '../claims/append.js';
import { appendYamlText } from '../claims/append-text.js';
import { editYamlText, EditError } from '../claims/edit.js';
import type { InboxCandidate } from '../claims/inbox.js';
import type { Claim, Subject } from '../claims/schema.js';
import type { EditPlan } from './edit-plan.js';
import { candidatesOf, findCandidate, isFiled, removeCandidate } from './plans.js';

/**
 * The Inbox's edits of a whole proposed subject: accept it (every candidate filed under one
 * subject), move a candidate to another subject or give it one of its own, reject a group. Like
 * every edit they are functions of the files' texts, shown as a diff before anything is written.
 */

/** A candidate and the claim it becomes. */
export interface AcceptedCandidate {
  readonly candidate: InboxCandidate;
  readonly claim: Claim;
}

/**
 * Plan: file the candidates of a group as claims of one subject of a topic file (the new
 * subject first, when given), their places' other names joining the topic's aliases, and take
 * them out of the inbox, with the proposed subject's entry in the inbox's `subjects`.
 */
export function acceptGroupPlan(topicFile: string, inboxFile: string, subjectId: string, accepted: readonly AcceptedCandidate[], newSubject?: Subject): EditPlan {
  const count = accepted.length;
  return {
    label: `accept ${count} candidate${count === 1 ? '' : 's'} into ${newSubject ? 'new subject ' : ''}${newSubject?.id ?? subjectId}`,
    files: [topicFile, inboxFile],
    apply: ([topic, inbox]) => [
      appendYamlText(topic ?? '', (doc) => {
        if (newSubject && !idsIn(doc, 'subjects').has(newSubject.id)) appendSubject(doc, newSubject);
        for (const { candidate, claim } of accepted) {
          // Applied again after a save cut short: what is filed already is not filed twice.
          if (isFiled(doc, candidate)) continue;
          appendClaim(doc, claim);
          const aliases = candidate.data['aliases'];
          if (typeof claim.value === 'string' && Array.isArray(aliases)) addAliases(doc, claim.value, aliases.filter((a): a is string => typeof a === 'string'));
        }
      }),
      editYamlText(inbox ?? '', (doc) => {
        for (const { candidate } of accepted) removeCandidate(doc, candidate);
        const proposed = candidateSubjectOf(accepted[0]?.candidate);
        if (proposed !== undefined && !named(doc, proposed)) removeProposedSubject(doc, proposed);
        if (newSubject && newSubject.id !== proposed && !named(doc, newSubject.id)) removeProposedSubject(doc, newSubject.id);
      }),
    ],
    reapplicable: true,
  };
}

/** Plan: propose a candidate into another subject (its `subject` in the inbox). */
export function moveCandidatePlan(inboxFile: string, candidate: InboxCandidate, subjectId: string): EditPlan {
  return {
    label: `move candidate ${String(candidate.data['outlet'] ?? '')} at line ${candidate.line} to ${subjectId}`,
    files: [inboxFile],
    apply: ([inbox]) => [editYamlText(inbox ?? '', (doc) => setSubject(doc, candidate, subjectId))],
    reapplicable: true,
  };
}

/**
 * Plan: give a candidate a proposed subject of its own: its `subject` becomes the new id, and the
 * new subject (its question drafted from the group it leaves) joins the inbox's `subjects`.
 */
export function splitCandidatePlan(inboxFile: string, candidate: InboxCandidate, subject: Subject): EditPlan {
  return {
    label: `split candidate ${String(candidate.data['outlet'] ?? '')} at line ${candidate.line} into ${subject.id}`,
    files: [inboxFile],
    apply: ([inbox]) => [
      editYamlText(inbox ?? '', (doc) => {
        setSubject(doc, candidate, subject.id);
        if (isSeq(doc.contents)) return;
        let seq = doc.get('subjects', true);
        if (seq === undefined || seq === null) {
          doc.set('subjects', doc.createNode([]));
          seq = doc.get('subjects', true);
        }
        if (!isSeq(seq)) throw new EditError('the inbox\'s `subjects` is not a sequence');
        if (seq.items.some((item) => isMap(item) && item.get('id') === subject.id)) return;
        seq.items.push(doc.createNode({ id: subject.id, question: subject.question, kind: subject.kind, ...(subject.unit ? { unit: subject.unit } : {}) }));
      }),
    ],
    reapplicable: true,
  };
}

/** Plan: reject every candidate of a group (kept as `status: rejected`, never proposed again). */
export function rejectGroupPlan(inboxFile: string, candidates: readonly InboxCandidate[], name: string): EditPlan {
  return {
    label: `reject ${candidates.length} candidate${candidates.length === 1 ? '' : 's'} of ${name}`,
    files: [inboxFile],
    apply: ([inbox]) => [
      editYamlText(inbox ?? '', (doc) => {
        const seq = candidatesOf(doc);
        for (const candidate of candidates) {
          const item = seq.items[findCandidate(seq, candidate)];
          if (isMap(item)) item.set('status', 'rejected');
        }
      }),
    ],
    reapplicable: true,
  };
}

function setSubject(doc: Document, candidate: InboxCandidate, subjectId: string): void {
  const seq = candidatesOf(doc);
  const item = seq.items[findCandidate(seq, candidate)];
  if (!isMap(item)) throw new EditError('the candidate is no longer in the inbox');
  if (item.has('subject')) item.set('subject', subjectId);
  else {
    // Written where `extract` writes it: after the candidate's id, else first.
    const at = Math.max(0, item.items.findIndex((pair) => String((pair.key as { value?: unknown } | null)?.value ?? pair.key) === 'id') + 1);
    item.items.splice(at, 0, doc.createPair('subject', subjectId) as (typeof item.items)[number]);
  }
}

function candidateSubjectOf(candidate: InboxCandidate | undefined): string | undefined {
  const subject = candidate?.data['subject'];
  return typeof subject === 'string' && subject !== '' ? subject : undefined;
}

/** True when a candidate still waiting in the inbox names the subject. */
function named(doc: Document, subjectId: string): boolean {
  return candidatesOf(doc).items.some((item) => isMap(item) && item.get('subject') === subjectId && item.get('status') !== 'rejected');
}

/** Take a proposed subject's entry out of the inbox's `subjects` (it is filed now). */
function removeProposedSubject(doc: Document, subjectId: string): void {
  const seq = isSeq(doc.contents) ? undefined : doc.get('subjects', true);
  if (!isSeq(seq)) return;
  const index = seq.items.findIndex((item) => isMap(item) && item.get('id') === subjectId);
  if (index >= 0) seq.items.splice(index, 1);
}
