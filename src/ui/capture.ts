import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceRef } from '../claims/schema.js';
import { describeIoError } from '../claims/save.js';
import { decode } from '../sources/decode.js';

/** A capture as the Source screen shows it. */
export interface Capture {
  readonly file: string;
  readonly text: string;
  /** Offsets of the quote in the text, or undefined when the quote is not found there. */
  readonly quoteAt: readonly [number, number] | undefined;
}

/** Largest capture shown. */
const MAX_CAPTURE_BYTES = 32 * 1024 * 1024;

/** Read and decode a claim's capture (inside the repository only) and find its quote. */
export async function readCapture(root: string, source: SourceRef): Promise<Capture | { readonly error: string }> {
  if (!source.file) return { error: 'this claim names no source file' };
  const absRoot = path.resolve(root);
  const abs = path.resolve(absRoot, source.file);
  if (abs !== absRoot && !abs.startsWith(absRoot + path.sep)) return { error: `${source.file} is outside the repository: not shown` };
  let bytes: Buffer;
  try {
    bytes = await readFile(abs);
  } catch (error) {
    return { error: `${source.file}: ${describeIoError(error)}` };
  }
  if (bytes.length > MAX_CAPTURE_BYTES) return { error: `${source.file} is larger than ${MAX_CAPTURE_BYTES} bytes: not shown` };
  const { text } = decode(bytes);
  return { file: source.file, text, quoteAt: locateQuote(text, source) };
}

/**
 * Where a quote stands in a text: among its exact occurrences, the one whose prefix and suffix
 * match (a W3C TextQuoteSelector), else the one nearest the line hint, else the first.
 */
export function locateQuote(text: string, source: SourceRef): readonly [number, number] | undefined {
  const quote = source.quote;
  if (!quote) return undefined;
  const hits: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) hits.push(at);
  if (hits.length === 0) return undefined;
  const score = (at: number): number => {
    let s = 0;
    if (source.prefix && text.slice(0, at).endsWith(source.prefix)) s += 2;
    if (source.suffix && text.slice(at + quote.length).startsWith(source.suffix)) s += 2;
    return s;
  };
  const lineOf = (at: number): number => text.slice(0, at).split(/\r\n|\r|\n/).length;
  const best = hits
    .map((at) => ({ at, score: score(at), distance: source.line ? Math.abs(lineOf(at) - source.line) : 0 }))
    .sort((a, b) => b.score - a.score || a.distance - b.distance)[0]!;
  return [best.at, best.at + quote.length];
}
