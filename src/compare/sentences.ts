import type { ClaimPair, ClaimResult, SubjectResult } from './types.js';

/**
 * Pairs of claims in words, for reports and check messages:
 * "JNN's 32 times in total contradicts 朝日新聞's at least 38 times".
 */

function find(result: SubjectResult, id: string): ClaimResult | undefined {
  return result.claims.find((c) => c.loaded.claim.id === id);
}

/** `JNN's 32 times in total` (`JNN (relaying LINE)'s …` for a claim with `stance: reports`). */
export function claimPhrase(claim: ClaimResult): string {
  const { outlet, stance } = claim.loaded.claim;
  const who = stance === 'reports' && claim.origin !== undefined && claim.origin !== outlet ? `${outlet} (relaying ${claim.origin})` : outlet;
  return `${who}'s ${claim.words ?? claim.display}`;
}

/** A conflicting pair in words. */
export function conflictSentence(result: SubjectResult, pair: ClaimPair): string {
  const a = find(result, pair[0]);
  const b = find(result, pair[1]);
  if (!a || !b) return `${pair[0]} contradicts ${pair[1]}`;
  return `${claimPhrase(a)} contradicts ${claimPhrase(b)}`;
}

/** A differing pair in words. */
export function differenceSentence(result: SubjectResult, pair: ClaimPair): string {
  const a = find(result, pair[0]);
  const b = find(result, pair[1]);
  if (!a || !b) return `${pair[0]} differs from ${pair[1]}`;
  return `${claimPhrase(a)} differs from ${claimPhrase(b)}, but both can be true`;
}
