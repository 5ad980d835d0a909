import { foldUnit, MEASURE_DIMENSIONS, UNIT_SCALE_PREFIX, UNIT_SCALES, unitRow } from '../lang/units.js';

/**
 * Units and how they compare. A known unit belongs to a dimension and has a factor to that
 * dimension's base (km = 1000 m); two units compare when they share a dimension, or when they
 * are counters that can count the same things (see {@link conversionFactor}). An unknown unit
 * (a noun such as `containers`) is folded (case, width, English plural `s`). The units themselves
 * are the one table of `src/lang/units.ts`.
 */

/** A unit as read: its dimension and factor, or only its folded spelling when unknown. */
export interface UnitInfo {
  /** The dimension id (`people`, `times`, `JPY`, `length` …), or `?:<folded>` for an unknown unit. */
  readonly dimension: string;
  /** Multiply an amount in this unit by `factor` to get the dimension's base unit. */
  readonly factor: number;
  /** The scale written before the unit (`million yen` → 10^6, `万人` → 10^4), 1 without one. */
  readonly scale: number;
  /** A short name for display (`times`, `people`, `yen`, `km`). */
  readonly label: string;
}

export { foldUnit };

/** Read a unit: a row of the table, or an unknown unit that compares only with its own spelling. */
export function unitInfo(unit: string): UnitInfo {
  const folded = foldUnit(unit);
  const known = unitRow(unit);
  if (known) return { dimension: known.dimension, factor: known.factor, scale: 1, label: known.label };
  // A scale before the unit: `million yen`, `百万円`, `万人`, `thousands of people`, or a bare `million`.
  const scaled = UNIT_SCALE_PREFIX.exec(folded);
  if (scaled) {
    const scale = UNIT_SCALES[scaled[1]!.replace(/s$/, '')]!;
    const rest = folded.slice(scaled[0].length).trim();
    const label = unit.normalize('NFKC').trim();
    if (rest.length === 0) return { dimension: 'scalar', factor: scale, scale, label };
    const inner = unitInfo(rest);
    return { dimension: inner.dimension, factor: inner.factor * scale, scale: inner.scale * scale, label };
  }
  // An English plural of an unknown noun compares with its singular (servers = server).
  const singular = /^[a-z][a-z -]*[^s]s$/.test(folded) ? folded.slice(0, -1) : folded;
  return { dimension: `?:${singular}`, factor: 1, scale: 1, label: unit.normalize('NFKC').trim() };
}

/** True when the unit is the percent sign or a spelling of it. */
export function isPercentUnit(unit: string | undefined): boolean {
  if (unit === undefined) return false;
  const info = unitInfo(unit);
  return info.dimension === 'fraction' && info.factor === 0.01;
}

/**
 * The factor that converts an amount in `from` into the unit `to`, or undefined when the two
 * cannot be compared (people and times, yen and dollars, an unknown unit and another).
 */
export function conversionFactor(from: string, to: string): number | undefined {
  const a = unitInfo(from);
  const b = unitInfo(to);
  if (a.dimension === b.dimension) return a.factor / b.factor;
  return countersMeet(a.dimension, b.dimension) ? a.scale / b.scale : undefined;
}


/**
 * Counters and nouns: a generic counter (回, 件, 個, 社 …) counts whatever the subject names, so
 * `32回` fits `unit: accesses` and `3000個` fits `unit: containers`; people (人, 名) count
 * persons, so they fit a noun the table does not know (`victims`) but not another counter
 * (`32人` does not fit `unit: times`). Two unknown nouns fit only when they are spelled alike,
 * and measures (money, length, mass, data, time, %) fit only their own dimension.
 */
function countersMeet(a: string, b: string): boolean {
  if (MEASURE_DIMENSIONS.has(a) || MEASURE_DIMENSIONS.has(b)) return false;
  // A bare scale (`unit: million`) counts anything, like a noun the table does not know.
  const unknownA = a.startsWith('?:') || a === 'scalar';
  const unknownB = b.startsWith('?:') || b === 'scalar';
  if (unknownA && unknownB) return false;
  if (unknownA || unknownB) return true;
  return a !== 'people' && b !== 'people';
}
