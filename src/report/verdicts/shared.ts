import { jsonText } from '../../util/json-text.js';
import type { ClaimResult, SubjectResult, Verdict } from '../../compare/types.js';
import { writtenForm } from '../../compare/values.js';

/** Shared wording of the verdict formatters. */

/** The chain of a claim as people read it: `読者コメント → JBpress → 朝日新聞` (the outlet alone without a chain). */
export function chainText(claim: ClaimResult): string {
  const chain = claim.loaded.claim.chain;
  return chain && chain.length > 0 ? chain.join(' → ') : claim.loaded.claim.outlet;
}

/** The value as written in the claim file. */
export function valueWritten(claim: ClaimResult): string {
  return writtenForm(claim.loaded.claim.value);
}

/** Verdict headline words. */
export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = { conflict: 'conflict', differ: 'differ', agree: 'agree' };

/** `21 subjects: 6 conflict, 3 differ, 12 agree`. */
export function summaryLine(subjects: readonly SubjectResult[], separator = ', '): string {
  const count = (v: Verdict) => subjects.filter((s) => s.verdict === v).length;
  return `${subjects.length} subject${subjects.length === 1 ? '' : 's'}: ${count('conflict')} conflict${separator}${count('differ')} differ${separator}${count('agree')} agree`;
}

/** `2 (LINE, 朝日新聞)`, or `0` when no claim votes. */
export function originsText(subject: SubjectResult): string {
  return subject.origins === 0 ? '0' : `${subject.origins} (${subject.originNames.join(', ')})`;
}

/** Notes on a claim that does not speak plainly: deprecated, relayed, unreadable. */
export function claimNotes(claim: ClaimResult): string[] {
  const notes: string[] = [];
  const { rank, reason, stance } = claim.loaded.claim;
  if (rank === 'deprecated') notes.push(`deprecated${reason ? `: ${reason}` : ''}, does not vote`);
  if (stance === 'reports') notes.push('relayed, not endorsed');
  if (claim.superseded) notes.push(`${claim.superseded.status === 'stale' ? 'stale relay: ' : ''}${claim.superseded.sentence}, does not vote`);
  if (claim.error !== undefined) notes.push(`unreadable, does not vote: ${claim.error}`);
  return notes;
}

/** `resolved: note` / `disputed (accepted: id): note`, or undefined without a resolution. */
export function resolutionText(subject: SubjectResult): string | undefined {
  const resolution = subject.loaded.subject.resolution;
  if (!resolution) return undefined;
  const accepted = resolution.accepted ? ` (accepted: ${resolution.accepted})` : '';
  return `${resolution.status}${accepted}${resolution.note ? ` — ${resolution.note}` : ''}`;
}

/**
 * JSON text safe to print and to embed in HTML ({@link jsonText}: `<`, `>`, `&` and characters
 * that could drive a terminal as `\uXXXX`), indented, with a final newline. The data parses back unchanged.
 */
export function terminalSafeJson(value: unknown): string {
  return `${jsonText(value, 2)}\n`;
}

/**
 * The distinct values stated, each with the outlets that state it:
 * `≥ 32 times (中日新聞, 環球時報) · 32 times (JNN) · ≥ 38 times (朝日新聞)`.
 */
export function groupsText(subject: SubjectResult): string {
  const outletOf = new Map(subject.claims.map((c) => [c.loaded.claim.id, c.loaded.claim.outlet]));
  const named = subject.groups
    .slice(0, LISTED_GROUPS)
    .map((g) => `${g.display} (${[...new Set(g.claimIds.slice(0, LISTED_OUTLETS).map((id) => outletOf.get(id) ?? id))].join(', ')}${g.claimIds.length > LISTED_OUTLETS ? ` and ${g.claimIds.length - LISTED_OUTLETS} more` : ''})`);
  const more = subject.groups.length - named.length;
  return `${named.join(' · ')}${more > 0 ? ` · and ${more} more value${more === 1 ? '' : 's'}` : ''}`;
}

/** How many values {@link groupsText} names, and how many claims of each. */
const LISTED_GROUPS = 50;
const LISTED_OUTLETS = 50;

/**
 * `and 199,989,900 more conflicting pairs`, when a subject has more conflicting pairs than it
 * lists (see `LISTED_PAIRS` in compare), else undefined.
 */
export function morePairsText(subject: SubjectResult): string | undefined {
  const more = subject.conflictCount - subject.conflicts.length;
  if (more <= 0) return undefined;
  return `and ${more.toLocaleString('en-US')} more conflicting pair${more === 1 ? '' : 's'}`;
}
