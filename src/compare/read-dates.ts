import type { Value } from '../claims/schema.js';
import type { YamlPath } from '../claims/positions.js';
import { parseDate, type DaySpan } from './dates.js';
import { formatDayInterval } from './display.js';
import { interval } from './interval.js';
import { ValueError, type Shown } from './read-context.js';

/**
 * Values of date and period subjects: a date is the closed interval of days it covers;
 * `{from, to}` spans, open ends, strict `before` and `after`; written spans and bounds
 * (`2018-08〜2021-02`, `since 2018-08`, `2021年6月まで`). A period is read like a date.
 */

/** Keys of a date value. */
export const DATE_KEYS = new Set(['from', 'to', 'before', 'after']);


const DATE_PREFIXES: readonly (readonly [RegExp, 'from' | 'to' | 'before' | 'after' | 'at'])[] = [
  [/^(?:since|from|starting|beginning|as of)\s+/i, 'from'],
  [/^(?:until|till|by|through|up to)\s+/i, 'to'],
  [/^(?:before|prior to)\s+/i, 'before'],
  [/^(?:after)\s+/i, 'after'],
  [/^(?:around|about|circa|ca\.|c\.|approximately|in|on|during)\s+/i, 'at'],
];

const DATE_SUFFIXES: readonly (readonly [RegExp, 'from' | 'to' | 'before' | 'after' | 'at'])[] = [
  [/\s*(?:以降|から|より|以来)$/, 'from'],
  [/\s*(?:以前|まで|までに)$/, 'to'],
  [/\s*(?:より前|前)$/, 'before'],
  [/\s*(?:より後|以後|後)$/, 'after'],
  [/\s*(?:ごろ|頃|ころ|前後|ぐらい|くらい)$/, 'at'],
];

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
  let mode: 'from' | 'to' | 'before' | 'after' | 'at' = 'at';
  const direct = parseDate(text);
  if (!('error' in direct)) return [direct.first, direct.last];
  for (const [pattern, m] of DATE_PREFIXES) {
    const match = pattern.exec(text);
    if (match) {
      mode = m;
      text = text.slice(match[0].length);
      break;
    }
  }
  for (const [pattern, m] of DATE_SUFFIXES) {
    const match = pattern.exec(text);
    if (match && match.index > 0) {
      if (mode === 'at') mode = m;
      text = text.slice(0, match.index);
      break;
    }
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

