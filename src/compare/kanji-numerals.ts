import { parseJapaneseNumber } from '../extract/numerals.js';

/**
 * Kanji numerals as Japanese news text writes them: positional (三十二 = 32, 千二百 = 1200,
 * 一億二千五百七十万 = 125,700,000) and digit by digit (二〇一八 = 2018, as vertical text and
 * 中日新聞 write years).
 */

/** Characters that may appear in a kanji numeral (digits and multipliers). */
export const KANJI_NUMERAL_CHARS = '〇零一壱二弐三参四五六七八九十拾百千阡万萬億兆';

/** A run of kanji numeral characters at the start of a string. */
export const KANJI_NUMERAL_RUN = new RegExp(`^[${KANJI_NUMERAL_CHARS}]+`);

/**
 * The value of a kanji numeral, or undefined when the text is not one. A run of digits without
 * multipliers (二〇一八, 一八) is read digit by digit; otherwise the positional reading applies,
 * where a multiplier without a digit before it counts once (十 = 10, 百二 = 102).
 */
export function parseKanjiNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined;
  for (const c of text) if (!KANJI_NUMERAL_CHARS.includes(c)) return undefined;
  // One numeral reader for the whole project: the extractor's, which also reads Arabic digits.
  return parseJapaneseNumber(text);
}

/**
 * Replace every kanji numeral run in `text` by its Arabic value, for date strings such as
 * 二〇一八年八月 (→ 2018年8月). Runs that do not read as a numeral are left as they are.
 */
export function replaceKanjiNumerals(text: string): string {
  return text.replace(new RegExp(`[${KANJI_NUMERAL_CHARS}]+`, 'g'), (run) => {
    const value = parseKanjiNumeral(run);
    return value === undefined ? run : String(value);
  });
}
