/**
 * Numerals as Japanese and English news write them: Arabic digits (half- and full-width, with
 * thousands separators and decimals), kanji numerals both positional (二〇一八) and multiplicative
 * (三十二, 千二百万), the two mixed (2億3千430万, 8600万), and English number words (thirty-two,
 * 1.2 million). Every function here is pure and allocation-light: the scanner calls them once per
 * numeral it finds, never per character of the text.
 */

/** Value of a kanji or Arabic digit character, or -1. */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  switch (code) {
    case 0x3007: // 〇
    case 0x96f6: // 零
      return 0;
    case 0x4e00: // 一
    case 0x58f1: // 壱
      return 1;
    case 0x4e8c: // 二
    case 0x5f10: // 弐
      return 2;
    case 0x4e09: // 三
    case 0x53c2: // 参
      return 3;
    case 0x56db: // 四
      return 4;
    case 0x4e94: // 五
      return 5;
    case 0x516d: // 六
      return 6;
    case 0x4e03: // 七
      return 7;
    case 0x516b: // 八
      return 8;
    case 0x4e5d: // 九
      return 9;
    default:
      return -1;
  }
}

/** Exponent of a small kanji unit (十 百 千, and 拾 阡 of formal writing), or 0. */
function smallUnit(code: number): number {
  switch (code) {
    case 0x5341: // 十
    case 0x62fe: // 拾
      return 1;
    case 0x767e: // 百
      return 2;
    case 0x5343: // 千
    case 0x9621: // 阡
      return 3;
    default:
      return 0;
  }
}

/** Exponent of a large kanji unit (万 億 兆 京), or 0. */
function largeUnit(code: number): number {
  switch (code) {
    case 0x4e07: // 万
    case 0x842c: // 萬
      return 4;
    case 0x5104: // 億
      return 8;
    case 0x5146: // 兆
      return 12;
    case 0x4eac: // 京
      return 16;
    default:
      return 0;
  }
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
  return total + section + (current ?? 0);
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

const ENGLISH_SMALL: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, a: 1, an: 1, dozen: 12,
};

const ENGLISH_SCALE: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

/** English number words (lower case), for the scanner's regular expression. */
export const ENGLISH_NUMBER_WORDS: readonly string[] = [
  ...Object.keys(ENGLISH_SMALL).filter((w) => w !== 'a' && w !== 'an'),
  ...Object.keys(ENGLISH_SCALE),
];

/**
 * Parse an English numeral: `thirty-two`, `one hundred and twenty`, `1.2 million`,
 * `4 million`, `3,928`, `a dozen`. Undefined when the words are not one number.
 */
export function parseEnglishNumber(text: string): number | undefined {
  const words = text.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w !== '' && w !== 'and');
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let any = false;
  for (const word of words) {
    const digits = word.replace(/,/g, '');
    if (/^\d+(?:\.\d+)?$/.test(digits)) {
      if (any && current !== 0) return undefined;
      current += Number(digits);
      any = true;
      continue;
    }
    // Own keys only: `__proto__` or `constructor` is not a number word.
    const small = Object.hasOwn(ENGLISH_SMALL, word) ? ENGLISH_SMALL[word] : undefined;
    if (small !== undefined) {
      if (word === 'dozen') current = (current || 1) * 12;
      else current += small;
      any = true;
      continue;
    }
    const scale = Object.hasOwn(ENGLISH_SCALE, word) ? ENGLISH_SCALE[word] : undefined;
    if (scale !== undefined) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      any = true;
      continue;
    }
    return undefined;
  }
  if (!any) return undefined;
  return Number((total + current).toPrecision(15));
}
