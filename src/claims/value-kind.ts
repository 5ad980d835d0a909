import { DateValueSchema, type Kind } from './schema.js';

/** The keys of a date value (from, to, before, after), from its schema. */
const DATE_VALUE_KEYS: readonly string[] = Object.keys(DateValueSchema.shape);

/**
 * The one guess of the kind of subject a value belongs to when nothing else says it (a candidate
 * accepted into a new subject, a claim compared with a candidate): `2018-08` and `{from, to}` are
 * dates, a number or `{min: …}` a count, `true` a boolean, other text a text.
 */
export function guessKind(value: unknown): Kind {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'count';
  if (typeof value === 'string') return /^\d{4}(?:-\d{2}){0,2}$/.test(value) ? 'date' : 'text';
  if (value && typeof value === 'object' && Object.keys(value).some((k) => DATE_VALUE_KEYS.includes(k))) return 'date';
  return 'count';
}

/** True for the kinds whose values are days (date, period). */
export function isDateKind(kind: string): boolean {
  return kind === 'date' || kind === 'period';
}
