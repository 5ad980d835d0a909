/**
 * The calendar: month names, era names, and the parts of a year or a month that news writes
 * (上旬, 半ば, 年末, early 2021, the end of March, Q3, 2018年夏, 年度), each with one meaning as
 * the months or days it covers. The extractor places dates with it and compare reads claim values
 * with it, so `2021年初め` extracted and written by hand are one interval.
 *
 * Parts of a year: early = 初め = 初頭 = January–April; mid = the middle of = 半ば = 中頃 =
 * May–August; late = September–December (the thirds); the beginning of = 年初 = 年明け is January;
 * the end of = 年末 = 末 = 暮れ = the year's 終わり is December; halves (前半, 上半期, first half, H1)
 * and quarters (Q1, 第1四半期); seasons of the northern hemisphere (春 March–May, 夏 June–August,
 * 秋 September–November, 冬 December–February of the next year); 年度 N is April N – March N+1.
 * Parts of a month: 上旬 = 初旬 = 初め = early = the beginning of = days 1–10; 中旬 = 半ば = mid =
 * 11–20; 下旬 = 末 = 終わり = late = the end of = 21 to the last day; 前半 1–15, 後半 16 to the last.
 */

/** A part of a year or a month. */
export type DatePart =
  | 'beginning' | 'early' | 'mid' | 'late' | 'end' | 'first-half' | 'second-half'
  | 'q1' | 'q2' | 'q3' | 'q4'
  | 'spring' | 'summer' | 'autumn' | 'winter' | 'fiscal';

/**
 * The months a part of a year covers: first and last month (a last month past 12 is in the next
 * year: winter runs December to February, 年度 April to March).
 */
export const YEAR_PARTS: Readonly<Record<DatePart, readonly [number, number]>> = {
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
