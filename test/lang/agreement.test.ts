import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAmountError, parseAmount } from '../../src/compare/numbers.js';
import { KANJI_NUMERAL_CHARS, parseJapaneseNumber } from '../../src/lang/numerals.js';

/**
 * One reading per word: a numeral read from a capture by the extractor and the same numeral
 * written as a claim value read by compare give one number.
 */

const numeralChar = fc.constantFrom(...'0123456789０１２３４５６７８９,.', ...KANJI_NUMERAL_CHARS);
const numeral = fc.array(numeralChar, { minLength: 1, maxLength: 8 }).map((chars) => chars.join(''));

describe('numerals read alike by extract and compare', () => {
  it.each([
    ['３百十', 310],
    ['1千百', 1100],
    ['一京', 1e16],
    ['１.1３十2', 13.3],
    ['2億3千430万', 234_300_000],
    ['壱萬弐千', 12_000],
  ])('%s is %d for both', (written, value) => {
    expect(parseJapaneseNumber(written)).toBe(value);
    const amount = parseAmount(written);
    expect(isAmountError(amount) ? amount.error : amount.value).toBe(value);
  });

  it('gives one value for every string the numeral reader accepts', () => {
    fc.assert(
      fc.property(numeral, (written) => {
        const extracted = parseJapaneseNumber(written);
        if (extracted === undefined) return;
        const amount = parseAmount(written);
        expect(isAmountError(amount) ? amount.error : amount.value).toBe(extracted);
        if (!isAmountError(amount)) expect(amount.unit).toBeUndefined();
      }),
      { numRuns: 5000 },
    );
  });
});
