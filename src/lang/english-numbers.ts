import { clean } from './numerals.js';

/**
 * English number words as news text writes figures: `four`, `thirty-two`, `a hundred`, `two
 * hundred and five`, `a dozen`, `1.2 million`, `4 million`, `3,928`. One table of words and one
 * reader, used by the extractor's scanner and by claim values alike.
 */

/** Words below a hundred, and `dozen` (a multiplier of 12). */
export const ENGLISH_SMALL: Readonly<Record<string, number>> = {
  zero: 0, nought: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
};

/** Scale words (short scale), and the abbreviations news writes after digits. */
export const ENGLISH_SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, lakh: 1e5, million: 1e6, crore: 1e7, billion: 1e9, trillion: 1e12, mln: 1e6, bn: 1e9, tn: 1e12,
};

/** Denominators of fractions written in words (`two thirds`, `a quarter`, `half`). */
export const ENGLISH_DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
  hundredth: 100, hundredths: 100, thousandth: 1000, thousandths: 1000,
};

/** Source of a regular expression matching one denominator word (longest first). */
export const ENGLISH_DENOMINATOR_WORD = `(?:${Object.keys(ENGLISH_DENOMINATORS).sort((a, b) => b.length - a.length).join('|')})`;

/**
 * A fraction written in words: `two thirds` = 2/3, `a third`, `one quarter`, `three fifths`, `half`
 * (= 1/2). Undefined when the text is not one.
 */
export function parseEnglishFraction(text: string): number | undefined {
  const words = text.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w !== '');
  const last = words.at(-1);
  if (last === undefined || !has(ENGLISH_DENOMINATORS, last)) return undefined;
  const head = words.slice(0, -1).join(' ');
  const numerator = head === '' || head === 'a' || head === 'an' ? 1 : parseEnglishNumber(head);
  if (numerator === undefined) return undefined;
  const value = numerator / ENGLISH_DENOMINATORS[last]!;
  return value > 0 && value <= 1 ? clean(value) : undefined;
}

/** Articles that stand for one before a scale word (`a hundred`, `a dozen`). */
const ARTICLES = new Set(['a', 'an']);

/** English number words (lower case), for the scanner's regular expression. */
export const ENGLISH_NUMBER_WORDS: readonly string[] = [...Object.keys(ENGLISH_SMALL), ...Object.keys(ENGLISH_SCALES).filter((w) => w.length > 3)];

/** Source of a regular expression matching one English number word (longest first). */
export const ENGLISH_NUMBER_WORD = `(?:${[...ENGLISH_NUMBER_WORDS].sort((a, b) => b.length - a.length).join('|')})`;

const has = (table: Readonly<Record<string, number>>, word: string): boolean => Object.hasOwn(table, word);

/**
 * Parse an English numeral: `thirty-two`, `one hundred and twenty`, `1.2 million`,
 * `4 million`, `3,928`, `a dozen`. Undefined when the words are not one number.
 */
export function parseEnglishNumber(text: string): number | undefined {
  const lower = text.toLowerCase();
  // five point five = 5.5: digits named one by one after `point`.
  const point = /^(.+?)\s+point\s+(.+)$/.exec(lower);
  if (point) {
    const whole = parseEnglishNumber(point[1]!);
    const digits = point[2]!.split(/[\s-]+/).map((w) => (has(ENGLISH_SMALL, w) && ENGLISH_SMALL[w]! < 10 ? ENGLISH_SMALL[w]! : -1));
    if (whole === undefined || digits.length === 0 || digits.some((d) => d < 0)) return undefined;
    return clean(whole + Number(`0.${digits.join('')}`));
  }
  // one and a half million = 1.5 million; half a million = 500,000.
  // one million and a half = 1.5 million.
  const trailing = /^(.+?)\s+(thousand|million|billion|trillion)\s+and\s+a\s+half$/.exec(lower);
  if (trailing) {
    const whole = parseEnglishNumber(trailing[1]!);
    return whole === undefined ? undefined : clean((whole + 0.5) * ENGLISH_SCALES[trailing[2]!]!);
  }
  const half = /^(.+?)\s+and\s+a\s+half(?:\s+(.+))?$/.exec(lower) ?? /^(?:an?\s+)?(half)[\s-]+(?:a\s+)?(\w+)$/.exec(lower);
  if (half) {
    const whole = half[1] === 'half' ? 0 : parseEnglishNumber(half[1]!);
    const scale = half[2] === undefined ? 1 : half[2] === 'dozen' ? 12 : has(ENGLISH_SCALES, half[2]) ? ENGLISH_SCALES[half[2]]! : undefined;
    if (whole === undefined || scale === undefined || (half[1] === 'half' && half[2] === undefined)) return undefined;
    return clean((whole + 0.5) * scale);
  }
  const words = lower.replace(/-/g, ' ').split(/\s+/).filter((w) => w !== '' && w !== 'and');
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let any = false;
  let article = false;
  for (const word of words) {
    const digits = word.replace(/,/g, '');
    if (/^\d+(?:\.\d+)?$/.test(digits)) {
      // 3 hundred and 21: digits after a scale word add to it
      if (any && current !== 0 && (current % 100 !== 0 || Number(digits) >= 100)) return undefined;
      current += Number(digits);
      any = true;
      continue;
    }
    if (ARTICLES.has(word)) {
      // `a` only before a scale or dozen: `a hundred`, `a million`.
      if (any || article) return undefined;
      article = true;
      current = 1;
      continue;
    }
    if (has(ENGLISH_SMALL, word)) {
      if (word === 'dozen') current = (current || 1) * 12;
      else {
        if (article) return undefined;
        current += ENGLISH_SMALL[word]!;
      }
      any = true;
      article = false;
      continue;
    }
    // five hundreds, two thousands: a plural scale after a number is that scale (hundreds alone is no number)
    const plural = word.endsWith('s') && has(ENGLISH_SCALES, word.slice(0, -1)) && any ? word.slice(0, -1) : undefined;
    if (plural !== undefined) {
      const scale = ENGLISH_SCALES[plural]!;
      if (scale === 100) current = current * 100;
      else {
        total += current * scale;
        current = 0;
      }
      continue;
    }
    if (has(ENGLISH_SCALES, word)) {
      const scale = ENGLISH_SCALES[word]!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      any = true;
      article = false;
      continue;
    }
    return undefined;
  }
  if (!any || article) return undefined;
  return clean(total + current);
}

const WORD_RUN = new RegExp(`^(?:(?:${ENGLISH_NUMBER_WORD}|an?|and|point|half)(?:[\\s-]+|$|(?=[^a-z])))+`, 'i');

/**
 * The run of English number words at the start of `text` (`thirty-two people`, `a dozen times`,
 * `two hundred and five`): its value and the length of the words read, or undefined. A trailing
 * `and` or article is left for what follows.
 */
export function readEnglishNumber(text: string): { readonly value: number; readonly length: number } | undefined {
  const match = WORD_RUN.exec(text);
  if (!match) return undefined;
  // Try the longest run of words first, then shorter ones (`one and a half` → `one`).
  const tokens = [...match[0].matchAll(/[a-z]+/gi)];
  for (let count = tokens.length; count > 0; count--) {
    const last = tokens[count - 1]!;
    const length = last.index + last[0].length;
    const value = parseEnglishNumber(match[0].slice(0, length));
    if (value !== undefined) return { value, length };
  }
  return undefined;
}

const FRACTION_RUN = new RegExp(`^(?:(?:an?|[a-z-]+(?:\\s+[a-z-]+)*?)\\s+)?${ENGLISH_DENOMINATOR_WORD}\\b`, 'i');
const IN_EVERY_RUN = new RegExp(`^(\\d+|[a-z-]+(?:\\s+[a-z-]+)*?)\\s+(?:in|out\\s+of)\\s+(\\d+|[a-z-]+(?:\\s+[a-z-]+)*?)\\b`, 'i');

/**
 * A share written in words at the start of `text`: a fraction (`two thirds`, `half`) or `N in M`
 * (`one in five`, `2 in 5`), with the length read; undefined when none starts the text.
 */
export function readEnglishShare(text: string): { readonly value: number; readonly length: number } | undefined {
  const fraction = FRACTION_RUN.exec(text);
  if (fraction) {
    const value = parseEnglishFraction(fraction[0]);
    if (value !== undefined) return { value, length: fraction[0].length };
  }
  const every = IN_EVERY_RUN.exec(text);
  if (every) {
    const part = parseEnglishNumber(every[1]!);
    const whole = parseEnglishNumber(every[2]!);
    if (part !== undefined && whole !== undefined && whole > part && part > 0) return { value: clean(part / whole), length: every[0].length };
  }
  return undefined;
}

/** English ordinal words below a hundred's first ten (first … ninth) and the teens and tens (tenth … ninetieth). */
export const ENGLISH_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90,
};

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNIT_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];

/**
 * Source of a regular expression matching one English ordinal below a hundred: `21st`, `3rd`,
 * `first`, `twenty-first`, `twenty first`, `thirtieth`.
 */
export const ENGLISH_ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|(?:(?:${TENS.join('|')})[\\s-]+(?:${UNIT_ORDINALS.join('|')})|${Object.keys(ENGLISH_ORDINALS).sort((a, b) => b.length - a.length).join('|')}))`;

/** The value of an English ordinal (`21st`, `twenty-first`, `third`), or undefined. */
export function parseEnglishOrdinal(text: string): number | undefined {
  const word = text.trim().toLowerCase();
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word);
  if (digits) return Number(digits[1]);
  if (Object.hasOwn(ENGLISH_ORDINALS, word)) return ENGLISH_ORDINALS[word];
  const compound = /^([a-z]+)[\s-]+([a-z]+)$/.exec(word);
  if (compound && TENS.includes(compound[1]!) && UNIT_ORDINALS.includes(compound[2]!)) return ENGLISH_SMALL[compound[1]!]! + ENGLISH_ORDINALS[compound[2]!]!;
  return undefined;
}

/** English decade words (the twenties … the nineties), from the tens of {@link ENGLISH_SMALL}: twenties → 20. */
export const ENGLISH_DECADES: Readonly<Record<string, number>> = Object.fromEntries(TENS.map((t) => [`${t.slice(0, -1)}ies`, ENGLISH_SMALL[t]!]));
