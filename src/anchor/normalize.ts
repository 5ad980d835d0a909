/** A normalised text and, for each of its code units, the offset in the original it came from. */
export interface Normalized {
  readonly text: string;
  /** `map[i]` is the original offset of normalised unit `i`; `map[text.length]` is the end. */
  readonly map: Int32Array;
}

/**
 * Fold a text for approximate matching only: NFKC (full-width digits and letters, half-width
 * kana, compatibility forms) and no white space at all (so a line break inside a quote, or
 * spaces between Japanese words, do not count). Exact matching never uses this.
 */
export function normalizeForMatch(text: string, from = 0, to = text.length): Normalized {
  let out = '';
  const map: number[] = [];
  let i = from;
  while (i < to) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const char = text.slice(i, i + width);
    if (!/\s/u.test(char)) {
      const folded = code < 0x80 ? char : char.normalize('NFKC');
      for (let k = 0; k < folded.length; k++) map.push(i);
      out += folded;
    }
    i += width;
  }
  map.push(to);
  return { text: out, map: Int32Array.from(map) };
}

/**
 * A cheap per-code-unit fold for scanning large texts: full-width ASCII to ASCII, white space to
 * -1 (skipped). Consistent with {@link normalizeForMatch} for the characters that matter most.
 */
export function foldCode(code: number): number {
  if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3000 || code === 0xa0 || code === 0x0c || code === 0x0b) return -1;
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  return code;
}
