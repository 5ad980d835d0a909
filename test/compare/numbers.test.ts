import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/compare/numbers.js';
import { parseKanjiNumeral, replaceKanjiNumerals } from '../../src/lang/numerals.js';

describe('parseAmount', () => {
  it.each([
    ['32', 32, undefined, false],
    ['3,928', 3928, undefined, false],
    ['8600万', 86_000_000, undefined, false],
    ['８６００万人', 86_000_000, '人', false],
    ['1億2570万', 125_700_000, undefined, false],
    ['一億二千五百七十万', 125_700_000, undefined, false],
    ['三十二', 32, undefined, false],
    ['三十二回', 32, '回', false],
    ['二〇一八', 2018, undefined, false],
    ['3万5千', 35_000, undefined, false],
    ['2千万人', 20_000_000, '人', false],
    ['1.5万', 15_000, undefined, false],
    ['1.2 million', 1_200_000, undefined, false],
    ['3 billion yen', 3_000_000_000, 'yen', false],
    ['¥1.2 billion', 1_200_000_000, 'yen', false],
    ['$5', 5, 'dollars', false],
    ['7割', 0.7, undefined, true],
    ['3割5分', 0.35, undefined, true],
    ['70%', 0.7, undefined, true],
    ['７０％', 0.7, undefined, true],
    ['42 percent', 0.42, undefined, true],
    ['-5', -5, undefined, false],
    ['four', 4, undefined, false],
    ['thirty-two', 32, undefined, false],
    ['four engineers', 4, 'engineers', false],
    ['two hundred and five', 205, undefined, false],
    ['a dozen', 12, undefined, false],
    ['one million', 1_000_000, undefined, false],
    ['0.5', 0.5, undefined, false],
  ])('%s → %d', (text, value, unit, fraction) => {
    const result = parseAmount(text);
    if ('error' in result) throw new Error(result.error);
    expect({ value: result.value, unit: result.unit, fraction: result.fraction }).toEqual({ value, unit, fraction });
  });

  it.each(['', 'many', '約', 'abc 32', '32 33', '億万', 'a', 'an apple'])('refuses %j with a reason', (text) => {
    const result = parseAmount(text);
    expect('error' in result && result.error.length > 0).toBe(true);
  });

  it.each([
    ['第3回', 3],
    ['第三万回', 30_000],
    ['3回目', 3],
    ['2人目', 2],
    ['3年目', 3],
    ['5日目', 5],
  ])('reads the ordinal %s as a position in the unit of ranks', (text, value) => {
    expect(parseAmount(text)).toEqual({ value, unit: 'rank', fraction: false, ...(text.includes('万') ? { scaled: true } : {}) });
  });

  it('says when a scale was applied', () => {
    expect(parseAmount('8600万')).toHaveProperty('scaled', true);
    expect(parseAmount('1.2 million')).toHaveProperty('scaled', true);
    expect(parseAmount('86000000')).not.toHaveProperty('scaled');
    expect(parseAmount('三十二')).not.toHaveProperty('scaled');
  });

  it('reads plain numbers as they are', () => {
    expect(parseAmount(125700000)).toEqual({ value: 125_700_000, unit: undefined, fraction: false });
    expect('error' in parseAmount(Number.NaN)).toBe(true);
  });
});

describe('kanji numerals', () => {
  it.each([
    ['三十二', 32],
    ['十', 10],
    ['百二', 102],
    ['千二百', 1200],
    ['二〇一八', 2018],
    ['一八', 18],
    ['四', 4],
    ['一万二千', 12_000],
    ['一億二千五百七十万', 125_700_000],
  ])('%s = %d', (text, value) => {
    expect(parseKanjiNumeral(text)).toBe(value);
  });

  it('refuses what is not a numeral', () => {
    expect(parseKanjiNumeral('')).toBeUndefined();
    expect(parseKanjiNumeral('三つ')).toBeUndefined();
    expect(parseKanjiNumeral('万億')).toBeUndefined();
  });

  it('replaces numerals inside date text', () => {
    expect(replaceKanjiNumerals('二〇一八年八月')).toBe('2018年8月');
    expect(replaceKanjiNumerals('平成三十年')).toBe('平成30年');
  });
});
