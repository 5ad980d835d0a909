import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equals, interval, intersect, isEmpty, overlaps, relate, wholeNumbers } from '../../src/compare/interval.js';
import type { Interval } from '../../src/compare/types.js';

const I = Infinity;
const iv = (lo: number, hi: number, loOpen = false, hiOpen = false): Interval => interval(lo, hi, loOpen, hiOpen)!;

describe('interval algebra', () => {
  it.each<[string, Interval, Interval, 'same' | 'overlap' | 'disjoint']>([
    ['equal points', iv(32, 32), iv(32, 32), 'same'],
    ['at least 32 vs at least 38', iv(32, I), iv(38, I), 'overlap'],
    ['32 in total vs at least 38', iv(32, 32), iv(38, I), 'disjoint'],
    ['32 in total vs at least 32', iv(32, 32), iv(32, I), 'overlap'],
    ['closed ends touching', iv(1, 5), iv(5, 9), 'overlap'],
    ['open end touching a closed one', iv(1, 5, false, true), iv(5, 9), 'disjoint'],
    ['both open at the same point', iv(1, 5, false, true), iv(5, 9, true), 'disjoint'],
    ['less than 10 vs more than 10', iv(-I, 10, true, true), iv(10, I, true, true), 'disjoint'],
    ['at most 10 vs at least 10', iv(-I, 10), iv(10, I), 'overlap'],
    ['everything vs a point', iv(-I, I), iv(3, 3), 'overlap'],
    ['infinite ends are the same', iv(-I, I), iv(-I, I, true, true), 'same'],
    ['nested', iv(0, 10), iv(2, 3), 'overlap'],
    ['apart', iv(0, 1), iv(2, 3), 'disjoint'],
  ])('%s', (_, a, b, relation) => {
    expect(relate(a, b)).toBe(relation);
    expect(relate(b, a)).toBe(relation);
  });

  it('normalises empty sets to undefined and infinite ends to open', () => {
    expect(interval(5, 4)).toBeUndefined();
    expect(interval(5, 5, true, false)).toBeUndefined();
    expect(interval(-I, I)).toEqual({ lo: -I, hi: I, loOpen: true, hiOpen: true });
    expect(interval(0.1 + 0.2, 0.3)).toEqual({ lo: 0.3, hi: 0.3, loOpen: false, hiOpen: false });
  });

  it('keeps the whole numbers of a count', () => {
    expect(wholeNumbers(iv(10, I, true))).toEqual(iv(11, I));
    expect(wholeNumbers(iv(-I, 10, false, true))).toEqual(iv(-I, 9));
    expect(wholeNumbers(iv(2.5, 3.5))).toEqual(iv(3, 3));
    expect(wholeNumbers(iv(10, 11, true, true))).toBeUndefined();
  });

  it('intersects', () => {
    expect(intersect(iv(0, 10), iv(5, I))).toEqual(iv(5, 10));
    expect(intersect(iv(0, 5, false, true), iv(5, 9))).toBeUndefined();
  });
});

const finite = fc.integer({ min: -1000, max: 1000 });
const end = fc.oneof(finite, fc.constant(I), fc.constant(-I));
const arbInterval = fc
  .tuple(end, end, fc.boolean(), fc.boolean())
  .map(([a, b, lo, hi]) => interval(Math.min(a, b), Math.max(a, b), lo, hi))
  .filter((i): i is Interval => i !== undefined);

describe('interval properties', () => {
  it('overlap is symmetric', () => {
    fc.assert(fc.property(arbInterval, arbInterval, (a, b) => overlaps(a, b) === overlaps(b, a)));
  });

  it('equal intervals always overlap, and every interval overlaps itself', () => {
    fc.assert(
      fc.property(arbInterval, (a) => {
        const copy = { ...a };
        return equals(a, copy) && overlaps(a, copy) && relate(a, copy) === 'same';
      }),
    );
  });

  it('overlap means a common member exists: the intersection is not empty', () => {
    fc.assert(
      fc.property(arbInterval, arbInterval, (a, b) => {
        const both = intersect(a, b);
        return overlaps(a, b) === (both !== undefined && !isEmpty(both));
      }),
    );
  });

  it('a point lies in an interval exactly when they overlap', () => {
    fc.assert(
      fc.property(arbInterval, finite, (a, n) => {
        const inside = (a.lo < n || (a.lo === n && !a.loOpen)) && (n < a.hi || (n === a.hi && !a.hiOpen));
        return overlaps(a, iv(n, n)) === inside;
      }),
    );
  });
});
