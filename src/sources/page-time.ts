import { isoOffset } from '../lang/calendar.js';

/**
 * Publication times as moments, written as `as_of` is: a day (`2024-01-02`) or a date and time
 * with its zone (`2024-01-02T22:15+09:00`). `page-meta.ts` finds the value (front matter, `<meta>`,
 * JSON-LD `datePublished`); this reads it. A time without a zone is kept as its day only, since
 * its instant is unknown.
 */

/**
 * A metadata value as a moment: ISO dates and date-times (`2024-01-02T22:15:00+0900` →
 * `2024-01-02T22:15+09:00`; seconds kept when not zero), a YAML date (a `Date`), or undefined.
 */
export function momentOf(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : compact(value.toISOString().replace(/\.000Z$/, 'Z'));
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(value);
  if (!m) return undefined;
  const [, day, clock, seconds, zone] = m;
  if (Number.isNaN(Date.parse(`${day}T00:00Z`))) return undefined;
  if (!clock || !zone) return day;
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return compact(`${day}T${clock}${seconds && seconds !== '00' ? `:${seconds}` : ''}${offset}`);
}

/** `…T22:15:00Z` → `…T22:15Z`. */
function compact(iso: string): string {
  return iso.replace(/T(\d{2}:\d{2}):00(?=Z|[+-])/, 'T$1');
}

/** A day and a time of day in a zone (minutes east of UTC) as a moment: `2024-01-02T22:15+09:00`. */
export function momentAt(day: string, hour: number, minute: number, offset: number): string {
  return `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}${isoOffset(offset)}`;
}
