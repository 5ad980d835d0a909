import type { Kind, Value } from '../claims/schema.js';
import type { YamlPath } from '../yaml/positions.js';
import type { Reading, ValueProblem } from './types.js';
import type { AliasResolver } from './text.js';

/**
 * What every value reader shares: the subject a value is read against, the error a reader
 * throws for a value it cannot read (caught by `readValue`, never escaping it), and the
 * value as written, for people.
 */

/** Default tolerance of `approx`: ±10%. */
export const DEFAULT_TOLERANCE = 0.1;

/** What a value is read against: its subject. */
export interface SubjectContext {
  readonly kind: Kind;
  /** The unit numbers are compared in: the subject's, or else the first unit its claims use. */
  readonly unit: string | undefined;
  /** The subject's `base` as a number, for shares of it; undefined when it has none. */
  readonly base: number | undefined;
  /** The subject's tolerance of approx values (a claim's own `tolerance` overrides it). */
  readonly tolerance: number;
  readonly aliases: AliasResolver;
}

/** A value read for people and for comparison. */
export interface Shown {
  readonly reading: Reading | undefined;
  /** For tables: `≥ 32 times`, `2018-06 – 2018-08`, `大連`. */
  readonly display: string;
  /** For sentences: `at least 32 times`, `2018-08`, `大連`. */
  readonly words: string;
}

/** Thrown by a reader for a value it cannot read; `readValue` turns it into a {@link ValueProblem}. */
export class ValueError {
  constructor(
    readonly ruleId: ValueProblem['ruleId'],
    readonly message: string,
    readonly path: YamlPath,
  ) {}
}

/** The value as written in the claim file, on one line (`{min: 32}`, `8600万`). */
export function writtenForm(value: Value): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{${entries.map(([k, v]) => `${k}: ${typeof v === 'object' && v !== null ? writtenForm(v as Value) : String(v)}`).join(', ')}}`;
}

/** Shorten every quoted piece of a message to 60 characters, so a huge value does not flood it. */
export function shortenQuoted(message: string): string {
  return message.replace(/"([^"]{61,})"/g, (_, inner: string) => `"${[...inner].slice(0, 59).join('')}…"`);
}
