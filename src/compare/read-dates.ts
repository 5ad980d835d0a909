import type { Value } from '../claims/schema.js';
import type { YamlPath } from '../yaml/positions.js';
import { parseDate, type DaySpan } from './dates.js';
import { formatDayInterval } from './display.js';
import { interval } from './interval.js';
import { ValueError, type Shown } from './read-context.js';
import { foldQualifier, qualifierReader, RANGE_JOINERS, type QualifierWord } from '../lang/qualifiers.js';

/**
 * Values of date and period subjects: a date is the closed interval of days it covers;
 * `{from, to}` spans, open ends, strict `before` and `after`; written spans and bounds
 * (`2018-08〜2021-02`, `since 2018-08`, `2021年6月まで`). A period is read like a date.
 */

/** Keys of a date value. */
export const DATE_KEYS = new Set(['from', 'to', 'before', 'after']);


type DateMode = 'from' | 'to' | 'before' | 'after' | 'at';

/**
 * The date words of the one qualifier table (`src/lang/qualifiers.ts`) before and after a value: a
 * lone から or since names the date something began, read as the date itself (`at`).
 */
const dateMode = (w: QualifierWord): DateMode | undefined => (w.date === undefined ? undefined : w.date === 'since' ? 'at' : w.date);
const DATE_PREFIX = qualifierReader('before', dateMode, '\\s+');
const DATE_SUFFIX = qualifierReader('after', dateMode);

/**
 * Separators of a written span of dates (not the hyphen, which ISO dates use, except between two
 * years: 2014-2018), and what may open or close one: from … to, between … and, から … まで,
 * through, にかけて.
 */
const DATE_RANGE = new RegExp(
  `^(?:from\\s+|between\\s+)?(.+?)\\s*(?:${[...RANGE_JOINERS.signs, ...RANGE_JOINERS.ja].join('|')}|${[...RANGE_JOINERS.en, 'until', 'and'].map((w) => ` ${w} `).join('|')})\\s*(.+?)(?:\\s*(?:まで|にかけて|の間))?$`,
  'i',
);
const YEAR_RANGE = /^(?:from\s+|between\s+)?(\d{4})\s*[-–—]\s*(\d{4})$/i;
const SHORT_YEAR_RANGE = /^(\d{4})[-–/](\d{2})$/;

function dateOf(written: unknown, path: YamlPath): DaySpan {
  if (typeof written !== 'number' && typeof written !== 'string') {
    throw new ValueError('invalid-value', 'Unexpected value, expected a date such as 2018, "2018-08" or "2018-08-01"', path);
  }
  const parsed = parseDate(written);
  if ('error' in parsed) throw new ValueError('invalid-value', parsed.error, path);
  return parsed;
}

/**
 * A written span (2014年から2018年まで, 2014-2018, between 2015 and 2018, from May to October
 * 2020, 2020年5月から10月まで): undefined when the text is no span of two dates. An end without a
 * year takes the other end's (the end's year, or the one before, for a start; the start's year,
 * or the one after, for an end), as the extractor places spans.
 */
function readSpan(text: string, written: string): [number, number] | undefined {
  // 2020-21, 2019/20: two years, the second written with its last two digits
  const short = SHORT_YEAR_RANGE.exec(text);
  if (short && Number(short[2]) === (Number(short[1]) + 1) % 100) {
    const a = parseDate(Number(short[1]));
    const b = parseDate(Number(short[1]) + 1);
    if (!('error' in a) && !('error' in b)) return [a.first, b.last];
  }
  const years = YEAR_RANGE.exec(text);
  const range = years ?? DATE_RANGE.exec(text);
  if (!range) return undefined;
  const a = range[1]!.trim();
  const b = range[2]!.trim();
  let first = parseDate(a);
  let last = parseDate(b);
  if ('error' in first && !('error' in last)) {
    const year = new Date(last.last * 86_400_000).getUTCFullYear();
    first = withYear(a, year);
    if (!('error' in first) && first.first > last.last) first = withYear(a, year - 1);
  } else if ('error' in last && !('error' in first)) {
    const year = new Date(first.first * 86_400_000).getUTCFullYear();
    last = withYear(b, year);
    if (!('error' in last) && last.last < first.first) last = withYear(b, year + 1);
  }
  if ('error' in first || 'error' in last) return undefined;
  if (years && Number(range[2]) <= Number(range[1])) return undefined;
  if (first.first > last.last) throw new ValueError('invalid-value', `Unexpected span "${written}" that ends before it starts`, []);
  return [first.first, last.last];
}

/** A month or day written without its year, read in a given year: May → May 2020, 10月 → 2020年10月. */
function withYear(text: string, year: number): ReturnType<typeof parseDate> {
  return /^[a-z\d]/i.test(text) && !/[年月日]/.test(text) ? parseDate(`${text} ${year}`) : parseDate(`${year}年${text}`);
}

/** Read a date or period value. */
export function readDates(value: Value): Shown {
  let lo: number;
  let hi: number;
  if (typeof value === 'boolean') {
    throw new ValueError('invalid-value', `Unexpected ${value} for a date, expected a date such as 2018, "2018-08" or {from: 2018-06, to: 2018-08}`, []);
  }
  if (typeof value === 'number' || typeof value === 'string') {
    [lo, hi] = readWrittenDate(value);
  } else {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((k) => record[k] !== undefined);
    const wrong = keys.find((k) => !DATE_KEYS.has(k));
    if (wrong !== undefined) {
      throw new ValueError('invalid-value', `Unexpected \`${wrong}\` for a date, expected from, to, before or after`, [wrong]);
    }
    if (keys.length === 0) throw new ValueError('invalid-value', 'Unexpected empty value, expected a date or at least one of from, to, before, after', []);
    if (record['from'] !== undefined && record['after'] !== undefined) throw new ValueError('invalid-value', 'Unexpected `from` and `after` together, expected one start', ['after']);
    if (record['to'] !== undefined && record['before'] !== undefined) throw new ValueError('invalid-value', 'Unexpected `to` and `before` together, expected one end', ['before']);
    lo = -Infinity;
    hi = Infinity;
    if (record['from'] !== undefined) lo = dateOf(record['from'], ['from']).first;
    if (record['after'] !== undefined) lo = dateOf(record['after'], ['after']).last + 1;
    if (record['to'] !== undefined) hi = dateOf(record['to'], ['to']).last;
    if (record['before'] !== undefined) hi = dateOf(record['before'], ['before']).first - 1;
    if (lo > hi) throw new ValueError('invalid-value', 'Unexpected span that ends before it starts', [record['to'] !== undefined ? 'to' : 'before']);
  }
  const result = interval(lo, hi)!;
  const display = formatDayInterval(result);
  return { reading: { type: 'interval', interval: result }, display, words: display };
}

/** A date written as a number or a string, possibly with "since", "まで", "〜". */
function readWrittenDate(written: string | number): [number, number] {
  if (typeof written === 'number') {
    const d = dateOf(written, []);
    return [d.first, d.last];
  }
  let text = written.normalize('NFKC').trim();
  let mode: DateMode = 'at';
  const direct = parseDate(text);
  if (!('error' in direct)) return [direct.first, direct.last];
  const span = readSpan(text, written);
  if (span) return span;
  const before = DATE_PREFIX.pattern.exec(text);
  if (before) {
    mode = DATE_PREFIX.meanings.get(foldQualifier(before[1]!)) ?? 'at';
    text = text.slice(before[0].length);
  }
  // before the end of 2016 is by its last day; after the beginning of March from its first
  const edge = /^(?:the\s+)?(end|beginning|start)\s+of\s+/i.exec(text);
  if (edge && (mode === 'before' || mode === 'after') && (mode === 'before') === (edge[1]!.toLowerCase() === 'end')) {
    mode = mode === 'before' ? 'to' : 'from';
    text = text.slice(edge[0].length);
  }
  const after = DATE_SUFFIX.pattern.exec(text);
  if (after && after.index > 0) {
    if (mode === 'at') mode = DATE_SUFFIX.meanings.get(foldQualifier(after[1]!)) ?? 'at';
    text = text.slice(0, after.index);
  }
  const d = dateOf(text, []);
  switch (mode) {
    case 'at':
      return [d.first, d.last];
    case 'from':
      return [d.first, Infinity];
    case 'to':
      return [-Infinity, d.last];
    case 'before':
      return [-Infinity, d.first - 1];
    case 'after':
      return [d.last + 1, Infinity];
  }
}

