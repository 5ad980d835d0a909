import { readEnglishNumeral } from './english-numerals.js';
import { KANJI_NUMERAL_RUN, parseKanjiNumeral } from './kanji-numerals.js';

/**
 * Numbers as news text writes them: `32`, `3,928`, `８６００万` (full width), `1億2570万`,
 * `三十二`, `thirty-two`, `1.2 million`, `7割`, `3割5分`, `70%`, `¥1.2 billion`. A written amount is a number,
 * its scales applied, and whatever follows it, which is the unit (`回`, `people`, `円`).
 */

/** An amount read from text. */
export interface Amount {
  /** The number with every scale applied (`8600万` → 86000000, `7割` → 0.7). */
  readonly value: number;
  /** What followed (or preceded, for `¥`/`$`) the number, trimmed; undefined when nothing did. */
  readonly unit: string | undefined;
  /** True when a fraction scale (`%`, `割`, `分`, `厘`, `percent`) was applied: the amount is a share. */
  readonly fraction: boolean;
  /** True when a scale (万, 億, 兆, 3千, thousand, million …) was applied: the amount is in ones. */
  readonly scaled?: boolean;
}

/** A failed read, with a reason worded for the claim's author. */
export interface AmountError {
  readonly error: string;
}

/** Scales of groups of four digits, as used after Arabic or kanji numerals. */
const GROUP_SCALES: Readonly<Record<string, number>> = { '万': 4, '萬': 4, '億': 8, '兆': 12 };

/** Scales inside a group, after Arabic digits (`3千` = 3000). */
const INNER_SCALES: Readonly<Record<string, number>> = { '千': 3, '百': 2, '十': 1 };

/** English scale words (short scale). */
const WORD_SCALES: readonly (readonly [RegExp, number])[] = [
  [/^(?:thousand)\b/i, 3],
  [/^(?:million|mln)\b/i, 6],
  [/^(?:billion|bn)\b/i, 9],
  [/^(?:trillion|tn)\b/i, 12],
];

/** Currency signs written before the number, and the unit they stand for. */
const CURRENCY_PREFIXES: readonly (readonly [string, string])[] = [
  ['US$', 'USD'],
  ['$', 'USD'],
  ['¥', 'JPY'],
  ['￥', 'JPY'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₩', 'KRW'],
];

const ARABIC = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|^\.\d+/;

/**
 * Read a written amount. Never throws: text that is not an amount gives an {@link AmountError}.
 * Full-width characters are folded first (NFKC), so `８６００万人` reads like `8600万人`.
 */
export function parseAmount(written: string | number): Amount | AmountError {
  if (typeof written === 'number') {
    return Number.isFinite(written) ? { value: written, unit: undefined, fraction: false } : { error: `Unexpected ${written}, expected a finite number` };
  }
  let rest = written.normalize('NFKC').trim();
  let unit: string | undefined;
  for (const [sign, code] of CURRENCY_PREFIXES) {
    if (rest.startsWith(sign)) {
      unit = code;
      rest = rest.slice(sign.length).trim();
      break;
    }
  }
  let negative = false;
  if (/^[-−‐－▲]/.test(rest)) {
    negative = true;
    rest = rest.slice(1).trim();
  } else if (rest.startsWith('+')) {
    rest = rest.slice(1).trim();
  }

  // Numerals with group scales: 1億2570万, 三十二, 3万5千, 8600万.
  let total = 0;
  let scaled = false;
  let read = false;
  let lastGroup = Infinity;
  let digitsSeen = 0;
  for (;;) {
    const arabic = ARABIC.exec(rest);
    let part: number;
    let isArabic = false;
    if (arabic) {
      part = Number(arabic[0].replace(/,/g, ''));
      rest = rest.slice(arabic[0].length);
      isArabic = true;
    } else if (digitsSeen === 0 && readEnglishNumeral(rest)) {
      const english = readEnglishNumeral(rest)!;
      part = english.value;
      rest = rest.slice(english.length).trimStart();
    } else {
      const kanji = KANJI_NUMERAL_RUN.exec(rest);
      if (!kanji) break;
      // Take the longest prefix of the run that reads as a numeral without a group scale;
      // group scales (万, 億, 兆) are applied below so Arabic and kanji mix (2千万, 一億2570万).
      const run = kanji[0];
      const cut = run.search(/[万萬億兆]/);
      const head = cut < 0 ? run : run.slice(0, cut);
      if (head.length === 0) break;
      const value = parseKanjiNumeral(head);
      if (value === undefined) return { error: `Unexpected numeral "${head}" in "${written}"` };
      part = value;
      rest = rest.slice(head.length);
    }
    digitsSeen += 1;
    // 3千5百 after Arabic digits: inner scales of one group of four digits.
    if (isArabic) {
      let group = 0;
      for (;;) {
        const c = rest[0];
        if (c === undefined || !(c in INNER_SCALES)) break;
        group += part * 10 ** INNER_SCALES[c]!;
        scaled = true;
        rest = rest.slice(1);
        const next = ARABIC.exec(rest);
        part = next ? Number(next[0].replace(/,/g, '')) : 0;
        if (next) rest = rest.slice(next[0].length);
      }
      part += group;
    }
    const scaleChar = rest[0];
    if (scaleChar !== undefined && scaleChar in GROUP_SCALES) {
      const exponent = GROUP_SCALES[scaleChar]!;
      if (exponent >= lastGroup) return { error: `Unexpected "${scaleChar}" after a larger scale in "${written}"` };
      lastGroup = exponent;
      total += scaleBy(part, exponent);
      scaled = true;
      rest = rest.slice(1);
      read = true;
      continue;
    }
    total += part;
    read = true;
    break;
  }
  if (!read || digitsSeen === 0) return { error: `Unexpected "${written}", expected a number such as 32, 3,928, 8600万, 三十二, 1.2 million or 7割` };
  rest = rest.trimStart();

  let fraction = false;
  for (const [pattern, exponent] of WORD_SCALES) {
    const match = pattern.exec(rest);
    if (match) {
      total = scaleBy(total, exponent);
      scaled = true;
      rest = rest.slice(match[0].length).trimStart();
      break;
    }
  }
  const percent = /^(?:%|パーセント|percent\b|per cent\b|pct\b)/i.exec(rest);
  if (percent) {
    total = scaleBy(total, -2);
    fraction = true;
    rest = rest.slice(percent[0].length).trimStart();
  } else if (rest.startsWith('割')) {
    // 3割5分2厘 = 0.352
    total = scaleBy(total, -1);
    fraction = true;
    rest = rest.slice(1);
    for (const [mark, exponent] of [['分', -2], ['厘', -3]] as const) {
      const match = new RegExp(`^(\\d+|[〇一二三四五六七八九])${mark}`).exec(rest);
      if (!match) continue;
      const digit = /^\d+$/.test(match[1]!) ? Number(match[1]) : parseKanjiNumeral(match[1]!)!;
      total += scaleBy(digit, exponent);
      rest = rest.slice(match[0].length);
    }
    rest = rest.trimStart();
  }

  const trailing = rest.trim();
  if (trailing.length > 0) {
    if (unit !== undefined) return { error: `Unexpected "${trailing}" after the amount in "${written}"` };
    if (/^[\d.,]/.test(trailing)) return { error: `Unexpected "${trailing}" in "${written}", expected one number` };
    unit = trailing;
  }
  const value = clean(negative ? -total : total);
  if (!Number.isFinite(value)) return { error: `Unexpected "${written}", the number is too large` };
  return scaled ? { value, unit, fraction, scaled } : { value, unit, fraction };
}

/** True when a parse result is an error. */
export function isAmountError(result: Amount | AmountError): result is AmountError {
  return 'error' in result;
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
