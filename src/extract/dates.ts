import { daysIn, EN_MONTHS, EN_PARTS, ERAS, JA_PARTS, MONTH_PARTS, YEAR_PARTS, type DatePart } from '../lang/calendar.js';

/**
 * Dates as written in news (2021年3月17日, 2021.03.17, 令和3年, 11/9, 二〇一八年夏, 3月下旬,
 * 今年半ば, ことし6月, 先月, 17日, March 17, 2021, mid-2021) and how each becomes a DESIGN.md
 * date value once the date of the segment that says it is known: a day, month or year is the
 * interval it covers, a part of one (a season, 上旬/中旬/下旬, 前半/半ば/後半) a `{from, to}`.
 *
 * Parts of years and months, eras and month names are the one calendar of `src/lang/calendar.ts`.
 */

export type { DatePart };

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

export { daysIn };

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
    const days = part === undefined ? undefined : MONTH_PARTS[part];
    if (days) {
      const first = { year, month, day: days[0] };
      const lastDay = { year, month, day: days[1] === 'last' ? last : Math.min(days[1], last) };
      return { first, last: lastDay, value: { from: ymd(first), to: ymd(lastDay) }, start: ymd(first), end: ymd(lastDay) };
    }
    const text = ym(year, month);
    return { first: { year, month, day: 1 }, last: { year, month, day: last }, value: text, start: text, end: text };
  }
  const months = part === undefined ? undefined : YEAR_PARTS[part];
  if (!months) return { first: { year, month: 1, day: 1 }, last: { year, month: 12, day: 31 }, value: year, start: year, end: year };
  const a = months[0];
  const yearB = year + Math.floor((months[1] - 1) / 12);
  const b = ((months[1] - 1) % 12) + 1;
  const start = ym(year, a);
  const end = ym(yearB, b);
  return {
    first: { year, month: a, day: 1 },
    last: { year: yearB, month: b, day: daysIn(yearB, b) },
    value: a === b && year === yearB ? start : { from: start, to: end },
    start,
    end,
  };
}

export { ERAS, EN_MONTHS, JA_PARTS, EN_PARTS };

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
