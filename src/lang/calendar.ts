import { KANJI_DIGIT_CHARS, parseJapaneseNumber, SMALL_UNIT_CHARS } from './numerals.js';
import { qualifierWords } from './qualifiers.js';

/**
 * The calendar: month names, era names, days of the week, the parts of a year, a month, a week or
 * a decade that news writes (上旬, 半ば, 年末, early 2021, the end of March, Q3, 2018年夏, 年度, 週末),
 * the words that place a date relative to the reference date or to the date a story named last
 * (今年, 先週, 明日, last week, 翌日, the following day), and the words of offsets (3日前, two weeks
 * ago). Each has one meaning as the days it covers. The extractor places dates with it and compare
 * reads claim values with it, so `2021年初め` extracted and written by hand are one interval.
 *
 * Parts of a year: early = 初め = 初頭 = January–April; mid = the middle of = 半ば = 中頃 =
 * May–August; late = September–December (the thirds); the beginning of = 年初 = 年明け is January;
 * the end of = 年末 = 末 = 暮れ = the year's 終わり is December; halves (前半, 上半期, first half, H1)
 * and quarters (Q1, 第1四半期); seasons of the northern hemisphere (春 March–May, 夏 June–August,
 * 秋 September–November, 冬 December–February of the next year); 年度 N is April N – March N+1.
 * Parts of a month: 上旬 = 初旬 = 初め = early = the beginning of = days 1–10; 中旬 = 半ば = mid =
 * 11–20; 下旬 = 末 = 終わり = late = the end of = 21 to the last day; 前半 1–15, 後半 16 to the last.
 * Weeks run Monday to Sunday (ISO 8601); parts of a week: the beginning, early days and first
 * half are Monday–Wednesday, the middle Wednesday–Thursday, the end, later days and second half
 * Thursday–Sunday, the weekend (週末) Saturday–Sunday. Earlier and later (earlier this year,
 * later this week) are the part of a week, month or year before or after the reference day, that
 * day included (not the thirds early and late). A decade (1990年代, the 1990s) is its ten
 * years, its early part years 0–3, its middle 4–6, its late part and end 7–9, its halves 0–4 and
 * 5–9; a century is counted from its year 1 (21世紀 = the 21st century = 2001–2100), in thirds and
 * halves alike.
 */

/** A part of a year, a month, a week or a decade. */
export type DatePart =
  | 'beginning' | 'early' | 'mid' | 'late' | 'end' | 'first-half' | 'second-half'
  | 'q1' | 'q2' | 'q3' | 'q4'
  | 'spring' | 'summer' | 'autumn' | 'winter' | 'fiscal' | 'weekend' | 'earlier' | 'later';

/**
 * The months a part of a year covers: first and last month (a last month past 12 is in the next
 * year: winter runs December to February, 年度 April to March).
 */
export const YEAR_PARTS: Readonly<Partial<Record<DatePart, readonly [number, number]>>> = {
  beginning: [1, 1],
  early: [1, 4],
  mid: [5, 8],
  late: [9, 12],
  end: [12, 12],
  'first-half': [1, 6],
  'second-half': [7, 12],
  q1: [1, 3],
  q2: [4, 6],
  q3: [7, 9],
  q4: [10, 12],
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  winter: [12, 14],
  fiscal: [4, 15],
};

/** The days a part of a month covers (`last` is the month's last day); seasons and quarters have none. */
export const MONTH_PARTS: Readonly<Partial<Record<DatePart, readonly [number, number | 'last']>>> = {
  beginning: [1, 10],
  early: [1, 10],
  mid: [11, 20],
  late: [21, 'last'],
  end: [21, 'last'],
  'first-half': [1, 15],
  'second-half': [16, 'last'],
};

/**
 * Japanese words for parts of a year or month, longest first. 末 and 終わり are the end of what
 * they follow: December of a year, days 21 to the last of a month.
 */
export const JA_PARTS: ReadonlyArray<readonly [string, DatePart]> = (
  [
    ['上旬', 'early'], ['初旬', 'early'], ['初め', 'early'], ['はじめ', 'early'], ['初頭', 'early'], ['年初', 'beginning'], ['初', 'beginning'], ['年明け', 'beginning'],
    ['中旬', 'mid'], ['半ば', 'mid'], ['なかば', 'mid'], ['中頃', 'mid'], ['中ごろ', 'mid'],
    ['下旬', 'late'], ['末', 'end'], ['暮れ', 'end'], ['終わり', 'end'], ['年末', 'end'],
    ['前半', 'first-half'], ['上半期', 'first-half'], ['後半', 'second-half'], ['下半期', 'second-half'],
    ['第1四半期', 'q1'], ['第2四半期', 'q2'], ['第3四半期', 'q3'], ['第4四半期', 'q4'],
    ['1四半期', 'q1'], ['2四半期', 'q2'], ['3四半期', 'q3'], ['4四半期', 'q4'],
    ['春', 'spring'], ['夏', 'summer'], ['秋', 'autumn'], ['冬', 'winter'], ['度', 'fiscal'],
    // その年いっぱい, 今月の残り: the rest of it from the reference day
    ['いっぱい', 'later'], ['残り', 'later'],
  ] as const
).slice().sort((a, b) => b[0].length - a[0].length);

/** English words for parts of a year or month (lower case, single spaces, without `the` and `of`). */
export const EN_PARTS: Readonly<Record<string, DatePart>> = {
  early: 'early', beginning: 'beginning', start: 'beginning', mid: 'mid', middle: 'mid', late: 'late', end: 'end',
  'first half': 'first-half', 'second half': 'second-half', h1: 'first-half', h2: 'second-half',
  q1: 'q1', q2: 'q2', q3: 'q3', q4: 'q4', 'first quarter': 'q1', 'second quarter': 'q2', 'third quarter': 'q3', 'fourth quarter': 'q4',
  spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter',
};

/** Japanese era names and the Gregorian year before their first year (令和元年 = 2018 + 1). */
export const ERAS: Readonly<Record<string, number>> = { 令和: 2018, 平成: 1988, 昭和: 1925, 大正: 1911, 明治: 1867 };

/** English month names and abbreviations (lower case) → month number. */
export const EN_MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

/** The part an English phrase names (`the end of`, `mid`, `Q3`), or undefined. */
export function englishPart(written: string): DatePart | undefined {
  const key = written.toLowerCase().replace(/[\s-]+/g, ' ').trim().replace(/^the /, '').replace(/ of$/, '');
  return Object.hasOwn(EN_PARTS, key) ? EN_PARTS[key] : undefined;
}

/** Days in a month (month 1–12). */
export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days in a year. */
export function daysInYear(year: number): number {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 366 : 365;
}

/** The days a part of a week covers, 1 = Monday … 7 = Sunday. */
export const WEEK_PARTS: Readonly<Partial<Record<DatePart, readonly [number, number]>>> = {
  beginning: [1, 3],
  early: [1, 3],
  'first-half': [1, 3],
  mid: [3, 4],
  late: [4, 7],
  end: [4, 7],
  'second-half': [4, 7],
  weekend: [6, 7],
};

/** The years a part of a decade covers, counted from its first year (0–9). */
export const DECADE_PARTS: Readonly<Partial<Record<DatePart, readonly [number, number]>>> = {
  beginning: [0, 3],
  early: [0, 3],
  mid: [4, 6],
  late: [7, 9],
  end: [7, 9],
  'first-half': [0, 4],
  'second-half': [5, 9],
};

/** The years a part of a century covers, counted from its year 1 (1–100). */
export const CENTURY_PARTS: Readonly<Partial<Record<DatePart, readonly [number, number]>>> = {
  beginning: [1, 33],
  early: [1, 33],
  mid: [34, 66],
  late: [67, 100],
  end: [67, 100],
  'first-half': [1, 50],
  'second-half': [51, 100],
};

/**
 * Japanese words for parts of a week, after 週 (今週の後半, 週の初め, 来週半ば). 末 after 週 is the
 * weekend (今週末, 週末), not the end of the week (今週の終わり).
 */
export const JA_WEEK_PARTS: ReadonlyArray<readonly [string, DatePart]> = (
  [
    ['初め', 'beginning'], ['はじめ', 'beginning'], ['明け', 'beginning'], ['前半', 'first-half'], ['半ば', 'mid'], ['なかば', 'mid'],
    ['後半', 'second-half'], ['終わり', 'end'], ['末', 'weekend'], ['いっぱい', 'later'], ['残り', 'later'],
  ] as const
).slice().sort((a, b) => b[0].length - a[0].length);

/** English words for parts of a week, month or year before them (the end of the week, later this week, earlier this year). */
export const EN_WEEK_PARTS: Readonly<Record<string, DatePart>> = {
  beginning: 'beginning', start: 'beginning', early: 'early', earlier: 'earlier', middle: 'mid', mid: 'mid', end: 'end', late: 'late', later: 'later', weekend: 'weekend',
  // the rest of the week, the remainder of the year, the remaining of the week: from the reference day on
  rest: 'later', remainder: 'later', remaining: 'later',
};

/** A unit counted up to the reference day (year to date, YTD, month-to-date: its start to that day, like earlier this year). */
export const EN_TO_DATE: Readonly<Record<string, CalendarUnit>> = { 'year to date': 'year', ytd: 'year', 'month to date': 'month', 'quarter to date': 'quarter' };

/** Japanese days of the week, longest first: 1 = Monday … 7 = Sunday. */
export const JA_WEEKDAYS: ReadonlyArray<readonly [string, number]> = (
  [
    ['月曜日', 1], ['火曜日', 2], ['水曜日', 3], ['木曜日', 4], ['金曜日', 5], ['土曜日', 6], ['日曜日', 7],
    ['月曜', 1], ['火曜', 2], ['水曜', 3], ['木曜', 4], ['金曜', 5], ['土曜', 6], ['日曜', 7],
  ] as const
).slice().sort((a, b) => b[0].length - a[0].length);

/** The one-character days written in brackets after a date (17日(水), 3/17（水）), and 祝, a holiday. */
export const JA_WEEKDAY_MARKS: string = `${[...new Set(JA_WEEKDAYS.map(([w]) => w.charAt(0)))].join('')}祝`;

/**
 * English days of the week (lower case): full names, and abbreviations that are words too (sat,
 * sun, wed), read as days only beside a date or a relative word (`Mon 13th`, `next Tue`).
 */
export const EN_WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, weds: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
};

/** True for a full English weekday name (monday), false for an abbreviation (mon). */
export function isFullWeekday(word: string): boolean {
  return /day$/i.test(word);
}

/** A unit of the calendar that relative words and offsets count in. */
export type CalendarUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';

/**
 * A word naming a day, week, month, quarter or year counted from the reference date (今年, 先週,
 * 明日, last week, tomorrow), or, with `story`, from the date the text named last (翌日 = 前日の
 * 翌日 of the date just told; 同年, the following week), and from the reference date when the
 * text named none.
 */
export interface RelativeWord {
  readonly unit: CalendarUnit;
  readonly by: number;
  readonly story?: true;
}

const rel = (unit: CalendarUnit, by: number, story = false): RelativeWord => (story ? { unit, by, story: true } : { unit, by });

/** Japanese relative date words, longest first. */
export const JA_RELATIVE_WORDS: ReadonlyArray<readonly [string, RelativeWord]> = (
  [
    ['一昨年', rel('year', -2)], ['おととし', rel('year', -2)], ['昨年', rel('year', -1)], ['去年', rel('year', -1)], ['今年', rel('year', 0)],
    ['ことし', rel('year', 0)], ['本年', rel('year', 0)], ['来年', rel('year', 1)], ['再来年', rel('year', 2)],
    ['前年', rel('year', -1, true)], ['翌年', rel('year', 1, true)], ['同年', rel('year', 0, true)], ['その年', rel('year', 0, true)],
    ['この年', rel('year', 0, true)], ['同じ年', rel('year', 0, true)], ['前の年', rel('year', -1, true)], ['次の年', rel('year', 1, true)],
    ['先々月', rel('month', -2)], ['先月', rel('month', -1)], ['今月', rel('month', 0)], ['来月', rel('month', 1)], ['再来月', rel('month', 2)],
    ['前月', rel('month', -1, true)], ['翌月', rel('month', 1, true)], ['同月', rel('month', 0, true)], ['その月', rel('month', 0, true)],
    ['この月', rel('month', 0, true)], ['同じ月', rel('month', 0, true)], ['前の月', rel('month', -1, true)], ['次の月', rel('month', 1, true)],
    ['先々週', rel('week', -2)], ['先週', rel('week', -1)], ['今週', rel('week', 0)], ['来週', rel('week', 1)], ['再来週', rel('week', 2)],
    ['前週', rel('week', -1, true)], ['翌週', rel('week', 1, true)], ['同週', rel('week', 0, true)], ['その週', rel('week', 0, true)],
    ['この週', rel('week', 0, true)], ['同じ週', rel('week', 0, true)], ['前の週', rel('week', -1, true)], ['次の週', rel('week', 1, true)],
    ['一昨日', rel('day', -2)], ['おととい', rel('day', -2)], ['昨日', rel('day', -1)], ['きのう', rel('day', -1)], ['今日', rel('day', 0)],
    ['きょう', rel('day', 0)], ['本日', rel('day', 0)], ['明日', rel('day', 1)], ['あす', rel('day', 1)], ['あした', rel('day', 1)],
    ['明後日', rel('day', 2)], ['あさって', rel('day', 2)],
    ['前日', rel('day', -1, true)], ['翌日', rel('day', 1, true)], ['翌々日', rel('day', 2, true)], ['同日', rel('day', 0, true)],
    ['当日', rel('day', 0, true)], ['その日', rel('day', 0, true)], ['この日', rel('day', 0, true)], ['前の日', rel('day', -1, true)],
    ['次の日', rel('day', 1, true)],
    // ひと月前, ふた月後: a month counted in words, an offset naming its month like 先月
    ['ひと月前', rel('month', -1)], ['ふた月前', rel('month', -2)], ['ひと月後', rel('month', 1)], ['ふた月後', rel('month', 2)],
  ] as const
).slice().sort((a, b) => b[0].length - a[0].length);

/**
 * Japanese words that name a part of the current year, month or week on their own (年末 = this
 * year's December, 月末 = this month's days 21 to the last, 週末 = this weekend).
 */
export const JA_CURRENT_PARTS: ReadonlyArray<readonly [string, CalendarUnit, DatePart]> = [
  ['年末', 'year', 'end'], ['年初来', 'year', 'earlier'], ['年初', 'year', 'beginning'], ['年始', 'year', 'beginning'], ['月末', 'month', 'end'],
  ['月初め', 'month', 'early'], ['月初', 'month', 'early'], ['週末', 'week', 'weekend'], ['週明け', 'week', 'beginning'],
];

/** Japanese unit words that take a part after の with no numeral before them (年の前半, 月の後半, 週の初め: the current one). */
export const JA_UNIT_WORDS: Readonly<Record<string, CalendarUnit>> = { 年: 'year', 月: 'month', 週: 'week' };

/**
 * Japanese words before a weekday that say which one: この = the one of this week; 次の and 今度の
 * = the next one after the reference day; 前の = the last one before it. (今週の, 来週の, 先週の are
 * the weeks of {@link JA_RELATIVE_WORDS}.)
 */
export const JA_WEEKDAY_LEADS: ReadonlyArray<readonly [string, WeekdayRelation]> = [
  ['この前の', 'past'], ['この', 'this'], ['次の', 'coming'], ['今度の', 'coming'], ['前の', 'past'],
];

/**
 * How a relation word places a weekday or a unit: `this` = of the current week (this Friday, この
 * 金曜日), `next` = of the next week (next Friday, as the peer suites read it too), `last` = of the
 * previous week (last Friday, previous Friday), `coming` = the nearest one after the reference day
 * (this coming Friday, 次の金曜日), `past` = the nearest one before it (this past Friday).
 */
export type WeekdayRelation = 'this' | 'next' | 'last' | 'coming' | 'past';

/** English relation words before a weekday or a unit (lower case, single spaces). */
export const EN_RELATIONS: Readonly<Record<string, WeekdayRelation>> = {
  this: 'this', current: 'this', next: 'next', following: 'next', last: 'last', previous: 'last', coming: 'coming',
  upcoming: 'coming', 'this coming': 'coming', 'this upcoming': 'coming', past: 'past', 'this past': 'past',
};

/** How far a relation word moves a week, month, quarter or year: this 0, next and coming +1, last and past −1. */
export const RELATION_STEP: Readonly<Record<WeekdayRelation, number>> = { this: 0, next: 1, coming: 1, last: -1, past: -1 };

/** English relative days (lower case), and words counted from the date the story named last. */
export const EN_RELATIVE_WORDS: Readonly<Record<string, RelativeWord>> = {
  today: rel('day', 0), tomorrow: rel('day', 1), tmrw: rel('day', 1), yesterday: rel('day', -1),
  'the day after tomorrow': rel('day', 2), 'the day after tmrw': rel('day', 2), 'the day before yesterday': rel('day', -2),
  'the next day': rel('day', 1, true), 'next day': rel('day', 1, true), 'the following day': rel('day', 1, true), 'the day after': rel('day', 1, true),
  'the day before': rel('day', -1, true), 'the previous day': rel('day', -1, true), 'the prior day': rel('day', -1, true), 'the same day': rel('day', 0, true),
  'that day': rel('day', 0, true),
  'the week after next': rel('week', 2), 'the following week': rel('week', 1, true), 'the week after': rel('week', 1, true), 'the week before': rel('week', -1, true),
  'the previous week': rel('week', -1, true), 'the same week': rel('week', 0, true), 'that week': rel('week', 0, true),
  'the following month': rel('month', 1, true), 'the month after': rel('month', 1, true), 'the month before': rel('month', -1, true),
  'the previous month': rel('month', -1, true), 'the same month': rel('month', 0, true), 'that month': rel('month', 0, true),
  'the following year': rel('year', 1, true), 'the year after': rel('year', 1, true), 'the year before': rel('year', -1, true),
  'the previous year': rel('year', -1, true), 'the same year': rel('year', 0, true), 'that year': rel('year', 0, true),
  // the day, the week, the month, the year alone (blocked for the day, partner of the year): the story's own, like that year
  'the day': rel('day', 0, true), 'the week': rel('week', 0, true), 'the month': rel('month', 0, true), 'the year': rel('year', 0, true),
};

/** `the day`, `the week` … alone are the story's unit only where no word after them names another (the week of April 10, the year 2019, the day's events). */
export const EN_BARE_UNIT_PHRASES: ReadonlySet<string> = new Set(['the day', 'the week', 'the month', 'the year']);

/** English calendar units after a relation word or a count (last week, two months ago); a fortnight is two weeks. */
export const EN_UNITS: Readonly<Record<string, readonly [CalendarUnit, number]>> = {
  day: ['day', 1], days: ['day', 1], week: ['week', 1], weeks: ['week', 1], fortnight: ['week', 2], fortnights: ['week', 2],
  month: ['month', 1], months: ['month', 1], quarter: ['quarter', 1], quarters: ['quarter', 1], year: ['year', 1], years: ['year', 1],
  decade: ['decade', 1], decades: ['decade', 1],
};

/** The calendar unit of a time counter of the unit table (`src/lang/units.ts`): 3日前, 2か月後, 5年前. */
export const UNIT_ROWS: Readonly<Record<string, CalendarUnit>> = { days: 'day', weeks: 'week', months: 'month', years: 'year' };

/**
 * Offsets after a length of time: 前 and ago count back from the reference day (3日前 = three
 * days before it; 2年前 = two years before), 後, later and from now forward; before and after
 * count from the date written after them (two weeks before May 13). Counted from the reference
 * day, an offset names its unit: 2年前 is the year two years back (like 昨年 for one), 2か月前 the
 * month, 2週間前 the week (Monday to Sunday), 3日前 the day. Counted from a written date, it
 * keeps that date's precision (2016年1月1日の3日前 = 2015-12-29).
 */
export const JA_OFFSETS: ReadonlyArray<readonly [string, number]> = [['前', -1], ['後', 1], ['先', 1]];

/** English offset words after a length of time (lower case): `ago` back, `later`/`from now` forward; `before`/`after`/`from` take a date after them. */
export const EN_OFFSETS: Readonly<Record<string, number>> = {
  ago: -1, earlier: -1, before: -1, 'prior to': -1, later: 1, hence: 1, 'from now': 1, after: 1, from: 1,
};

/** Japanese ordinal words before a week or weekday of a month (最初の週, 最後の週, 最後の月曜日): 1 the first, −1 the last. */
export const JA_ORDINAL_WORDS: ReadonlyArray<readonly [string, number]> = [['最初の', 1], ['初めの', 1], ['最後の', -1], ['最終', -1]];

/**
 * Decades and centuries: 年代 after a year (1990年代 = 1990–1999; 90年代 the nineties nearest
 * before the reference year), 世紀 after a number (21世紀 = 2001–2100); English `s` after a year
 * (the 1990s, the '90s) and `century` after an ordinal (the 21st century).
 */
export const JA_DECADE = '年代';
export const JA_CENTURY = '世紀';

/**
 * Whether a weekday written alone lies behind or ahead: news reports what happened, so a weekday
 * is the most recent such day on or before the reference day, unless the clause says it is ahead.
 * Japanese: the first predicate after the weekday decides, a past ending (た, before a clause
 * boundary) or a non-past one (る, ます, だ …), or a word of plans (予定, 方針) anywhere in the
 * clause. English: the nearest cue word before the weekday in its sentence, else after it.
 */
export const JA_PAST_ENDINGS: readonly string[] = ['た'];
export const JA_NONPAST_ENDINGS: readonly string[] = ['ます', 'る', 'う', 'す', 'だ'];
export const JA_FUTURE_WORDS: readonly string[] = ['予定', '方針', '見通し', '見込み', 'つもり'];
/** What may follow a predicate's ending: punctuation, or と, が, の, こと, ため, よう. */
export const JA_CLAUSE_BOUNDARY = /^(?:[。、，,」』）)！？!?\s]|と|が|の|こと|ため|よう|$)/;
export const EN_FUTURE_CUES: readonly string[] = ['will', "'ll", 'shall', 'would', 'is to', 'are to', 'due', 'scheduled', 'slated', 'set to', 'plans', 'plan to', 'planned', 'expected to', 'going to', 'upcoming', 'coming', 'supposed to', 'about to',
  // the progressive of leaving tells a plan: he was leaving in February
  'is leaving', 'was leaving', 'are leaving', 'were leaving', 'to leave'];
export const EN_PAST_CUES: readonly string[] = ['was', 'were', 'had', 'did', 'said', 'told', 'announced', 'reported', 'ago'];

/** Words that begin like a part of a year or month and are other words: 初めて (for the first time), 初日, 末尾. */
const NOT_PARTS: readonly string[] = ['初めて', '初日', '初来日', '末尾', '末端'];

/** Date words that may follow a part (2021年初以降, 年初から): read from the qualifier table. */
const AFTER_PART = qualifierWords((w) => w.language === 'ja' && w.position === 'after' && w.date !== undefined).map((w) => w.written);

/**
 * True when the part word `written` at `index` of `text` is that part (2021年初め, 3月末, 年初以降)
 * and not the start of another word (初めて, 初日, 末尾): 初 alone is a part only at the end of
 * the date (before a particle, a sign or a date word such as 以降).
 */
export function isPartAt(text: string, index: number, written: string): boolean {
  if (NOT_PARTS.some((word) => text.startsWith(word, index))) return false;
  if (written.length === 1 && written === '初') {
    const next = index + 1;
    if (/[\u4e00-\u9fffめて]/.test(text.charAt(next)) && !AFTER_PART.some((word) => text.startsWith(word, next))) return false;
  }
  return true;
}

/**
 * Holidays news names as dates: fixed days (Christmas = 25 December, 元日 = 1 January) and the
 * days around Western Easter (Good Friday −2, Easter Monday +1), computed for the year. A holiday
 * without a year is placed like a day of a month without one (the nearest, not more than half a
 * year ahead); last Easter and next Easter are the ones before and after the reference day.
 */
export type Holiday =
  | { readonly month: number; readonly day: number }
  | { readonly easter: number }
  /** The N-th weekday of a month (Thanksgiving: the fourth Thursday of November; −1 the last). */
  | { readonly month: number; readonly weekday: number; readonly nth: number };

/** English holiday names (lower case). */
export const EN_HOLIDAYS: Readonly<Record<string, Holiday>> = {
  christmas: { month: 12, day: 25 }, 'christmas day': { month: 12, day: 25 }, 'christmas eve': { month: 12, day: 24 },
  "new year's day": { month: 1, day: 1 }, "new year's eve": { month: 12, day: 31 }, 'new year day': { month: 1, day: 1 },
  halloween: { month: 10, day: 31 }, "valentine's day": { month: 2, day: 14 },
  easter: { easter: 0 }, 'easter sunday': { easter: 0 }, 'easter monday': { easter: 1 }, 'good friday': { easter: -2 },
  'independence day': { month: 7, day: 4 }, 'fourth of july': { month: 7, day: 4 }, 'the fourth of july': { month: 7, day: 4 },
  'juneteenth': { month: 6, day: 19 }, 'freedom day': { month: 6, day: 19 }, 'jubilee day': { month: 6, day: 19 }, 'veterans day': { month: 11, day: 11 }, "veterans' day": { month: 11, day: 11 },
  'earth day': { month: 4, day: 22 }, "st. patrick's day": { month: 3, day: 17 }, "saint patrick's day": { month: 3, day: 17 }, 'saint patrick': { month: 3, day: 17 }, 'st. patrick': { month: 3, day: 17 },
  'may day': { month: 5, day: 1 }, "international workers' day": { month: 5, day: 1 }, 'boxing day': { month: 12, day: 26 },
  'labor day': { month: 9, weekday: 1, nth: 1 }, 'labour day': { month: 9, weekday: 1, nth: 1 }, 'memorial day': { month: 5, weekday: 1, nth: -1 },
  'thanksgiving': { month: 11, weekday: 4, nth: 4 }, 'thanksgiving day': { month: 11, weekday: 4, nth: 4 },
  'martin luther king day': { month: 1, weekday: 1, nth: 3 }, 'martin luther king jr. day': { month: 1, weekday: 1, nth: 3 }, 'mlk day': { month: 1, weekday: 1, nth: 3 },
  "presidents' day": { month: 2, weekday: 1, nth: 3 }, 'presidents day': { month: 2, weekday: 1, nth: 3 }, 'columbus day': { month: 10, weekday: 1, nth: 2 },
  "mother's day": { month: 5, weekday: 7, nth: 2 }, "father's day": { month: 6, weekday: 7, nth: 3 },
};

/**
 * Days that name an event of one year: written without a year, `9/11` is always that event, and
 * a month and day in words (the Sept. 11 attacks, September 11th families) is when it stands
 * before a noun it names; with a year written, or alone (ceremonies on Sept. 11.), it is a date
 * like any other. Keyed by `month/day`.
 */
export const EN_EVENT_DAYS: Readonly<Record<string, { readonly year: number; readonly numeric: boolean }>> = {
  '9/11': { year: 2001, numeric: true },
};

/** Japanese holiday names, longest first. */
export const JA_HOLIDAYS: ReadonlyArray<readonly [string, Holiday]> = (
  [
    ['元日', { month: 1, day: 1 }], ['元旦', { month: 1, day: 1 }], ['大晦日', { month: 12, day: 31 }], ['大みそか', { month: 12, day: 31 }],
    ['クリスマスイブ', { month: 12, day: 24 }], ['クリスマス・イブ', { month: 12, day: 24 }], ['クリスマス', { month: 12, day: 25 }],
  ] as const
).slice().sort((a, b) => b[0].length - a[0].length);

/** Western Easter Sunday of a year (the anonymous Gregorian computus): month and day. */
export function easterSunday(year: number): { readonly month: number; readonly day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

// Times of day ---------------------------------------------------------------------------------

/**
 * Times of day as news writes them, in one table: the words before or after the hour that move
 * it (午前 a.m., 午後 p.m.), the words that are a time themselves (正午, noon, midnight), how a half
 * hour is written (半), and the zones a byline or an as-of phrase may name with their offsets from
 * UTC. `readTimeOfDay` is the one reader: `午後10時` = 22:00, `22時15分`, `午前0時半` = 00:30,
 * `10 p.m.` = 22:00, `10:30 a.m.`, `22:15`, `noon` = 12:00, `midnight` = 00:00.
 */
export const TIME_OF_DAY = {
  /** Words before an hour: 午後 adds twelve hours to 1–11, 午前 makes 12 into 0. */
  jaLeads: { 午前: 'am', 午後: 'pm' } as Readonly<Record<string, 'am' | 'pm'>>,
  /** Words after an hour (lower case, dots kept): p.m. adds twelve hours to 1–11, a.m. makes 12 into 0. */
  enMarks: { 'a.m.': 'am', 'a.m': 'am', am: 'am', 'p.m.': 'pm', 'p.m': 'pm', pm: 'pm' } as Readonly<Record<string, 'am' | 'pm'>>,
  /** Words that are a time of day themselves. */
  words: { 正午: [12, 0], noon: [12, 0], midnight: [0, 0] } as Readonly<Record<string, readonly [number, number]>>,
  /** Zones written after a time, as offsets from UTC in minutes. */
  zones: {
    jst: 540, kst: 540, utc: 0, gmt: 0, z: 0, bst: 60, cet: 60, cest: 120,
    est: -300, edt: -240, et: -300, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, pt: -480,
  } as Readonly<Record<string, number>>,
  /** The zone of clock times written in Japanese without a zone (Japan Standard Time, +09:00). */
  japaneseOffset: 540,
} as const;

/** A time of day read from text: hours 0–23, minutes 0–59, the zone's offset when one was written. */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
  /** Minutes east of UTC, when the text names a zone. */
  readonly offset?: number;
  /** Offset of the end of the time in the text read. */
  readonly end: number;
}

/** A number of a clock in Japanese: digits, or kanji numerals (十時, 二十三時四十分). */
export const JA_CLOCK_NUMBER = `(?:\\d{1,2}|[${KANJI_DIGIT_CHARS}${SMALL_UNIT_CHARS}]{1,4})`;
const JA_TIME_RE = new RegExp(`^(${Object.keys(TIME_OF_DAY.jaLeads).join('|')})?\\s*(${JA_CLOCK_NUMBER})\\s*時(?:\\s*(${JA_CLOCK_NUMBER})\\s*分|(半))?`);
const CLOCK_RE = /^(\d{1,2}):(\d{2})(?::\d{2})?/;
const EN_TIME_RE = /^(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.?|p\.m\.?|am|pm)(?![a-z])/i;
const ZONE_RE = new RegExp(`^\\s*\\(?(${Object.keys(TIME_OF_DAY.zones).join('|')})\\)?(?![a-z])`, 'i');

/**
 * Read a time of day at the start of `text` (digits already half-width): `午後10時`, `22時15分`,
 * `0時半`, `10 p.m.`, `10:30 a.m.`, `22:15`, `正午`, `noon`, `midnight`, each optionally followed
 * by a zone (`JST`, `(GMT)`, `ET`). Undefined when no time starts there or it is not a time (25時).
 */
export function readTimeOfDay(text: string): TimeOfDay | undefined {
  let hour: number;
  let minute: number;
  let end: number;
  const word = Object.entries(TIME_OF_DAY.words).find(([w]) => text.toLowerCase().startsWith(w));
  const ja = JA_TIME_RE.exec(text);
  const en = EN_TIME_RE.exec(text);
  const clock = CLOCK_RE.exec(text);
  if (word) {
    [hour, minute] = word[1];
    end = word[0].length;
  } else if (ja) {
    hour = moved(clockNumber(ja[2]!), ja[1] ? TIME_OF_DAY.jaLeads[ja[1]] : undefined);
    minute = ja[4] ? 30 : ja[3] ? clockNumber(ja[3]) : 0;
    end = ja[0].length;
  } else if (en) {
    hour = moved(Number(en[1]), TIME_OF_DAY.enMarks[en[3]!.toLowerCase()]);
    minute = Number(en[2] ?? 0);
    end = en[0].length;
  } else if (clock) {
    hour = Number(clock[1]);
    minute = Number(clock[2]);
    end = clock[0].length;
  } else {
    return undefined;
  }
  if (!(hour >= 0 && hour <= 24 && minute >= 0 && minute < 60) || (hour === 24 && minute > 0)) return undefined;
  const zone = ZONE_RE.exec(text.slice(end));
  const offset = zone ? TIME_OF_DAY.zones[zone[1]!.toLowerCase()] : undefined;
  return { hour: hour % 24, minute, end: end + (zone ? zone[0].length : 0), ...(offset !== undefined ? { offset } : {}) };
}

/** A clock's number in digits or kanji numerals (NaN when it is none). */
function clockNumber(written: string): number {
  return /^\d+$/.test(written) ? Number(written) : (parseJapaneseNumber(written) ?? Number.NaN);
}

/** An hour moved by a.m. or p.m.: 10 p.m. = 22, 12 a.m. = 0, 12 p.m. = 12; hours above 12 stay. */
function moved(hour: number, mark: 'am' | 'pm' | undefined): number {
  if (mark === undefined || hour > 12) return mark === undefined ? hour : -1;
  if (mark === 'pm') return hour === 12 ? 12 : hour + 12;
  return hour === 12 ? 0 : hour;
}

/** An offset from UTC in minutes written as ISO 8601: `+09:00`, `-05:00`, `Z`. */
export function isoOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
