/**
 * Numerals as Japanese and English news write them: Arabic digits (half- and full-width, with
 * thousands separators and decimals), kanji numerals both positional (二〇一八) and multiplicative
 * (三十二, 千二百万), the two mixed (2億3千430万, 8600万), and English number words (thirty-two,
 * 1.2 million). Every function here is pure and allocation-light: the scanner calls them once per
 * numeral it finds, never per character of the text.
 */

/**
 * The numeral table: every character that writes part of a Japanese numeral, with what it means.
 * Digits (〇 一 … 九, the formal 零 壱 弐 参), small units inside a group of four digits (十 百 千,
 * formal 拾 阡) and large units of groups (万 萬 億 兆 京). Arabic digits, half- and full-width, are
 * not listed: they are read by code point. Every character class and reader of numerals in the
 * program is built from this one table.
 */
export const NUMERAL_TABLE: Readonly<Record<string, { readonly digit: number } | { readonly small: number } | { readonly large: number }>> = {
  '〇': { digit: 0 }, '零': { digit: 0 },
  '一': { digit: 1 }, '壱': { digit: 1 },
  '二': { digit: 2 }, '弐': { digit: 2 },
  '三': { digit: 3 }, '参': { digit: 3 },
  '四': { digit: 4 }, '五': { digit: 5 }, '六': { digit: 6 }, '七': { digit: 7 }, '八': { digit: 8 }, '九': { digit: 9 },
  '十': { small: 1 }, '拾': { small: 1 },
  '百': { small: 2 },
  '千': { small: 3 }, '阡': { small: 3 },
  '万': { large: 4 }, '萬': { large: 4 },
  '億': { large: 8 },
  '兆': { large: 12 },
  '京': { large: 16 },
};

/** Every kanji numeral character of {@link NUMERAL_TABLE}, in table order. */
export const KANJI_NUMERAL_CHARS: string = Object.keys(NUMERAL_TABLE).join('');

/** Kanji digits only (〇 一 … 九 and their formal forms). */
export const KANJI_DIGIT_CHARS: string = Object.keys(NUMERAL_TABLE).filter((c) => 'digit' in NUMERAL_TABLE[c]!).join('');

/** Small units only (十 拾 百 千 阡). */
export const SMALL_UNIT_CHARS: string = Object.keys(NUMERAL_TABLE).filter((c) => 'small' in NUMERAL_TABLE[c]!).join('');

/** Large units only (万 萬 億 兆 京). */
export const LARGE_UNIT_CHARS: string = Object.keys(NUMERAL_TABLE).filter((c) => 'large' in NUMERAL_TABLE[c]!).join('');

/** Source of a regular-expression class of one numeral character: Arabic digits (both widths) and the table. */
export const NUMERAL_CLASS = `[0-9０-９${KANJI_NUMERAL_CHARS}]`;

/** Source of a regular-expression class of one kanji numeral character. */
export const KANJI_NUMERAL_CLASS = `[${KANJI_NUMERAL_CHARS}]`;

// Lookup arrays over the Basic Multilingual Plane, filled from the table: the scanner reads one
// per character, so they must be as fast as the switch statements they replace.
const DIGIT = new Int8Array(0x10000).fill(-1);
const SMALL = new Int8Array(0x10000);
const LARGE_EXP = new Int8Array(0x10000);
for (let d = 0; d <= 9; d++) {
  DIGIT[0x30 + d] = d;
  DIGIT[0xff10 + d] = d;
}
for (const [char, meaning] of Object.entries(NUMERAL_TABLE)) {
  const code = char.charCodeAt(0);
  if ('digit' in meaning) DIGIT[code] = meaning.digit;
  else if ('small' in meaning) SMALL[code] = meaning.small;
  else LARGE_EXP[code] = meaning.large;
}

/** Value of a kanji or Arabic digit character, or -1. */
export function digitValue(code: number): number {
  return code < 0x10000 ? DIGIT[code]! : -1;
}

/** Exponent of a small kanji unit (十 百 千, and 拾 阡 of formal writing), or 0. */
function smallUnit(code: number): number {
  return code < 0x10000 ? SMALL[code]! : 0;
}

/** Exponent of a large kanji unit (万 億 兆 京), or 0. */
function largeUnit(code: number): number {
  return code < 0x10000 ? LARGE_EXP[code]! : 0;
}

/** True for a character that can be part of a Japanese numeral (digits, kanji digits and units). */
export function isNumeralChar(code: number): boolean {
  return digitValue(code) >= 0 || smallUnit(code) > 0 || largeUnit(code) > 0;
}

/** True for an Arabic digit, half- or full-width. */
export function isArabicDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** True for a kanji digit (〇 一 … 九, 零, 壱 弐 参). */
export function isKanjiDigit(code: number): boolean {
  return !isArabicDigit(code) && digitValue(code) >= 0;
}

/**
 * Parse a Japanese numeral: `32`, `３２`, `3,928`, `1.5`, `三十二`, `二〇一八`, `千二百万`,
 * `2億3千430万`, `8600万`, `1.2万`. Returns undefined when the text is not one numeral
 * (`万` alone, `1,2,3`, `3..2`). Large values may lose precision past 2^53; use
 * {@link parseKanjiInteger} for exact integers.
 */
export function parseJapaneseNumber(text: string): number | undefined {
  let total = 0;
  let section = 0; // below the current large unit
  let current: number | undefined; // digits being accumulated
  let lastLarge = 99;
  let lastSmall = 99;
  let i = 0;
  const n = text.length;
  if (n === 0) return undefined;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isArabicDigit(code)) {
      if (current !== undefined) return undefined; // 二3: not a numeral
      const end = arabicRunEnd(text, i);
      const value = parseArabic(text, i, end);
      if (value === undefined) return undefined;
      current = value;
      i = end;
      continue;
    }
    const d = digitValue(code);
    if (d >= 0) {
      current = current === undefined ? d : current * 10 + d;
      i++;
      continue;
    }
    const small = smallUnit(code);
    if (small > 0) {
      if (small >= lastSmall) return undefined; // 十百: out of order
      lastSmall = small;
      section += (current ?? 1) * 10 ** small;
      current = undefined;
      i++;
      continue;
    }
    const large = largeUnit(code);
    if (large > 0) {
      if (large >= lastLarge) return undefined;
      lastLarge = large;
      const amount = section + (current ?? 0);
      if (amount === 0) return undefined; // 万 with nothing before it
      total += amount * 10 ** large;
      section = 0;
      current = undefined;
      lastSmall = 99;
      i++;
      continue;
    }
    return undefined;
  }
  return clean(total + section + (current ?? 0));
}

/** End of an Arabic run starting at `start`: digits with `,` groups and one `.` decimal part. */
export function arabicRunEnd(text: string, start: number): number {
  let i = start;
  const n = text.length;
  let sawDot = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isArabicDigit(c)) {
      i++;
      continue;
    }
    // A separator counts only when followed by a digit: `3,928` but not `3,` or `3.`.
    if ((c === 0x2c || c === 0xff0c) && !sawDot && isArabicDigit(text.charCodeAt(i + 1))) {
      // thousands groups are three digits
      let k = i + 1;
      while (k < n && isArabicDigit(text.charCodeAt(k))) k++;
      if (k - (i + 1) !== 3) return i;
      i++;
      continue;
    }
    if ((c === 0x2e || c === 0xff0e) && !sawDot && isArabicDigit(text.charCodeAt(i + 1))) {
      sawDot = true;
      i++;
      continue;
    }
    break;
  }
  return i;
}

/**
 * The middle dots some newspapers write as a decimal point between digits (マグニチュード７・６,
 * ０・５％, １・５倍). The same dot also lists numbers (1・2号機, 5・6月, 3・11), so a reader takes it
 * as a decimal point only where a list cannot be meant: after a scale named before the number
 * (M７・６) or before a unit of measure, never before a counter of things or a calendar word.
 */
export const DECIMAL_MIDDLE_DOTS: readonly string[] = ['・', '･'];

/** Parse an Arabic run found by {@link arabicRunEnd}. */
function parseArabic(text: string, start: number, end: number): number | undefined {
  let intPart = 0;
  let frac = 0;
  let scale = 0;
  let any = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isArabicDigit(c)) {
      const d = digitValue(c);
      any = true;
      if (scale > 0) {
        frac += d / scale;
        scale *= 10;
      } else {
        intPart = intPart * 10 + d;
      }
    } else if (c === 0x2e || c === 0xff0e) {
      scale = 10;
    }
  }
  if (!any) return undefined;
  // Round away binary noise of the decimal part (1.2 → 1.2, not 1.2000000000000002).
  return scale > 0 ? Number((intPart + frac).toPrecision(15)) : intPart;
}

const KANJI_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const LARGE = ['', '万', '億', '兆', '京'] as const;

/**
 * Write a non-negative integer as a multiplicative kanji numeral (32 → 三十二, 12000000 →
 * 千二百万, 0 → 〇), the inverse of {@link parseKanjiInteger} up to 10^20 − 1.
 */
export function toKanji(value: number | bigint): string {
  let n = typeof value === 'bigint' ? value : BigInt(Math.trunc(value));
  if (n < 0n) throw new RangeError('toKanji: negative numbers have no kanji numeral here');
  if (n === 0n) return KANJI_DIGITS[0];
  let out = '';
  let group = 0;
  while (n > 0n) {
    const part = Number(n % 10000n);
    n /= 10000n;
    if (part > 0) {
      const large = LARGE[group];
      if (large === undefined) throw new RangeError('toKanji: numbers from 10^20 have no unit here');
      out = groupToKanji(part) + large + out;
    }
    group++;
  }
  return out;
}

function groupToKanji(part: number): string {
  let out = '';
  const units = ['千', '百', '十', ''] as const;
  const divisors = [1000, 100, 10, 1] as const;
  for (let k = 0; k < 4; k++) {
    const d = Math.floor(part / divisors[k]!) % 10;
    if (d === 0) continue;
    if (k < 3 && d === 1) out += units[k];
    else out += KANJI_DIGITS[d]! + units[k];
  }
  return out;
}

/** Parse a kanji (or mixed) integer numeral exactly, as a bigint; undefined when it is not one. */
export function parseKanjiInteger(text: string): bigint | undefined {
  if (text.length === 0) return undefined;
  let total = 0n;
  let section = 0n;
  let current: bigint | undefined;
  let lastLarge = 99;
  let lastSmall = 99;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const d = digitValue(code);
    if (d >= 0) {
      current = (current ?? 0n) * 10n + BigInt(d);
      continue;
    }
    const small = smallUnit(code);
    if (small > 0) {
      if (small >= lastSmall) return undefined;
      lastSmall = small;
      section += (current ?? 1n) * 10n ** BigInt(small);
      current = undefined;
      continue;
    }
    const large = largeUnit(code);
    if (large > 0) {
      if (large >= lastLarge) return undefined;
      lastLarge = large;
      const amount = section + (current ?? 0n);
      if (amount === 0n) return undefined;
      total += amount * 10n ** BigInt(large);
      section = 0n;
      current = undefined;
      lastSmall = 99;
      continue;
    }
    return undefined;
  }
  return total + section + (current ?? 0n);
}

/**
 * The numeral at the start of `text` (a run of Arabic digits with their separators, kanji digits and
 * units, mixed: `8600万`, `2億3千430万`, `三十二`), read as one number, with its length. The run is
 * cut back to its longest prefix that reads as a numeral (`十百` reads 十). Undefined when no
 * numeral starts the text.
 */
export function readNumeralPrefix(text: string, from = 0): { readonly value: number; readonly end: number } | undefined {
  let j = from;
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isArabicDigit(c)) j = arabicRunEnd(text, j);
    else if (isNumeralChar(c)) j++;
    else break;
  }
  for (let end = j; end > from; end--) {
    const value = parseJapaneseNumber(text.slice(from, end));
    if (value !== undefined) return { value, end };
  }
  return undefined;
}

/**
 * The value of a kanji numeral (only table characters: 三十二, 二〇一八, 千二百万), or undefined.
 * A run of digits without units (二〇一八) is read digit by digit.
 */
export function parseKanjiNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isArabicDigit(c) || !isNumeralChar(c)) return undefined;
  }
  return parseJapaneseNumber(text);
}

const KANJI_RUN_GLOBAL = new RegExp(`${KANJI_NUMERAL_CLASS}+`, 'g');

/**
 * Replace every kanji numeral run in `text` by its Arabic value, for date strings such as
 * 二〇一八年八月 (→ 2018年8月). Runs that do not read as a numeral are left as they are.
 */
export function replaceKanjiNumerals(text: string): string {
  return text.replace(KANJI_RUN_GLOBAL, (run) => {
    const value = parseKanjiNumeral(run);
    return value === undefined ? run : String(value);
  });
}

/** 86000000 → 86,000,000, 1234.5 → 1,234.5 (toLocaleString is far slower, and locale-dependent). */
export function groupDigits(n: number): string {
  const [whole, fraction] = String(n).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Full-width digits as ASCII (２０２１ → 2021), other characters as they are. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** `n × 10^exponent` without binary noise (1.2 × 10^6 = 1200000, 7 × 10^-1 = 0.7). */
export function scaleBy(n: number, exponent: number): number {
  return clean(exponent >= 0 ? n * 10 ** exponent : n / 10 ** -exponent);
}

/**
 * Round away floating-point noise (0.7 × 125700000 = 87990000.00000001 → 87990000), so that
 * equal figures written differently compare equal. Fifteen significant digits are kept.
 */
export function clean(n: number): number {
  if (Number.isSafeInteger(n)) return n === 0 ? 0 : n;
  if (!Number.isFinite(n)) return n;
  return Number(n.toPrecision(15));
}

/**
 * Signs and words that make the figure after them negative: `-5%`, `−0.5%`, `▲3億円` and `△3億円`
 * (as Japanese accounts write a loss), `マイナス5%`, `minus five percent`.
 */
export const MINUS_SIGNS: readonly string[] = ['マイナス', 'minus ', 'negative ', '-', '−', '－', '‐', '▲', '△'];

/** The last character of each sign before its spaces (ス, s, e, -, …). */
const MINUS_LAST = new Set(MINUS_SIGNS.map((sign) => sign.trimEnd().charAt(sign.trimEnd().length - 1)));

/**
 * Where a minus sign before `start` begins, or undefined. A sign counts only when it does not join
 * two words or figures (`2018-19`, `ABC-3`, `3-2` stay positive): what stands before it is the start
 * of the text, a space, punctuation, or a word such as 前年比 that is not a letter or digit.
 */
export function minusBefore(text: string, start: number, floor = 0): number | undefined {
  // Most figures have no sign: look only when the character before (or before spaces) ends one.
  let k = start;
  while (k > floor && text.charCodeAt(k - 1) === 0x20) k--;
  if (!MINUS_LAST.has(text.charAt(k - 1).toLowerCase())) return undefined;
  for (const sign of MINUS_SIGNS) {
    let at = start - sign.length;
    if (sign.endsWith(' ')) {
      // `minus  five`: any run of spaces
      let k = start;
      while (k > floor && text.charCodeAt(k - 1) === 0x20) k--;
      at = k - sign.length + 1;
      if (at < floor || text.slice(at, k).toLowerCase() !== sign.trimEnd()) continue;
      if (at > floor && /[A-Za-z]/.test(text.charAt(at - 1))) continue;
      return at;
    }
    if (at < floor || !text.startsWith(sign, at)) continue;
    if (sign.length === 1) {
      // 75 -300: a range between two figures, not a negative one.
      let k = at;
      while (k > 0 && text.charCodeAt(k - 1) === 0x20) k--;
      if (k < at && k > 0 && /[0-9０-９]/.test(text.charAt(k - 1))) continue;
      const before = text.charAt(at - 1);
      if (at > floor && /[\p{L}\p{N}._]/u.test(before) && !/[\u3040-\u30ff\u4e00-\u9fff]/u.test(before)) continue;
      if (at > floor && /[0-9０-９]/.test(before)) continue;
    }
    return at;
  }
  return undefined;
}

/**
 * What may follow 割 (tenths) in a Japanese share: 半 (a half tenth: 5割半 = 0.55), N分 (hundredths)
 * and N厘 (thousandths): 3割8分7厘 = 0.387. Returns the fraction to add and where it ends, or
 * undefined when nothing follows `index`.
 */
export function readWariTail(text: string, index: number): { readonly add: number; readonly end: number } | undefined {
  if (text.charCodeAt(index) === 0x534a /* 半 */) return { add: 0.05, end: index + 1 };
  let add = 0;
  let i = index;
  for (const [mark, exponent] of [['分', -2], ['厘', -3]] as const) {
    let j = i;
    while (j < text.length && j - i < 2 && digitValue(text.charCodeAt(j)) >= 0) j++;
    if (j === i || text.charAt(j) !== mark) continue;
    const digit = parseJapaneseNumber(text.slice(i, j));
    if (digit === undefined || digit > 9) continue;
    add += digit * 10 ** exponent;
    i = j + 1;
  }
  return i === index ? undefined : { add: clean(add), end: i };
}
