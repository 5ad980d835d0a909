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
 * the end of 2021 = 2021年末 = December, the beginning of 2021 = 2021年初 = January), halves (first half of 2021, 2021年上半期) and quarters (Q3 2021).
 */

/** The days a written date covers. */
export interface DaySpan {
  readonly first: number;
  readonly last: number;
}

const DAY_MS = 86_400_000;

const ERAS: Readonly<Record<string, number>> = { '令和': 2018, '平成': 1988, '昭和': 1925, '大正': 1911, '明治': 1867 };

const MONTHS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Seasons: first and last month, the last possibly in the next year. */
const SEASONS: Readonly<Record<string, readonly [number, number]>> = {
  '春': [3, 5], 'spring': [3, 5],
  '夏': [6, 8], 'summer': [6, 8],
  '秋': [9, 11], 'autumn': [9, 11], 'fall': [9, 11],
  '冬': [12, 14], 'winter': [12, 14],
};

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
  let text = replaceKanjiNumerals(written.normalize('NFKC')).trim().replace(/\s+/g, ' ');
  text = text.replace(/^(令和|平成|昭和|大正|明治)\s*(\d+|元)\s*年/, (_, era: string, n: string) => `${ERAS[era]! + (n === '元' ? 1 : Number(n))}年`);
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(text))) return span(Number(m[1]));
  if ((m = /^(\d{4})[-/.](\d{1,2})$/.exec(text))) return span(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text))) {
    return span(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  if ((m = /^(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?$/.exec(text))) {
    return span(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  }
  if ((m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(上旬|中旬|下旬)$/.exec(text))) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const whole = span(year, month);
    if ('error' in whole) return whole;
    const third = m[3] === '上旬' ? 0 : m[3] === '中旬' ? 1 : 2;
    return { first: whole.first + third * 10, last: third === 2 ? whole.last : whole.first + third * 10 + 9 };
  }
  if ((m = /^(\d{4})\s*年\s*(の)?\s*(春|夏|秋|冬)$/.exec(text)) || (m = /^(spring|summer|autumn|fall|winter)( of)? (\d{4})$/i.exec(text))) {
    const [season, year] = /^\d/.test(m[1]!) ? [m[3]!, Number(m[1])] : [m[1]!.toLowerCase(), Number(m[3])];
    const [from, to] = SEASONS[season]!;
    const start = span(year, from);
    if ('error' in start) return start;
    const endYear = year + Math.floor((to - 1) / 12);
    const end = span(endYear, ((to - 1) % 12) + 1);
    if ('error' in end) return end;
    return { first: start.first, last: end.last };
  }
  const part = partOfYear(text);
  if (part) return part;
  if ((m = /^(?:(\d{1,2}) )?([a-z]+)\.?(?: (\d{1,2}))?,? (\d{4})$/i.exec(text))) {
    const month = monthNumber(m[2]!);
    if (month !== undefined && !(m[1] !== undefined && m[3] !== undefined)) {
      const day = m[1] ?? m[3];
      return span(Number(m[4]), month, day === undefined ? undefined : Number(day));
    }
  }
  return { error: `Unexpected date "${written}", expected a year (2018), a month ("2018-08") or a day ("2018-08-01")` };
}

/** Months of a part of a year: thirds (early/mid/late), halves, quarters. */
const YEAR_PARTS: readonly (readonly [RegExp, number, number])[] = [
  [/^(?:the beginning of|the start of)\s+(\d{4})$|^(\d{4})\s*年\s*(?:初|年初|の年初)$/i, 1, 1],
  [/^(?:early)[\s-]+(\d{4})$|^(\d{4})\s*年\s*(?:初め|初頭|はじめ|の初め|の初頭)$/i, 1, 4],
  [/^(?:mid|the middle of|the middle)[\s-]+(\d{4})$|^(\d{4})\s*年\s*(?:半ば|中頃|なかば|の半ば|の中頃)$/i, 5, 8],
  [/^(?:the end of)\s+(\d{4})$|^(\d{4})\s*年\s*(?:末|暮れ|の末|の暮れ|終わり|の終わり)$/i, 12, 12],
  [/^(?:late)[\s-]+(\d{4})$/i, 9, 12],
  [/^(?:the )?first half(?: of)? (\d{4})$|^(\d{4})\s*年\s*(?:上半期|前半|の前半)$|^H1 (\d{4})$/i, 1, 6],
  [/^(?:the )?second half(?: of)? (\d{4})$|^(\d{4})\s*年\s*(?:下半期|後半|の後半)$|^H2 (\d{4})$/i, 7, 12],
  [/^Q1 (\d{4})$|^(\d{4}) Q1$|^(\d{4})\s*年\s*(?:第)?1[四4]半期$/i, 1, 3],
  [/^Q2 (\d{4})$|^(\d{4}) Q2$|^(\d{4})\s*年\s*(?:第)?2[四4]半期$/i, 4, 6],
  [/^Q3 (\d{4})$|^(\d{4}) Q3$|^(\d{4})\s*年\s*(?:第)?3[四4]半期$/i, 7, 9],
  [/^Q4 (\d{4})$|^(\d{4}) Q4$|^(\d{4})\s*年\s*(?:第)?4[四4]半期$/i, 10, 12],
];

function partOfYear(text: string): DaySpan | { readonly error: string } | undefined {
  for (const [pattern, from, to] of YEAR_PARTS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const year = Number(m.slice(1).find((g) => g !== undefined));
    const start = span(year, from);
    const end = span(year, to);
    if ('error' in start) return start;
    if ('error' in end) return end;
    return { first: start.first, last: end.last };
  }
  return undefined;
}

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(lower) && (lower.length >= 3));
  return index < 0 ? undefined : index + 1;
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
