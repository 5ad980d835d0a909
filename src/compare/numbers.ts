import { ENGLISH_SCALES, readEnglishNumber, readEnglishShare } from '../lang/english-numbers.js';
import { CURRENCY_SIGNS, INTENSITY_LEVELS, ORDINAL_PREFIX, ORDINAL_SUFFIX, ORDINAL_TIME_UNITS, ORDINAL_UNIT, PERCENT_SPELLINGS, PREFIX_UNITS, subunitFactor, unitRow } from '../lang/units.js';
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


/** An amount being read, stage by stage: what is left of the text and what was read so far. */
interface Reading {
  rest: string;
  unit: string | undefined;
  /** The unit named before the number (震度, M), whose levels (強, 弱) may follow it. */
  prefix: string | undefined;
  /** 第 was written before the number: the amount is a position (第3回 is rank 3). */
  ordinal: boolean;
  negative: boolean;
  total: number;
  scaled: boolean;
  fraction: boolean;
}

/**
 * Read a written amount. Never throws: text that is not an amount gives an {@link AmountError}.
 * Full-width characters are folded first (NFKC), so `８６００万人` reads like `8600万人`.
 * Numerals are read by the one numeral reader of `src/lang/numerals.ts`, so a claim value reads
 * exactly like the same figure extracted from a capture. The stages: what stands before the
 * number (currency, a scale such as 震度, a sign), the number (a share in words, number words or
 * a numeral, a fraction 3分の1), the scales after it (intensity levels, million, %, 割), and the
 * unit (in one or two parts: 2万9000円12銭, 2年半).
 */
export function parseAmount(written: string | number): Amount | AmountError {
  if (typeof written === 'number') {
    return Number.isFinite(written) ? { value: written, unit: undefined, fraction: false } : { error: `Unexpected ${written}, expected a finite number` };
  }
  const r: Reading = { rest: written.normalize('NFKC').trim(), unit: undefined, prefix: undefined, ordinal: false, negative: false, total: 0, scaled: false, fraction: false };
  readBefore(r);
  const number = readNumber(r, written);
  if (number !== undefined) return number;
  readScalesAfter(r);
  const unitError = readUnit(r, written);
  if (unitError !== undefined) return unitError;
  const value = clean(r.negative ? -r.total : r.total);
  if (!Number.isFinite(value)) return { error: `Unexpected "${written}", the number is too large` };
  return r.scaled ? { value, unit: r.unit, fraction: r.fraction, scaled: true } : { value, unit: r.unit, fraction: r.fraction };
}

/** Currency signs ($, ¥), scales named before the number (震度6強, M7.6), and a sign. */
function readBefore(r: Reading): void {
  const currency = CURRENCY_SIGNS.find(([sign]) => r.rest.startsWith(sign));
  if (currency) {
    r.unit = currency[1];
    r.rest = r.rest.slice(currency[0].length).trim();
  }
  if (r.unit === undefined && r.rest.startsWith(ORDINAL_PREFIX)) {
    r.ordinal = true;
    r.rest = r.rest.slice(ORDINAL_PREFIX.length).trim();
    return;
  }
  const prefix = r.unit === undefined ? PREFIX_UNITS.find(([w]) => r.rest.startsWith(w) && /^\s*\d/.test(r.rest.slice(w.length))) : undefined;
  if (prefix) {
    r.unit = prefix[1];
    r.prefix = prefix[1];
    r.rest = r.rest.slice(prefix[0].length).trim();
  }
  const minus = MINUS_SIGNS.find((sign) => r.rest.toLowerCase().startsWith(sign));
  if (minus !== undefined) {
    r.negative = true;
    r.rest = r.rest.slice(minus.length).trim();
  } else if (r.rest.startsWith('+')) {
    r.rest = r.rest.slice(1).trim();
  }
  if (/^\.\d/.test(r.rest)) r.rest = `0${r.rest}`;
}

/**
 * The number itself. A share written whole (two thirds, one in five, 3分の1) is the amount and is
 * returned at once; otherwise the reading goes on and undefined is returned (or an error).
 */
function readNumber(r: Reading, written: string): Amount | AmountError | undefined {
  const whole = (value: number, length: number, what: string): Amount | AmountError => {
    const after = r.rest.slice(length).trim();
    if (after.length > 0) return { error: `Unexpected "${after}" after the ${what} in "${written}"` };
    return { value: r.negative ? -value : value, unit: undefined, fraction: true };
  };
  const share = /^[a-z\d]/i.test(r.rest) ? readEnglishShare(r.rest) : undefined;
  if (share) return whole(share.value, share.length, 'share');
  const english = /^[a-z]/i.test(r.rest) ? readEnglishNumber(r.rest) : undefined;
  if (english) {
    r.total = english.value;
    r.rest = r.rest.slice(english.length).trimStart();
    return undefined;
  }
  const numeral = readNumeralPrefix(r.rest);
  if (!numeral) return { error: `Unexpected "${written}", expected a number such as 32, 3,928, 8600万, 三十二, 1.2 million or 7割` };
  const head = r.rest.slice(0, numeral.end);
  r.scaled = LARGE.test(head) || ([...head].some((c) => isArabicDigit(c.charCodeAt(0))) && SMALL_OR_LARGE.test(head));
  r.total = numeral.value;
  r.rest = r.rest.slice(numeral.end);
  const numerator = r.rest.startsWith('分の') ? readNumeralPrefix(r.rest, 2) : undefined;
  if (numerator && r.total > 0) return whole(clean(numerator.value / r.total), numerator.end, 'fraction');
  if (LARGE.test(r.rest.charAt(0))) return { error: `Unexpected "${r.rest.charAt(0)}" after a larger scale in "${written}"` };
  r.rest = r.rest.trimStart();
  return undefined;
}

/** Scales after the number: the levels of a seismic intensity (6強), million, %, 割 with 分/厘/半. */
function readScalesAfter(r: Reading): void {
  const level = r.prefix === 'seismic intensity' ? INTENSITY_LEVELS[r.rest.charAt(0)] : undefined;
  if (level !== undefined) {
    r.total = clean(r.total + level);
    r.rest = r.rest.slice(1).trimStart();
  }
  const word = WORD_SCALE.exec(r.rest);
  if (word) {
    r.total = clean(r.total * ENGLISH_SCALES[word[0].toLowerCase()]!);
    r.scaled = true;
    r.rest = r.rest.slice(word[0].length).trimStart();
  }
  const percent = PERCENT.exec(r.rest);
  if (percent) {
    r.total = scaleBy(r.total, -2);
    r.fraction = true;
    r.rest = r.rest.slice(percent[0].length).trimStart();
  } else if (r.rest.startsWith('割')) {
    r.total = scaleBy(r.total, -1);
    r.fraction = true;
    const tail = readWariTail(r.rest, 1);
    if (tail) r.total = clean(r.total + tail.add);
    r.rest = r.rest.slice(tail ? tail.end : 1).trimStart();
  }
}

/** The unit after the amount, in one part or two of one dimension (2万9000円12銭, 1時間20分), or a half (2年半). */
function readUnit(r: Reading, written: string): AmountError | undefined {
  let trailing = r.rest.trim();
  const two = /^(\D+?)\s*と?\s*(\d+(?:\.\d+)?)\s*(\D+)$/u.exec(trailing);
  const subFactor = two ? subunitFactor(two[1]!, two[3]!) : undefined;
  if (two && subFactor !== undefined) {
    r.total = clean(r.total + Number(two[2]) * subFactor);
    trailing = two[1]!;
  }
  if (trailing.length > 1 && trailing.endsWith('半') && unitRow(trailing.slice(0, -1))?.dimension === 'duration') {
    r.total = clean(r.total + 0.5);
    trailing = trailing.slice(0, -1);
  }
  // 第3回, 3回目, 5日目: a position, in the unit of ranks whatever it counts (the language layer's ordinals).
  if (r.ordinal || isOrdinalUnit(trailing)) {
    r.unit = ORDINAL_UNIT;
    return undefined;
  }
  if (trailing.length === 0) return undefined;
  if (r.unit !== undefined) return { error: `Unexpected "${trailing}" after the amount in "${written}"` };
  if (/^[\d.,]/.test(trailing)) return { error: `Unexpected "${trailing}" in "${written}", expected one number` };
  r.unit = trailing;
  return undefined;
}

/** A counter or a calendar unit followed by the ordinal suffix (回目, 人目, 年目, 日目). */
function isOrdinalUnit(trailing: string): boolean {
  if (trailing.length < 2 || !trailing.endsWith(ORDINAL_SUFFIX)) return false;
  const counter = trailing.slice(0, -ORDINAL_SUFFIX.length).trim();
  return ORDINAL_TIME_UNITS.has(counter) || unitRow(counter) !== undefined;
}

/** True when a parse result is an error. */
export function isAmountError(result: Amount | AmountError): result is AmountError {
  return 'error' in result;
}
