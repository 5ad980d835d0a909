import type { ClaimPair, ClaimResult, Reading, ValueGroup, Verdict } from './types.js';
import { relate, type Relation } from './interval.js';

/**
 * The verdict on one subject (DESIGN.md "Verdicts"), from its voting claims only (deprecated
 * claims and unreadable values are shown but do not vote):
 * - agree: every voting claim states the same interval (or text, or yes/no); also when fewer
 *   than two claims vote;
 * - differ: every pair overlaps, but not all are the same (≥32 and ≥38; 2018 and 2018-08);
 * - conflict: at least one pair cannot both be true (32 in total and ≥38; Dalian and Shanghai).
 */

/** How two readings relate. Text and yes-or-no readings are either the same or disjoint. */
export function relateReadings(a: Reading, b: Reading): Relation {
  if (a.type === 'interval' && b.type === 'interval') return relate(a.interval, b.interval);
  if (a.type === 'text' && b.type === 'text') return a.key === b.key ? 'same' : 'disjoint';
  if (a.type === 'boolean' && b.type === 'boolean') return a.value === b.value ? 'same' : 'disjoint';
  return 'disjoint';
}

/** The verdict on a subject with its pairs and groups. */
export interface VerdictResult {
  readonly verdict: Verdict;
  /** Pairs of voting claims that cannot both be true, in claim order. */
  readonly conflicts: readonly ClaimPair[];
  /** Pairs of voting claims that overlap but are not the same, in claim order. */
  readonly differences: readonly ClaimPair[];
  /** Voting claims grouped by the value they state, in order of first appearance. */
  readonly groups: readonly ValueGroup[];
}

/** Decide the verdict on a subject's claims. */
export function decideVerdict(claims: readonly ClaimResult[]): VerdictResult {
  const voting = claims.filter((c): c is ClaimResult & { reading: Reading } => c.votes && c.reading !== undefined);
  const conflicts: ClaimPair[] = [];
  const differences: ClaimPair[] = [];
  const groups: { display: string; reading: Reading; claimIds: string[] }[] = [];
  for (let i = 0; i < voting.length; i++) {
    const a = voting[i]!;
    for (let j = i + 1; j < voting.length; j++) {
      const b = voting[j]!;
      const relation = relateReadings(a.reading, b.reading);
      if (relation === 'disjoint') conflicts.push([a.loaded.claim.id, b.loaded.claim.id]);
      else if (relation === 'overlap') differences.push([a.loaded.claim.id, b.loaded.claim.id]);
    }
    const group = groups.find((g) => relateReadings(g.reading, a.reading) === 'same');
    if (group) group.claimIds.push(a.loaded.claim.id);
    else groups.push({ display: a.display, reading: a.reading, claimIds: [a.loaded.claim.id] });
  }
  const verdict: Verdict = conflicts.length > 0 ? 'conflict' : differences.length > 0 ? 'differ' : 'agree';
  return { verdict, conflicts, differences, groups: groups.map(({ display, claimIds }) => ({ display, claimIds })) };
}

/** Order of verdicts in reports: conflicts first, then differences, then agreement. */
export const VERDICT_ORDER: Readonly<Record<Verdict, number>> = { conflict: 0, differ: 1, agree: 2 };
