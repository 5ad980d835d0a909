import type { Value } from '../claims/schema.js';
import type { Reading, ValueProblem } from './types.js';
import { readBoolean } from './read-boolean.js';
import { shortenQuoted, ValueError, writtenForm, type Shown, type SubjectContext } from './read-context.js';
import { readDates } from './read-dates.js';
import { readNumeric } from './read-numbers.js';
import { readText } from './read-text.js';

/**
 * Every value form of DESIGN.md "Values", read into one {@link Reading} according to the kind
 * of its subject (one reader per family of kinds, beside this file). Never throws: a value
 * that cannot be read gives an error worded for the claim's author and the YAML path (below
 * `value`) where it lies.
 */

export { DEFAULT_TOLERANCE, writtenForm, type SubjectContext } from './read-context.js';

/** A value as read. */
export interface ValueReading {
  readonly reading: Reading | undefined;
  /** For tables: `≥ 32 times`, `2018-06 – 2018-08`, `大連`. */
  readonly display: string;
  /** For sentences: `at least 32 times`, `2018-08`, `大連`. */
  readonly words: string;
  readonly problem: ValueProblem | undefined;
  /** The first unit the value was written with (`回`, `people`), if any. */
  readonly unit: string | undefined;
}

/** Read a claim's value against its subject. */
export function readValue(value: Value, context: SubjectContext): ValueReading {
  const seen: { unit: string | undefined } = { unit: undefined };
  try {
    return { ...readByKind(value, context, seen), problem: undefined, unit: seen.unit };
  } catch (error) {
    if (!(error instanceof ValueError)) throw error;
    return {
      reading: undefined,
      display: writtenForm(value),
      words: writtenForm(value),
      problem: { ruleId: error.ruleId, message: shortenQuoted(error.message), path: error.path },
      unit: seen.unit,
    };
  }
}

function readByKind(value: Value, context: SubjectContext, seen: { unit: string | undefined }): Shown {
  switch (context.kind) {
    case 'count':
    case 'quantity':
    case 'share':
      return readNumeric(value, context, seen);
    case 'date':
    case 'period':
      return readDates(value);
    case 'place':
    case 'text':
      return readText(value, context);
    case 'boolean':
      return readBoolean(value);
  }
}

