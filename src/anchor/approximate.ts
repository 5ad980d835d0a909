import { diffChars } from 'diff';
import { editTouchesFigure, figureMask, type Edit } from './figures.js';
import { foldCode, normalizeForMatch, type Normalized } from './normalize.js';

/** Lowest combined score (quote and context, 0–1) an approximate match needs. */
export const MIN_SCORE = 0.75;
/** Lowest score of the quote alone. */
export const MIN_QUOTE_SCORE = 0.7;
/** Quotes shorter than this (normalised) are only ever matched exactly: a short quote is there or not. */
export const MIN_FUZZY_LENGTH = 8;
/** Quotes longer than this (normalised) are only ever matched exactly, to bound the time. */
export const MAX_FUZZY_LENGTH = 2000;
/** Candidate windows aligned per search. */
const MAX_WINDOWS = 8;

/** An approximate match, in offsets of the searched text. */
export interface ApproximateMatch {
  readonly start: number;
  readonly end: number;
  /** Combined score of quote and context, 0–1. */
  readonly score: number;
  /** Score of the quote alone. */
  readonly quoteScore: number;
}

/** Result of {@link approximateMatch}. */
export interface ApproximateResult {
  /** The best acceptable match, if any. */
  readonly match: ApproximateMatch | undefined;
  /** The best passage that would have matched but for an edit touching a figure. */
  readonly figureMiss: ApproximateMatch | undefined;
}

/** Selector fields approximate matching reads. */
export interface FuzzySelector {
  readonly quote: string;
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
}

/**
 * Find where a quote that is no longer in the text most likely went. Candidate windows are seeded
 * by n-grams shared with the quote (one linear pass over the text, no allocation per character),
 * then each window is aligned with the quote (semi-global edit distance) on NFKC-folded,
 * white-space-free text. A candidate is scored on the quote and on its prefix and suffix; any
 * edit touching a figure disqualifies it (32 → 38 is not a drifted quote but another claim).
 */
export function approximateMatch(text: string, selector: FuzzySelector): ApproximateResult {
  const none: ApproximateResult = { match: undefined, figureMiss: undefined };
  const quote = normalizeForMatch(selector.quote).text;
  const m = quote.length;
  if (m < MIN_FUZZY_LENGTH || m > MAX_FUZZY_LENGTH) return none;
  const windows = seedWindows(text, quote);
  const prefix = selector.prefix === undefined ? '' : normalizeForMatch(selector.prefix).text;
  const suffix = selector.suffix === undefined ? '' : normalizeForMatch(selector.suffix).text;
  let best: ApproximateMatch | undefined;
  let figureMiss: ApproximateMatch | undefined;
  for (const [from, to] of windows) {
    const window = normalizeForMatch(text, from, to);
    const aligned = align(quote, window.text);
    if (!aligned) continue;
    const found = window.text.slice(aligned.start, aligned.end);
    const quoteScore = 1 - aligned.distance / Math.max(m, found.length);
    if (quoteScore < MIN_QUOTE_SCORE) continue;
    const start = window.map[aligned.start]!;
    const end = endOffset(text, window, aligned.end);
    const prefixScore = prefix === '' ? 1 : similarity(prefix, tail(normalizeForMatch(text, Math.max(0, start - prefix.length * 3 - 16), start).text, prefix.length));
    const suffixScore = suffix === '' ? 1 : similarity(suffix, normalizeForMatch(text, end, Math.min(text.length, end + suffix.length * 3 + 16)).text.slice(0, suffix.length));
    const score = (quoteScore * m + prefixScore * prefix.length + suffixScore * suffix.length) / (m + prefix.length + suffix.length);
    if (score < MIN_SCORE) continue;
    const candidate: ApproximateMatch = { start, end, score, quoteScore };
    if (changesFigure(quote, found)) {
      if (!figureMiss || score > figureMiss.score) figureMiss = candidate;
      continue;
    }
    if (!best || score > best.score) best = candidate;
  }
  return { match: best, figureMiss: best ? undefined : figureMiss };
}

/** True when any edit between the two folded texts touches a figure or a word qualifying one. */
export function changesFigure(a: string, b: string): boolean {
  const aMask = figureMask(a);
  const bMask = figureMask(b);
  let ai = 0;
  let bi = 0;
  let edit: { aStart: number; aEnd: number; bStart: number; bEnd: number } | undefined;
  const flush = (): boolean => {
    const touched = edit !== undefined && editTouchesFigure(aMask, bMask, edit as Edit);
    edit = undefined;
    return touched;
  };
  for (const part of diffChars(a, b)) {
    const length = part.value.length;
    if (!part.added && !part.removed) {
      if (flush()) return true;
      ai += length;
      bi += length;
      continue;
    }
    edit ??= { aStart: ai, aEnd: ai, bStart: bi, bEnd: bi };
    if (part.removed) {
      ai += length;
      edit.aEnd = ai;
    } else {
      bi += length;
      edit.bEnd = bi;
    }
  }
  return flush();
}

/**
 * Windows of the text worth aligning. One linear pass over the text: each n-gram it shares with
 * the quote votes for a diagonal (text offset − quote offset), bucketed into bins; only the bins
 * that can still receive votes are kept (a ring buffer), and only the best few finished bins are
 * remembered. The n-grams of the quote sit in an open-addressing table of typed arrays, so the
 * pass allocates nothing per character: about 0.1 µs per character.
 */
function seedWindows(text: string, quote: string): Array<readonly [number, number]> {
  const m = quote.length;
  const n = m >= 12 ? 3 : 2;
  const table = new GramTable(quote, n);
  const bin = Math.max(4, Math.ceil(m / 4));
  const ringSize = Math.ceil(m / bin) + 4;
  const ring = new Int32Array(ringSize);
  const needed = Math.max(2, Math.floor((m - n + 1) * 0.25));
  const keep = MAX_WINDOWS * 2;
  const best: Array<{ bin: number; votes: number }> = [];
  let low = 0;
  let previous = 0;
  const finish = (upTo: number): void => {
    while (low < upTo) {
      const slot = low % ringSize;
      const votes = ring[slot]!;
      ring[slot] = 0;
      const score = votes + previous;
      previous = votes;
      if (votes > 0 && score >= needed && (best.length < keep || score > best[best.length - 1]!.votes)) {
        let i = best.length;
        while (i > 0 && best[i - 1]!.votes < score) i--;
        best.splice(i, 0, { bin: low, votes: score });
        if (best.length > keep) best.pop();
      }
      low++;
    }
  };
  let c0 = 0;
  let c1 = 0;
  let o0 = 0;
  let o1 = 0;
  let filled = 0;
  const { starts, positions } = table;
  for (let i = 0; i < text.length; i++) {
    const code = foldCode(text.charCodeAt(i));
    if (code < 0) continue;
    const first = n === 3 ? o0 : o1;
    const a = n === 3 ? c0 : c1;
    const b = n === 3 ? c1 : code;
    const c = n === 3 ? code : 0;
    c0 = c1;
    c1 = code;
    o0 = o1;
    o1 = i;
    if (filled < n - 1) {
      filled++;
      continue;
    }
    // Diagonals are shifted by m so they are never negative; bins below this one are final.
    finish(Math.floor((first + 1) / bin));
    const gram = table.find(a, b, c);
    if (gram < 0) continue;
    for (let k = starts[gram]!; k < starts[gram + 1]!; k++) {
      const diagonal = first - positions[k]! + m;
      ring[Math.floor(diagonal / bin) % ringSize]!++;
    }
  }
  finish(Math.floor((text.length + m) / bin) + 2);

  const spans: Array<[number, number]> = [];
  for (const { bin: b } of best) {
    const at = b * bin - m;
    const from = Math.max(0, at - 2 * bin - Math.ceil(m / 2));
    const to = Math.min(text.length, at + bin + m * 2 + 64);
    if (spans.some(([f, t]) => from < t && to > f)) continue;
    spans.push([from, to]);
    if (spans.length >= MAX_WINDOWS) break;
  }
  return spans;
}

/** The n-grams of a quote (n = 2 or 3, by UTF-16 code) and where each occurs in it: open addressing over typed arrays. */
class GramTable {
  readonly starts: Int32Array;
  readonly positions: Int32Array;
  readonly #codes: Uint16Array;
  readonly #slots: Int32Array;
  readonly #mask: number;

  constructor(quote: string, n: number) {
    const ids = new Map<string, number[]>();
    for (let j = 0; j + n <= quote.length; j++) {
      const key = quote.slice(j, j + n);
      const list = ids.get(key);
      if (list) {
        if (list.length < 16) list.push(j);
      } else ids.set(key, [j]);
    }
    const keys = [...ids.keys()];
    this.#codes = new Uint16Array(keys.length * 3);
    this.starts = new Int32Array(keys.length + 1);
    const all: number[] = [];
    keys.forEach((key, id) => {
      for (let k = 0; k < n; k++) this.#codes[id * 3 + k] = key.charCodeAt(k);
      this.starts[id] = all.length;
      all.push(...ids.get(key)!);
    });
    this.starts[keys.length] = all.length;
    this.positions = Int32Array.from(all);
    let size = 16;
    while (size < keys.length * 4) size *= 2;
    this.#mask = size - 1;
    this.#slots = new Int32Array(size).fill(-1);
    keys.forEach((_, id) => {
      let h = hash(this.#codes[id * 3]!, this.#codes[id * 3 + 1]!, this.#codes[id * 3 + 2]!) & this.#mask;
      while (this.#slots[h] !== -1) h = (h + 1) & this.#mask;
      this.#slots[h] = id;
    });
  }

  /** Id of the gram (a, b, c) — c is 0 for bigrams — or -1. */
  find(a: number, b: number, c: number): number {
    let h = hash(a, b, c) & this.#mask;
    for (;;) {
      const id = this.#slots[h]!;
      if (id === -1) return -1;
      const at = id * 3;
      if (this.#codes[at] === a && this.#codes[at + 1] === b && this.#codes[at + 2] === c) return id;
      h = (h + 1) & this.#mask;
    }
  }
}

function hash(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> 7;
}

/**
 * Semi-global alignment: the quote must be used whole, the window may start and end anywhere.
 * Returns the best span of the window and its edit distance.
 */
function align(quote: string, window: string): { start: number; end: number; distance: number } | undefined {
  const m = quote.length;
  const w = window.length;
  if (w === 0) return undefined;
  let prev = new Int32Array(w + 1);
  let cur = new Int32Array(w + 1);
  let prevStart = new Int32Array(w + 1);
  let curStart = new Int32Array(w + 1);
  for (let j = 0; j <= w; j++) {
    prev[j] = 0;
    prevStart[j] = j;
  }
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    curStart[0] = 0;
    const q = quote.charCodeAt(i - 1);
    for (let j = 1; j <= w; j++) {
      const sub = prev[j - 1]! + (q === window.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      if (sub <= del && sub <= ins) {
        cur[j] = sub;
        curStart[j] = prevStart[j - 1]!;
      } else if (del <= ins) {
        cur[j] = del;
        curStart[j] = prevStart[j]!;
      } else {
        cur[j] = ins;
        curStart[j] = curStart[j - 1]!;
      }
    }
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  let end = 0;
  for (let j = 1; j <= w; j++) if (prev[j]! < prev[end]!) end = j;
  return { start: prevStart[end]!, end, distance: prev[end]! };
}

function endOffset(text: string, window: Normalized, end: number): number {
  if (end === 0) return window.map[0]!;
  const last = window.map[end - 1]!;
  return last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
}

function tail(text: string, length: number): string {
  return text.slice(Math.max(0, text.length - length));
}

/** 1 − normalised Levenshtein distance of two short strings. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return 1 - prev[b.length]! / longest;
}
