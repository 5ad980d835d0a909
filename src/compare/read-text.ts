import type { Value } from '../claims/schema.js';
import { ValueError, writtenForm, type Shown, type SubjectContext } from './read-context.js';
import { placeReading } from './places.js';

/**
 * Values of place and text subjects: a name, compared by its folded, alias-resolved key; a place
 * the gazetteer knows by its country (see `places.ts`).
 */


/** Read a place or text value. */
export function readText(value: Value, context: SubjectContext): Shown {
  if (typeof value === 'boolean' || (typeof value === 'object' && value !== null)) {
    throw new ValueError('invalid-value', `Unexpected ${writtenForm(value)} for a ${context.kind} subject, expected a name such as 大連`, []);
  }
  const text = String(value);
  const canonical = context.aliases.canonical(text);
  const shown = canonical === text || canonical.normalize('NFKC') === text.normalize('NFKC') ? text : `${canonical} (${text})`;
  const key = context.aliases.key(text);
  const reading = context.kind === 'place' ? placeReading(key, canonical === text ? [text] : [canonical, text]) : { type: 'text' as const, key };
  return { reading, display: shown, words: shown };
}
