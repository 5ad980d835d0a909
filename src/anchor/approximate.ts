import { diffChars } from 'diff';
import { editTouchesFigure, type Edit } from './figures.js';
import { foldCode, normalizeForMatch, type Normalized } from './normalize.js';

/** Lowest combined score (quote and context, 0–1) an approximate match needs. */
export const MIN_SCORE = 0.75;
/** Lowest score of the quote alone. */
export const MIN_QUOTE_SCORE = 0.7;
/** Quotes shorter than this (normalised) are only ever matched exactly. */
export const MIN_FUZZY_LENGTH = 4;
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

/** True when any edit between the two folded texts touches a figure. */
export function changesFigure(a: string, b: string): boolean {
  let ai = 0;
  let bi = 0;
  let edit: { aStart: number; aEnd: number; bStart: number; bEnd: number } | undefined;
  const flush = (): boolean => {
    const touched = edit !== undefined && editTouchesFigure(a, b, edit as Edit);
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
 * Windows of the text worth aligning: one linear pass collects, for every n-gram the text shares
 * with the quote, the diagonal (text offset − quote offset) it votes for; the best-voted diagonals
 * give the windows.
 */
function seedWindows(text: string, quote: string): Array<readonly [number, number]> {
  const m = quote.length;
  const n = m >= 12 ? 3 : 2;
  const grams = new Map<number, number[]>();
  const inQuote = new Uint8Array(65536);
  for (let j = 0; j + n <= m; j++) {
    let key = 0;
    for (let k = 0; k < n; k++) key = key * 65536 + quote.charCodeAt(j + k);
    const list = grams.get(key);
    if (list) {
      if (list.length < 16) list.push(j);
    } else grams.set(key, [j]);
    inQuote[quote.charCodeAt(j + n - 1)] = 1;
  }
  const bin = Math.max(4, Math.ceil(m / 4));
  const votes = new Map<number, number>();
  const codes = [0, 0, 0];
  const offsets = [0, 0, 0];
  let filled = 0;
  for (let i = 0; i < text.length; i++) {
    const code = foldCode(text.charCodeAt(i));
    if (code < 0) continue;
    codes[0] = codes[1]!;
    codes[1] = codes[2]!;
    codes[2] = code;
    offsets[0] = offsets[1]!;
    offsets[1] = offsets[2]!;
    offsets[2] = i;
    if (filled < n) filled++;
    if (filled < n || inQuote[code] === 0) continue;
    const key = n === 3 ? (codes[0]! * 65536 + codes[1]!) * 65536 + code : codes[1]! * 65536 + code;
    const positions = grams.get(key);
    if (!positions) continue;
    const at = offsets[3 - n]!;
    for (const j of positions) {
      const b = Math.floor((at - j) / bin);
      votes.set(b, (votes.get(b) ?? 0) + 1);
    }
  }
  const needed = Math.max(2, Math.floor((m - n + 1) * 0.25));
  const ranked = [...votes.entries()]
    .map(([b, v]) => [b, v + (votes.get(b - 1) ?? 0) + (votes.get(b + 1) ?? 0)] as const)
    .filter(([, v]) => v >= needed)
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, MAX_WINDOWS * 3);
  const spans: Array<[number, number]> = [];
  for (const [b] of ranked) {
    const from = Math.max(0, b * bin - bin - Math.ceil(m / 2));
    const to = Math.min(text.length, (b + 2) * bin + m * 2 + 64);
    if (spans.some(([f, t]) => from < t && to > f)) continue;
    spans.push([from, to]);
    if (spans.length >= MAX_WINDOWS) break;
  }
  return spans;
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
