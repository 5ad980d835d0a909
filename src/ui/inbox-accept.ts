import { isDeepStrictEqual } from 'node:util';
import { candidateField, candidateSource, candidateToClaim, isSameCandidate, type Inbox, type InboxCandidate } from '../claims/inbox.js';
import type { Claim } from '../claims/schema.js';
import { KindSchema, type Kind, type Subject } from '../claims/schema.js';
import { guessKind } from '../claims/value-kind.js';
import type { SubjectResult } from '../compare/types.js';
import { acceptPlan } from './plans.js';
import type { ReviewAction } from './review-state.js';

/** The kind offered first for a new subject: the one the candidate names, else a guess from its value. */
export function kindOf(candidate: InboxCandidate): Kind {
  const noted = candidate.data['kind'];
  return KindSchema.options.includes(noted as Kind) ? (noted as Kind) : guessKind(candidate.data['value']);
}

/** The id offered for a new subject: the one the candidate names, unless a subject has it already. */
export function newSubjectId(candidate: InboxCandidate, results: readonly SubjectResult[]): string {
  const wanted = candidateField(candidate, 'subject');
  return wanted && !results.some((r) => r.loaded.subject.id === wanted) ? wanted : '';
}

/**
 * A claim already filed that says what the candidate says: the same outlet, the same value and the
 * same passage (the same capture, one quote holding the other, not the very same quote). Accepting
 * the candidate would file the claim twice (as `…-2`), so the reviewer is asked first.
 */
export function filedDuplicate(candidate: InboxCandidate, results: readonly SubjectResult[]): Claim | undefined {
  const source = candidateSource(candidate);
  const outlet = candidateField(candidate, 'outlet');
  const value = candidate.data['value'];
  const samePassage = (a: string, b: string) => a !== '' && b !== '' && (a.includes(b) || b.includes(a));
  for (const result of results) {
    for (const { loaded } of result.claims) {
      const claim = loaded.claim;
      if (claim.outlet !== outlet || claim.source?.file !== source.file) continue;
      // The very candidate, filed by a save cut short: accepting it only takes it out of the inbox.
      if (isSameCandidate(claim, candidate)) continue;
      if (samePassage(claim.source.quote ?? '', source.quote) && isDeepStrictEqual(claim.value, value)) return claim;
    }
  }
  return undefined;
}

/** Where an accepted candidate goes: a subject of a topic file, new when `newSubject` is given. */
export interface AcceptTarget {
  readonly subjectId: string;
  readonly topicFile: string;
  readonly newSubject?: Subject;
}

/**
 * Accept a candidate into a subject (a new one when `newSubject` is given) of a topic file: the
 * edit to propose, or the message saying why the candidate cannot be a claim.
 */
export function acceptAction(
  inbox: Inbox,
  results: readonly SubjectResult[],
  candidate: InboxCandidate,
  target: AcceptTarget,
): ReviewAction {
  // A candidate already filed (a save cut short between the topic file and the inbox) keeps the
  // id it was filed under: applying the accept again only takes it out of the inbox.
  const claims = results.flatMap((r) => r.claims.map((c) => c.loaded.claim));
  const filed = claims.find((c) => isSameCandidate(c, candidate));
  const takenIds = new Set(claims.filter((c) => c !== filed).map((c) => c.id));
  const made = candidateToClaim(candidate, target.subjectId, takenIds);
  if ('error' in made) return { type: 'notify', text: made.error, tone: 'error' };
  return { type: 'propose', plan: acceptPlan(target.topicFile, inbox.file, candidate, made.claim, target.newSubject) };
}
