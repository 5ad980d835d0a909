/**
 * Kanji numerals as Japanese news text writes them: positional (三十二 = 32, 千二百 = 1200,
 * 一億二千五百七十万 = 125,700,000) and digit by digit (二〇一八 = 2018, as vertical text and
 * 中日新聞 write years).
 */

/** The digits 〇–九 (and 零, 壱, 弐, 参 of formal writing). */
const DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '零': 0, '一': 1, '壱': 1, '二': 2, '弐': 2, '三': 3, '参': 3, '四': 4,
  '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** Multipliers inside a group of four digits. */
const SMALL: Readonly<Record<string, number>> = { '十': 10, '拾': 10, '百': 100, '千': 1000, '阡': 1000 };

/** Multipliers of groups of four digits. */
const LARGE: Readonly<Record<string, number>> = { '万': 1e4, '萬': 1e4, '億': 1e8, '兆': 1e12 };

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
  const chars = [...text];
  if (chars.some((c) => !KANJI_NUMERAL_CHARS.includes(c))) return undefined;
  if (chars.every((c) => c in DIGITS)) {
    return chars.reduce((total, c) => total * 10 + DIGITS[c]!, 0);
  }
  let total = 0;
  let group = 0;
  let digit: number | undefined;
  let lastLarge = Infinity;
  for (const c of chars) {
    if (c in DIGITS) {
      // Digits written one after another inside a positional numeral (二〇万) read as a number.
      digit = digit === undefined ? DIGITS[c]! : digit * 10 + DIGITS[c]!;
    } else if (c in SMALL) {
      group += (digit ?? 1) * SMALL[c]!;
      digit = undefined;
    } else {
      const scale = LARGE[c]!;
      if (scale >= lastLarge) return undefined;
      lastLarge = scale;
      const inGroup = group + (digit ?? 0);
      if (inGroup === 0) return undefined;
      total += inGroup * scale;
      group = 0;
      digit = undefined;
    }
  }
  return total + group + (digit ?? 0);
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
