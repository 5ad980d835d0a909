import type { Value } from '../claims/schema.js';
import type { YamlPath } from '../yaml/positions.js';
import type { Interval } from './types.js';
import { describeNumberInterval, formatNumber, formatNumberInterval, formatPercent, type NumberStyle } from './display.js';
import { interval, point, scale, wholeNumbers } from './interval.js';
import { clean, isAmountError, parseAmount } from './numbers.js';
import { splitQualifier, type Bound } from './qualifiers.js';
import { ValueError, writtenForm, type Shown, type SubjectContext } from './read-context.js';
import { DATE_KEYS } from './read-dates.js';
import { conversionFactor, isPercentUnit, unitInfo } from './units.js';

/**
 * Values of count, quantity and share subjects: exact, min, max, gt, lt, ranges, approx with
 * its tolerance, written amounts with units and qualifiers, shares of the subject's base.
 * Counts are whole numbers.
 */

/** Keys of a numeric bound object. */
const RANGE_KEYS = new Set(['min', 'max', 'gt', 'lt', 'approx', 'tolerance', 'unit']);

/** The numbers of a subject are shown as percents when it is a share or its unit is %. */
function styleOf(context: SubjectContext): NumberStyle {
  const percent = context.kind === 'share' || isPercentUnit(context.unit);
  return { percent, unit: percent ? undefined : context.unit === undefined ? undefined : unitInfo(context.unit).label };
}

/** Read a count, quantity or share value. */
export function readNumeric(value: Value, context: SubjectContext, seen: { unit: string | undefined }): Shown {
  const style = styleOf(context);
  let raw: Interval;
  let approxNote: string | undefined;
  let about: number | undefined;
  let shareNote: string | undefined;
  if (typeof value === 'boolean') {
    throw new ValueError('invalid-value', `Unexpected ${value} for a ${context.kind} subject, expected a number such as 32 or {min: 32}`, []);
  }
  if (typeof value === 'number' || typeof value === 'string') {
    const read = readWrittenNumber(value, context, seen, [], false);
    raw = read.interval;
    approxNote = read.approx;
    about = read.about;
    shareNote = read.share;
  } else if ('share' in value && value.share !== undefined) {
    const extra = Object.keys(value).filter((k) => k !== 'share');
    if (extra.length > 0) throw new ValueError('invalid-value', `Unexpected \`${extra[0]}\` beside \`share\`, expected {share: …} alone`, [extra[0]!]);
    const read = readShare(value.share, context, seen);
    raw = read.interval;
    approxNote = read.approx;
    about = read.about;
    shareNote = read.share;
  } else {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
    const dateKey = keys.find((k) => DATE_KEYS.has(k));
    if (dateKey !== undefined) {
      throw new ValueError('invalid-value', `Unexpected \`${dateKey}\` for a ${context.kind} subject, expected min, max, gt, lt or approx`, [dateKey]);
    }
    const read = readRange(value as Record<string, unknown>, context, seen, [], false);
    raw = read.interval;
    approxNote = read.approx;
    about = read.about;
    shareNote = read.share;
  }
  // more than 800,000: compared as at least 800,000 (see isRound); said as written
  const compared = closeRoundEnds(raw);
  const counted = context.kind === 'count' ? wholeNumbers(compared) : compared;
  if (!counted) {
    throw new ValueError('invalid-value', `Unexpected ${writtenForm(value)}: no whole number fits it, expected a range that holds a count`, []);
  }
  if (context.kind === 'share' && (counted.lo < 0 || (Number.isFinite(counted.hi) && counted.hi > 1) || (counted.lo > 1))) {
    throw new ValueError(
      'invalid-value',
      `Unexpected share ${writtenForm(value)}, expected a fraction from 0 to 1 such as 0.7, "70%" or "7割" (or give the subject \`unit: "%"\`)`,
      [],
    );
  }
  let display = formatNumberInterval(counted, style);
  // Words follow the value as written ("more than 4,000"), the display what it was read as (≥ 4,001).
  let words = describeNumberInterval(raw, style, { total: context.kind === 'count' });
  if (approxNote !== undefined) {
    display = `≈ ${approxNote} (${display})`;
    words = `about ${approxNote}`;
  }
  if (shareNote !== undefined && context.base !== undefined && context.base !== 0) {
    // The share as stated, with its bounds: `≥ 70% of 125,700,000`.
    const share = scale(raw, 1 / context.base);
    if (share) {
      const percent: NumberStyle = { percent: true, unit: undefined };
      const of = ` of ${formatNumber(context.base)}`;
      display = `${display} (${formatNumberInterval(share, percent)}${of})`;
      words = `${describeNumberInterval(share, percent).replace(/^exactly /, '')}${of} (${formatNumberInterval(counted, style)})`;
      shareNote = undefined;
    }
  }
  if (shareNote !== undefined) {
    display = `${display} (${shareNote})`;
    words = `${words} (${shareNote})`;
  }
  // a count is about a whole number: about 2.5 people is about nothing a count can state exactly
  const aboutFigure = about !== undefined && (context.kind !== 'count' || Number.isInteger(about)) ? about : undefined;
  return { reading: { type: 'interval', interval: counted, ...(aboutFigure !== undefined ? { about: aboutFigure } : {}) }, display, words };
}

interface NumericRead {
  readonly interval: Interval;
  /** The approx figure with its unit, when the value was "about" one. */
  readonly approx: string | undefined;
  /** The figure an approx value is about, in the subject's units. */
  readonly about?: number;
  /** `≥ 70% of 125,700,000` when the value is a share of the base. */
  readonly share: string | undefined;
}

/** One written amount (number or string, with qualifiers) read as an interval. */
function readWrittenNumber(
  written: string | number,
  context: SubjectContext,
  seen: { unit: string | undefined },
  path: YamlPath,
  asShare: boolean,
  unitKey?: string,
): NumericRead {
  if (typeof written === 'number') {
    const v = toSubjectUnits(written, context, seen, path, asShare, unitKey);
    return { interval: point(v.value), approx: undefined, share: v.share };
  }
  const split = splitQualifier(written);
  if ('error' in split) throw new ValueError('invalid-value', split.error, path);
  if (split.bound === 'range') {
    // The first number may leave out the unit (30〜40人): it is read in the second's unit.
    const high = toSubjectUnits(split.high, context, seen, path, asShare, unitKey);
    const low = toSubjectUnits(split.low, context, seen, path, asShare, unitKey, high.unit);
    const result = interval(low.value, high.value);
    if (!result) throw new ValueError('invalid-value', `Unexpected range "${written}": its low end is above its high end`, path);
    return { interval: result, approx: undefined, share: joinShare(low.share, high.share) };
  }
  if (split.bound === 'bounds') {
    // 20歳以上65歳未満: the first bound may leave out the unit, read in the second's.
    const high = toSubjectUnits(split.upper.amount, context, seen, path, asShare, unitKey);
    const low = toSubjectUnits(split.lower.amount, context, seen, path, asShare, unitKey, high.unit);
    const result = interval(low.value, high.value, split.lower.bound === 'gt', split.upper.bound === 'lt');
    if (!result) throw new ValueError('invalid-value', `Unexpected "${written}": its lower bound is above its upper bound`, path);
    return { interval: result, approx: undefined, share: joinShare(low.share, high.share) };
  }
  const v = toSubjectUnits(split.amount, context, seen, path, asShare, unitKey);
  return bounded(split.bound, v.value, context, undefined, path, v.share, written);
}

function joinShare(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined ? a : `${a} – ${b}`;
}

/** The interval a bound on one number states. */
function bounded(bound: Bound, n: number, context: SubjectContext, tolerance: number | undefined, path: YamlPath, share: string | undefined, written: string | number): NumericRead {
  switch (bound) {
    case 'exact':
      return { interval: point(n), approx: undefined, share };
    case 'min':
      return { interval: interval(n, Infinity)!, approx: undefined, share };
    case 'max':
      return { interval: interval(-Infinity, n)!, approx: undefined, share };
    case 'gt':
      return { interval: interval(n, Infinity, true)!, approx: undefined, share };
    case 'lt':
      return { interval: interval(-Infinity, n, false, true)!, approx: undefined, share };
    case 'approx': {
      const t = asFraction(tolerance ?? context.tolerance);
      const spread = Math.abs(n) * t;
      const result = interval(n - spread, n + spread);
      if (!result) throw new ValueError('invalid-value', `Unexpected approx ${String(written)}`, path);
      const style = styleOf(context);
      const figure = style.percent ? formatPercent(n) : `${formatNumber(n)}${style.unit === undefined ? '' : ` ${style.unit}`}`;
      return { interval: result, approx: `${figure} ± ${formatNumber(clean(t * 100))}%`, about: n, share };
    }
  }
}

/** `{min, max, gt, lt, approx, tolerance, unit}` read as an interval. */
function readRange(
  record: Readonly<Record<string, unknown>>,
  context: SubjectContext,
  seen: { unit: string | undefined },
  path: YamlPath,
  asShare: boolean,
): NumericRead {
  for (const key of Object.keys(record)) {
    if (record[key] !== undefined && !RANGE_KEYS.has(key)) {
      throw new ValueError('invalid-value', `Unexpected key \`${key}\`, expected min, max, gt, lt, approx, tolerance or unit`, [...path, key]);
    }
  }
  const has = (k: string): boolean => record[k] !== undefined;
  const unitKey = typeof record['unit'] === 'string' ? record['unit'] : undefined;
  if (has('min') && has('gt')) throw new ValueError('invalid-value', 'Unexpected `min` and `gt` together, expected one lower bound', [...path, 'gt']);
  if (has('max') && has('lt')) throw new ValueError('invalid-value', 'Unexpected `max` and `lt` together, expected one upper bound', [...path, 'lt']);
  if (has('approx')) {
    const other = ['min', 'max', 'gt', 'lt'].find(has);
    if (other !== undefined) throw new ValueError('invalid-value', `Unexpected \`${other}\` beside \`approx\`, expected approx alone (with tolerance)`, [...path, other]);
    const tolerance = record['tolerance'];
    if (tolerance !== undefined && (typeof tolerance !== 'number' || !(tolerance >= 0))) {
      throw new ValueError('invalid-value', 'Unexpected `tolerance`, expected a fraction such as 0.1', [...path, 'tolerance']);
    }
    const written = record['approx'] as string | number;
    const v = toSubjectUnits(written, context, seen, [...path, 'approx'], asShare, unitKey);
    return bounded('approx', v.value, context, tolerance as number | undefined, [...path, 'approx'], v.share, written);
  }
  if (has('tolerance')) throw new ValueError('invalid-value', 'Unexpected `tolerance` without `approx`, expected it beside approx', [...path, 'tolerance']);
  const end = (key: 'min' | 'max' | 'gt' | 'lt') => {
    const written = record[key];
    if (written === undefined) return undefined;
    if (typeof written !== 'number' && typeof written !== 'string') {
      throw new ValueError('invalid-value', `Unexpected \`${key}\`, expected a number`, [...path, key]);
    }
    return toSubjectUnits(written, context, seen, [...path, key], asShare, unitKey);
  };
  const lower = end('min') ?? end('gt');
  const upper = end('max') ?? end('lt');
  if (!lower && !upper) {
    throw new ValueError('invalid-value', 'Unexpected empty value, expected a number or at least one of min, max, gt, lt, approx', path);
  }
  const result = interval(lower?.value ?? -Infinity, upper?.value ?? Infinity, has('gt'), has('lt'));
  if (!result) {
    throw new ValueError('invalid-value', 'Unexpected empty range: its lower end is above its upper end', [...path, has('max') ? 'max' : 'lt']);
  }
  return { interval: result, approx: undefined, share: joinShare(lower?.share, upper?.share) };
}

/**
 * A round figure (1,000 or more, at most two significant digits: 800,000, $250,000, 5.7 billion):
 * news writes "more than 800,000" of a count that may be 800,000 itself, rounded, so a bound at a
 * round figure is read closed (≥ 800,000) and meets the figure stated plainly.
 */
function closeRoundEnds(i: Interval): Interval {
  const loOpen = i.loOpen && !isRound(i.lo);
  const hiOpen = i.hiOpen && !isRound(i.hi);
  return loOpen === i.loOpen && hiOpen === i.hiOpen ? i : { ...i, loOpen, hiOpen };
}

function isRound(n: number): boolean {
  const a = Math.abs(n);
  if (!Number.isFinite(a) || a < 1000) return false;
  const step = 10 ** (Math.floor(Math.log10(a)) - 1);
  return Math.abs(a / step - Math.round(a / step)) < 1e-9;
}

/** `{share: …}`: a fraction of the subject's base (or, under a share subject, the share itself). */
function readShare(share: unknown, context: SubjectContext, seen: { unit: string | undefined }): NumericRead {
  const path: YamlPath = ['share'];
  if (context.kind !== 'share' && context.base === undefined) {
    throw new ValueError('unit-mismatch', 'Unexpected `share` for a subject without `base`, expected the subject to declare what it is a share of (base: 125700000)', path);
  }
  if (typeof share === 'number' || typeof share === 'string') return readWrittenNumber(share, context, seen, path, true);
  if (share && typeof share === 'object' && !Array.isArray(share)) return readRange(share as Record<string, unknown>, context, seen, path, true);
  throw new ValueError('invalid-value', 'Unexpected `share`, expected a fraction such as 0.7, "7割" or {min: 0.7}', path);
}

/**
 * One amount in the subject's unit. A fraction (7割, 70%, or any number inside `share`) under a
 * count or quantity subject is a share of its base.
 */
function toSubjectUnits(
  written: string | number,
  context: SubjectContext,
  seen: { unit: string | undefined },
  path: YamlPath,
  asShare: boolean,
  unitKey: string | undefined,
  fallbackUnit?: string,
): { readonly value: number; readonly share: string | undefined; readonly unit: string | undefined } {
  const parsed = parseAmount(written);
  if (isAmountError(parsed)) throw new ValueError('invalid-value', parsed.error, path);
  const percentSubject = context.kind === 'share' || isPercentUnit(context.unit);
  const fraction = parsed.fraction || asShare;

  if (fraction && !percentSubject) {
    if (parsed.unit !== undefined) {
      throw new ValueError('unit-mismatch', `Unexpected unit "${parsed.unit}" after a share in "${String(written)}", expected a bare fraction such as 0.7 or 7割`, path);
    }
    if (context.base === undefined) {
      throw new ValueError('unit-mismatch', `Unexpected share "${String(written)}" for a subject without \`base\`, expected ${context.unit === undefined ? 'a plain number' : `an amount in ${context.unit}`} or a base on the subject`, path);
    }
    if (!parsed.fraction && (parsed.value < 0 || parsed.value > 1)) {
      throw new ValueError('invalid-value', `Unexpected share ${parsed.value}, expected a fraction from 0 to 1 (or write it as "${parsed.value}%")`, path);
    }
    return {
      value: clean(parsed.value * context.base),
      share: `${formatPercent(parsed.value)} of ${formatNumber(context.base)}`,
      unit: undefined,
    };
  }
  if (fraction) return { value: parsed.value, share: undefined, unit: undefined };

  const unit = parsed.unit ?? unitKey ?? fallbackUnit;
  if (unit === undefined) {
    // A bare number is in the subject's unit: a fraction under a share subject, percent under `unit: %`.
    if (isPercentUnit(context.unit)) return { value: clean(parsed.value / 100), share: undefined, unit: undefined };
    // A number written with its scale (86 million) is in ones: divide by the subject unit's scale.
    if (parsed.scaled && context.unit !== undefined) return { value: clean(parsed.value / unitInfo(context.unit).scale), share: undefined, unit: undefined };
    return { value: parsed.value, share: undefined, unit: undefined };
  }
  if (seen.unit === undefined) seen.unit = unit;
  if (percentSubject) {
    if (isPercentUnit(unit)) return { value: clean(parsed.value / 100), share: undefined, unit };
    throw new ValueError('unit-mismatch', `Unexpected unit "${unit}" for a share, expected a fraction (0.7), a percent (70%) or 割`, path);
  }
  if (context.unit === undefined) return { value: parsed.value, share: undefined, unit };
  const factor = conversionFactor(unit, context.unit);
  if (factor === undefined) {
    throw new ValueError('unit-mismatch', `Unexpected unit "${unit}", expected ${context.unit} (or a unit that converts to it)`, unitKey !== undefined && parsed.unit === undefined ? [...path.slice(0, -1), 'unit'] : path);
  }
  return { value: clean(parsed.value * factor), share: undefined, unit };
}


/** A tolerance as a fraction: one above 1 was written as a percent (`tolerance: 10` is ±10%). */
export function asFraction(tolerance: number): number {
  return tolerance > 1 ? clean(tolerance / 100) : tolerance;
}
