import type { LoadedClaim, LoadedSubject } from '../claims/load.js';
import type { Place } from '../util/message.js';

/** Place of a field of a claim (or of the claim) in its topic file. */
export function claimPlace(loaded: LoadedClaim, ...field: readonly (string | number)[]): Place {
  return loaded.topic.placeOf(['claims', loaded.index, ...field]);
}

/** Place of a field of a subject (or of the subject) in its topic file. */
export function subjectPlace(loaded: LoadedSubject, ...field: readonly (string | number)[]): Place {
  return loaded.topic.placeOf(['subjects', loaded.index, ...field]);
}

/** `file:line:col` of a place, for messages that point elsewhere. */
export function where(file: string, place: Place): string {
  return `${file}:${place.start.line}:${place.start.column}`;
}

/** A quote or passage shortened for a one-line message. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}
