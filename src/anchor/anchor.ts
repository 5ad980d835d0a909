import type { LineIndex } from '../sources/line-index.js';
import type { TextView } from '../sources/text-view.js';
import { approximateMatch, similarity } from './approximate.js';
import { quoteDiff, type DiffPart } from './drift-diff.js';
import { contextMatches, distinguishingContext, findAll, type Distinguishing } from './exact.js';

/** Occurrences of a repeated quote that get a context suggestion. */
const SUGGESTED = 4;

/** A W3C TextQuoteSelector: the exact quote, and optional context on either side. */
export interface TextQuoteSelector {
  readonly quote: string;
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
}

/** The text a quote is looked for in: the decoded capture, and optionally its markup-free view. */
export interface AnchorTarget {
  readonly text: string;
  readonly lines: LineIndex;
  /** Text content of an HTML or markdown capture, mapped back to file offsets. */
  readonly view?: TextView | undefined;
}

/** Options of {@link anchorQuote}. */
export interface AnchorOptions {
  /** The claim's `line` hint: among repeated quotes, the nearest is taken. */
  readonly lineHint?: number | undefined;
}

/** One occurrence of a repeated quote, with the context that would pick it. */
export interface Occurrence {
  /** File offsets. */
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  /** The prefix or suffix to add to choose this occurrence (undefined when nothing short does). */
  readonly add: Distinguishing | undefined;
}

/** Where a quote stands in its capture. Offsets are file offsets (into the decoded text). */
export type AnchorResult =
  /** Found exactly, once (or once with the selector's context). `via: view` when found in the text content only. */
  | {
      readonly kind: 'exact';
      readonly start: number;
      readonly end: number;
      readonly via: 'file' | 'view';
      /** Set when the quote is found but its prefix/suffix no longer match: what the source has there now. */
      readonly contextDrift?: { readonly prefix?: string; readonly suffix?: string } | undefined;
    }
  /** Found exactly more than once, and nothing tells which is meant; `start`/`end` is the one taken. */
  | { readonly kind: 'ambiguous'; readonly start: number; readonly end: number; readonly via: 'file' | 'view'; readonly occurrences: readonly Occurrence[] }
  /** Not found exactly; an approximate match was found. `found` is what the capture says there now. */
  | {
      readonly kind: 'drifted';
      readonly start: number;
      readonly end: number;
      readonly via: 'file' | 'view';
      readonly score: number;
      readonly found: string;
      readonly diff: readonly DiffPart[];
    }
  /** Not found. `figureMiss` is a passage that would have matched but for a changed figure. */
  | {
      readonly kind: 'not-found';
      readonly figureMiss?: { readonly start: number; readonly end: number; readonly found: string; readonly diff: readonly DiffPart[] } | undefined;
    };

/**
 * Locate a quote: exactly in the decoded file text, then exactly in the text content (HTML,
 * markdown), then approximately (see `approximateMatch`). Never rewrites anything: the result
 * says where the quote is and how it differs.
 */
export function anchorQuote(target: AnchorTarget, selector: TextQuoteSelector, options: AnchorOptions = {}): AnchorResult {
  const identity = { text: target.text, toFileOffset: (offset: number) => offset };
  const spaces: Array<{ via: 'file' | 'view'; text: string; toFileOffset(offset: number): number }> = [{ via: 'file', ...identity }];
  if (target.view && target.view.text !== target.text) spaces.push({ via: 'view', text: target.view.text, toFileOffset: (o) => target.view!.toFileOffset(o) });

  for (const space of spaces) {
    const exact = exactIn(target, space, selector, options);
    if (exact) return exact;
  }

  const fuzzySpace = spaces.at(-1)!;
  const result = approximateMatch(fuzzySpace.text, selector);
  if (result.match) {
    const found = fuzzySpace.text.slice(result.match.start, result.match.end);
    return {
      kind: 'drifted',
      start: fuzzySpace.toFileOffset(result.match.start),
      end: fuzzySpace.toFileOffset(result.match.end),
      via: fuzzySpace.via,
      score: result.match.score,
      found,
      diff: quoteDiff(selector.quote, found),
    };
  }
  if (result.figureMiss) {
    const found = fuzzySpace.text.slice(result.figureMiss.start, result.figureMiss.end);
    return {
      kind: 'not-found',
      figureMiss: {
        start: fuzzySpace.toFileOffset(result.figureMiss.start),
        end: fuzzySpace.toFileOffset(result.figureMiss.end),
        found,
        diff: quoteDiff(selector.quote, found),
      },
    };
  }
  return { kind: 'not-found' };
}

/**
 * The quote found exactly in the decoded file text alone, or undefined when it is not there. When
 * defined, it is what {@link anchorQuote} gives with or without a view (the file text is looked in
 * first), so a caller may build the view only when this is undefined.
 */
export function anchorInText(target: AnchorTarget, selector: TextQuoteSelector, options: AnchorOptions = {}): AnchorResult | undefined {
  return exactIn(target, { via: 'file', text: target.text, toFileOffset: (offset: number) => offset }, selector, options);
}

/** The exact result of a quote in one text space, or undefined when it is not there. */
function exactIn(
  target: AnchorTarget,
  space: { via: 'file' | 'view'; text: string; toFileOffset(offset: number): number },
  selector: TextQuoteSelector,
  options: AnchorOptions,
): AnchorResult | undefined {
  const starts = findAll(space.text, selector.quote);
  if (starts.length > 0) return exactResult(target, space, starts, selector, options);
  // A quote over several lines is written in YAML with LF; the capture may have CRLF.
  if (selector.quote.includes('\n') && !selector.quote.includes('\r') && space.text.includes('\r\n')) {
    const crlf = { ...selector, quote: selector.quote.replace(/\n/g, '\r\n') };
    const found = findAll(space.text, crlf.quote);
    if (found.length > 0) return exactResult(target, space, found, crlf, options);
  }
  return undefined;
}

function exactResult(
  target: AnchorTarget,
  space: { via: 'file' | 'view'; text: string; toFileOffset(offset: number): number },
  starts: readonly number[],
  selector: TextQuoteSelector,
  options: AnchorOptions,
): AnchorResult {
  const length = selector.quote.length;
  const hasContext = selector.prefix !== undefined || selector.suffix !== undefined;
  const fitting = hasContext ? starts.filter((s) => contextMatches(space.text, s, s + length, selector.prefix, selector.suffix)) : [...starts];
  const at = (s: number) => ({ start: space.toFileOffset(s), end: space.toFileOffset(s + length) });

  if (fitting.length === 1) return { kind: 'exact', ...at(fitting[0]!), via: space.via };

  if (fitting.length === 0) {
    // The quote is there but its context changed: take the occurrence whose context is closest.
    const scored = starts.map((s) => ({ s, score: contextScore(space.text, s, s + length, selector) })).sort((a, b) => b.score - a.score);
    const top = scored[0]!;
    if (scored.length === 1 || top.score > scored[1]!.score) {
      const now: { prefix?: string; suffix?: string } = {};
      if (selector.prefix !== undefined) now.prefix = space.text.slice(Math.max(0, top.s - selector.prefix.length), top.s);
      if (selector.suffix !== undefined) now.suffix = space.text.slice(top.s + length, top.s + length + selector.suffix.length);
      return { kind: 'exact', ...at(top.s), via: space.via, contextDrift: now };
    }
  }

  const pool = fitting.length > 1 ? fitting : starts;
  const placed = pool.map((s) => {
    const place = at(s);
    const point = target.lines.pointAt(place.start);
    return { ...place, line: point.line, column: point.column };
  });
  let chosenIndex = 0;
  if (options.lineHint !== undefined) {
    const hint = options.lineHint;
    placed.forEach((o, i) => {
      if (Math.abs(o.line - hint) < Math.abs(placed[chosenIndex]!.line - hint)) chosenIndex = i;
    });
  }
  // Context suggestions for the occurrence taken and the first few others; a quote found
  // thousands of times needs a longer quote, not a list.
  const advised = new Set([chosenIndex, ...placed.keys()].slice(0, SUGGESTED + 1));
  const occurrences: Occurrence[] = placed.map((o, i) => ({
    ...o,
    add: advised.has(i) ? distinguishingContext(space.text, pool, length, i) : undefined,
  }));
  const chosen = occurrences[chosenIndex]!;
  return { kind: 'ambiguous', start: chosen.start, end: chosen.end, via: space.via, occurrences };
}

function contextScore(text: string, start: number, end: number, selector: TextQuoteSelector): number {
  let score = 0;
  if (selector.prefix !== undefined) score += similarity(selector.prefix, text.slice(Math.max(0, start - selector.prefix.length), start));
  if (selector.suffix !== undefined) score += similarity(selector.suffix, text.slice(end, end + selector.suffix.length));
  return score;
}

export type { DiffPart, Distinguishing };
