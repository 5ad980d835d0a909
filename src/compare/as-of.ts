/**
 * The moment a claim's figure describes (`as_of`): a day (`2024-01-02`) or a date and time with
 * its zone (`2024-01-02T23:40+09:00`). Two moments are ordered when one is surely before the
 * other: two times by their instants; two days by the calendar; a day and a time by the day the
 * time falls on in its own zone (so `2024-01-02` and `2024-01-02T07:00+09:00` cannot be told
 * apart, and neither comes first).
 */

/** A moment read from `as_of`. */
export interface Moment {
  /** The value as written. */
  readonly written: string;
  /** The day (`YYYY-MM-DD`) in the moment's own zone. */
  readonly day: string;
  /** Milliseconds since the epoch, when a time is given. */
  readonly instant?: number;
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Read an `as_of` value, or undefined when it is not one (the schema reports why). */
export function readMoment(value: unknown): Moment | undefined {
  if (typeof value !== 'string') return undefined;
  if (DAY_RE.test(value)) return Number.isNaN(Date.parse(`${value}T00:00Z`)) ? undefined : { written: value, day: value };
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(value)) return undefined;
  const instant = Date.parse(value);
  return Number.isNaN(instant) ? undefined : { written: value, day: value.slice(0, 10), instant };
}

/** −1 when `a` is surely before `b`, 1 when surely after, 0 when they cannot be told apart. */
export function compareMoments(a: Moment, b: Moment): -1 | 0 | 1 {
  if (a.instant !== undefined && b.instant !== undefined) return a.instant < b.instant ? -1 : a.instant > b.instant ? 1 : 0;
  return a.day < b.day ? -1 : a.day > b.day ? 1 : 0;
}

/** A key that sorts moments in time: the instant, or noon (UTC) of a day. */
export function momentKey(m: Moment): number {
  return m.instant ?? Date.parse(`${m.day}T12:00Z`);
}

/**
 * A moment for sentences: `23:40` when it has a time (with its day when `besides` lies on
 * another day), else the day: "revised from 17 to 14 at 23:40".
 */
export function momentText(m: Moment, besides?: Moment): string {
  if (m.instant === undefined) return `on ${m.day}`;
  const clock = m.written.slice(11, 16);
  return besides !== undefined && besides.day !== m.day ? `at ${clock} on ${m.day}` : `at ${clock}`;
}
