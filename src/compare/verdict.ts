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

/**
 * Decide the verdict on a subject's claims. Claims are grouped by the value they state first and
 * each claim is related to the groups, not to every other claim, so a subject with many claims
 * of few values takes time in proportion to its claims (plus the pairs it reports), not to the
 * square of their number.
 */
export function decideVerdict(claims: readonly ClaimResult[]): VerdictResult {
  const voting = claims.filter((c): c is ClaimResult & { reading: Reading } => c.votes && c.reading !== undefined);
  const groups: { display: string; reading: Reading; members: number[] }[] = [];
  const byKey = new Map<string, number>();
  const groupOf: number[] = [];
  voting.forEach((claim, i) => {
    const key = sameKey(claim.reading);
    let g = key === undefined ? undefined : byKey.get(key);
    if (g === undefined) {
      g = groups.length;
      groups.push({ display: claim.display, reading: claim.reading, members: [] });
      if (key !== undefined) byKey.set(key, g);
    }
    groups[g]!.members.push(i);
    groupOf.push(g);
  });
  const conflicts: ClaimPair[] = [];
  const differences: ClaimPair[] = [];
  for (let i = 0; i < voting.length; i++) {
    const g = groupOf[i]!;
    const disjoint: number[] = [];
    const overlap: number[] = [];
    groups.forEach((other, h) => {
      // Claims of one group are the same; groups are related once per claim, not per pair of claims.
      const r = h === g ? 'same' : relateReadings(groups[g]!.reading, other.reading);
      if (r === 'same') return;
      const into = r === 'disjoint' ? disjoint : overlap;
      for (const j of groups[h]!.members) if (j > i) into.push(j);
    });
    const id = voting[i]!.loaded.claim.id;
    for (const j of disjoint.sort((x, y) => x - y)) conflicts.push([id, voting[j]!.loaded.claim.id]);
    for (const j of overlap.sort((x, y) => x - y)) differences.push([id, voting[j]!.loaded.claim.id]);
  }
  const verdict: Verdict = conflicts.length > 0 ? 'conflict' : differences.length > 0 ? 'differ' : 'agree';
  return {
    verdict,
    conflicts,
    differences,
    groups: groups.map(({ display, members }) => ({ display, claimIds: members.map((i) => voting[i]!.loaded.claim.id) })),
  };
}

/**
 * A key equal for two readings exactly when {@link relateReadings} calls them the same, or
 * undefined for a reading that is not even the same as itself (then it stands alone).
 */
function sameKey(reading: Reading): string | undefined {
  if (relateReadings(reading, reading) !== 'same') return undefined;
  if (reading.type === 'interval') {
    const { lo, hi, loOpen, hiOpen } = reading.interval;
    return `i ${lo} ${hi} ${loOpen} ${hiOpen}`;
  }
  return reading.type === 'text' ? `t ${reading.key}` : `b ${reading.value}`;
}

/** Order of verdicts in reports: conflicts first, then differences, then agreement. */
export const VERDICT_ORDER: Readonly<Record<Verdict, number>> = { conflict: 0, differ: 1, agree: 2 };
