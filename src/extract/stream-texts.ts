import { jsonText } from '../util/json-text.js';
import { CandidateBuilder, type Candidate } from './candidates.js';
import { parseReference } from './dates.js';
import type { DocumentFigures } from './document.js';

/**
 * The candidates of one document as JSON text, made where the document was extracted (a worker
 * thread), so that a stream over a large corpus leaves the main thread only to drop repeats and
 * write: a dated document's candidates depend on nothing but itself when no filed subject is to
 * be fitted (its own date is the one its relative dates are read against, if it needs one).
 */

/** One candidate as streamed: its JSON text, and the hash of what makes it one statement. */
export interface CandidateText {
  readonly key: number;
  readonly json: string;
}

/** A document's candidates, built and written. */
export interface BuiltDocument {
  readonly file: string;
  /** The document's own date (the stream keeps the dates of the documents it has seen). */
  readonly published: string | undefined;
  readonly texts: readonly CandidateText[];
}

/** True when a result is a {@link BuiltDocument}. */
export function isBuilt(value: object): value is BuiltDocument {
  return 'texts' in value;
}

/**
 * The candidates of `doc` as a stream writes them, when they depend on the document alone: it
 * carries a date its relative dates are read against, or every date it holds is said in a part
 * with its own date; undefined otherwise, for the stream to build with the dates of the documents
 * before it (the only thing a single document's candidates take from outside it).
 */
export function builtDocument(doc: DocumentFigures, minConfidence: number): BuiltDocument | undefined {
  const dated = parseReference(doc.published) !== undefined;
  if (!dated && !doc.figures.every((f) => f.mention.type !== 'date' || parseReference(f.published) !== undefined)) return undefined;
  return { file: doc.file, published: doc.published, texts: candidateTexts(doc, { minConfidence }) };
}

/** The candidates of one document read against `reference` (when it has no date of its own), as text. */
export function candidateTexts(doc: DocumentFigures, options: { readonly minConfidence: number; readonly reference?: string | undefined }): CandidateText[] {
  const builder = new CandidateBuilder({ minConfidence: options.minConfidence, reference: options.reference });
  builder.add(doc);
  return builder.finish().map((c) => ({ key: statementHash(c), json: jsonText(c) }));
}

/** A 53-bit hash of what makes a candidate one statement (outlet, quote, value). */
export function statementHash(c: Candidate): number {
  const text = `${c.outlet}\u0000${c.source.quote}\u0000${JSON.stringify(c.value)}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
