import { ENGLISH_SCALES, readEnglishNumber, readEnglishShare } from '../lang/english-numbers.js';
import { CURRENCY_SIGNS, INTENSITY_LEVELS, PERCENT_SPELLINGS, PREFIX_UNITS, subunitFactor, unitRow } from '../lang/units.js';
import { clean, isArabicDigit, LARGE_UNIT_CHARS, SMALL_UNIT_CHARS, MINUS_SIGNS, readNumeralPrefix, readWariTail, scaleBy } from '../lang/numerals.js';

export { clean, scaleBy };

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

/** English scale words after a number (`1.2 million`, `3bn`), from the one English table. */
const WORD_SCALE = new RegExp(`^(?:${Object.keys(ENGLISH_SCALES).filter((w) => w !== 'hundred').join('|')})\\b`, 'i');

/** A small unit (十 百 千) or a large one (万 億 …): written after Arabic digits, it is a scale. */
const SMALL_OR_LARGE = new RegExp(`[${SMALL_UNIT_CHARS}${LARGE_UNIT_CHARS}]`);
const LARGE = new RegExp(`[${LARGE_UNIT_CHARS}]`);

/** Percent as the unit table spells it. */
const PERCENT = new RegExp(`^(?:${PERCENT_SPELLINGS.map((w) => (/[a-z]$/i.test(w) ? `${w}\\b` : w)).join('|')})`, 'i');


/**
 * Read a written amount. Never throws: text that is not an amount gives an {@link AmountError}.
 * Full-width characters are folded first (NFKC), so `８６００万人` reads like `8600万人`.
 * Numerals are read by the one numeral reader of `src/lang/numerals.ts`, so a claim value reads
 * exactly like the same figure extracted from a capture.
 */
export function parseAmount(written: string | number): Amount | AmountError {
  if (typeof written === 'number') {
    return Number.isFinite(written) ? { value: written, unit: undefined, fraction: false } : { error: `Unexpected ${written}, expected a finite number` };
  }
  let rest = written.normalize('NFKC').trim();
  let unit: string | undefined;
  for (const [sign, code] of CURRENCY_SIGNS) {
    if (rest.startsWith(sign)) {
      unit = code;
      rest = rest.slice(sign.length).trim();
      break;
    }
  }
  // 震度6強, M7.6: a scale named before the number.
  const prefix = unit === undefined ? PREFIX_UNITS.find(([w]) => rest.startsWith(w) && /^\s*\d/.test(rest.slice(w.length))) : undefined;
  if (prefix) {
    unit = prefix[1];
    rest = rest.slice(prefix[0].length).trim();
  }
  let negative = false;
  const minus = MINUS_SIGNS.find((sign) => rest.toLowerCase().startsWith(sign));
  if (minus !== undefined) {
    negative = true;
    rest = rest.slice(minus.length).trim();
  } else if (rest.startsWith('+')) {
    rest = rest.slice(1).trim();
  }
  if (/^\.\d/.test(rest)) rest = `0${rest}`;

  let total: number;
  let scaled = false;
  // two thirds, half, one in five, 2 in 5: a share written in words.
  const share = /^[a-z\d]/i.test(rest) ? readEnglishShare(rest) : undefined;
  if (share) {
    const after = rest.slice(share.length).trim();
    if (after.length > 0) return { error: `Unexpected "${after}" after the share in "${written}"` };
    return { value: negative ? -share.value : share.value, unit: undefined, fraction: true };
  }
  const english = /^[a-z]/i.test(rest) ? readEnglishNumber(rest) : undefined;
  if (english) {
    total = english.value;
    rest = rest.slice(english.length).trimStart();
  } else {
    const numeral = readNumeralPrefix(rest);
    if (!numeral) return { error: `Unexpected "${written}", expected a number such as 32, 3,928, 8600万, 三十二, 1.2 million or 7割` };
    const head = rest.slice(0, numeral.end);
    const arabic = [...head].some((c) => isArabicDigit(c.charCodeAt(0)));
    scaled = LARGE.test(head) || (arabic && SMALL_OR_LARGE.test(head));
    total = numeral.value;
    rest = rest.slice(numeral.end);
    // 3分の1: a fraction, a share.
    const numerator = rest.startsWith('分の') ? readNumeralPrefix(rest, 2) : undefined;
    if (numerator && total > 0) {
      const share = clean(numerator.value / total);
      const after = rest.slice(numerator.end).trim();
      if (after.length > 0) return { error: `Unexpected "${after}" after the fraction in "${written}"` };
      return { value: negative ? -share : share, unit: undefined, fraction: true };
    }
    if (LARGE.test(rest.charAt(0))) return { error: `Unexpected "${rest.charAt(0)}" after a larger scale in "${written}"` };
  }
  rest = rest.trimStart();

  // 6強, 5弱: the levels of a seismic intensity.
  const level = prefix?.[1] === 'seismic intensity' ? INTENSITY_LEVELS[rest.charAt(0)] : undefined;
  if (level !== undefined) {
    total = clean(total + level);
    rest = rest.slice(1).trimStart();
  }
  let fraction = false;
  const word = WORD_SCALE.exec(rest);
  if (word) {
    total = clean(total * ENGLISH_SCALES[word[0].toLowerCase()]!);
    scaled = true;
    rest = rest.slice(word[0].length).trimStart();
  }
  const percent = PERCENT.exec(rest);
  if (percent) {
    total = scaleBy(total, -2);
    fraction = true;
    rest = rest.slice(percent[0].length).trimStart();
  } else if (rest.startsWith('割')) {
    // 3割5分2厘 = 0.352, 5割半 = 0.55
    total = scaleBy(total, -1);
    fraction = true;
    const tail = readWariTail(rest, 1);
    if (tail) total = clean(total + tail.add);
    rest = rest.slice(tail ? tail.end : 1).trimStart();
  }

  let trailing = rest.trim();
  // 2万9000円12銭, 2ドル3セント: a smaller unit of the same money after the first.
  const two = /^(\D+?)\s*と?\s*(\d+(?:\.\d+)?)\s*(\D+)$/u.exec(trailing);
  const subFactor = two ? subunitFactor(two[1]!, two[3]!) : undefined;
  if (two && subFactor !== undefined) {
    total = clean(total + Number(two[2]) * subFactor);
    trailing = two[1]!;
  }
  // 2年半, 3カ月半: a half of a unit of time.
  if (trailing.length > 1 && trailing.endsWith('半') && unitRow(trailing.slice(0, -1))?.dimension === 'duration') {
    total = clean(total + 0.5);
    trailing = trailing.slice(0, -1);
  }
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
