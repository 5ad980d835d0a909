import type { Value } from '../claims/schema.js';
import { isAmountError, parseAmount } from '../compare/numbers.js';
import { KANJI_NUMERAL_CLASS, LARGE_UNIT_CHARS, NUMERAL_CLASS } from '../lang/numerals.js';
import { JAPANESE_UNIT_SPELLINGS } from '../lang/units.js';
import type { Span, SpanStyle } from './spans.js';

/**
 * Where the figure stands in a quote, to highlight it: the value itself when it is text that the
 * quote contains (`大連`), otherwise every run that reads as a figure: Arabic or full-width
 * digits, or kanji numerals (`三十二回`, `二〇一八年`, `8600万人`, `7割`), with the counter or
 * unit that follows. A single kanji numeral counts only before a counter, so `一部` is not a figure.
 * When some of those runs read as a number of the claim's value (`三十二回` for `{min: 32}`),
 * only they are highlighted, so `四人は…三十二回` marks the figure the claim is about.
 */

/** After a figure: a unit of the one unit table, a scale, or a date's 年 月 日 時. */
const UNIT = `(?:${[...JAPANESE_UNIT_SPELLINGS, ...LARGE_UNIT_CHARS, '月', '時'].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
const FIGURE = new RegExp(
  `(?:[0-9０-９][0-9０-９,，.．]*${KANJI_NUMERAL_CLASS}*|${KANJI_NUMERAL_CLASS}{2,}|${KANJI_NUMERAL_CLASS}(?=${UNIT}))(?:${UNIT})*`,
  'gu',
);
const LEADING_NUMERAL = new RegExp(`^(?:${NUMERAL_CLASS}|[,，.．])+`, 'u');

/** Ranges `[start, end)` of figures in `quote`. */
export function figureRanges(quote: string, value?: Value): Array<readonly [number, number]> {
  if (typeof value === 'string' && value.length > 0) {
    const at = quote.indexOf(value);
    if (at >= 0) return [[at, at + value.length]];
  }
  const ranges: Array<readonly [number, number]> = [];
  for (const match of quote.matchAll(FIGURE)) {
    const start = match.index;
    ranges.push([start, start + match[0].length]);
  }
  const wanted = value === undefined ? [] : numbersOf(value);
  if (wanted.length === 0) return ranges;
  const matching = ranges.filter(([a, b]) => {
    const read = readNumber(quote.slice(a, b));
    return read !== undefined && wanted.some((n) => Math.abs(n - read) < 1e-9 || Math.abs(n - read / 100) < 1e-9);
  });
  return matching.length > 0 ? matching : ranges;
}

/** The numbers a value states (`{min: 30, max: 40}` → 30, 40; `2018-08` → 2018, 8). */
function numbersOf(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (typeof value === 'string') {
    if (/^\d{4}(-\d{1,2}){0,2}$/.test(value)) return value.split('-').map(Number);
    const read = readNumber(value);
    return read === undefined ? [] : [read];
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersOf);
  return [];
}

function readNumber(text: string): number | undefined {
  const amount = parseAmount(text);
  if (!isAmountError(amount)) return amount.value;
  const digits = LEADING_NUMERAL.exec(text.normalize('NFKC'));
  if (!digits) return undefined;
  const again = parseAmount(digits[0]);
  return isAmountError(again) ? undefined : again.value;
}

/** `text` split into spans with the given ranges in `style` (the rest in `base`). */
export function highlightRanges(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
  style: SpanStyle = 'figure',
  base?: SpanStyle,
): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) out.push(base === undefined ? { text: text.slice(at, start) } : { text: text.slice(at, start), style: base });
    out.push({ text: text.slice(start, end), style });
    at = end;
  }
  if (at < text.length) out.push(base === undefined ? { text: text.slice(at) } : { text: text.slice(at), style: base });
  return out;
}

/** A quote as spans with its figures highlighted. */
export function quoteSpans(quote: string, value?: Value): Span[] {
  return highlightRanges(quote, figureRanges(quote, value));
}
