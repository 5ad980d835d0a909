import type { Interval } from './types.js';
import { clean } from './numbers.js';

/**
 * The interval algebra every verdict rests on. An interval is a set of numbers with open or
 * closed ends; an infinite end is always open. Two intervals are `same` when they are the same
 * set, `overlap` when they share at least one number, `disjoint` otherwise.
 */

/** How two readings relate. */
export type Relation = 'same' | 'overlap' | 'disjoint';

/**
 * Build an interval, normalised: numbers cleaned of floating-point noise, infinite ends open.
 * Returns undefined when the set is empty (lo > hi, or lo = hi with an open end).
 */
export function interval(lo: number, hi: number, loOpen = false, hiOpen = false): Interval | undefined {
  if (Number.isNaN(lo) || Number.isNaN(hi)) return undefined;
  const a = clean(lo);
  const b = clean(hi);
  const result: Interval = {
    lo: a,
    hi: b,
    loOpen: a === -Infinity ? true : a === Infinity ? true : loOpen,
    hiOpen: b === Infinity ? true : b === -Infinity ? true : hiOpen,
  };
  return isEmpty(result) ? undefined : result;
}

/** The single number `n`: [n, n]. */
export function point(n: number): Interval {
  return { lo: clean(n), hi: clean(n), loOpen: false, hiOpen: false };
}

/** True when no number lies in the interval. */
export function isEmpty(i: Interval): boolean {
  if (i.lo > i.hi) return true;
  if (i.lo === i.hi) return i.loOpen || i.hiOpen || !Number.isFinite(i.lo);
  return false;
}

/** True when both intervals are the same set of numbers. */
export function equals(a: Interval, b: Interval): boolean {
  return a.lo === b.lo && a.hi === b.hi && a.loOpen === b.loOpen && a.hiOpen === b.hiOpen;
}

/** True when some number lies in both intervals. Symmetric. */
export function overlaps(a: Interval, b: Interval): boolean {
  return !endsBefore(a, b) && !endsBefore(b, a);
}

/** True when every number of `a` is smaller than every number of `b`. */
function endsBefore(a: Interval, b: Interval): boolean {
  if (a.hi < b.lo) return true;
  if (a.hi > b.lo) return false;
  return a.hiOpen || b.loOpen;
}

/** How two intervals relate: same, overlap or disjoint. */
export function relate(a: Interval, b: Interval): Relation {
  if (equals(a, b)) return 'same';
  return overlaps(a, b) ? 'overlap' : 'disjoint';
}

/** The intersection of two intervals, or undefined when they are disjoint. */
export function intersect(a: Interval, b: Interval): Interval | undefined {
  const lo = a.lo > b.lo ? a : a.lo < b.lo ? b : { lo: a.lo, loOpen: a.loOpen || b.loOpen };
  const hi = a.hi < b.hi ? a : a.hi > b.hi ? b : { hi: a.hi, hiOpen: a.hiOpen || b.hiOpen };
  return interval(lo.lo, hi.hi, lo.loOpen, hi.hiOpen);
}

/** Multiply an interval by a positive or negative factor (share × base, unit conversion). */
export function scale(i: Interval, factor: number): Interval | undefined {
  if (factor === 0) return point(0);
  if (factor > 0) return interval(i.lo * factor, i.hi * factor, i.loOpen, i.hiOpen);
  return interval(i.hi * factor, i.lo * factor, i.hiOpen, i.loOpen);
}

/**
 * The whole numbers of an interval, as a closed interval (counts are whole numbers: "more than
 * 10" is "at least 11"). Infinite ends stay infinite. Undefined when no whole number fits.
 */
export function wholeNumbers(i: Interval): Interval | undefined {
  const lo = Number.isFinite(i.lo) ? (i.loOpen ? Math.floor(i.lo) + 1 : Math.ceil(i.lo)) : i.lo;
  const hi = Number.isFinite(i.hi) ? (i.hiOpen ? Math.ceil(i.hi) - 1 : Math.floor(i.hi)) : i.hi;
  return interval(lo, hi, false, false);
}
