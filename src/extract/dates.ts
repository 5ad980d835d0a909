import {
  type Holiday,
  CENTURY_PARTS,
  daysIn,
  easterSunday,
  DECADE_PARTS,
  EN_MONTHS,
  EN_PARTS,
  ERAS,
  JA_PARTS,
  MONTH_PARTS,
  WEEK_PARTS,
  YEAR_PARTS,
  type CalendarUnit,
  type DatePart,
  type RelativeWord,
} from '../lang/calendar.js';

/**
 * Dates as written in news (2021年3月17日, 2021.03.17, 令和3年, 11/9, 二〇一八年夏, 3月下旬,
 * 今年半ば, ことし6月, 先月, 17日, 来週の月曜日, 翌日, 3日前, 1990年代, March 17, 2021, mid-2021,
 * last Friday, two weeks ago) and how each becomes a DESIGN.md date value once the date of the
 * segment that says it is known: a day, month or year is the interval it covers, a part of one
 * (a season, 上旬/中旬/下旬, 前半/半ば/後半), a week, a decade or a century a `{from, to}`.
 *
 * Parts of years, months and weeks, eras, month and weekday names and relative words are the one
 * calendar of `src/lang/calendar.ts`.
 */

export type { DatePart };

/** An offset of a date: `by` units of the calendar (3日前 = −3 days; two weeks later = +2 weeks). */
export interface Shift {
  readonly unit: CalendarUnit;
  readonly by: number;
  /**
   * Keep the precision of the date it moves (2016年1月1日の3日前 = a day; 2015年の3年前 = a year);
   * without it the result is the unit counted (2年前 = a year, 2週間前 = a week).
   */
  readonly keep?: boolean;
}

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
  /** Weeks (Monday to Sunday) from the reference day's week (今週 0, 先週 −1, next week +1). */
  readonly weekRel?: number;
  /** Quarters from the reference day's quarter (this quarter 0, last quarter −1). */
  readonly quarterRel?: number;
  /**
   * With a year: its ISO week N (2018年の第3週, week 31; −1 its last). With a month: its N-th
   * week, counted from the week holding the 1st (−1: the week holding its last day).
   */
  readonly week?: number;
  /** The week (Monday to Sunday) holding the day the other fields name (4月10日の週, the week of April 10). */
  readonly weekOf?: true;
  /** A day of the week, 1 = Monday … 7 = Sunday. */
  readonly weekday?: number;
  /** With a weekday and a month: its N-th such day (7月の第1金曜日; −1 the last). */
  readonly nth?: number;
  /**
   * A weekday without a week: the most recent on or before the reference day (`past`, the
   * default: news reports what happened), the nearest on or after it (`future`: the clause says
   * it is ahead), or strictly after (`coming`) or before (`previous`) it. A month without a year:
   * `coming` is the first such month after the reference month (next May), `previous` the last
   * one before it (last May). `near` (a month written in a clause that states no tense, a headline):
   * as by default, except that a month and day at most two weeks ahead, or a month at most two
   * months ahead, across the year end is the next year's (to leave as of January 1, written on
   * December 23).
   */
  readonly toward?: 'past' | 'future' | 'coming' | 'previous' | 'near';
  /** `year` is the first of a decade (1990年代, the 1990s). */
  readonly decade?: true;
  /** A year written with two digits (05/05/89; with `decade`, 90年代, the '90s), placed near the reference year. */
  readonly yy?: number;
  /** A century, counted from its year 1: 21世紀 = 2001–2100. */
  readonly century?: number;
  /** Offsets applied in order after placing the rest, or from the reference day when nothing else is written. */
  readonly shift?: readonly Shift[];
  /**
   * A unit counted from the date the text named last (翌日, 同年, the following week): that date is
   * `base`, filled in by the document reader; without one, the unit is counted from the reference.
   */
  readonly story?: RelativeWord;
  readonly base?: DateSpec;
  /** Days from Western Easter Sunday of the year (Easter 0, Good Friday −2, Easter Monday +1). */
  readonly easter?: number;
  /** The first or last `count` units of what the rest names (the first six months of 2021, the last 3 weeks of this year). */
  readonly slice?: { readonly unit: CalendarUnit; readonly count: number; readonly from: 'start' | 'end' };
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

// Days as numbers (days since 1970-01-01, UTC) -------------------------------------------------

const DAY_MS = 86_400_000;

function dayNumber(year: number, month: number, day: number): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month - 1, day);
  return Math.floor(t.getTime() / DAY_MS);
}

function ymdOf(n: number): Ymd {
  const t = new Date(n * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** ISO day of the week of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
function weekdayOf(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the week holding day `n`. */
function mondayOf(n: number): number {
  return n - weekdayOf(n) + 1;
}

/** The grains a placed date has, finest first. */
type Grain = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century' | 'span';
const RANK: Readonly<Record<Grain, number>> = { day: 0, week: 1, month: 2, quarter: 3, year: 4, decade: 5, century: 6, span: 7 };

/** Days placed in time: the first and last day (inclusive) and the grain they were named at. */
interface Placed {
  readonly first: number;
  readonly last: number;
  readonly grain: Grain;
}

const dayPlaced = (n: number): Placed => ({ first: n, last: n, grain: 'day' });

function monthPlaced(year: number, month: number): Placed {
  return { first: dayNumber(year, month, 1), last: dayNumber(year, month, daysIn(year, month)), grain: 'month' };
}

function yearsPlaced(first: number, last: number, grain: Grain): Placed {
  return { first: dayNumber(first, 1, 1), last: dayNumber(last, 12, 31), grain };
}

/** The unit of the calendar holding day `n`. */
function unitAround(n: number, unit: CalendarUnit): Placed {
  const { year, month } = ymdOf(n);
  switch (unit) {
    case 'day':
      return dayPlaced(n);
    case 'week': {
      const monday = mondayOf(n);
      return { first: monday, last: monday + 6, grain: 'week' };
    }
    case 'month':
      return monthPlaced(year, month);
    case 'quarter': {
      const a = month - ((month - 1) % 3);
      return { first: dayNumber(year, a, 1), last: dayNumber(year, a + 2, daysIn(year, a + 2)), grain: 'quarter' };
    }
    case 'year':
      return yearsPlaced(year, year, 'year');
    case 'decade': {
      const a = year - (((year % 10) + 10) % 10);
      return yearsPlaced(a, a + 9, 'decade');
    }
  }
}

/** Day `n` moved by `by` units (a month keeps its day, or the last day of a shorter month). */
function moveDay(n: number, unit: CalendarUnit, by: number): number {
  if (unit === 'day') return n + by;
  if (unit === 'week') return n + 7 * by;
  const months = by * (unit === 'month' ? 1 : unit === 'quarter' ? 3 : unit === 'year' ? 12 : 120);
  const d = ymdOf(n);
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dayNumber(year, month, Math.min(d.day, daysIn(year, month)));
}

/** The grain a unit of the calendar names. */
const UNIT_GRAIN: Readonly<Record<CalendarUnit, Grain>> = { day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade' };

// Placing a spec ------------------------------------------------------------------------------

/**
 * Place a date in time. Relative parts resolve against `reference` (the date of the segment
 * that says it); a month without a year is in the reference year unless that puts it more than
 * half a year ahead (then the year before); a day without a month is in the reference month
 * unless it is more than two weeks ahead or not in that month (then the month before).
 * Undefined when the spec needs a reference and has none, or is not a real date.
 */
export function resolveDate(spec: DateSpec, reference: Ymd | undefined): ResolvedDate | undefined {
  const placed = place(spec, reference === undefined ? undefined : dayNumber(reference.year, reference.month, reference.day));
  return placed ? written(placed) : undefined;
}

function hasFields(spec: DateSpec): boolean {
  return Object.values(spec).some((v) => v !== undefined);
}

function place(spec: DateSpec, ref: number | undefined): Placed | undefined {
  if (spec.shift && spec.shift.length > 0 && spec.weekOf && spec.weekday !== undefined) {
    // Monday two weeks from now, 3 weeks after Christmas on Friday: the day the offset reaches
    // (counted by the day), then that weekday of its week
    const { shift, weekOf: _weekOf, weekday, ...rest } = spec;
    const at = hasFields(rest) ? place(rest, ref) : ref === undefined ? undefined : dayPlaced(ref);
    const moved = at?.grain === 'day' ? shifted(at, shift, true) : undefined;
    return moved ? withinWeek(unitAround(moved.first, 'week'), { weekday }, ref) : undefined;
  }
  if (spec.shift && spec.shift.length > 0) {
    const { shift, ...rest } = spec;
    const writtenAnchor = hasFields(rest);
    const at = writtenAnchor ? place(rest, ref) : ref === undefined ? undefined : dayPlaced(ref);
    return at ? shifted(at, shift, writtenAnchor && shift.every((s) => s.keep === true)) : undefined;
  }
  if (spec.story) {
    const { story, base, ...rest } = spec;
    let anchor: number | undefined = ref;
    if (base) {
      const b = place(base, ref);
      // 翌日 after 2018年: the day after an unknown day is no date.
      if (!b || RANK[b.grain] > RANK[UNIT_GRAIN[story.unit]]) return undefined;
      anchor = b.first;
    }
    if (anchor === undefined) return undefined;
    return refine(unitAround(moveDay(anchor, story.unit, story.by), story.unit), rest, ref);
  }
  const relative = relativeFrame(spec, ref);
  if (relative === null) return undefined;
  if (relative) return refine(relative.frame, relative.rest, ref);
  return absolute(spec, ref);
}

/**
 * A placed date moved by its shifts in turn: (keep) the date's own grain moved, or the finest unit
 * counted (2年前 a year, 1か月と21日前 a day), which must be no finer than the date it moves.
 */
function shifted(at: Placed, shifts: readonly Shift[], keep: boolean): Placed | undefined {
  let moved = at.first;
  let last = at.last;
  for (const s of shifts) {
    moved = moveDay(moved, s.unit, s.by);
    last = moveDay(last, s.unit, s.by);
  }
  if (keep) {
    if (at.grain === 'day') return dayPlaced(moved);
    if (at.grain === 'span' || at.grain === 'century') return { first: moved, last, grain: 'span' };
    return unitAround(moved, at.grain as CalendarUnit);
  }
  const unit = shifts.map((s) => s.unit).reduce((a, b) => (RANK[UNIT_GRAIN[b]] < RANK[UNIT_GRAIN[a]] ? b : a));
  if (RANK[at.grain] > RANK[UNIT_GRAIN[unit]]) return undefined;
  return unitAround(moved, unit);
}

/**
 * The frame named relative to the reference (今年, 先月, 来週, this quarter, 本日) and the fields
 * left to place inside it; undefined when the spec names none, null when it needs a reference.
 */
function relativeFrame(spec: DateSpec, ref: number | undefined): { frame: Placed; rest: DateSpec } | null | undefined {
  const { dayRel, weekRel, monthRel, quarterRel, yearRel, ...rest } = spec;
  const pick: Array<[CalendarUnit, number | undefined]> = [['day', dayRel], ['week', weekRel], ['month', monthRel], ['quarter', quarterRel], ['year', yearRel]];
  const found = pick.find(([, by]) => by !== undefined);
  if (!found) return undefined;
  if (ref === undefined) return null;
  const [unit, by] = found;
  return { frame: unitAround(moveDay(ref, unit, by!), unit), rest };
}

/** Place the finer fields (month, day, week, weekday, part) inside a frame. */
function refine(frame: Placed, spec: DateSpec, ref: number | undefined): Placed | undefined {
  let at: Placed | undefined = frame;
  const first = ymdOf(frame.first);
  if ((frame.grain === 'year' || frame.grain === 'quarter') && spec.month !== undefined) {
    if (spec.month < 1 || spec.month > 12) return undefined;
    at = monthPlaced(first.year, spec.month);
  }
  if (spec.slice && (at.grain === 'year' || (at.grain === 'month' && spec.day === undefined))) return sliceOf(at, spec.slice);
  if (at.grain === 'year' && spec.week !== undefined) return withinWeek(isoWeek(first.year, spec.week), spec, ref);
  if (at.grain === 'month') {
    const m = ymdOf(at.first);
    if (spec.day !== undefined) {
      if (spec.day < 1 || spec.day > daysIn(m.year, m.month)) return undefined;
      at = dayPlaced(dayNumber(m.year, m.month, spec.day));
    } else if (spec.week !== undefined) {
      return withinWeek(weekOfMonth(m.year, m.month, spec.week), spec, ref);
    } else if (spec.weekday !== undefined && spec.nth !== undefined) {
      at = nthWeekday(m.year, m.month, spec.weekday, spec.nth);
    }
  }
  if (!at) return undefined;
  if (at.grain === 'week') return withinWeek(at, spec, ref);
  if (at.grain === 'day' && spec.weekOf) return withinWeek(unitAround(at.first, 'week'), spec, ref);
  if (spec.part !== undefined && at.grain !== 'day') return partOf(at, spec.part, ref);
  return at;
}

/** A weekday or a part inside a week. */
function withinWeek(week: Placed | undefined, spec: DateSpec, ref: number | undefined): Placed | undefined {
  if (!week) return undefined;
  if (spec.weekday !== undefined) return dayPlaced(week.first + spec.weekday - 1);
  if (spec.part !== undefined) return partOf(week, spec.part, ref);
  return week;
}

/** ISO week N of a year (−1: its last week). */
function isoWeek(year: number, n: number): Placed | undefined {
  const week1 = mondayOf(dayNumber(year, 1, 4));
  const weeks = (mondayOf(dayNumber(year, 12, 28)) - week1) / 7 + 1;
  const index = n < 0 ? weeks + n + 1 : n;
  if (index < 1 || index > weeks) return undefined;
  const monday = week1 + (index - 1) * 7;
  return { first: monday, last: monday + 6, grain: 'week' };
}

/**
 * The N-th week of a month (−1: its last). A week (Monday to Sunday) is the month's that holds its
 * Thursday, as ISO weeks are their years': the first week of January 2015 began on 29 December.
 */
function weekOfMonth(year: number, month: number, n: number): Placed | undefined {
  const firstThursday = dayNumber(year, month, 1) + ((4 - weekdayOf(dayNumber(year, month, 1)) + 7) % 7);
  const lastDay = dayNumber(year, month, daysIn(year, month));
  const lastThursday = lastDay - ((weekdayOf(lastDay) - 4 + 7) % 7);
  const weeks = (lastThursday - firstThursday) / 7 + 1;
  const index = n < 0 ? weeks + n + 1 : n;
  if (index < 1 || index > weeks) return undefined;
  const monday = firstThursday - 3 + (index - 1) * 7;
  return { first: monday, last: monday + 6, grain: 'week' };
}

/** The N-th given weekday of a month (−1: the last). */
function nthWeekday(year: number, month: number, weekday: number, n: number): Placed | undefined {
  if (n < 0) {
    const last = dayNumber(year, month, daysIn(year, month));
    return dayPlaced(last - ((weekdayOf(last) - weekday + 7) % 7) + (n + 1) * 7);
  }
  const first = dayNumber(year, month, 1);
  const day = first + ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
  return day <= dayNumber(year, month, daysIn(year, month)) && n >= 1 ? dayPlaced(day) : undefined;
}

/** A part of a placed year, quarter, month, week, decade or century. */
function partOf(at: Placed, part: DatePart, ref?: number): Placed | undefined {
  // earlier this year, later this week: the part of it before or after the reference day (the whole of it when that day is not in it)
  if (part === 'earlier' || part === 'later') {
    if (ref === undefined || ref < at.first || ref > at.last) return { ...at, grain: 'span' };
    return part === 'earlier' ? { first: at.first, last: ref, grain: 'span' } : { first: ref, last: at.last, grain: 'span' };
  }
  const a = ymdOf(at.first);
  switch (at.grain) {
    case 'year': {
      const months = YEAR_PARTS[part];
      if (!months) return undefined;
      const endYear = a.year + Math.floor((months[1] - 1) / 12);
      const endMonth = ((months[1] - 1) % 12) + 1;
      return { first: dayNumber(a.year, months[0], 1), last: dayNumber(endYear, endMonth, daysIn(endYear, endMonth)), grain: 'span' };
    }
    case 'month': {
      const days = MONTH_PARTS[part];
      if (!days) return undefined;
      const last = daysIn(a.year, a.month);
      return { first: dayNumber(a.year, a.month, days[0]), last: dayNumber(a.year, a.month, days[1] === 'last' ? last : Math.min(days[1], last)), grain: 'span' };
    }
    case 'week': {
      const days = WEEK_PARTS[part];
      return days ? { first: at.first + days[0] - 1, last: at.first + days[1] - 1, grain: 'span' } : undefined;
    }
    case 'decade': {
      const years = DECADE_PARTS[part];
      return years ? yearsPlaced(a.year + years[0], a.year + years[1], 'span') : undefined;
    }
    case 'century': {
      const years = CENTURY_PARTS[part];
      return years ? yearsPlaced(a.year - 1 + years[0], a.year - 1 + years[1], 'span') : undefined;
    }
    default:
      return undefined;
  }
}

/** A two-digit year placed within 80 years before and 19 after the reference year. */
function fullYear(yy: number, refYear: number): number {
  const century = Math.floor(refYear / 100) * 100;
  for (const y of [century + yy - 100, century + yy, century + yy + 100]) if (y > refYear - 81 && y <= refYear + 19) return y;
  return century + yy;
}

/** The latest year ending in two digits that is not after the reference year (a decade's first). */
function latestDecade(yy: number, refYear: number): number {
  const y = Math.floor(refYear / 100) * 100 + yy;
  return y > refYear ? y - 100 : y;
}

/** Dates with absolute fields, and the fields a reference fills (a month without its year, a day without its month). */
function absolute(spec: DateSpec, ref: number | undefined): Placed | undefined {
  const r = ref === undefined ? undefined : ymdOf(ref);
  if (spec.century !== undefined) {
    const frame = yearsPlaced(spec.century * 100 - 99, spec.century * 100, 'century');
    return spec.part !== undefined ? partOf(frame, spec.part, ref) : frame;
  }
  if (spec.easter !== undefined) return easterDay(spec, r);
  let year = spec.year;
  if (year === undefined && spec.yy !== undefined) {
    if (!r) return undefined;
    // 90年代, the '90s: the latest such decade that began by the reference year.
    year = spec.decade ? latestDecade(spec.yy, r.year) : fullYear(spec.yy, r.year);
  }
  if (spec.decade && year !== undefined) {
    const frame = yearsPlaced(year, year + 9, 'decade');
    return spec.part !== undefined ? partOf(frame, spec.part, ref) : frame;
  }
  if (year !== undefined) return refine(yearsPlaced(year, year, 'year'), spec, ref);
  if (!r || ref === undefined) return undefined;
  if (spec.month !== undefined) {
    if (spec.month < 1 || spec.month > 12) return undefined;
    let y = spec.month - r.month >= 6 ? r.year - 1 : r.year;
    // next May (next 5/12): the first after the reference month (day); last May: the last one before it
    const after = spec.month > r.month || (spec.day !== undefined && spec.month === r.month && spec.day > r.day);
    const before = spec.month < r.month || (spec.day !== undefined && spec.month === r.month && spec.day < r.day);
    if (spec.toward === 'coming') y = after ? r.year : r.year + 1;
    else if (spec.toward === 'previous') y = before ? r.year : r.year - 1;
    // in a clause that looks ahead: the first on or after the reference (this month counts)
    else if (spec.toward === 'future') y = before ? r.year + 1 : r.year;
    else if (spec.toward === 'near' && y === r.year && before) {
      const ahead = spec.day !== undefined ? dayNumber(r.year + 1, spec.month, spec.day) - ref <= 14 : spec.month + 12 - r.month <= 2;
      if (ahead) y = r.year + 1;
    }
    return refine(yearsPlaced(y, y, 'year'), spec, ref);
  }
  if (spec.day !== undefined) {
    if (spec.weekday !== undefined) return dayWithWeekday(spec.day, spec.weekday, ref);
    let { year: y, month: m } = r;
    if (spec.day - r.day > 14 || spec.day > daysIn(y, m)) {
      const before = ymdOf(moveDay(dayNumber(y, m, 1), 'month', -1));
      y = before.year;
      m = before.month;
    }
    return refine(monthPlaced(y, m), spec, ref);
  }
  if (spec.weekday !== undefined) {
    const w = weekdayOf(ref);
    const back = (w - spec.weekday + 7) % 7;
    const ahead = (spec.weekday - w + 7) % 7;
    switch (spec.toward ?? 'past') {
      case 'past':
        return dayPlaced(ref - back);
      case 'future':
        return dayPlaced(ref + ahead);
      case 'coming':
        return dayPlaced(ref + (ahead || 7));
      case 'previous':
        return dayPlaced(ref - (back || 7));
    }
  }
  return undefined;
}

/** A day counted from Easter: in the year written, else the nearest not more than half a year ahead (or the one before or after, toward). */
function easterDay(spec: DateSpec, r: Ymd | undefined): Placed | undefined {
  const on = (year: number): number => {
    const e = easterSunday(year);
    return dayNumber(year, e.month, e.day) + spec.easter!;
  };
  if (spec.year !== undefined) return dayPlaced(on(spec.year));
  if (!r) return undefined;
  const ref = dayNumber(r.year, r.month, r.day);
  if (spec.toward === 'coming') return dayPlaced(on(r.year) > ref ? on(r.year) : on(r.year + 1));
  if (spec.toward === 'previous') return dayPlaced(on(r.year) < ref ? on(r.year) : on(r.year - 1));
  return dayPlaced(on(r.year) - ref > 183 ? on(r.year - 1) : on(r.year));
}

/** The first or last units of a placed year or month (the first six months of 2021, the last 3 weeks of this year, the first ten days). */
function sliceOf(at: Placed, slice: NonNullable<DateSpec['slice']>): Placed | undefined {
  const { unit, count, from } = slice;
  if (count < 1) return undefined;
  const a = ymdOf(at.first);
  const units: Array<Placed | undefined> = [];
  if (unit === 'day') {
    if (count > at.last - at.first + 1) return undefined;
    return from === 'start' ? { first: at.first, last: at.first + count - 1, grain: 'span' } : { first: at.last - count + 1, last: at.last, grain: 'span' };
  }
  if (unit === 'week') {
    for (const k of [1, count]) units.push(at.grain === 'year' ? isoWeek(a.year, from === 'start' ? k : -k) : at.grain === 'month' ? weekOfMonth(a.year, a.month, from === 'start' ? k : -k) : undefined);
  } else if ((unit === 'month' || unit === 'quarter') && at.grain === 'year') {
    const months = unit === 'month' ? count : count * 3;
    if (months > 12) return undefined;
    units.push(monthPlaced(a.year, from === 'start' ? 1 : 13 - months), monthPlaced(a.year, from === 'start' ? months : 12));
    return { first: units[0]!.first, last: units[1]!.last, grain: 'span' };
  }
  const [first, last] = units;
  if (!first || !last) return undefined;
  return from === 'start' ? { first: first.first, last: last.last, grain: 'span' } : { first: last.first, last: first.last, grain: 'span' };
}

/** A day of a month written with its weekday and no month (31日の日曜日, Friday the 22nd): the nearest month where it falls so. */
function dayWithWeekday(day: number, weekday: number, ref: number): Placed | undefined {
  let best: number | undefined;
  for (let k = -12; k <= 12; k++) {
    const first = ymdOf(moveDay(dayNumber(ymdOf(ref).year, ymdOf(ref).month, 1), 'month', k));
    if (day > daysIn(first.year, first.month)) continue;
    const n = dayNumber(first.year, first.month, day);
    if (weekdayOf(n) !== weekday) continue;
    if (best === undefined || Math.abs(n - ref) < Math.abs(best - ref) || (Math.abs(n - ref) === Math.abs(best - ref) && n < best)) best = n;
  }
  return best === undefined ? undefined : dayPlaced(best);
}

// Writing a placed date ---------------------------------------------------------------------

/** The coarsest exact writing of a run of days: whole years as years, whole months as months, else days. */
function written(p: Placed): ResolvedDate {
  const first = ymdOf(p.first);
  const last = ymdOf(p.last);
  let start: number | string;
  let end: number | string;
  if (first.month === 1 && first.day === 1 && last.month === 12 && last.day === 31) {
    start = first.year;
    end = last.year;
  } else if (first.day === 1 && last.day === daysIn(last.year, last.month)) {
    start = ym(first.year, first.month);
    end = ym(last.year, last.month);
  } else {
    start = ymd(first);
    end = ymd(last);
  }
  return { first, last, value: start === end ? start : { from: start, to: end }, start, end };
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

/** True when a spec writes no year, month or relative unit of its own (15日, 3月, Friday): it takes them from the other end of a span. */
function isOpen(spec: DateSpec): boolean {
  return (
    spec.year === undefined && spec.yy === undefined && spec.century === undefined && spec.yearRel === undefined && spec.monthRel === undefined &&
    spec.weekRel === undefined && spec.dayRel === undefined && spec.quarterRel === undefined && spec.story === undefined && spec.shift === undefined &&
    (spec.month !== undefined || spec.day !== undefined)
  );
}

/**
 * The two ends of a span (2018年8月から今年2月まで, 11月から3月まで, 4日から22日まで, from May to
 * October 2020). An end without a year or month of its own lies in the start's year or month, or
 * the next one when it would fall before the start (11月から3月まで = November to the next March);
 * a start without a year before an end with one lies in the end's year, or the one before. Never
 * an empty span: undefined when the end still falls before the start.
 */
export function resolvePeriod(fromSpec: DateSpec, toSpec: DateSpec, reference: Ymd | undefined): { from: ResolvedDate; to: ResolvedDate } | undefined {
  let from: ResolvedDate | undefined;
  let to: ResolvedDate | undefined;
  if (isOpen(fromSpec) && !isOpen(toSpec) && fromSpec.month !== undefined) {
    // from May to October 2020: the year the end writes is the start's too (or the one before,
    // November to February 2017); a start before a whole year (4月から2019年まで) stands alone.
    to = resolveDate(toSpec, reference);
    if (!to) return undefined;
    const shared = toSpec.month !== undefined;
    from = shared ? resolveDate({ ...fromSpec, year: to.last.year }, reference) : resolveDate(fromSpec, reference);
    if (from && compare(from.first, to.last) > 0) from = resolveDate({ ...fromSpec, year: to.last.year - (shared ? 1 : 0) }, reference);
    if (from && compare(from.first, to.last) > 0) from = resolveDate({ ...fromSpec, year: to.last.year - 1 }, reference);
  } else {
    from = resolveDate(fromSpec, reference);
    if (!from) return undefined;
    if (isWeekdayOnly(toSpec)) {
      // 来週の水曜日から金曜日まで: the end's weekday in the start's week, or the next one.
      const f = from.first;
      to = resolveDate({ year: f.year, month: f.month, day: f.day, weekOf: true, weekday: toSpec.weekday! }, reference);
      if (to && compare(to.last, f) < 0) {
        const next = ymdOf(dayNumber(f.year, f.month, f.day) + 7);
        to = resolveDate({ ...next, weekOf: true, weekday: toSpec.weekday! }, reference);
      }
    } else if (isOpen(toSpec)) {
      const anchor = from.first;
      if (toSpec.month !== undefined) {
        to = resolveDate({ ...toSpec, year: anchor.year }, reference);
        if (to && compare(to.last, anchor) < 0) to = resolveDate({ ...toSpec, year: anchor.year + 1 }, reference);
      } else {
        to = resolveDate({ ...toSpec, year: anchor.year, month: anchor.month }, reference);
        if (!to || compare(to.last, anchor) < 0) {
          const next = ymdOf(moveDay(dayNumber(anchor.year, anchor.month, 1), 'month', 1));
          to = resolveDate({ ...toSpec, year: next.year, month: next.month }, reference);
        }
      }
    } else {
      to = resolveDate(toSpec, reference);
    }
  }
  if (!from || !to || compare(to.last, from.first) < 0) return undefined;
  return { from, to };
}

/** A weekday written alone (the end of 火曜日から木曜日まで). */
function isWeekdayOnly(spec: DateSpec): boolean {
  return spec.weekday !== undefined && Object.keys(spec).every((k) => k === 'weekday' || k === 'toward');
}

function compare(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The DESIGN.md value of a span of two dates (2018年8月から今年2月まで). */
export function periodValue(from: ResolvedDate, to: ResolvedDate): DateWritten {
  return { from: from.start, to: to.end };
}

/** The date spec of a holiday of the calendar: a fixed day, a day around Easter, or the N-th weekday of a month. */
export function holidaySpec(h: Holiday): DateSpec {
  if ('easter' in h) return { easter: h.easter };
  if ('weekday' in h) return { month: h.month, weekday: h.weekday, nth: h.nth };
  return { month: h.month, day: h.day };
}
