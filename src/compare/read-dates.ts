import type { Value } from '../claims/schema.js';
import type { YamlPath } from '../yaml/positions.js';
import { parseDate, type DaySpan } from './dates.js';
import { formatDayInterval } from './display.js';
import { interval } from './interval.js';
import { ValueError, type Shown } from './read-context.js';
import { qualifierWords, wordPattern } from '../lang/qualifiers.js';

/**
 * Values of date and period subjects: a date is the closed interval of days it covers;
 * `{from, to}` spans, open ends, strict `before` and `after`; written spans and bounds
 * (`2018-08〜2021-02`, `since 2018-08`, `2021年6月まで`). A period is read like a date.
 */

/** Keys of a date value. */
export const DATE_KEYS = new Set(['from', 'to', 'before', 'after']);


type DateMode = 'from' | 'to' | 'before' | 'after' | 'at';

/**
 * The date words of the one qualifier table (`src/lang/qualifiers.ts`) for one position: a lone
 * から or since names the date something began, read as the date itself (`at`).
 */
function dateReader(position: 'before' | 'after'): { readonly pattern: RegExp; readonly modes: ReadonlyMap<string, DateMode> } {
  const words = qualifierWords((w) => w.position === position && w.date !== undefined);
  const alternation = words.map((w) => wordPattern(w) + (w.language === 'en' && /[a-z]$/i.test(w.written) ? '(?![a-z])' : '')).join('|');
  const pattern = position === 'before' ? new RegExp(`^(${alternation})\\s+`, 'i') : new RegExp(`\\s*(${alternation})$`, 'i');
  const fold = (w: string): string => w.toLowerCase().replace(/\s+/g, ' ');
  return { pattern, modes: new Map(words.map((w) => [fold(w.written), w.date === 'since' ? 'at' : w.date!])) };
}

const DATE_PREFIX = dateReader('before');
const DATE_SUFFIX = dateReader('after');
const foldWord = (w: string): string => w.toLowerCase().replace(/\s+/g, ' ');

/** Separators of a written span of dates (not the hyphen, which ISO dates use). */
const DATE_RANGE = /^(.+?)\s*(?:〜|~|～|–|—|から| to | until )\s*(.+?)(?:\s*まで)?$/i;

function dateOf(written: unknown, path: YamlPath): DaySpan {
  if (typeof written !== 'number' && typeof written !== 'string') {
    throw new ValueError('invalid-value', 'Unexpected value, expected a date such as 2018, "2018-08" or "2018-08-01"', path);
  }
  const parsed = parseDate(written);
  if ('error' in parsed) throw new ValueError('invalid-value', parsed.error, path);
  return parsed;
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
  const before = DATE_PREFIX.pattern.exec(text);
  if (before) {
    mode = DATE_PREFIX.modes.get(foldWord(before[1]!)) ?? 'at';
    text = text.slice(before[0].length);
  }
  const after = DATE_SUFFIX.pattern.exec(text);
  if (after && after.index > 0) {
    if (mode === 'at') mode = DATE_SUFFIX.modes.get(foldWord(after[1]!)) ?? 'at';
    text = text.slice(0, after.index);
  }
  const range = mode === 'at' ? DATE_RANGE.exec(text) : null;
  if (range) {
    const first = dateOf(range[1], []);
    const last = dateOf(range[2], []);
    if (first.first > last.last) throw new ValueError('invalid-value', `Unexpected span "${written}" that ends before it starts`, []);
    return [first.first, last.last];
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

