/** Longest prefix or suffix suggested to tell repeated quotes apart. */
const MAX_CONTEXT = 48;
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
  const after = (start: number, n: number): string => text.slice(start + length, start + length + n);
  const before = (start: number, n: number): string => text.slice(Math.max(0, start - n), start);
  const shortest = (read: (start: number, n: number) => string, room: number): string | undefined => {
    for (let n = 1; n <= Math.min(MAX_CONTEXT, room); n++) {
      const mine = read(self, n);
      if (others.every((o) => read(o, n) !== mine)) return widen(read(self, Math.min(room, Math.max(n, MIN_CONTEXT))), read === before);
    }
    return undefined;
  };
  const suffix = shortest(after, text.length - self - length);
  const prefix = shortest(before, self);
  if (suffix !== undefined && (prefix === undefined || suffix.length <= prefix.length)) return { suffix };
  if (prefix !== undefined) return { prefix };
  const bothPrefix = before(self, MAX_CONTEXT);
  const bothSuffix = after(self, MAX_CONTEXT);
  const unique = others.every((o) => before(o, MAX_CONTEXT) !== bothPrefix || after(o, MAX_CONTEXT) !== bothSuffix);
  if (unique && bothPrefix !== '' && bothSuffix !== '') return { prefix: bothPrefix, suffix: bothSuffix };
  return undefined;
}

/** Do not cut a surrogate pair in half. */
function widen(context: string, isPrefix: boolean): string {
  if (isPrefix) return /^[\uDC00-\uDFFF]/.test(context) ? context.slice(1) : context;
  return /[\uD800-\uDBFF]$/.test(context) ? context.slice(0, -1) : context;
}
