import { isMap, isSeq, type Document, type YAMLSeq } from 'yaml';
import { addAliases, appendClaim, appendSubject, idsIn } from '../claims/append.js';
import { appendYamlText } from '../claims/append-text.js';
import { deprecateClaim, editYamlText, EditError, setResolution } from '../claims/edit.js';
import type { Claim, Resolution, Subject } from '../claims/schema.js';
import type { EditPlan } from './edit-plan.js';
import { isSameCandidate, type InboxCandidate } from '../claims/inbox.js';

/** Plan: set the resolution of a subject in its topic file. */
export function resolvePlan(file: string, subjectId: string, resolution: Resolution): EditPlan {
  return {
    label: `resolve ${subjectId} (${resolution.status})`,
    files: [file],
    apply: ([text]) => [editYamlText(text ?? '', (doc) => setResolution(doc, subjectId, resolution))],
    reapplicable: true,
  };
}

/** Plan: deprecate a claim with a reason. */
export function deprecatePlan(file: string, claimId: string, reason: string): EditPlan {
  return {
    label: `deprecate ${claimId}`,
    files: [file],
    apply: ([text]) => [editYamlText(text ?? '', (doc) => deprecateClaim(doc, claimId, reason))],
    reapplicable: true,
  };
}

/** Plan: file an inbox candidate as a claim of a topic (with a new subject when given) and take it out of the inbox. */
export function acceptPlan(topicFile: string, inboxFile: string, candidate: InboxCandidate, claim: Claim, newSubject?: Subject): EditPlan {
  return {
    label: `accept ${claim.id}${newSubject ? ` into new subject ${newSubject.id}` : ''}`,
    files: [topicFile, inboxFile],
    apply: ([topic, inbox]) => [
      appendYamlText(topic ?? '', (doc) => {
        // Applied again to a topic file that already files the candidate (a save cut short
        // between its two files): nothing is appended twice, no `…-2` is made.
        if (isFiled(doc, candidate)) return;
        if (newSubject && !idsIn(doc, 'subjects').has(newSubject.id)) appendSubject(doc, newSubject);
        appendClaim(doc, claim);
        // a place's other names from the gazetteer, offered with the candidate, join the topic's aliases
        const aliases = candidate.data['aliases'];
        if (typeof claim.value === 'string' && Array.isArray(aliases)) addAliases(doc, claim.value, aliases.filter((a): a is string => typeof a === 'string'));
      }),
      editYamlText(inbox ?? '', (doc) => removeCandidate(doc, candidate)),
    ],
    reapplicable: true,
  };
}

/**
 * Plan: reject a candidate: it is marked `status: rejected` and stays in the inbox, so that
 * `extract` never proposes it again.
 */
export function rejectPlan(inboxFile: string, candidate: InboxCandidate): EditPlan {
  return {
    label: `reject candidate ${String(candidate.data['outlet'] ?? '')} at line ${candidate.line}`,
    files: [inboxFile],
    apply: ([inbox]) =>
      [
        editYamlText(inbox ?? '', (doc) => {
          const seq = candidatesOf(doc);
          const item = seq.items[findCandidate(seq, candidate)];
          if (isMap(item)) item.set('status', 'rejected');
        }),
      ],
    reapplicable: true,
  };
}

/** True when a claim of the topic document is the candidate (same source file, quote and value). */
export function isFiled(doc: Document, candidate: InboxCandidate): boolean {
  const claims = doc.get('claims', true);
  return isSeq(claims) && claims.items.some((item) => isSameCandidate((item as { toJSON?: () => unknown } | null)?.toJSON?.(), candidate));
}

/** Remove a candidate from the inbox, found by its content (its index may have moved). */
export function removeCandidate(doc: Document, candidate: InboxCandidate): void {
  const seq = candidatesOf(doc);
  seq.items.splice(findCandidate(seq, candidate), 1);
}

/** The inbox's `candidates` sequence (or the bare sequence an inbox may be). */
export function candidatesOf(doc: Document): YAMLSeq {
  const seq = isSeq(doc.contents) ? doc.contents : doc.get('candidates', true);
  if (!isSeq(seq)) throw new EditError('the inbox has no `candidates` any more');
  return seq;
}

/** Where a candidate stands in the inbox now, found by its content; throws when it is gone. */
export function findCandidate(seq: YAMLSeq, candidate: InboxCandidate): number {
  const index = seq.items.findIndex((item) => isSameCandidate((item as { toJSON?: () => unknown } | null)?.toJSON?.(), candidate));
  if (index < 0) throw new EditError('the candidate is no longer in the inbox');
  return index;
}
