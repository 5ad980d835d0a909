import { CENTURY_PARTS, DECADE_PARTS, EN_MONTHS, EN_PARTS, englishPart, ERAS, JA_CENTURY, JA_DECADE, JA_PARTS, MONTH_PARTS, YEAR_PARTS, type DatePart } from '../lang/calendar.js';
import { replaceKanjiNumerals } from '../lang/numerals.js';

/**
 * Dates as claims write them, read as the closed interval of days they cover: a year covers
 * 365 or 366 days, a month its days, a day itself. Days are counted from 1970-01-01 (UTC).
 * Accepted: 2018 (a number is a year), "2018", "2018-08", "2018-08-01" (also with / or . and an
 * ISO time, which is ignored), 2018年8月1日, 二〇一八年八月, era years (平成30年, 令和元年),
 * English (August 2018, 1 August 2018, Aug 1, 2018), seasons of the northern hemisphere
 * (2018年夏 = summer 2018 = 2018-06 to 2018-08; winter 2018 = 2018-12 to 2019-02) and the thirds
 * of a month (2018年8月上旬 = 2018-08-01 to 2018-08-10, 中旬, 下旬), thirds of a year (early 2021 =
 * 2021年初め = January–April, mid-2021 = 2021年半ば = May–August, late 2021 = September–December;
 * the end of 2021 = 2021年末 = December, the beginning of 2021 = 2021年初 = January), halves (first half of 2021, 2021年上半期) and quarters (Q3 2021),
 * decades (1990年代 = the 1990s = 1990–1999, with their parts: 1990年代前半 = 1990–1994, the early
 * 1990s = 1990–1993), centuries from their year 1 (21世紀 = the 21st century = 2001–2100) and ISO
 * weeks (2018-W11 = 12–18 March 2018).
 */

/** The days a written date covers. */
export interface DaySpan {
  readonly first: number;
  readonly last: number;
}

const DAY_MS = 86_400_000;

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const JA_PART_WORDS = JA_PARTS.map(([w]) => escape(w)).join('|');
const EN_PART_WORDS = Object.keys(EN_PARTS).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '\\s+')).join('|');
const ERA_RE = new RegExp(`^(${Object.keys(ERAS).join('|')})\\s*(\\d+|元)\\s*年`);
/** A part of a year: 2021年初め, 2018年の夏, early 2021, the first half of 2021, summer of 2018, Q3 2021, 2021 Q3. */
const JA_YEAR_PART = new RegExp(`^(\\d{4})\\s*年\\s*(?:の\\s*)?(${JA_PART_WORDS})$`);
const EN_YEAR_PART = new RegExp(`^(?:the\\s+)?(${EN_PART_WORDS})(?:\\s+of)?[\\s-]+(\\d{4})$|^(\\d{4})\\s+(q[1-4]|h[12])$`, 'i');
/** A part of a month: 2018年8月上旬, 2021年3月末, early March 2021, the end of March 2021. */
const JA_MONTH_PART = new RegExp(`^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(?:の\\s*)?(${JA_PART_WORDS})$`);
const EN_MONTH_PART = new RegExp(`^(?:the\\s+)?(${EN_PART_WORDS})(?:\\s+of)?[\\s-]+([a-z]+)\\.?,?\\s+(\\d{4})$`, 'i');
const jaPart = (word: string): DatePart | undefined => JA_PARTS.find(([w]) => w === word)?.[1];
/** A decade: 1990年代, 1990年代前半, the 1990s, the early 1990s, 1990's. */
const JA_DECADE_RE = new RegExp(`^(\\d{4})\\s*${JA_DECADE}\\s*(?:の\\s*)?(${JA_PART_WORDS})?$`);
const EN_DECADE_RE = new RegExp(`^(?:the\\s+)?(?:(${EN_PART_WORDS})(?:\\s+of)?[\\s-]+(?:the\\s+)?)?(\\d{4})['’]?s$`, 'i');
/** A century: 21世紀, 21世紀前半, the 21st century, the early 21st century. */
const JA_CENTURY_RE = new RegExp(`^(\\d{1,2})\\s*${JA_CENTURY}\\s*(?:の\\s*)?(${JA_PART_WORDS})?$`);
const EN_CENTURY_RE = new RegExp(`^(?:the\\s+)?(?:(${EN_PART_WORDS})(?:\\s+of)?[\\s-]+(?:the\\s+)?)?(\\d{1,2})(?:st|nd|rd|th)\\s+century$`, 'i');
/** An ISO week: 2018-W11, 2018W11. */
const ISO_WEEK_RE = /^(\d{4})-?W(\d{2})$/i;

/** The day number of a calendar date (month 1–12; months past 12 roll into the next year). */
export function dayOf(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.floor(date.getTime() / DAY_MS);
}

/** Days of a month. */
function daysIn(year: number, month: number): number {
  return dayOf(year, month + 1, 1) - dayOf(year, month, 1);
}

/** The ISO calendar date (YYYY-MM-DD) of a day number. */
export function isoDay(day: number): string {
  const date = new Date(day * DAY_MS);
  const y = date.getUTCFullYear();
  const year = y >= 0 && y <= 9999 ? String(y).padStart(4, '0') : String(y);
  return `${year}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function span(year: number, month?: number, day?: number): DaySpan | { readonly error: string } {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return { error: `Unexpected year ${year}, expected 1–9999` };
  if (month === undefined) return { first: dayOf(year, 1, 1), last: dayOf(year, 12, 31) };
  if (month < 1 || month > 12) return { error: `Unexpected month ${month}, expected 1–12` };
  if (day === undefined) return { first: dayOf(year, month, 1), last: dayOf(year, month, daysIn(year, month)) };
  if (day < 1 || day > daysIn(year, month)) return { error: `Unexpected day ${day} of ${year}-${pad(month)}, expected 1–${daysIn(year, month)}` };
  const d = dayOf(year, month, day);
  return { first: d, last: d };
}

/**
 * Read a written date as the days it covers. Never throws: anything else gives an error worded
 * for the claim's author.
 */
export function parseDate(written: string | number): DaySpan | { readonly error: string } {
  if (typeof written === 'number') {
    if (!Number.isInteger(written)) return { error: `Unexpected ${written}, expected a year such as 2018 or a date such as "2018-08-01"` };
    return span(written);
  }
  // 四半期 (quarter) is a word, not the numeral 四: keep it out of the numeral replacement.
  let text = replaceKanjiNumerals(written.normalize('NFKC').replace(/四半期/g, '\u0000'))
    .replace(/\u0000/g, '四半期')
    .trim()
    .replace(/\s+/g, ' ');
  text = text.replace(ERA_RE, (_, era: string, n: string) => `${ERAS[era]! + (n === '元' ? 1 : Number(n))}年`);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(text))) return span(Number(m[1]));
  if ((m = /^(\d{4})[-/.](\d{1,2})$/.exec(text))) return span(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text))) {
    return span(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  if ((m = /^(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?$/.exec(text))) {
    return span(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  }
  if ((m = JA_MONTH_PART.exec(text)) || (m = EN_MONTH_PART.exec(text))) {
    const japanese = /^\d/.test(m[1]!);
    const year = Number(japanese ? m[1] : m[3]);
    const month = japanese ? Number(m[2]) : monthNumber(m[2]!);
    const part = japanese ? jaPart(m[3]!) : englishPart(m[1]!);
    const days = part === undefined ? undefined : MONTH_PARTS[part];
    if (month !== undefined && days) {
      const whole = span(year, month);
      if ('error' in whole) return whole;
      return { first: whole.first + days[0] - 1, last: days[1] === 'last' ? whole.last : whole.first + days[1] - 1 };
    }
  }
  if ((m = JA_YEAR_PART.exec(text)) || (m = EN_YEAR_PART.exec(text))) {
    const japanese = /^\d/.test(m[1] ?? '') && m[2] !== undefined && !/^\d/.test(m[2]);
    const [year, part] = m[3] !== undefined ? [Number(m[3]), englishPart(m[4]!)] : japanese ? [Number(m[1]), jaPart(m[2]!)] : [Number(m[2]), englishPart(m[1]!)];
    const months = part === undefined ? undefined : YEAR_PARTS[part];
    if (months) {
      const start = span(year, months[0]);
      if ('error' in start) return start;
      const endYear = year + Math.floor((months[1] - 1) / 12);
      const end = span(endYear, ((months[1] - 1) % 12) + 1);
      if ('error' in end) return end;
      return { first: start.first, last: end.last };
    }
  }
  if ((m = JA_DECADE_RE.exec(text)) || (m = EN_DECADE_RE.exec(text))) {
    const japanese = /^\d/.test(m[1] ?? '');
    const year = Number(japanese ? m[1] : m[2]);
    const partWord = japanese ? m[2] : m[1];
    const part = partWord === undefined ? undefined : japanese ? jaPart(partWord) : englishPart(partWord);
    const years = part === undefined ? [0, 9] : DECADE_PARTS[part];
    if (year % 10 === 0 && years && (partWord === undefined || part !== undefined)) return yearsSpan(year + years[0], year + years[1]);
  }
  if ((m = JA_CENTURY_RE.exec(text)) || (m = EN_CENTURY_RE.exec(text))) {
    const japanese = /^\d/.test(m[1] ?? '');
    const century = Number(japanese ? m[1] : m[2]);
    const partWord = japanese ? m[2] : m[1];
    const part = partWord === undefined ? undefined : japanese ? jaPart(partWord) : englishPart(partWord);
    const years = part === undefined ? [1, 100] : CENTURY_PARTS[part];
    if (century >= 1 && years && (partWord === undefined || part !== undefined)) return yearsSpan((century - 1) * 100 + years[0], (century - 1) * 100 + years[1]);
  }
  if ((m = ISO_WEEK_RE.exec(text))) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    // Week 1 holds 4 January; the last week holds 28 December.
    const week1 = mondayOf(dayOf(year, 1, 4));
    const weeks = (mondayOf(dayOf(year, 12, 28)) - week1) / 7 + 1;
    const monday = week1 + (week - 1) * 7;
    if (week >= 1 && week <= weeks) return { first: monday, last: monday + 6 };
    return { error: `Unexpected week ${week} of ${year}, expected 1–${weeks}` };
  }
  if ((m = /^(?:(\d{1,2}) )?([a-z]+)\.?(?: (\d{1,2}))?,? (\d{4})$/i.exec(text))) {
    const month = monthNumber(m[2]!);
    if (month !== undefined && !(m[1] !== undefined && m[3] !== undefined)) {
      const day = m[1] ?? m[3];
      return span(Number(m[4]), month, day === undefined ? undefined : Number(day));
    }
  }
  return { error: `Unexpected date "${written}", expected a year (2018), a month ("2018-08") or a day ("2018-08-01")` };
}

/** The Monday of the week (Monday to Sunday) holding a day. */
function mondayOf(day: number): number {
  return day - ((new Date(day * DAY_MS).getUTCDay() + 6) % 7);
}

/** The days of a run of whole years. */
function yearsSpan(first: number, last: number): DaySpan | { readonly error: string } {
  const a = span(first);
  const b = span(last);
  if ('error' in a) return a;
  if ('error' in b) return b;
  return { first: a.first, last: b.last };
}

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  return Object.hasOwn(EN_MONTHS, lower) ? EN_MONTHS[lower] : undefined;
}

/**
 * A day interval for people, at the coarsest precision that states it exactly: `2018`,
 * `2018-08`, `2018-08-01`, `2018-06 – 2018-08`, `2018-08 or later`, `before 2021-07`.
 */
export function formatDays(lo: number, hi: number): string {
  if (lo === -Infinity && hi === Infinity) return 'any date';
  if (lo === -Infinity) return `${formatEnd(hi, 'last')} or earlier`;
  if (hi === Infinity) return `${formatEnd(lo, 'first')} or later`;
  const year = yearSpan(lo, hi);
  if (year) return year;
  const month = monthSpan(lo, hi);
  if (month) return month;
  return lo === hi ? isoDay(lo) : `${isoDay(lo)} – ${isoDay(hi)}`;
}

function parts(day: number): { readonly y: number; readonly m: number; readonly d: number } {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function yearSpan(lo: number, hi: number): string | undefined {
  const a = parts(lo);
  const b = parts(hi);
  if (a.m !== 1 || a.d !== 1 || b.m !== 12 || b.d !== 31) return undefined;
  return a.y === b.y ? String(a.y) : `${a.y} – ${b.y}`;
}

function monthSpan(lo: number, hi: number): string | undefined {
  const a = parts(lo);
  const b = parts(hi);
  if (a.d !== 1 || b.d !== daysIn(b.y, b.m)) return undefined;
  const first = `${a.y}-${pad(a.m)}`;
  const last = `${b.y}-${pad(b.m)}`;
  return first === last ? first : `${first} – ${last}`;
}

/** One end of an open interval at its coarsest exact precision. */
function formatEnd(day: number, side: 'first' | 'last'): string {
  const { y, m, d } = parts(day);
  if (side === 'first') {
    if (m === 1 && d === 1) return String(y);
    if (d === 1) return `${y}-${pad(m)}`;
  } else {
    if (m === 12 && d === 31) return String(y);
    if (d === daysIn(y, m)) return `${y}-${pad(m)}`;
  }
  return isoDay(day);
}
