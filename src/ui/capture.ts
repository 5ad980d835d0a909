import type { SourceRef } from '../claims/schema.js';
import { isSourceFailure, loadSource } from '../sources/load.js';

/** A capture as the Source screen shows it. */
export interface Capture {
  readonly file: string;
  readonly text: string;
  /** Offsets of the quote in the text, or undefined when the quote is not found there. */
  readonly quoteAt: readonly [number, number] | undefined;
}

/**
 * Read a claim's capture (inside the repository only, symlinks included; never a FIFO or a
 * device: `loadSource` refuses them) and find its quote: in the decoded text, else in the text
 * without markup of an HTML or markdown capture, mapped back to the file.
 */
export async function readCapture(root: string, source: SourceRef): Promise<Capture | { readonly error: string }> {
  if (!source.file) return { error: 'this claim names no source file' };
  const loaded = await loadSource(root, source.file);
  if (isSourceFailure(loaded)) return { error: `${source.file}: ${loaded.reason}` };
  const text = loaded.text;
  let quoteAt = locateQuote(text, source);
  if (!quoteAt && loaded.view) {
    // Line hints count lines of the file, not of the view: leave them out there.
    const { line: _hint, ...withoutLine } = source;
    const inView = locateQuote(loaded.view.text, withoutLine);
    if (inView) quoteAt = [loaded.view.toFileOffset(inView[0]), loaded.view.toFileOffset(inView[1])];
  }
  return { file: source.file, text, quoteAt };
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
