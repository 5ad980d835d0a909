/**
 * Dates as written in news (2021年3月17日, 2021.03.17, 令和3年, 11/9, 二〇一八年夏, 3月下旬,
 * 今年半ば, ことし6月, 先月, 17日, March 17, 2021, mid-2021) and how each becomes a DESIGN.md
 * date value once the date of the segment that says it is known: a day, month or year is the
 * interval it covers, a part of one (a season, 上旬/中旬/下旬, 前半/半ば/後半) a `{from, to}`.
 *
 * Parts, as intervals: 上旬/初旬/初め = days 1–10, 中旬/半ば = 11–20, 下旬/末 = 21–end; of a year:
 * 前半 = Jan–Jun, 半ば = May–Aug, 後半 = Jul–Dec, 初め = Jan–Mar, 末 = Dec; seasons: 春 Mar–May,
 * 夏 Jun–Aug, 秋 Sep–Nov, 冬 Dec–Feb (of the next year); 年度 N = April N – March N+1.
 */

/** A part of a year or month. */
export type DatePart =
  | 'early' | 'mid' | 'late' | 'first-half' | 'second-half'
  | 'spring' | 'summer' | 'autumn' | 'winter' | 'fiscal';

/** A date as written, before it is placed in time: absolute fields, or offsets from the reference date. */
export interface DateSpec {
  readonly year?: number;
  /** Years from the reference year (今年 0, 昨年 −1, 来年 +1). */
  readonly yearRel?: number;
  readonly month?: number;
  /** Months from the reference month (今月 0, 先月 −1). */
  readonly monthRel?: number;
  readonly day?: number;
  /** Days from the reference day (本日 0, 昨日 −1). */
  readonly dayRel?: number;
  readonly part?: DatePart;
}

/** A calendar day. */
export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A date placed in time: the days it covers and how to write it. */
export interface ResolvedDate {
  readonly first: Ymd;
  readonly last: Ymd;
  /** The date as DESIGN.md writes it: 2018, '2018-08', '2018-08-01' or a `{from, to}` span. */
  readonly value: DateWritten;
  /** `from` end as written (2018, '2018-06', '2018-06-01'), for spans and bounds. */
  readonly start: number | string;
  /** `to` end as written. */
  readonly end: number | string;
}

/** A date value of DESIGN.md. */
export type DateWritten = number | string | { readonly from?: number | string; readonly to?: number | string; readonly before?: number | string; readonly after?: number | string };

/** True when the spec needs a reference date to be placed. */
export function isRelative(spec: DateSpec): boolean {
  return spec.year === undefined && (spec.yearRel !== undefined || spec.month !== undefined || spec.monthRel !== undefined || spec.day !== undefined || spec.dayRel !== undefined);
}

/** Days in a month. */
export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');
/** `YYYY-MM`. */
export const ym = (year: number, month: number): string => `${year}-${pad(month)}`;
/** `YYYY-MM-DD`. */
export const ymd = (d: Ymd): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

/** Parse `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (a published date) into a reference day. */
export function parseReference(value: string | number | undefined): Ymd | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(String(value));
  if (!match) return undefined;
  return { year: Number(match[1]), month: match[2] ? Number(match[2]) : 1, day: match[3] ? Number(match[3]) : 1 };
}

function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function shiftDay(d: Ymd, by: number): Ymd {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + by));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/**
 * Place a date in time. Relative parts resolve against `reference` (the date of the segment
 * that says it); a month without a year is in the reference year unless that puts it more than
 * half a year ahead (then the year before); a day without a month is in the reference month
 * unless it is more than two weeks ahead. Undefined when the spec needs a reference and has none,
 * or is not a real date.
 */
export function resolveDate(spec: DateSpec, reference: Ymd | undefined): ResolvedDate | undefined {
  let year = spec.year;
  let month = spec.month;
  let day = spec.day;
  if (spec.dayRel !== undefined) {
    if (!reference) return undefined;
    const d = shiftDay(reference, spec.dayRel);
    return span({ year: d.year, month: d.month, day: d.day }, spec.part);
  }
  if (year === undefined) {
    if (!reference) return undefined;
    if (spec.yearRel !== undefined) year = reference.year + spec.yearRel;
    else if (spec.monthRel !== undefined) {
      const m = shiftMonth(reference.year, reference.month, spec.monthRel);
      year = m.year;
      month = m.month;
    } else if (month !== undefined) {
      year = month - reference.month >= 6 ? reference.year - 1 : reference.year;
    } else if (day !== undefined) {
      year = reference.year;
      month = reference.month;
      if (day - reference.day > 14) {
        const m = shiftMonth(reference.year, reference.month, -1);
        year = m.year;
        month = m.month;
      }
    } else {
      return undefined;
    }
  }
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (month === undefined || day < 1 || day > daysIn(year, month))) return undefined;
  return span({ year, month, day }, spec.part);
}

function span(d: { year: number; month: number | undefined; day: number | undefined }, part: DatePart | undefined): ResolvedDate | undefined {
  const { year, month, day } = d;
  if (day !== undefined && month !== undefined) {
    const one = { year, month, day };
    const text = ymd(one);
    return { first: one, last: one, value: text, start: text, end: text };
  }
  if (month !== undefined) {
    const last = daysIn(year, month);
    const days = (a: number, b: number): ResolvedDate => {
      const first = { year, month, day: a };
      const lastDay = { year, month, day: Math.min(b, last) };
      return { first, last: lastDay, value: { from: ymd(first), to: ymd(lastDay) }, start: ymd(first), end: ymd(lastDay) };
    };
    switch (part) {
      case 'early':
        return days(1, 10);
      case 'mid':
        return days(11, 20);
      case 'late':
        return days(21, last);
      case 'first-half':
        return days(1, 15);
      case 'second-half':
        return days(16, last);
      default: {
        const text = ym(year, month);
        return { first: { year, month, day: 1 }, last: { year, month, day: last }, value: text, start: text, end: text };
      }
    }
  }
  const months = (a: number, b: number, yearB = year): ResolvedDate => {
    const start = ym(year, a);
    const end = ym(yearB, b);
    return {
      first: { year, month: a, day: 1 },
      last: { year: yearB, month: b, day: daysIn(yearB, b) },
      value: a === b && year === yearB ? start : { from: start, to: end },
      start,
      end,
    };
  };
  switch (part) {
    case 'spring':
      return months(3, 5);
    case 'summer':
      return months(6, 8);
    case 'autumn':
      return months(9, 11);
    case 'winter':
      return months(12, 2, year + 1);
    case 'first-half':
      return months(1, 6);
    case 'second-half':
      return months(7, 12);
    case 'mid':
      return months(5, 8);
    case 'early':
      return months(1, 3);
    case 'late':
      return months(12, 12);
    case 'fiscal':
      return months(4, 3, year + 1);
    default:
      return { first: { year, month: 1, day: 1 }, last: { year, month: 12, day: 31 }, value: year, start: year, end: year };
  }
}

/** Japanese era names and the Gregorian year of their first year. */
export const ERAS: Readonly<Record<string, number>> = { 令和: 2018, 平成: 1988, 昭和: 1925, 大正: 1911, 明治: 1867 };

/** Japanese words for parts of a year or month. */
export const JA_PARTS: ReadonlyArray<readonly [string, DatePart]> = [
  ['上旬', 'early'], ['初旬', 'early'], ['初め', 'early'], ['はじめ', 'early'], ['初頭', 'early'], ['中旬', 'mid'],
  ['半ば', 'mid'], ['なかば', 'mid'], ['下旬', 'late'], ['末', 'late'], ['前半', 'first-half'], ['後半', 'second-half'],
  ['春', 'spring'], ['夏', 'summer'], ['秋', 'autumn'], ['冬', 'winter'], ['度', 'fiscal'],
];

/** English month names and abbreviations (lower case) → month number. */
export const EN_MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

/** English words for parts of a year or month (lower case). */
export const EN_PARTS: Readonly<Record<string, DatePart>> = {
  early: 'early', mid: 'mid', middle: 'mid', late: 'late', end: 'late', spring: 'spring', summer: 'summer',
  autumn: 'autumn', fall: 'autumn', winter: 'winter', 'first half': 'first-half', 'second half': 'second-half',
};

/**
 * The DESIGN.md value of a resolved date under a qualifier: none → the date itself; from (から,
 * 以降, since) → `{from}`; to (まで, までに, by, until) → `{to}`; before/after → open bounds.
 * A lone から keeps the date itself when `startOnly` (the date something began).
 */
export function dateValue(date: ResolvedDate, bound: string | undefined): DateWritten {
  switch (bound) {
    case 'from':
    case 'min':
      return { from: date.start };
    case 'to':
    case 'max':
      return { to: date.end };
    case 'before':
    case 'lt':
      return { before: ymd(date.first) };
    case 'after':
    case 'gt':
      return { after: ymd(date.last) };
    default:
      return date.value;
  }
}

/** The DESIGN.md value of a span of two dates (2018年8月から今年2月まで). */
export function periodValue(from: ResolvedDate, to: ResolvedDate): DateWritten {
  return { from: from.start, to: to.end };
}
