/** Longest prefix or suffix suggested to tell repeated quotes apart (a repeated block may need a long one). */
const MAX_CONTEXT = 400;
/** Shortest context suggested, so a suggestion survives small edits elsewhere. */
const MIN_CONTEXT = 3;

/** Every offset where `quote` occurs in `text`, overlapping occurrences included. */
export function findAll(text: string, quote: string): number[] {
  const found: number[] = [];
  if (quote === '') return found;
  let at = text.indexOf(quote);
  while (at !== -1) {
    found.push(at);
    at = text.indexOf(quote, at + 1);
  }
  return found;
}

/** True when the text around an occurrence matches the selector's prefix and suffix exactly. */
export function contextMatches(text: string, start: number, end: number, prefix: string | undefined, suffix: string | undefined): boolean {
  if (prefix !== undefined && !text.slice(Math.max(0, start - prefix.length), start).endsWith(prefix)) return false;
  if (suffix !== undefined && !text.startsWith(suffix, end)) return false;
  return true;
}

/** A context that picks one occurrence among several. */
export interface Distinguishing {
  readonly prefix?: string;
  readonly suffix?: string;
}

/**
 * The shortest `suffix` or `prefix` (whichever is shorter; both when neither alone suffices)
 * that tells the occurrence at `starts[chosen]` apart from every other one. Undefined when no
 * context within {@link MAX_CONTEXT} characters does.
 */
export function distinguishingContext(text: string, starts: readonly number[], length: number, chosen: number): Distinguishing | undefined {
  const self = starts[chosen]!;
  const others = starts.filter((_, i) => i !== chosen);
  // Characters after (before) `self` that each other occurrence shares, plus one, is what a suffix (prefix) needs.
  const shared = (step: 1 | -1, from: (s: number) => number, room: (s: number) => number): number | undefined => {
    let needed = 0;
    const mine = room(self);
    for (const other of others) {
      const limit = Math.min(mine, room(other), MAX_CONTEXT);
      let k = 0;
      while (k < limit && text.charCodeAt(from(self) + step * k) === text.charCodeAt(from(other) + step * k)) k++;
      if (k === limit && limit === mine) return undefined;
      if (k === limit && limit === MAX_CONTEXT) return undefined;
      needed = Math.max(needed, k + 1);
    }
    return Math.min(mine, Math.max(needed, MIN_CONTEXT));
  };
  const suffixLength = shared(1, (s) => s + length, (s) => text.length - s - length);
  const prefixLength = shared(-1, (s) => s - 1, (s) => s);
  const suffix = suffixLength === undefined ? undefined : widen(text.slice(self + length, self + length + suffixLength), false);
  const prefix = prefixLength === undefined ? undefined : widen(text.slice(self - prefixLength, self), true);
  // Shorter is better; a context without a line break reads better in YAML.
  const cost = (context: string): number => context.length + (/[\r\n]/.test(context) ? 16 : 0);
  if (suffix !== undefined && (prefix === undefined || cost(suffix) <= cost(prefix))) return { suffix };
  if (prefix !== undefined) return { prefix };
  return undefined;
}

/** Do not cut a surrogate pair in half. */
function widen(context: string, isPrefix: boolean): string {
  if (isPrefix) return /^[\uDC00-\uDFFF]/.test(context) ? context.slice(1) : context;
  return /[\uD800-\uDBFF]$/.test(context) ? context.slice(0, -1) : context;
}
