import { groupDigits } from '../lang/numerals.js';
import type { Interval } from './types.js';
import { formatDays } from './dates.js';

/**
 * How readings are written for people: numbers with grouping (`87,990,000`), shares as percents
 * (`70%`), intervals with signs (`≥ 32 times`, `30–40`, `< 10`), dates at their precision.
 */

/** Made on first use: creating an Intl.NumberFormat costs tens of milliseconds at start-up. */
let numberFormat: Intl.NumberFormat | undefined;

/** A number with thousands separators, at most six decimals. */
export function formatNumber(n: number): string {
  if (n === Infinity) return '∞';
  if (n === -Infinity) return '−∞';
  // Whole numbers are the common case: group them without the cost of Intl.
  if (Number.isSafeInteger(n)) return groupDigits(n);
  numberFormat ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
  return numberFormat.format(n);
}

/** A fraction as a percent (`0.7` → `70%`). */
export function formatPercent(n: number): string {
  return `${formatNumber(Math.round(n * 100 * 1e6) / 1e6)}%`;
}

/** How numbers of one subject are written: as percents, or as plain numbers with a unit. */
export interface NumberStyle {
  readonly percent: boolean;
  readonly unit: string | undefined;
}

function amount(n: number, style: NumberStyle): string {
  return style.percent ? formatPercent(n) : formatNumber(n);
}

function withUnit(text: string, style: NumberStyle): string {
  return style.percent || style.unit === undefined ? text : `${text} ${style.unit}`;
}

/** A numeric interval for people: `32 times`, `≥ 32 times`, `> 10`, `≤ 5`, `30–40`, `any`. */
export function formatNumberInterval(i: Interval, style: NumberStyle): string {
  const finiteLo = Number.isFinite(i.lo);
  const finiteHi = Number.isFinite(i.hi);
  if (!finiteLo && !finiteHi) return 'any';
  if (finiteLo && finiteHi && i.lo === i.hi) return withUnit(amount(i.lo, style), style);
  if (!finiteHi) return withUnit(`${i.loOpen ? '>' : '≥'} ${amount(i.lo, style)}`, style);
  if (!finiteLo) return withUnit(`${i.hiOpen ? '<' : '≤'} ${amount(i.hi, style)}`, style);
  const lo = `${i.loOpen ? '(' : ''}${amount(i.lo, style)}`;
  const hi = `${amount(i.hi, style)}${i.hiOpen ? ')' : ''}`;
  return withUnit(`${lo}–${hi}`, style);
}

/** A day interval for people (see {@link formatDays}). */
export function formatDayInterval(i: Interval): string {
  return formatDays(i.lo, i.hi);
}

/**
 * A numeric interval in words, for sentences such as "JNN's 32 in total contradicts 朝日新聞's
 * at least 38": `32 times in total`, `at least 38 times`, `more than 10`, `between 30 and 40`.
 */
export function describeNumberInterval(i: Interval, style: NumberStyle, options: { readonly total?: boolean } = {}): string {
  const finiteLo = Number.isFinite(i.lo);
  const finiteHi = Number.isFinite(i.hi);
  if (!finiteLo && !finiteHi) return 'any amount';
  if (finiteLo && finiteHi && i.lo === i.hi) {
    const text = withUnit(amount(i.lo, style), style);
    return options.total ? `${text} in total` : `exactly ${text}`;
  }
  if (!finiteHi) return withUnit(`${i.loOpen ? 'more than' : 'at least'} ${amount(i.lo, style)}`, style);
  if (!finiteLo) return withUnit(`${i.hiOpen ? 'less than' : 'at most'} ${amount(i.hi, style)}`, style);
  return withUnit(`between ${amount(i.lo, style)} and ${amount(i.hi, style)}`, style);
}

/** A day interval in words: `in 2018`, `in 2018-08`, `on 2018-08-01`, `2018-08 or later`. */
export function describeDayInterval(i: Interval): string {
  const text = formatDays(i.lo, i.hi);
  if (!Number.isFinite(i.lo) || !Number.isFinite(i.hi)) return text;
  if (text.includes('–')) return `between ${text.replace(' – ', ' and ')}`;
  return i.lo === i.hi ? `on ${text}` : `in ${text}`;
}
