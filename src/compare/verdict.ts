import type { ClaimPair, ClaimResult, Interval, Reading, ValueGroup, Verdict } from './types.js';
import { relate, type Relation } from './interval.js';

/**
 * The verdict on one subject (DESIGN.md "Verdicts"), from its voting claims only (deprecated
 * claims and unreadable values are shown but do not vote):
 * - agree: every voting claim states the same interval (or text, or yes/no); also when fewer
 *   than two claims vote;
 * - differ: every pair overlaps, but not all are the same (≥32 and ≥38; 2018 and 2018-08);
 * - conflict: at least one pair cannot both be true (32 in total and ≥38; Dalian and Shanghai).
 *
 * Places the gazetteer knows overlap when one lies in the other (大連 in 中国: differ), and 日本国内
 * is 日本.
 */

/** How two readings relate. Text and yes-or-no readings are either the same or disjoint. */
export function relateReadings(a: Reading, b: Reading): Relation {
  if (a.type === 'interval' && b.type === 'interval') {
    // about $8 billion and $8 billion state one figure, one of them rounded
    if ((a.about !== undefined || b.about !== undefined) && figureOf(a) !== undefined && figureOf(a) === figureOf(b)) return 'same';
    return relate(a.interval, b.interval);
  }
  if (a.type === 'text' && b.type === 'text') return a.key === b.key ? 'same' : a.within === b.key || b.within === a.key ? 'overlap' : 'disjoint';
  if (a.type === 'boolean' && b.type === 'boolean') return a.value === b.value ? 'same' : 'disjoint';
  return 'disjoint';
}

/**
 * How many pairs of each kind a verdict lists, in claim order. The counts are always whole: a
 * subject of 20,000 claims that all differ has 200 million conflicting pairs, which are counted,
 * not stored.
 */
export const LISTED_PAIRS = 100;

/** How many voting claims one claim conflicts with and differs from. */
export interface PartnerCounts {
  readonly conflicts: number;
  readonly differences: number;
}

/** The verdict on a subject with its pairs and groups. */
export interface VerdictResult {
  readonly verdict: Verdict;
  /** The first {@link LISTED_PAIRS} pairs of voting claims that cannot both be true, in claim order. */
  readonly conflicts: readonly ClaimPair[];
  /** How many pairs of voting claims cannot both be true (`conflicts` lists the first of them). */
  readonly conflictCount: number;
  /** The first {@link LISTED_PAIRS} pairs of voting claims that overlap but are not the same, in claim order. */
  readonly differences: readonly ClaimPair[];
  /** How many pairs of voting claims overlap but are not the same. */
  readonly differenceCount: number;
  /** Voting claims grouped by the value they state, in order of first appearance. */
  readonly groups: readonly ValueGroup[];
  /** For each claim given (same order), how many voting claims it conflicts with and differs from (0 for a claim that does not vote). */
  readonly partners: readonly PartnerCounts[];
}

type Voting = ClaimResult & { reading: Reading };

/**
 * Decide the verdict on a subject's claims in time n log n and space n, whatever the number of
 * pairs: claims are grouped by the value they state; how many claims each one is disjoint from
 * is counted by binary search over the sorted ends of the intervals (two intervals are disjoint
 * when one ends before the other begins); only the first {@link LISTED_PAIRS} pairs of each kind
 * are written out. Text and yes-or-no readings conflict with every reading not the same.
 */
export function decideVerdict(claims: readonly ClaimResult[], listed = LISTED_PAIRS): VerdictResult {
  const positions: number[] = [];
  const voting: Voting[] = [];
  claims.forEach((c, index) => {
    if (c.votes && c.reading !== undefined) {
      positions.push(index);
      voting.push(c as Voting);
    }
  });
  const { groups, groupOf } = groupByValue(voting);
  const disjoint = countDisjoint(voting);
  const overlap = voting.map((claim, i) => (claim.reading.type !== 'boolean' ? voting.length - groups[groupOf[i]!]!.members.length - disjoint[i]! : 0));
  const conflictCount = sum(disjoint) / 2;
  const differenceCount = sum(overlap) / 2;
  const partners: PartnerCounts[] = claims.map(() => ({ conflicts: 0, differences: 0 }));
  positions.forEach((at, i) => (partners[at] = { conflicts: disjoint[i]!, differences: overlap[i]! }));
  const verdict: Verdict = conflictCount > 0 ? 'conflict' : differenceCount > 0 ? 'differ' : 'agree';
  return {
    verdict,
    conflicts: firstPairs(voting, disjoint, 'disjoint', listed),
    conflictCount,
    differences: firstPairs(voting, overlap, 'overlap', listed),
    differenceCount,
    groups: groups.map(({ display, members }) => ({ display, claimIds: members.map((i) => voting[i]!.loaded.claim.id) })),
    partners,
  };
}

interface Group {
  readonly display: string;
  readonly members: number[];
}

/** Voting claims grouped by the value they state, with the group of each claim. */
function groupByValue(voting: readonly Voting[]): { groups: Group[]; groupOf: number[] } {
  const groups: Group[] = [];
  const byKey = new Map<string, number>();
  const groupOf: number[] = [];
  voting.forEach((claim, i) => {
    const key = sameKey(claim.reading);
    let g = key === undefined ? undefined : byKey.get(key);
    if (g === undefined) {
      g = groups.length;
      groups.push({ display: claim.display, members: [] });
      if (key !== undefined) byKey.set(key, g);
    }
    groups[g]!.members.push(i);
    groupOf.push(g);
  });
  return { groups, groupOf };
}

/**
 * For each voting claim, how many voting claims it cannot be true with. An interval is disjoint
 * from every reading of another type and from the intervals that end before it begins or begin
 * after it ends; a text or yes-or-no reading from every reading that is not the same, except a
 * place within a country and that country, which overlap.
 */
function countDisjoint(voting: readonly Voting[]): number[] {
  const intervals = voting.flatMap((c) => (c.reading.type === 'interval' ? [c.reading.interval] : []));
  const others = voting.length - intervals.length;
  // Ends as sortable pairs: an open upper end comes before a closed one at the same number, an
  // open lower end after a closed one.
  const his = sortedEnds(intervals.map((i) => [i.hi, i.hiOpen ? 0 : 1]));
  const los = sortedEnds(intervals.map((i) => [i.lo, i.loOpen ? 1 : 0]));
  const sameCount = new Map<string, number>();
  // places within a country, by the country's key: they overlap with it
  const withinCount = new Map<string, number>();
  for (const c of voting) {
    if (c.reading.type === 'interval') continue;
    sameCount.set(sameKey(c.reading)!, (sameCount.get(sameKey(c.reading)!) ?? 0) + 1);
    if (c.reading.type === 'text' && c.reading.within !== undefined) withinCount.set(c.reading.within, (withinCount.get(c.reading.within) ?? 0) + 1);
  }
  return voting.map((c) => {
    if (c.reading.type === 'text') {
      const overlapping = (c.reading.within !== undefined ? (sameCount.get(`t ${c.reading.within}`) ?? 0) : 0) + (withinCount.get(c.reading.key) ?? 0);
      return voting.length - sameCount.get(sameKey(c.reading)!)! - overlapping;
    }
    if (c.reading.type !== 'interval') return voting.length - sameCount.get(sameKey(c.reading)!)!;
    const i: Interval = c.reading.interval;
    // a ends before i: a.hi < i.lo, or a.hi = i.lo with either end open.
    const before = below(his, i.lo, i.loOpen ? 2 : 1);
    // i ends before a: a.lo > i.hi, or a.lo = i.hi with either end open.
    const after = intervals.length - below(los, i.hi, i.hiOpen ? 0 : 1);
    return others + before + after;
  });
}

type End = readonly [number, number];

function sortedEnds(ends: End[]): End[] {
  return ends.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
}

/** How many ends are below the pair (value, flag), by binary search. */
function below(ends: readonly End[], value: number, flag: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const [v, f] = ends[mid]!;
    if (v < value || (v === value && f < flag)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first `limit` pairs (i < j, in claim order) that relate as `relation`. Only claims with a
 * partner are scanned, and a claim whose partners all come before it was already paired, so at
 * most twice `limit` claims are scanned: time `limit` × claims at worst.
 */
function firstPairs(voting: readonly Voting[], partners: readonly number[], relation: Relation, limit: number): ClaimPair[] {
  const pairs: ClaimPair[] = [];
  for (let i = 0; i < voting.length && pairs.length < limit; i++) {
    if (partners[i] === 0) continue;
    const a = voting[i]!;
    for (let j = i + 1; j < voting.length && pairs.length < limit; j++) {
      if (relateReadings(a.reading, voting[j]!.reading) === relation) pairs.push([a.loaded.claim.id, voting[j]!.loaded.claim.id]);
    }
  }
  return pairs;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * A key equal for two readings exactly when {@link relateReadings} calls them the same, or
 * undefined for a reading that is not even the same as itself (then it stands alone).
 */
function sameKey(reading: Reading): string | undefined {
  if (relateReadings(reading, reading) !== 'same') return undefined;
  if (reading.type === 'interval') {
    // about 32 is grouped with 32: they are the same (see relateReadings)
    if (reading.about !== undefined) return `i ${reading.about} ${reading.about} false false`;
    const { lo, hi, loOpen, hiOpen } = reading.interval;
    return `i ${lo} ${hi} ${loOpen} ${hiOpen}`;
  }
  return reading.type === 'text' ? `t ${reading.key}` : `b ${reading.value}`;
}

/** The one figure an interval reading states: the figure an approx value is about, or a single number. */
function figureOf(reading: Reading & { type: 'interval' }): number | undefined {
  if (reading.about !== undefined) return reading.about;
  const { lo, hi, loOpen, hiOpen } = reading.interval;
  return lo === hi && !loOpen && !hiOpen ? lo : undefined;
}

/** Order of verdicts in reports: conflicts first, then differences, then agreement. */
export const VERDICT_ORDER: Readonly<Record<Verdict, number>> = { conflict: 0, differ: 1, agree: 2 };
