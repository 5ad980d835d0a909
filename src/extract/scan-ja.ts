import {
  DECADE_PARTS,
  JA_CENTURY,
  JA_CLAUSE_BOUNDARY,
  JA_CURRENT_PARTS,
  JA_DECADE,
  JA_FUTURE_WORDS,
  JA_HOLIDAYS,
  JA_NONPAST_ENDINGS,
  JA_OFFSETS,
  JA_ORDINAL_WORDS,
  JA_PAST_ENDINGS,
  JA_RELATIVE_WORDS,
  JA_UNIT_WORDS,
  JA_WEEK_PARTS,
  JA_WEEKDAY_LEADS,
  JA_WEEKDAY_MARKS,
  JA_WEEKDAYS,
  isPartAt,
  MONTH_PARTS,
  UNIT_ROWS,
  YEAR_PARTS,
  type CalendarUnit,
  type RelativeWord,
} from '../lang/calendar.js';
import { ERAS, holidaySpec, JA_PARTS, type DatePart, type DateSpec, type Shift } from './dates.js';
import { isIdiomAt } from '../lang/idioms.js';
import type { DateMention, Mention, MentionFlag, NumberMention } from './mention.js';
import { arabicRunEnd, clean, DECIMAL_MIDDLE_DOTS, digitValue, isArabicDigit, isNumeralChar, LARGE_UNIT_CHARS, minusBefore, NUMERAL_CLASS, parseJapaneseNumber, readWariTail, toHalfWidthDigits } from '../lang/numerals.js';
import { combine, numberValue, qualifierAfterJa, qualifierBeforeJa, type Bound, type Qualifier } from './qualifiers.js';
import { JA_SUPERLATIVES, RANGE_JOINERS } from '../lang/qualifiers.js';
import { counterAt, partsRunAt, type Counter } from './units.js';
import { CURRENCY_SIGNS, INTENSITY_LEVELS, isOrdinalSpellingCut, ORDINAL_PREFIX, ORDINAL_TIME_UNITS, ORDINAL_UNIT, ordinalSuffixEnd, prefixUnitBefore, subunitFactor, unitRow } from '../lang/units.js';

/**
 * The Japanese figure scanner: one pass of one precompiled regular expression over a range of
 * the text finds where numerals and date words start; a small hand-written parser at each hit
 * reads the numeral, its counter, the qualifiers around it, ranges and dates. Offsets are those
 * of the text, so a quote cut from them is verbatim.
 */

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const RELATIVE = new Map<string, RelativeWord>(JA_RELATIVE_WORDS);
const CURRENT_PARTS = new Map(JA_CURRENT_PARTS.map(([w, unit, part]) => [w, { unit, part }] as const));
const WEEKDAYS = new Map<string, number>(JA_WEEKDAYS);
const HOLIDAYS = new Map(JA_HOLIDAYS);
const WEEKDAY_LEADS = new Map(JA_WEEKDAY_LEADS);
/** `年の`, `月の`, `週の`: a unit without a numeral, taking a part after it (年の前半 = this year's first half). */
const UNIT_OF = new Map<string, CalendarUnit>(Object.entries(JA_UNIT_WORDS).map(([w, unit]) => [`${w}の`, unit]));
/** 今から: an offset counted from the reference day (今から2週間後). */
const FROM_NOW = '今から';
/** 第: an ordinal week or weekday (第3週, 第1金曜日), else an ordinal figure (第3回). */
const ORDINAL = ORDINAL_PREFIX;

/** Where a figure may start: date words of the calendar, era names, digits and kanji numerals. */
const START_RE = new RegExp(
  `${[...RELATIVE.keys(), ...CURRENT_PARTS.keys(), ...WEEKDAYS.keys(), ...HOLIDAYS.keys(), ...WEEKDAY_LEADS.keys(), ...UNIT_OF.keys(), ...Object.keys(ERAS), FROM_NOW, ORDINAL]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')}|${NUMERAL_CLASS}`,
  'g',
);
/** The same, anchored: a date word starting exactly at `lastIndex`. */
const START_AT_RE = new RegExp(START_RE.source, 'y');

/** Dates written with separators: 2021.03.17, 2021/3/17, 2021-03-17, ２０２１．３．１７. */
const DOTTED_DATE_RE = /^([0-9０-９]{4})([.\/\-．／－])([0-9０-９]{1,2})(?:\2([0-9０-９]{1,2}))?(?![0-9０-９])/;
/** Days and months before a four-digit year: 02/22/2016, 21-04-2016, 13.5.2015 (month first unless the first is above 12). */
const DAY_MONTH_YEAR_RE = /^([0-9０-９]{1,2})([.\/\-．／－])([0-9０-９]{1,2})\2([0-9０-９]{4})(?![0-9０-９.．])/;
/** Two-digit year, month and day with slashes, year first as Japanese writes them: 21/04/16. */
const YY_MM_DD_RE = /^([0-9０-９]{2})[\/／]([0-9０-９]{2})[\/／]([0-9０-９]{2})(?![0-9０-９\/／])/;

const toHalfWidth = toHalfWidthDigits;

/** The spec of a relative word: counted from the reference date, or from the date the story told last. */
function relativeSpec(word: RelativeWord): DateSpec {
  if (word.story) return { story: word };
  switch (word.unit) {
    case 'day':
      return { dayRel: word.by };
    case 'week':
      return { weekRel: word.by };
    case 'month':
      return { monthRel: word.by };
    case 'quarter':
      return { quarterRel: word.by };
    default:
      return { yearRel: word.by };
  }
}

/** The spec of a holiday: a fixed day of a month, or days from Easter. */

/** The unit a spec names at its finest so far: what a の, a part or a weekday after it refines. */
function unitOf(spec: DateSpec): CalendarUnit | 'decade' | 'century' | undefined {
  if (spec.century !== undefined) return 'century';
  if (spec.decade) return 'decade';
  if (spec.day !== undefined || spec.dayRel !== undefined || spec.weekday !== undefined || spec.easter !== undefined) return 'day';
  if (spec.week !== undefined || spec.weekRel !== undefined) return 'week';
  if (spec.month !== undefined || spec.monthRel !== undefined) return 'month';
  if (spec.story) return spec.story.unit;
  if (spec.year !== undefined || spec.yearRel !== undefined) return 'year';
  return undefined;
}

/** Characters after 日 that make it part of a word (日本, 日間) rather than a day. */
const NOT_DAY_AFTER = new Set([...'本米中韓間目系銀経産当曜常用程連分前後ぶ以']);
/** After a month, 前, 後 and 以 (以降, 以前, 以後, 以来) after 日 bound the day (1月1日前, 1月1日以降). */
const BOUND_AFTER_DAY = /^(?:前(?!半)|後(?!半)|以(?:降|前|後|来))/;

/** Hiragana: a hiragana date word (きょう, あす) inside a longer word (きょうだい, あすなろ) is not a date. */
const isHiragana = (c: number): boolean => c >= 0x3041 && c <= 0x309f;
/** The hiragana that may follow a hiragana date word: particles. */
const AFTER_HIRAGANA_WORD = /^(?:[はのにもをがでとへ]|から|まで|より)/;
/** Kanji after a relative word that make it another word: 同年代, 前年比, 今日的, 明日香, 同年齢. */
const NOT_AFTER_RELATIVE = new Set([...'代比的性香齢配']);
/**
 * Kanji that make a longer word with the unit a relative word ends in: この日本企業 (日本), 前日本
 * 代表, この年金 (年金), この月給, この週刊誌. The days take the same characters as after N日.
 */
const NOT_AFTER_UNIT: Readonly<Record<string, ReadonlySet<string>>> = {
  年: new Set([...'金収俸賀表号長少次']),
  月: new Set([...'給刊謝賦']),
  週: new Set([...'刊']),
};

/** A numeral read at some offset. */
interface Numeral {
  readonly value: number;
  readonly start: number;
  readonly end: number;
  readonly arabic: boolean;
  readonly kanjiOnly: boolean;
}

/** Read the numeral starting at `i` (digits, separators, kanji digits and units mixed). */
export function readNumeral(text: string, i: number, limit: number): Numeral | undefined {
  let j = i;
  let arabic = false;
  let kanji = false;
  let spaced = false;
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (isArabicDigit(c)) {
      j = arabicRunEnd(text, j);
      arabic = true;
      continue;
    }
    if (isNumeralChar(c)) {
      kanji = true;
      j++;
      continue;
    }
    // 4680 万ドル, 3 万 4,500: a large unit set off by spaces still belongs to the numeral.
    if (c === 0x20 && j > i) {
      let k = j;
      while (k < limit && k - j < 2 && text.charCodeAt(k) === 0x20) k++;
      if (LARGE_UNIT_CHARS.includes(text.charAt(k)) && !isKanjiWordAfter(text, k + 1)) {
        j = k + 1;
        // 3 万 4,500: the digits after the unit, set off by a space too.
        if (text.charCodeAt(j) === 0x20 && isArabicDigit(text.charCodeAt(j + 1))) j++;
        spaced = true;
        continue;
      }
    }
    break;
  }
  if (j === i) return undefined;
  let written = spaced ? text.slice(i, j).replace(/ /g, '') : text.slice(i, j);
  // ７・６, ０・５％: a middle dot written as the decimal point, where no list of numbers is meant.
  const decimalEnd = arabic && !kanji && !spaced ? middleDotDecimalEnd(text, i, j, limit) : undefined;
  if (decimalEnd !== undefined) {
    written = `${written}.${text.slice(j + 1, decimalEnd)}`;
    j = decimalEnd;
  }
  const value = parseJapaneseNumber(written);
  if (value === undefined) return undefined;
  return { value, start: i, end: j, arabic, kanjiOnly: kanji && !arabic };
}

/**
 * Where the digits after a middle dot end when the dot is a decimal point (`DECIMAL_MIDDLE_DOTS`):
 * after a scale named before the number (M７・６) or before a unit of measure (０・５％, １・５倍,
 * ２・５メートル), never before a counter of things (1・2号機) or a calendar word (5・6月).
 */
function middleDotDecimalEnd(text: string, i: number, j: number, limit: number): number | undefined {
  if (!DECIMAL_MIDDLE_DOTS.includes(text.charAt(j)) || !isArabicDigit(text.charCodeAt(j + 1)) || /[.．]/.test(text.slice(i, j))) return undefined;
  let k = j + 1;
  while (k < limit && isArabicDigit(text.charCodeAt(k))) k++;
  if (DECIMAL_MIDDLE_DOTS.includes(text.charAt(k)) || text.charCodeAt(k) === 0x2e || text.charCodeAt(k) === 0xff0e) return undefined;
  const prefix = prefixUnitBefore(text, i);
  if (prefix && prefix.unit === 'magnitude') return k;
  const counter = counterAt(text, k)?.counter;
  return counter && (counter.kind === 'share' || (counter.kind === 'quantity' && counter.unit !== 'rank' && unitRow(counter.unit)?.dimension !== 'age')) ? k : undefined;
}

/** True when a kanji follows that makes a large unit part of a word (万博, 万全, 億劫), not a scale. */
function isKanjiWordAfter(text: string, k: number): boolean {
  return /[\u4e00-\u9fff]/.test(text.charAt(k)) && counterAt(text, k) === undefined && !LARGE_UNIT_CHARS.includes(text.charAt(k));
}

/** Scan `text` from `from` to `to` for Japanese figures, in order. */
export function scanJapanese(text: string, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  // The search stops a little past `to` (the longest start word has 4 characters): searching the
  // whole rest of the text for each line made a long capture without figures quadratic.
  const window = text.slice(0, Math.min(text.length, to + 3));
  START_RE.lastIndex = from;
  let floor = from;
  for (;;) {
    const hit = START_RE.exec(window);
    if (!hit || hit.index >= to) break;
    const i = hit.index;
    const word = hit[0];
    // A numeral that continues a word of Latin letters or an identifier (B873634, s25, ID123) is not a figure.
    const before = i > from ? text.charCodeAt(i - 1) : 0;
    if ((isIdentChar(before) && !prefixUnitBefore(text, i)) || (before === 0x2f /* / */ && isArabicDigit(text.charCodeAt(i - 2)) === false && isAsciiLetter(text.charCodeAt(i - 2)))) {
      START_RE.lastIndex = skipIdent(text, i, to);
      continue;
    }
    const found = parseAt(text, i, word, to, floor);
    if (found) {
      if (found.mention) {
        out.push(found.mention);
        floor = found.mention.end;
      }
      START_RE.lastIndex = Math.max(found.next, i + 1);
    } else {
      START_RE.lastIndex = i + word.length;
    }
  }
  return out;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isIdentChar(c: number): boolean {
  return isAsciiLetter(c) || c === 0x5f || c === 0x23 || c === 0x3d || c === 0x26 || c === 0x3f;
}

function skipIdent(text: string, i: number, to: number): number {
  let j = i;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (isArabicDigit(c) || isAsciiLetter(c) || c === 0x5f || c === 0x2d || c === 0x2e || c === 0x2f) j++;
    else break;
  }
  return Math.max(j, i + 1);
}

interface Found {
  readonly mention: Mention | undefined;
  readonly next: number;
}

/** The figure a start word begins: a date word of the calendar, or a numeral (an era year, a written date, a count). */
function parseAt(text: string, i: number, word: string, to: number, floor: number): Found | undefined {
  const dated = parseDateWord(text, i, word, to, floor);
  return dated === NOT_A_DATE_WORD ? parseNumeralAt(text, i, word, to, floor) : dated;
}

/** What {@link parseDateWord} gives for a word that is none of the calendar's date words. */
const NOT_A_DATE_WORD = Symbol('not a date word');

/** A date begun by a calendar word: 昨年, 年末, 年の前半, 元日, 金曜日, 次の金曜日, 今から3日後, 第3四半期. */
function parseDateWord(text: string, i: number, word: string, to: number, floor: number): Found | undefined | typeof NOT_A_DATE_WORD {
  const relative = RELATIVE.get(word);
  if (relative) {
    if (wordStandsAlone(text, i, word)) return parseDateFrom(text, i, i + word.length, relativeSpec(relative), to, floor);
    // 次の日曜日, この日曜日: a weekday lead, not 次の日
    const lead = [...WEEKDAY_LEADS.keys()].find((w) => word.startsWith(w));
    return lead ? parseAt(text, i, lead, to, floor) : { mention: undefined, next: i + word.length };
  }
  const current = CURRENT_PARTS.get(word);
  if (current) {
    // 年末, 月末, 週末 alone: this year's, month's, week's (学年末 and 年度末 are other words).
    if (/[\u4e00-\u9fff]/.test(text.charAt(i - 1))) return { mention: undefined, next: i + 1 };
    const spec: DateSpec = { ...relativeSpec({ unit: current.unit, by: 0 }), part: current.part };
    return dateResult(text, i, i + word.length, spec, to, floor);
  }
  const unit = UNIT_OF.get(word);
  if (unit) {
    // 年の前半, 週の初め: the current one, when nothing before names another.
    if (/[\u4e00-\u9fff0-9０-９]/.test(text.charAt(i - 1))) return undefined;
    const part = unit === 'week' ? weekPartAt(text, i + 2) : partAt(text, i + 2, unit === 'month', true);
    if (!part) return undefined;
    return dateResult(text, i, part.end, { ...relativeSpec({ unit, by: 0 }), part: part.part }, to, floor);
  }
  const holiday = HOLIDAYS.get(word);
  if (holiday) return dateResult(text, i, i + word.length, holidaySpec(holiday), to, floor);
  const weekday = WEEKDAYS.get(word);
  if (weekday !== undefined) {
    // 毎週月曜日 is every Monday: a set, not a date.
    if (text.charCodeAt(i - 1) === 0x6bce /* 毎 */ || text.startsWith('毎週', i - 2)) return { mention: undefined, next: i + word.length };
    const end = i + word.length;
    return dateResult(text, i, end, { weekday, toward: tenseAfter(text, end, to) }, to, floor);
  }
  const lead = WEEKDAY_LEADS.get(word);
  if (lead) {
    const w = weekdayAt(text, i + word.length);
    if (!w) return undefined;
    const spec: DateSpec = lead === 'this' ? { weekRel: 0, weekday: w.weekday } : { weekday: w.weekday, toward: lead === 'coming' ? 'coming' : 'previous' };
    return dateResult(text, i, w.end, spec, to, floor);
  }
  if (word === FROM_NOW) {
    const offset = offsetAt(text, i + word.length, to, false, true);
    if (!offset) return undefined;
    return offsetResult(text, i, offset, to, floor);
  }
  if (word === ORDINAL) {
    // 第3四半期 alone: this year's third quarter
    const quarter = partAt(text, i, false);
    if (quarter) return dateResult(text, i, quarter.end, { yearRel: 0, part: quarter.part }, to, floor);
    // 第31週 (this year's week 31), 第3火曜日 (this month's third Tuesday)
    const ordinal = ordinalAt(text, i, to);
    if (!ordinal) return ordinalFigure(text, i, to);
    const spec: DateSpec = ordinal.weekday === undefined ? { yearRel: 0, week: ordinal.n } : { monthRel: 0, weekday: ordinal.weekday, nth: ordinal.n };
    return dateResult(text, i, ordinal.end, spec, to, floor);
  }
  return NOT_A_DATE_WORD;
}

/** Whether rank figures are weak (seldom claims), from the unit table. */
const RANK_WEAK = unitRow(ORDINAL_UNIT)?.weak === true;

/** A position in an order from `start` to `end`: the figure of an ordinal, in the unit of ranks. */
function ordinalFound(start: number, end: number, value: number): Found {
  const mention: NumberMention = { type: 'number', kind: 'count', start, end, value, unit: ORDINAL_UNIT, flags: RANK_WEAK ? ['weak-unit'] : [] };
  return { mention, next: end };
}

/**
 * 第 and a numeral at `i`: a position (第3回, 第1位, 第2弾, 第三万回, 第十五条), or a word when a
 * lone kanji numeral has no counter (第一に, 第三者, 第二次) or an idiom holds it (第一人者).
 */
function ordinalFigure(text: string, i: number, to: number): Found | undefined {
  const n = readNumeral(text, i + 1, to);
  if (!n) return undefined;
  if (!Number.isInteger(n.value) || n.value < 1) return { mention: undefined, next: n.end };
  const counted = counterAt(text, n.end);
  const counter = counted && !isOrdinalSpellingCut(text, counted.written, counted.end) && text.charCodeAt(n.end) !== 0x20 ? counted : undefined;
  if (!counter && n.kanjiOnly && n.end - n.start === 1) return { mention: undefined, next: n.end };
  let end = counter ? counter.end : n.end;
  if (n.kanjiOnly && isIdiomAt(text, n.start, end)) return { mention: undefined, next: end };
  if (counter) end = ordinalSuffixEnd(text, end) ?? end;
  return ordinalFound(i, end, n.value);
}

/** A figure begun by an era name or a numeral: 令和3年, 2021.03.17, 02/22/2016, or a numeral and what follows it. */
function parseNumeralAt(text: string, i: number, word: string, to: number, floor: number): Found | undefined {
  const era = ERAS[word];
  if (era !== undefined) {
    let j = i + word.length;
    let year: number | undefined;
    if (text.charCodeAt(j) === 0x5143 /* 元 */) {
      year = 1;
      j++;
    } else {
      const n = readNumeral(text, j, to);
      if (!n) return undefined;
      year = n.value;
      j = n.end;
    }
    if (text.charCodeAt(j) !== 0x5e74 /* 年 */) return undefined;
    return parseDateFrom(text, i, j + 1, { year: era + year }, to, floor);
  }
  const window = text.slice(i, Math.min(to, i + 12));
  const dotted = DOTTED_DATE_RE.exec(window);
  if (dotted) {
    const year = Number(toHalfWidth(dotted[1]!));
    const month = Number(toHalfWidth(dotted[3]!));
    const day = dotted[4] === undefined ? undefined : Number(toHalfWidth(dotted[4]));
    if (year >= 1800 && year <= 2200 && month >= 1 && month <= 12 && (day === undefined || (day >= 1 && day <= 31))) {
      const end = skipWeekday(text, i + dotted[0].length, to);
      return dateResult(text, i, end, day === undefined ? { year, month } : { year, month, day }, to, floor);
    }
  }
  const numeric = isArabicDigit(text.charCodeAt(i - 1)) ? undefined : numericDate(window);
  if (numeric) return dateResult(text, i, skipWeekday(text, i + numeric.length, to), numeric.spec, to, floor);
  const numeral = readNumeral(text, i, to);
  if (!numeral) return undefined;
  return parseNumeral(text, numeral, to, floor);
}

/** A relative word that is not part of a longer word (きょうだい, 今日的, 前年比, 同年代). */
function wordStandsAlone(text: string, i: number, word: string): boolean {
  const after = text.charAt(i + word.length);
  if (NOT_AFTER_RELATIVE.has(after)) return false;
  const unit = word.charAt(word.length - 1);
  if (unit === '日' ? NOT_DAY_AFTER.has(after) && after !== '以' && after !== '前' && after !== '後' : NOT_AFTER_UNIT[unit]?.has(after)) return false;
  // 次の日曜日 is a weekday after 次の, not 次の日.
  if (text.startsWith('曜', i + word.length)) return false;
  if (![...word].every((c) => isHiragana(c.charCodeAt(0)))) return true;
  if (isHiragana(text.charCodeAt(i - 1))) return false;
  if (isHiragana(text.charCodeAt(i + word.length)) && !AFTER_HIRAGANA_WORD.test(text.slice(i + word.length, i + word.length + 2))) return false;
  return true;
}

/**
 * Numeric dates other than year first: 02/22/2016 and 21-04-2016 (month first unless the first
 * number is above 12), 13.5.2015, and 21/04/16 (a two-digit year first, as Japanese writes it).
 */
function numericDate(window: string): { spec: DateSpec; length: number } | undefined {
  const dmy = DAY_MONTH_YEAR_RE.exec(window);
  if (dmy) {
    const a = Number(toHalfWidth(dmy[1]!));
    const b = Number(toHalfWidth(dmy[3]!));
    const year = Number(toHalfWidth(dmy[4]!));
    const [month, day] = a > 12 ? [b, a] : [a, b];
    if (year >= 1800 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= 31) return { spec: { year, month, day }, length: dmy[0].length };
  }
  const yymmdd = YY_MM_DD_RE.exec(window);
  if (yymmdd) {
    const [a, b, c] = [yymmdd[1]!, yymmdd[2]!, yymmdd[3]!].map((x) => Number(toHalfWidth(x))) as [number, number, number];
    if (b >= 1 && b <= 12 && c >= 1 && c <= 31) return { spec: { yy: a, month: b, day: c }, length: yymmdd[0].length };
    // 05/05/89: when the year cannot come first, month, day and year as English writes them
    if (a >= 1 && a <= 12 && b >= 1 && b <= 31) return { spec: { yy: c, month: a, day: b }, length: yymmdd[0].length };
  }
  return undefined;
}

/** A weekday word at `j` (月曜日, 金曜). */
function weekdayAt(text: string, j: number): { weekday: number; end: number } | undefined {
  for (const [written, weekday] of JA_WEEKDAYS) if (text.startsWith(written, j)) return { weekday, end: j + written.length };
  return undefined;
}

/** 第N週 or 第N<weekday> at `j` (第 included), or 最初の週 / 最後の月曜日: the ordinal, and the weekday if one follows. */
function ordinalAt(text: string, j: number, to: number): { n: number; weekday?: number; end: number } | undefined {
  let n: number | undefined;
  let k = j;
  if (text.charCodeAt(j) === 0x7b2c /* 第 */) {
    const m = readNumeral(text, j + 1, to);
    if (!m || !Number.isInteger(m.value) || m.value < 1 || m.value > 53) return undefined;
    n = m.value;
    k = m.end;
  } else {
    for (const [written, value] of JA_ORDINAL_WORDS) {
      if (text.startsWith(written, j)) {
        n = value;
        k = j + written.length;
        break;
      }
    }
  }
  if (n === undefined) return undefined;
  if (text.charCodeAt(k) === 0x9031 /* 週 */ && text.charCodeAt(k + 1) !== 0x9593 /* 間 */) return { n, end: k + 1 };
  const w = weekdayAt(text, k) ?? (text.charCodeAt(k) === 0x306e /* の */ ? weekdayAt(text, k + 1) : undefined);
  if (w && n <= 5) return { n, weekday: w.weekday, end: w.end };
  return undefined;
}

/**
 * A length of time and an offset word at `j`: 3日前, 2か月後, 2週間後, 5年前 (the unit of the
 * time counter, the sign of 前/後/先). `keep` when counted from a written date.
 */
function offsetAt(text: string, j: number, to: number, keep: boolean, fromAnchor = false): { shifts: Shift[]; end: number } | undefined {
  // One length or several (1か月と21日前, 2年1か月21日前): each moves the date in turn.
  const lengths: Array<{ unit: CalendarUnit; n: number }> = [];
  let k = j;
  for (;;) {
    const n = readNumeral(text, k, to);
    if (!n || !Number.isInteger(n.value)) return undefined;
    const counted = timeUnitAt(text, n.end);
    if (!counted) return undefined;
    lengths.push({ unit: counted.unit, n: n.value });
    k = counted.end;
    // 明日から二日で, 今から2週間で: in that length from the date before から (not 2日では, a length)
    const sign = offsetWordAt(text, k) ?? (fromAnchor && text.charCodeAt(k) === 0x3067 /* で */ && !/^[はもの]/.test(text.charAt(k + 1)) ? { sign: 1, end: k } : undefined);
    if (sign) {
      const shifts = lengths.map(({ unit, n: by }) => (keep ? { unit, by: sign.sign * by, keep: true } : { unit, by: sign.sign * by }));
      return { shifts, end: sign.end };
    }
    if (lengths.length >= 4) return undefined;
    if (text.charCodeAt(k) === 0x3068 /* と */ || text.charCodeAt(k) === 0x2c || text.charCodeAt(k) === 0x3001 /* 、 */) k++;
  }
}

/** A date counted from the reference day (3日前, 今から2週間後); 2週後の月曜日 is the Monday of that week. */
function offsetResult(text: string, start: number, offset: { shifts: Shift[]; end: number }, to: number, floor: number): Found {
  const only = offset.shifts.length === 1 ? offset.shifts[0]! : undefined;
  if (only?.unit === 'week') {
    const k = linkAt(text, offset.end);
    const w = weekdayAt(text, k);
    if (w) return dateResult(text, start, w.end, { weekRel: only.by, weekday: w.weekday }, to, floor);
  }
  const found = dateResult(text, start, offset.end, { shift: offset.shifts }, to, floor);
  const mention = found.mention as DateMention;
  return { mention: { ...mention, flags: [...mention.flags, 'vague-date'] }, next: found.next };
}

/**
 * A time counter at `j` (日, 日間, 週間, か月, 年, 年間): its calendar unit. 日, 週 and 年 alone are
 * no counters of a figure (they write dates), but after a numeral and before 前 or 後 they count.
 */
function timeUnitAt(text: string, j: number): { unit: CalendarUnit; end: number } | undefined {
  const counted = counterAt(text, j);
  const unit = counted ? UNIT_ROWS[counted.counter.unit] : undefined;
  if (counted && unit) return { unit, end: counted.end };
  const row = unitRow(text.charAt(j));
  const single = row ? UNIT_ROWS[row.name] : undefined;
  return single ? { unit: single, end: j + 1 } : undefined;
}

/** 前, 後 or 先 after a length of time, but not 前後 (about), 前半, 後半 or 前倒し. */
function offsetWordAt(text: string, j: number): { sign: number; end: number } | undefined {
  for (const [written, sign] of JA_OFFSETS) {
    if (!text.startsWith(written, j)) continue;
    const next = text.charAt(j + written.length);
    if (next === '後' || next === '半' || next === '倒' || next === '頭' || next === '進' || next === '送') return undefined;
    return { sign, end: j + written.length };
  }
  return undefined;
}

/**
 * Whether the clause after a weekday puts it behind or ahead: its first predicate ending (た
 * past; る, ます, だ non-past) or a word of plans (予定). Past when nothing says.
 */
function tenseAfter(text: string, j: number, to: number): 'past' | 'future' {
  const end = Math.min(to, j + 60);
  for (let k = j; k < end; k++) {
    const c = text.charAt(k);
    if (c === '。' || c === '\n' || c === '！' || c === '？') break;
    for (const word of JA_FUTURE_WORDS) if (text.startsWith(word, k)) return 'future';
    for (const ending of JA_PAST_ENDINGS) if (text.startsWith(ending, k) && JA_CLAUSE_BOUNDARY.test(text.slice(k + ending.length, Math.min(end + 2, k + ending.length + 2)))) return 'past';
    for (const ending of JA_NONPAST_ENDINGS) if (text.startsWith(ending, k) && JA_CLAUSE_BOUNDARY.test(text.slice(k + ending.length, Math.min(end + 2, k + ending.length + 2)))) return 'future';
  }
  return 'past';
}

/** A month and day written with a slash (11/9, 22/04), with a year after a comma when written (08/12,2015). */
function monthDayResult(text: string, start: number, end: number, month: number, day: number, to: number, floor: number): Found {
  const year = /^[,，]\s?([0-9]{4})(?![0-9])/.exec(text.slice(end, Math.min(to, end + 7)));
  const y = year ? Number(year[1]) : undefined;
  if (year && y! >= 1800 && y! <= 2200) return dateResult(text, start, skipWeekday(text, end + year[0].length, to), { year: y!, month, day }, to, floor);
  return dateResult(text, start, skipWeekday(text, end, to), { month, day }, to, floor);
}

/** After a numeral: a date, a time, a counted figure, or nothing. */
function parseNumeral(text: string, n: Numeral, to: number, floor: number): Found | undefined {
  const { start, end, value } = n;
  const next = text.charCodeAt(end);
  // Times of day: 14:32, 19時02分 — not figures.
  if (next === 0x3a || next === 0xff1a) {
    const m = readDigits(text, end + 1, to);
    if (m && m.end - m.start === 2) return { mention: undefined, next: skipTimeRange(text, m.end, to) };
  }
  if (next === 0x6642 /* 時 */ && text.charCodeAt(end + 1) !== 0x9593 /* 間 */ && value <= 24 && !n.kanjiOnly) {
    let j = end + 1;
    const m = readNumeral(text, j, to);
    if (m && text.charCodeAt(m.end) === 0x5206 /* 分 */) j = m.end + 1;
    return { mention: undefined, next: skipTimeRange(text, j, to) };
  }
  // Month/day: 11/9, 3/17(水)
  if (n.arabic && end - start <= 2 && next === 0x2f && value >= 1 && value <= 12) {
    const d = readDigits(text, end + 1, to);
    // 1/4マイル: a fraction of a unit, not January 4.
    const unitAfter = d ? counterAt(text, d.end) : undefined;
    if (d && unitAfter && unitAfter.counter.kind === 'quantity' && value < d.value) {
      const mention: NumberMention = { type: 'number', kind: 'quantity', start, end: unitAfter.end, value: clean(value / d.value), unit: unitAfter.counter.unit, flags: [] };
      return { mention, next: unitAfter.end };
    }
    if (d && d.end - d.start <= 2 && d.value >= 1 && d.value <= 31 && text.charCodeAt(d.end) !== 0x2f && !isArabicDigit(text.charCodeAt(start - 1))) {
      return monthDayResult(text, start, d.end, value, d.value, to, floor);
    }
  }
  // Day/month when the day cannot be a month and the month is written with two digits: 22/04
  if (n.arabic && end - start === 2 && next === 0x2f && value > 12 && value <= 31 && !isArabicDigit(text.charCodeAt(start - 1))) {
    const d = readDigits(text, end + 1, to);
    if (d && d.end - d.start === 2 && d.value >= 1 && d.value <= 12 && text.charCodeAt(d.end) !== 0x2f) return monthDayResult(text, start, d.end, d.value, value, to, floor);
  }
  if (next === 0x5e74 /* 年 */) {
    const after = text.charCodeAt(end + 1);
    const isYear = (value >= 1000 && value <= 2200 && Number.isInteger(value)) || (n.kanjiOnly && end - start === 4);
    // 2015年前 is before 2015; 2000年前, like 5年前, is a length of time ago.
    const before = after === 0x524d /* 前 */ && text.charCodeAt(end + 2) !== 0x534a /* 前半 */ && (value < 1800 || value % 1000 === 0);
    if (text.startsWith(JA_DECADE, end)) {
      // 1990年代, 90年代: a decade.
      const decade = value >= 1000 && value <= 2200 && value % 10 === 0 ? { year: value, decade: true as const } : Number.isInteger(value) && value < 100 && value % 10 === 0 && n.arabic ? { yy: value, decade: true as const } : undefined;
      if (decade) return decadeFrom(text, start, end + JA_DECADE.length, decade, to, floor);
    } else if (isYear && after !== 0x9593 /* 間 */ && !before && ordinalSuffixEnd(text, end + 1) === undefined) {
      return parseDateFrom(text, start, end + 1, { year: value }, to, floor);
    }
  }
  if (text.startsWith(JA_CENTURY, end) && Number.isInteger(value) && value >= 1 && value <= 30) {
    return decadeFrom(text, start, end + JA_CENTURY.length, { century: value }, to, floor);
  }
  if (next === 0x6708 /* 月 */ && Number.isInteger(value) && value >= 1 && value <= 12 && text.charCodeAt(end + 1) !== 0x9593 /* 間 */) {
    if (n.kanjiOnly && isIdiomAt(text, start, end)) return { mention: undefined, next: end };
    return parseDateFrom(text, start, end, {}, to, floor, value);
  }
  if (next === 0x65e5 /* 日 */ && Number.isInteger(value) && value >= 1 && value <= 31 && !NOT_DAY_AFTER.has(text.charAt(end + 1))) {
    if (n.kanjiOnly && isIdiomAt(text, start, end)) return { mention: undefined, next: end };
    // 1日1回, 1日3食, 1日あたり: a rate, not a day
    if (isNumeralChar(text.charCodeAt(end + 1)) || text.startsWith('あたり', end + 1)) return { mention: undefined, next: end + 1 };
    return parseDateFrom(text, start, end + 1, { day: value }, to, floor);
  }
  return parseCounted(text, n, to, floor);
}

/** A smaller unit of the same dimension right after an amount (12銭 after 円, 20センチ after メートル, 20分 after 時間), in the larger unit. */
function subunitAfter(text: string, j: number, counter: Counter, to: number): { add: number; end: number } | undefined {
  if (counter.kind !== 'quantity') return undefined;
  const k = text.charCodeAt(j) === 0x3068 /* と */ ? j + 1 : j;
  const m = readNumeral(text, k, to);
  const next = m ? counterAt(text, m.end) : undefined;
  const factor = next ? subunitFactor(counter.unit, next.counter.unit) : undefined;
  if (!m || !next || factor === undefined) return undefined;
  return { add: clean(m.value * factor), end: next.end };
}

/** Units of time, for 半 (a half) after them. */
const DURATIONS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes']);

/** Characters after N年 that make it something else than N years: 2年生, 3年度, 90年代, 3年連続, 2年目, 3年前, 5年ぶり. */
const NOT_YEARS_AFTER = new Set([...'生度代目次連前後来ぶ振']);

/** 約2年, 2年半以上, 2年あまり: a number below 1000 before 年 is a duration in years (not a year). */
function yearsAt(text: string, j: number, n: Numeral): { counter: Counter; end: number; written: string } | undefined {
  if (text.charCodeAt(j) !== 0x5e74 /* 年 */ || n.value >= 1000 || !Number.isInteger(n.value * 2) || NOT_YEARS_AFTER.has(text.charAt(j + 1))) return undefined;
  return { counter: YEARS, end: j + 1, written: '年' };
}
const YEARS: Counter = { unit: 'years', kind: 'quantity', scale: 1 };

/** The currency sign written right before `start` (`$ 48.2`, `US$300`), as the counter of the amount. */
function currencyBefore(text: string, start: number, floor: number): { readonly counter: Counter; readonly start: number } | undefined {
  const at = text.charCodeAt(start - 1) === 0x20 ? start - 1 : start;
  if (!CURRENCY_LAST.has(text.charAt(at - 1))) return undefined;
  for (const [sign, unit] of CURRENCY_SIGNS) {
    const from = at - sign.length;
    if (from >= floor && text.slice(from, at).toUpperCase() === sign.toUpperCase()) return { counter: { unit, kind: 'quantity', scale: 1 }, start: from };
  }
  return undefined;
}

/** The last characters of the currency signs: most numerals have none of them before. */
const CURRENCY_LAST = new Set(CURRENCY_SIGNS.map(([sign]) => sign.charAt(sign.length - 1)));

/** The counter of a fraction (3分の1): a share, already a fraction. */
const FRACTION: Counter = { unit: 'share', kind: 'share', scale: 1 };

/** The signs that join the two ends of a range (30〜40人), from the one table of `src/lang/qualifiers.ts`. */
const RANGE_SIGNS: readonly string[] = RANGE_JOINERS.signs;

/** A figure on a scale named before it (震度6強, M7.6), with the level 弱/強 of an intensity and a qualifier after it. */
function prefixed(text: string, n: Numeral, prefix: { readonly unit: string; readonly start: number }, to: number, floor: number): Found {
  let j = n.end;
  let value = n.value;
  const level = prefix.unit === 'seismic intensity' ? INTENSITY_LEVELS[text.charAt(j)] : undefined;
  if (level !== undefined) {
    value = round(value + level);
    j++;
  }
  // 震度6強～1, M5〜6: a range on the scale, its ends in either order (from 6強 down to 1).
  const other = RANGE_SIGNS.includes(text.charAt(j)) ? readNumeral(text, j + 1, to) : undefined;
  if (other && other.start === j + 1 && (other.arabic || other.kanjiOnly)) {
    const otherLevel = prefix.unit === 'seismic intensity' ? INTENSITY_LEVELS[text.charAt(other.end)] : undefined;
    const high = round(other.value + (otherLevel ?? 0));
    const rangeEnd = other.end + (otherLevel === undefined ? 0 : 1);
    if (high !== value) {
      const mention: NumberMention = { type: 'number', kind: 'quantity', start: prefix.start, end: Math.min(rangeEnd, to), value: { min: Math.min(value, high), max: Math.max(value, high) }, unit: prefix.unit, flags: ['range'] };
      return { mention, next: mention.end };
    }
  }
  const written = qualifierBeforeJa(text, prefix.start, floor);
  // 最大震度7: a superlative joined to the measure names it (the highest intensity), no bound.
  const before = written && written.end === prefix.start && JA_SUPERLATIVES.includes(written.written) ? undefined : written;
  const after = qualifierAfterJa(text, j);
  const qualifier = combine(before, after && after.bound !== 'gt' && after.bound !== 'lt' ? after : after);
  const bound = qualifier?.bound;
  const end = after ? after.end : j;
  const mention: NumberMention = {
    type: 'number',
    kind: 'quantity',
    start: written && written.end >= prefix.start - 1 ? written.start : prefix.start,
    end: Math.min(end, to),
    value: numberValue(value, bound === 'from' ? 'min' : bound === 'to' ? 'max' : bound),
    unit: prefix.unit,
    flags: qualifier?.total ? ['total'] : [],
    ...(qualifier ? { qualifier: qualifier.written } : {}),
    ...(bound ? { bound } : {}),
  };
  return { mention, next: mention.end };
}

/** A counted figure: numeral, counter, qualifiers and ranges. */
function parseCounted(text: string, n: Numeral, to: number, floor: number): Found | undefined {
  const { start, end } = n;
  // 震度6強, M7.6, マグニチュード7.6: a scale named before the number.
  const prefix = n.arabic || n.kanjiOnly ? prefixUnitBefore(text, start) : undefined;
  if (prefix) return prefixed(text, n, prefix, to, floor);
  // 3日前, 2か月後, 5年前: a date counted from the reference day.
  const offset = Number.isInteger(n.value) ? offsetAt(text, start, to, false) : undefined;
  if (offset && offset.shifts.some((x) => x.by !== 0)) return offsetResult(text, start, offset, to, floor);
  const read = readCounter(text, n, to, floor);
  if ('mention' in read) return read;
  const range = readRange(text, n, read, to);
  if (!range.counted && n.kanjiOnly) return { mention: undefined, next: end };
  return finish(text, n, read, range, floor);
}

/** What follows a numeral: a qualifier bound to it (8600万超), the counter with its tails (割 分 厘, 半, 12銭), or nothing. */
interface CounterRead {
  /** A gt/lt qualifier written between the numeral and its counter. */
  readonly afterNumeral: Qualifier | undefined;
  /** The number the counter counts (3分の1 is 1/3). */
  readonly base: number;
  /** What 分/厘, 半 or a smaller unit add to it. */
  readonly add: number;
  readonly counted: { readonly counter: Counter; readonly end: number; readonly written: string } | undefined;
  readonly fraction: boolean;
  readonly currency: { readonly counter: Counter; readonly start: number } | undefined;
  /** Where the figure ends so far. */
  readonly end: number;
}

/** The counter after a numeral, or a found result when the numeral is no figure (an idiom, an ordinal, an identifier). */
function readCounter(text: string, n: Numeral, to: number, floor: number): CounterRead | Found {
  const { start, end } = n;
  let j = end;
  let afterNumeral = qualifierAfterJa(text, j);
  if (afterNumeral && !['gt', 'lt'].includes(afterNumeral.bound)) afterNumeral = undefined; // 8600万超 only
  if (afterNumeral) j = afterNumeral.end;
  // 3分の1, 三分の二: a fraction, read as a share (never 3 minutes).
  let base = n.value;
  let fractionEnd: number | undefined;
  if (!afterNumeral && text.startsWith('分の', j)) {
    const numerator = readNumeral(text, j + 2, to);
    if (numerator && n.value > 0 && numerator.value <= n.value) {
      base = numerator.value / n.value;
      fractionEnd = numerator.end;
    }
  }
  // 22市10町1村: counts of the kinds of a whole, one count of the whole (33 municipalities).
  const parts = afterNumeral || fractionEnd !== undefined ? undefined : partsRunAt(text, j, n.value, (at) => readNumeral(text, at, to));
  if (parts) return { afterNumeral, base: parts.total, add: 0, counted: parts, fraction: false, currency: undefined, end: parts.end };
  // $ 48.2 万, US$300: a currency sign before the number is its unit.
  const currency = currencyBefore(text, start, floor);
  const counterThere = counterAt(text, j);
  // 一番目立つ: 番目 cut from 目立つ is no counter.
  const written = counterThere && isOrdinalSpellingCut(text, counterThere.written, counterThere.end) ? undefined : counterThere;
  const counted =
    fractionEnd !== undefined
      ? { counter: FRACTION, end: fractionEnd, written: '分の' }
      : (written ?? yearsAt(text, j, n) ?? (currency ? { counter: currency.counter, end: j, written: '' } : undefined));
  if (!counted) {
    // 3年目, 5日目, 2週目: a position counted in a calendar unit.
    const timeOrdinal = !afterNumeral && ORDINAL_TIME_UNITS.has(text.charAt(j)) ? ordinalSuffixEnd(text, j + 1) : undefined;
    if (timeOrdinal !== undefined && Number.isInteger(n.value) && n.value >= 1 && !(n.kanjiOnly && isIdiomAt(text, start, timeOrdinal))) return ordinalFound(start, timeOrdinal, n.value);
    if (n.kanjiOnly) return { mention: undefined, next: end };
    // A bare Arabic number next to Latin letters or inside an identifier is not a figure, except
    // the low end of a counted range written with a hyphen (30-40人).
    const hyphenRange = text.charCodeAt(end) === 0x2d && ((m) => m !== undefined && counterAt(text, m.end) !== undefined)(readNumeral(text, end + 1, to));
    if (!hyphenRange && (isAsciiLetter(text.charCodeAt(end)) || text.charCodeAt(end) === 0x2d || text.charCodeAt(end) === 0x5f)) {
      return { mention: undefined, next: skipIdent(text, end, to) };
    }
    return { afterNumeral, base, add: 0, counted, fraction: false, currency, end: j };
  }
  if (n.kanjiOnly && isIdiomAt(text, start, counted.end)) return { mention: undefined, next: counted.end };
  // 2度目, 3回目, 2人目: an ordinal (the second time), a position and not a count.
  const ordinalEnd = ordinalSuffixEnd(text, counted.end);
  if (ordinalEnd !== undefined && !afterNumeral) return Number.isInteger(n.value) && n.value >= 1 ? ordinalFound(start, ordinalEnd, n.value) : { mention: undefined, next: ordinalEnd };
  const tail = counterTail(text, counted, to);
  return { afterNumeral, base, add: tail.add, counted, fraction: fractionEnd !== undefined, currency, end: tail.end };
}

/** What follows a counter and adds to its number: 分/厘 and 半 after 割 (3割8分7厘, 5割半), 半 after a time (2年半), a smaller unit (2万9000円12銭). */
function counterTail(text: string, counted: { readonly counter: Counter; readonly end: number; readonly written: string }, to: number): { readonly add: number; readonly end: number } {
  let j = counted.end;
  let add = 0;
  const tail = counted.written === '割' ? readWariTail(text, j) : undefined;
  if (tail) {
    add = tail.add;
    j = tail.end;
  }
  if (counted.counter.kind === 'quantity' && DURATIONS.has(counted.counter.unit) && text.charCodeAt(j) === 0x534a /* 半 */) {
    add = 0.5;
    j++;
  }
  const sub = subunitAfter(text, j, counted.counter, to);
  if (sub) {
    add = sub.add;
    j = sub.end;
  }
  return { add, end: j };
}

/** The high end of a range after a counted numeral (30〜40回, 30回〜40回, 30から40回まで, 20と30の間), and the counter that holds. */
interface RangeRead {
  readonly high: number | undefined;
  readonly counted: CounterRead['counted'];
  readonly end: number;
}

function readRange(text: string, n: Numeral, read: CounterRead, to: number): RangeRead {
  const { counted } = read;
  let j = read.end;
  const dash = text.charCodeAt(j);
  const viaKara = text.startsWith('から', j);
  // 20と30の間: a range named by its two ends.
  const viaTo = text.charCodeAt(j) === 0x3068 /* と */ && !read.fraction;
  if (!(dash === 0x301c || dash === 0xff5e || dash === 0x7e || dash === 0x2013 || dash === 0xff0d || dash === 0x2d || viaKara || viaTo)) return { high: undefined, counted, end: j };
  const m = readNumeral(text, viaKara ? j + 2 : j + 1, to);
  const second = m ? counterAt(text, m.end) : undefined;
  const sameUnit = m !== undefined && (counted ? second === undefined || second.counter.unit === counted.counter.unit : second !== undefined || !viaKara || m.value > n.value);
  const between = viaTo && m !== undefined && text.startsWith('の間', second ? second.end : m.end);
  // 20から100未満: a bound on the second number; the two bounds are joined later.
  const boundedHigh = viaKara && !counted && !second && m !== undefined && qualifierAfterJa(text, m.end) !== undefined;
  if (!m || !sameUnit || (viaTo && !between) || m.value <= n.value || boundedHigh) return { high: undefined, counted, end: j };
  j = second ? second.end : m.end;
  if (text.startsWith('まで', j)) j += text.charCodeAt(j + 2) === 0x306b ? 3 : 2;
  else if (text.startsWith('の間', j)) j += 2;
  return { high: m.value, counted: counted ?? second, end: j };
}

/** The mention of a counted numeral: its qualifiers, sign, value (a share of a base, a change in %) and span. */
function finish(text: string, n: Numeral, read: CounterRead, range: RangeRead, floor: number): Found {
  const { start, end } = n;
  const { afterNumeral } = read;
  const j = range.end;
  const high = range.high;
  const before = qualifierBeforeJa(text, start, floor);
  const after = high === undefined ? qualifierAfterJa(text, j) : undefined;
  const qualifier: Qualifier | undefined = combine(before, afterNumeral ?? after);
  const counter = range.counted?.counter;
  const scale = counter?.scale ?? 1;
  // マイナス5%, 前年比-5%, ▲3億円: a minus sign before the figure makes it negative.
  const minusAt = minusBefore(text, start, floor);
  const sign = minusAt === undefined ? 1 : -1;
  // A negative share is a change (前年比-5%), not a part of a whole: a quantity in percent.
  const change = sign < 0 && counter?.kind === 'share';
  const amount = round(sign * (read.base * scale + read.add) * (change ? 100 : 1));
  const flags: MentionFlag[] = [];
  if (counter?.weak) flags.push('weak-unit');
  // 3年ぶり, 2時間前: a time reference, not a figure of the story
  if (counter && ['years', 'months', 'days', 'weeks', 'hours', 'minutes'].includes(counter.unit) && /^(?:前|後|ぶり|振り)/.test(text.slice(j, j + 2))) flags.push('vague-date');
  if (!counter) flags.push('bare');
  if (qualifier?.total) flags.push('total');
  if (high !== undefined) flags.push('range');
  const bound: Bound | undefined = high === undefined ? qualifier?.bound : undefined;
  let value: NumberMention['value'] =
    high !== undefined ? { min: amount, max: round(high * scale * (change ? 100 : 1)) } : numberValue(amount, bound === 'from' ? 'min' : bound === 'to' ? 'max' : bound);
  const kind = change ? 'quantity' : (counter?.kind ?? 'count');
  const lead = qualifier && qualifier.start < start ? qualifier.start : start;
  if (kind === 'share' && (text.charCodeAt(lead - 1) === 0x306e /* の */ || text.startsWith('うち', lead - 2))) {
    flags.push('share-of-base');
    value = { share: value as number };
  }
  const figureStart = minusAt ?? (read.currency && !counterAt(text, end) ? read.currency.start : start);
  const spanStart = qualifier && qualifier.start < figureStart && qualifier.end >= figureStart - 1 ? qualifier.start : figureStart;
  const spanEnd = Math.max(j, after && !afterNumeral ? after.end : j);
  const mention: NumberMention = {
    type: 'number',
    kind,
    start: spanStart,
    end: spanEnd,
    value,
    unit: change ? '%' : counter?.unit,
    flags,
    ...(qualifier ? { qualifier: qualifier.written } : {}),
    ...(bound ? { bound } : {}),
  };
  return { mention, next: spanEnd };
}

/** Round away binary noise with the one rule of the language layer (7 × 0.1 = 0.7). */
const round = clean;

/** Read plain digits (half- or full-width) at `i`. */
function readDigits(text: string, i: number, to: number): { value: number; start: number; end: number } | undefined {
  let j = i;
  let value = 0;
  while (j < to && isArabicDigit(text.charCodeAt(j))) {
    value = value * 10 + digitValue(text.charCodeAt(j));
    j++;
  }
  return j > i ? { value, start: i, end: j } : undefined;
}

/** Skip a weekday in brackets after a date: (木), （水）. */
function skipWeekday(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if ((c === 0x28 || c === 0xff08) && i + 2 < to) {
    const close = text.charCodeAt(i + 2);
    if ((close === 0x29 || close === 0xff09) && JA_WEEKDAY_MARKS.includes(text.charAt(i + 1))) return i + 3;
  }
  return i;
}

/** Skip the rest of a time range: 14:32~14:52頃. */
function skipTimeRange(text: string, i: number, to: number): number {
  let j = i;
  const c = text.charCodeAt(j);
  if (c === 0x301c || c === 0xff5e || c === 0x7e || c === 0x2d) {
    j++;
    while (j < to && (isArabicDigit(text.charCodeAt(j)) || text.charCodeAt(j) === 0x3a || text.charCodeAt(j) === 0xff1a)) j++;
  }
  if (text.startsWith('頃', j)) j++;
  else if (text.startsWith('ごろ', j)) j += 2;
  return j;
}

/** The の that links two parts of one date (1999年の6月, 来月の4日, 2018年の前半), if one is at `j`. */
const linkAt = (text: string, j: number): number => (text.charCodeAt(j) === 0x306e /* の */ ? j + 1 : j);

/**
 * Continue a date from `j`: [の][N月][の][N日], then what refines it (a part: 上旬, 夏, 半ば, 度, 末;
 * a week: 第3週, 最後の週; a weekday: 来週の月曜日, 第1金曜日; the week of a day: 4月10日の週),
 * an offset (の3日前, から2日後), ごろ, and a qualifier or the end of a span (から…まで, 〜).
 */
function parseDateFrom(text: string, start: number, j0: number, spec0: DateSpec, to: number, floor: number, monthValue?: number): Found | undefined {
  const spec: { -readonly [K in keyof DateSpec]: DateSpec[K] } = { ...spec0 };
  let j = j0;
  if (monthValue !== undefined) {
    spec.month = monthValue;
    j = j0 + 1; // past 月
  } else if (unitOf(spec) === 'year') {
    const k = linkAt(text, j);
    const m = readNumeral(text, k, to);
    if (m && text.charCodeAt(m.end) === 0x6708 /* 月 */ && m.value >= 1 && m.value <= 12 && Number.isInteger(m.value) && text.charCodeAt(m.end + 1) !== 0x9593 /* 間 */) {
      spec.month = m.value;
      j = m.end + 1;
    }
  }
  // 2020年の元日, 2019年のクリスマス
  if (unitOf(spec) === 'year' && spec.month === undefined) {
    const k = linkAt(text, j);
    for (const [written, h] of JA_HOLIDAYS) {
      if (text.startsWith(written, k)) {
        Object.assign(spec, holidaySpec(h));
        return dateResult(text, start, k + written.length, spec, to, floor);
      }
    }
  }
  const unit = unitOf(spec);
  if (unit === 'month' && spec.day === undefined) {
    const k = linkAt(text, j);
    const d = readNumeral(text, k, to);
    if (d && text.charCodeAt(d.end) === 0x65e5 /* 日 */ && d.value >= 1 && d.value <= 31 && Number.isInteger(d.value)) {
      const after = text.slice(d.end + 1, d.end + 3);
      if (!NOT_DAY_AFTER.has(after.charAt(0)) || BOUND_AFTER_DAY.test(after)) {
        spec.day = d.value;
        j = d.end + 1;
      }
    }
  }
  j = refineAt(text, j, spec, to);
  // 17日の翌日, 2018年の前年: a unit counted from the date written.
  if (text.charCodeAt(j) === 0x306e /* の */) {
    for (const [written, word] of JA_RELATIVE_WORDS) {
      if (word.story && word.by !== 0 && text.startsWith(written, j + 1) && wordStandsAlone(text, j + 1, written)) {
        spec.shift = [...(spec.shift ?? []), { unit: word.unit, by: word.by }];
        j += 1 + written.length;
        break;
      }
    }
  }
  // 2016年1月1日の3日前, 今日から2日後, 昨日の2日前: an offset from the date written.
  const via = text.charCodeAt(j) === 0x306e /* の */ ? j + 1 : text.startsWith('から', j) ? j + 2 : -1;
  if (via >= 0) {
    const offset = offsetAt(text, via, to, true, via === j + 2);
    if (offset && (text.charCodeAt(j) === 0x306e || offset.shifts[0]!.by > 0)) {
      spec.shift = [...(spec.shift ?? []), ...offset.shifts];
      j = offset.end;
    }
  }
  return dateResult(text, start, j, spec, to, floor);
}

/** What refines a date at `j` (a part, a week, a weekday, the week of a day), written into `spec`; where it ends. */
function refineAt(text: string, j: number, spec: { -readonly [K in keyof DateSpec]: DateSpec[K] }, to: number): number {
  const unit = unitOf(spec);
  const k = linkAt(text, j);
  if (unit === 'year' || unit === 'month') {
    // 2018年の第3週, 7月の最後の週, 7月の第1金曜日, 四月最後の月曜日
    const ordinal = ordinalAt(text, k, to);
    if (ordinal && (ordinal.weekday === undefined || unit === 'month')) {
      if (ordinal.weekday === undefined) spec.week = ordinal.n;
      else {
        spec.weekday = ordinal.weekday;
        spec.nth = ordinal.n;
      }
      return ordinal.end;
    }
    // 2018年の前半, 3月の下旬: a part after の belongs to the date too (not 年度, a fiscal year).
    const relative = spec.yearRel !== undefined || spec.monthRel !== undefined || spec.story !== undefined;
    const linked = k > j ? partAt(text, k, unit === 'month', relative) : undefined;
    const part = linked && linked.part !== 'fiscal' ? linked : partAt(text, j, unit === 'month', relative);
    if (part) {
      spec.part = part.part;
      return part.end;
    }
    return j;
  }
  if (unit === 'week') {
    // 来週の月曜日, 今週末, 来週半ば, 今週の後半
    const w = weekdayAt(text, k);
    if (w) {
      spec.weekday = w.weekday;
      return w.end;
    }
    const part = weekPartAt(text, k > j ? k : j) ?? (k > j ? currentWeekPartAt(text, k) : undefined);
    if (part) {
      spec.part = part.part;
      return part.end;
    }
    return j;
  }
  if (unit === 'day' && spec.weekday === undefined && (spec.day !== undefined || spec.dayRel !== undefined || spec.story)) {
    // 4月10日の週: the week holding the day
    if (k > j && text.charCodeAt(k) === 0x9031 /* 週 */ && text.charCodeAt(k + 1) !== 0x9593 /* 間 */ && spec.day !== undefined) {
      spec.weekOf = true;
      return k + 1;
    }
    // 31日の日曜日, 17日水曜日: a weekday beside the day (it picks the month when none is written)
    const w = weekdayAt(text, k);
    if (w && spec.day !== undefined) {
      if (spec.month === undefined && spec.year === undefined && spec.monthRel === undefined && spec.yearRel === undefined) spec.weekday = w.weekday;
      return w.end;
    }
  }
  return j;
}

/** A part of a year or month at `j` (上旬, 夏, 半ば, 度, 末, 前半). */
function partAt(text: string, j: number, ofMonth: boolean, relative = false): { part: DatePart; end: number } | undefined {
  for (const [written, part] of JA_PARTS) {
    if (!text.startsWith(written, j)) continue;
    // いっぱい, 残り: the rest from the reference day, of a year or month named relative to it (その年いっぱい, 今月の残り)
    const toToday = part === 'earlier' || part === 'later';
    if (toToday && !relative) continue;
    if (ofMonth && MONTH_PARTS[part] === undefined && !toToday) continue;
    if (!ofMonth && YEAR_PARTS[part] === undefined && !toToday) continue;
    // 初めて (for the first time), 初日, 末尾 are other words.
    if (!isPartAt(text, j, written)) continue;
    if (part === 'fiscal' && text.charCodeAt(j - 1) !== 0x5e74) continue;
    // 夏 in 夏休み is still summer; 末 in 末尾 is not an end.
    if (written === '末' && text.charCodeAt(j + 1) === 0x5c3e) continue;
    return { part, end: j + written.length };
  }
  return undefined;
}

/** A part of a week at `j` (初め, 半ば, 後半, 末 = the weekend). */
function weekPartAt(text: string, j: number): { part: DatePart; end: number } | undefined {
  for (const [written, part] of JA_WEEK_PARTS) if (text.startsWith(written, j)) return { part, end: j + written.length };
  return undefined;
}

/** 週末 or 週明け after a week and の (再来週の週末). */
function currentWeekPartAt(text: string, j: number): { part: DatePart; end: number } | undefined {
  for (const [written, unit, part] of JA_CURRENT_PARTS) if (unit === 'week' && text.startsWith(written, j)) return { part, end: j + written.length };
  return undefined;
}

/** A decade or century and its part: 1990年代前半, 21世紀初め, 20世紀末. */
function decadeFrom(text: string, start: number, j0: number, spec: DateSpec, to: number, floor: number): Found {
  let j = j0;
  const k = linkAt(text, j);
  for (const [written, part] of JA_PARTS) {
    if (DECADE_PARTS[part] === undefined || written === '初') continue;
    if (text.startsWith(written, k) && isPartAt(text, k, written)) {
      return dateResult(text, start, k + written.length, { ...spec, part }, to, floor);
    }
  }
  return dateResult(text, start, j, spec, to, floor);
}

/** What closes a span after its end date: まで, にかけて (through), の間 (between). */
const SPAN_CLOSERS = ['まで', 'にかけて', 'の間'];

/** Finish a date mention at `j`: approximate words, qualifiers and spans. */
function dateResult(text: string, start: number, j0: number, spec: DateSpec, to: number, floor: number): Found {
  let j = j0;
  const flags: MentionFlag[] = [];
  let approx: string | undefined;
  if (text.startsWith('ごろ', j) || text.startsWith('頃', j)) {
    approx = text.startsWith('ごろ', j) ? 'ごろ' : '頃';
    j += approx.length;
  }
  const keys = Object.keys(spec).filter((k) => k !== 'toward');
  if (keys.length === 1 && ['yearRel', 'monthRel', 'weekRel', 'dayRel', 'quarterRel', 'story'].includes(keys[0]!)) flags.push('vague-date');
  // A span: XからYまで, X〜Y
  const dash = text.charCodeAt(j);
  const isFrom = text.startsWith('から', j);
  if (isFrom || dash === 0x301c || dash === 0xff5e || dash === 0x7e) {
    const k = isFrom ? j + 2 : j + 1;
    const end = readDateAt(text, k, to);
    // XからYまで, XからYにかけて, XからYの間; XからY alone when Y is more than a bare day (今日から4日 may be four days).
    const closer = end ? SPAN_CLOSERS.find((w) => text.startsWith(w, end.end)) : undefined;
    const bareDay = end !== undefined && Object.keys(end.spec).every((k) => k === 'day');
    // 2018年2月2日から7日: a bare day ends a span that starts on a day written as a number
    if (end && (!isFrom || closer !== undefined || !bareDay || (spec.day !== undefined && end.spec.day! > spec.day))) {
      let e = end.end;
      if (closer === 'まで') e += text.charCodeAt(e + 2) === 0x306b ? 3 : 2;
      else if (closer) e += closer.length;
      const mention: DateMention = { type: 'date', kind: 'period', start, end: e, from: spec, to: end.spec, flags: [...flags, 'range'] };
      return { mention, next: e };
    }
  }
  const q = qualifierAfterJa(text, j, true);
  let bound: Bound | undefined = q?.bound;
  let since = false;
  if (q?.since) {
    since = true;
    bound = undefined;
  }
  if (bound === 'approx') bound = undefined;
  const before = qualifierBeforeJa(text, start, floor);
  const end = q ? q.end : j;
  const written = q?.written ?? approx;
  const mention: DateMention = {
    type: 'date',
    kind: 'date',
    start: before && before.bound === 'approx' && before.end >= start - 1 ? before.start : start,
    end,
    from: spec,
    flags,
    ...(written ? { qualifier: approx && q ? `${approx}${q.written}` : written } : {}),
    ...(bound ? { bound } : {}),
    ...(since ? { since } : {}),
  };
  return { mention, next: end };
}

/** A date (not a counted number) starting exactly at `k`. */
function readDateAt(text: string, k: number, to: number): { spec: DateSpec; end: number } | undefined {
  START_AT_RE.lastIndex = k;
  const hit = START_AT_RE.exec(text);
  if (!hit) return undefined;
  const found = parseAt(text, k, hit[0], to, k);
  const mention = found?.mention;
  if (!mention || mention.type !== 'date' || mention.kind !== 'date') return undefined;
  // the end of a span stops before its own qualifier (まで)
  let end = mention.end;
  if (mention.qualifier && (mention.bound === 'to' || mention.qualifier.startsWith('まで'))) end -= mention.qualifier.length;
  return { spec: mention.from, end };
}
