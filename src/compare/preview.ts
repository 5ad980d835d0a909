import { Document, LineCounter } from 'yaml';
import type { LoadedClaim, LoadedSubject, LoadedTopic } from '../claims/load.js';
import type { Aliases, Claim, Subject } from '../claims/schema.js';
import { compareSubject } from './compare-subject.js';
import type { SubjectResult } from './types.js';

/**
 * The verdict a subject not yet filed would get: its claims compared exactly as `report`
 * compares a filed subject's (the same `compareSubject`), for `extract`'s proposed subjects.
 */

const EMPTY = new Document({});
const LINES = new LineCounter();

/** Compare `claims` under `subject` as if both stood in one topic file with `aliases`. */
export function previewSubject(subject: Subject, claims: readonly Claim[], aliases: Aliases = {}): SubjectResult {
  const topic: LoadedTopic = {
    file: '(proposed)',
    text: '',
    doc: EMPTY,
    lineCounter: LINES,
    topic: undefined,
    title: undefined,
    aliases,
    subjects: [],
    claims: [],
    placeOf: () => ({ start: { line: 1, column: 1 } }),
  };
  const loaded: LoadedSubject = { subject, topic, index: 0 };
  const loadedClaims: LoadedClaim[] = claims.map((claim, index) => ({ claim, topic, index }));
  return compareSubject(loaded, loadedClaims);
}
