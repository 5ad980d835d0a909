import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEnglishNumber } from '../../src/lang/english-numbers.js';
import { parseJapaneseNumber, parseKanjiInteger, toKanji } from '../../src/lang/numerals.js';

describe('parseJapaneseNumber', () => {
  it.each([
    ['32', 32],
    ['３２', 32],
    ['3,928', 3928],
    ['１，１１６', 1116],
    ['1.5', 1.5],
    ['三十二', 32],
    ['四', 4],
    ['十七', 17],
    ['二〇一八', 2018],
    ['千二百万', 12_000_000],
    ['2億3千430万', 234_300_000],
    ['8600万', 86_000_000],
    ['1.2万', 12_000],
    ['一億二千五百七十万', 125_700_000],
  ])('%s → %d', (written, value) => {
    expect(parseJapaneseNumber(written)).toBe(value);
  });

  it.each(['万', '十百', '万億', '二3', ''])('%s is not one numeral', (written) => {
    expect(parseJapaneseNumber(written)).toBeUndefined();
  });
});

describe('parseEnglishNumber', () => {
  it.each([
    ['thirty-two', 32],
    ['four', 4],
    ['one hundred and twenty', 120],
    ['1.2 million', 1_200_000],
    ['86 million', 86_000_000],
    ['3,928', 3928],
    ['a dozen', 12],
    ['two thousand five hundred', 2500],
  ])('%s → %d', (written, value) => {
    expect(parseEnglishNumber(written)).toBe(value);
  });

  it('refuses words that are not numbers', () => {
    expect(parseEnglishNumber('thirty banana')).toBeUndefined();
  });
});

describe('toKanji', () => {
  it.each([
    [0, '〇'],
    [32, '三十二'],
    [1000, '千'],
    [10_000, '一万'],
    [12_000_000, '千二百万'],
    [2018, '二千十八'],
    [10n ** 16n, '一京'],
  ])('%s → %s', (value, kanji) => {
    expect(toKanji(value)).toBe(kanji);
  });

  it('round-trips every integer from 0 to 10^16 (number → kanji → number)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 16n }), (n) => parseKanjiInteger(toKanji(n)) === n),
      { numRuns: 2000 },
    );
  });

  it('round-trips through the general parser where numbers are exact', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => parseJapaneseNumber(toKanji(n)) === n),
      { numRuns: 1000 },
    );
  });
});
