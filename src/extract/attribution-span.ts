import { isSentenceEnd } from '../lang/sentences.js';

/**
 * What an attribution covers and where its sentence runs: the shape both the Japanese and the
 * English readers of attribution (`attribution.ts`, `attribution-en.ts`) give their findings in.
 */

/** One attribution in a line. */
export interface Attribution {
  /** Who is credited, canonical. */
  readonly source: string;
  /** Offsets (in the text) of what it covers. */
  readonly from: number;
  readonly to: number;
  /** Wraps its sentence (…と報じた): outer to markers written before the figure. */
  readonly wraps: boolean;
  /** Where the marker is, for ordering. */
  readonly at: number;
}

/** The start of the sentence holding `at` (at most 400 characters back, never before `floor`); quotations 「」 do not end it. */
export function sentenceStart(text: string, at: number, floor: number): number {
  const limit = Math.max(floor, at - 400);
  let depth = 0;
  for (let k = at - 1; k >= limit; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x300d || c === 0x300f) depth++;
    else if ((c === 0x300c || c === 0x300e) && depth > 0) depth--;
    if (depth > 0) continue;
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || ((c === 0x2e || c === 0x21 || c === 0x3f) && text.charCodeAt(k + 1) === 0x20 && isSentenceEnd(text, k))) return k + 1;
  }
  return limit;
}

/** The end of the sentence holding `at` (at most 400 characters on, never past `to`). */
export function sentenceEnd(text: string, at: number, to: number): number {
  const limit = Math.min(to, at + 400);
  for (let k = at; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x3002 || ((c === 0x2e || c === 0x21 || c === 0x3f) && (k + 1 >= to || text.charCodeAt(k + 1) === 0x20) && isSentenceEnd(text, k))) return k + 1;
  }
  return limit;
}
