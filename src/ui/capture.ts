import type { SourceRef } from '../claims/schema.js';
import { LineIndex } from '../sources/line-index.js';
import { isSourceFailure, loadSource } from '../sources/load.js';

/** A capture as the Source screen shows it. */
export interface Capture {
  readonly file: string;
  readonly text: string;
  /** Offsets of the quote in the text, or undefined when the quote is not found there. */
  readonly quoteAt: readonly [number, number] | undefined;
  /** The 1-based line of an offset of the text (by the capture's line index). */
  lineAt(offset: number): number;
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
  const lineAt = (at: number): number => loaded.lines.pointAt(at).line;
  let quoteAt = locateQuote(text, source, lineAt);
  if (!quoteAt && loaded.view) {
    // Line hints count lines of the file, not of the view: leave them out there.
    const { line: _hint, ...withoutLine } = source;
    const inView = locateQuote(loaded.view.text, withoutLine);
    if (inView) quoteAt = [loaded.view.toFileOffset(inView[0]), loaded.view.toFileOffset(inView[1])];
  }
  return { file: source.file, text, quoteAt, lineAt };
}

/**
 * Where a quote stands in a text: among its exact occurrences, the one whose prefix and suffix
 * match (a W3C TextQuoteSelector), else the one nearest the line hint, else the first. Each
 * occurrence is weighed without copying the text (a quote may occur 40,000 times in megabytes):
 * prefix and suffix compared in place, its line found by `lineOf` (a line index's binary search).
 */
export function locateQuote(text: string, source: SourceRef, lineOf: (offset: number) => number = lineCounter(text)): readonly [number, number] | undefined {
  const quote = source.quote;
  if (!quote) return undefined;
  const hits: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) hits.push(at);
  if (hits.length === 0) return undefined;
  const { prefix, suffix } = source;
  const score = (at: number): number => {
    let s = 0;
    if (prefix && at >= prefix.length && text.startsWith(prefix, at - prefix.length)) s += 2;
    if (suffix && text.startsWith(suffix, at + quote.length)) s += 2;
    return s;
  };
  const best = hits
    .map((at) => ({ at, score: score(at), distance: source.line ? Math.abs(lineOf(at) - source.line) : 0 }))
    .sort((a, b) => b.score - a.score || a.distance - b.distance)[0]!;
  return [best.at, best.at + quote.length];
}

/** Lines of a text by a line index built once (CRLF, LF or CR), for texts without one. */
function lineCounter(text: string): (offset: number) => number {
  let index: LineIndex | undefined;
  return (offset) => (index ??= new LineIndex(text)).pointAt(offset).line;
}
