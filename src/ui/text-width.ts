import stringWidth from 'string-width';

/**
 * Display width in terminal cells (East Asian wide characters count 2), and truncation and
 * wrapping by it. The UI never lets Ink wrap: every row is cut to the width it has.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Widths already measured: rows repeat from frame to frame, and string-width is the costliest step of a frame. */
const widths = new Map<string, number>();
const MAX_CACHED = 20_000;
/** Truncations already made, by width and text. */
const cuts = new Map<string, string>();

/** Cells `text` takes on a terminal. */
export function widthOf(text: string): number {
  if (isAsciiPrintable(text)) return text.length;
  let width = widths.get(text);
  if (width === undefined) {
    width = stringWidth(text);
    if (text.length > MAX_CACHED_LENGTH) return width;
    if (widths.size >= MAX_CACHED) widths.clear();
    widths.set(text, width);
  }
  return width;
}

/** Texts longer than this are measured but not kept (an id or a quote may run to megabytes). */
const MAX_CACHED_LENGTH = 1000;

/** Cut `text` to at most `width` cells, ending with `…` when something was cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  // Only the head of a long text can show: no more of it is looked at than could fill the width
  // (a grapheme takes at least one cell, and at most a few code units but for rare sequences).
  const room = 8 * width + 16;
  if (text.length > room) return cutHead(text.slice(0, room), width);
  if (isAsciiPrintable(text)) return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
  if (widthOf(text) <= width) return text;
  const key = `${width}\u0000${text}`;
  const cached = cuts.get(key);
  if (cached !== undefined) return cached;
  const out = cutHead(text, width);
  if (cuts.size >= MAX_CACHED) cuts.clear();
  cuts.set(key, out);
  return out;
}

/** The graphemes of `text` that fit in `width` - 1 cells, and `…`. */
function cutHead(text: string, width: number): string {
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = widthOf(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** Cut or pad `text` with spaces to exactly `width` cells. */
export function fit(text: string, width: number): string {
  const cut = truncate(text, width);
  const pad = width - widthOf(cut);
  return pad > 0 ? cut + ' '.repeat(pad) : cut;
}

/** Pad on the left to `width` cells (numbers in columns). */
export function fitRight(text: string, width: number): string {
  const cut = truncate(text, width);
  const pad = width - widthOf(cut);
  return pad > 0 ? ' '.repeat(pad) + cut : cut;
}

/** Break `text` into rows of at most `width` cells, at grapheme boundaries (Japanese has no spaces to break at). */
export function wrap(text: string, width: number): string[] {
  if (width <= 0) return [''];
  const rows: string[] = [];
  let row = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = widthOf(segment);
    if (used + w > width && row !== '') {
      rows.push(row);
      row = '';
      used = 0;
    }
    row += segment;
    used += w;
  }
  rows.push(row);
  return rows;
}

function isAsciiPrintable(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

/**
 * Break `text` into rows of at most `width` cells at spaces (English), and inside a word only when
 * it is longer than a row (Japanese, a long path), as {@link wrap} does.
 */
export function wrapWords(text: string, width: number): string[] {
  const rows: string[] = [];
  let row = '';
  for (const word of text.split(' ')) {
    const joined = row === '' ? word : `${row} ${word}`;
    if (widthOf(joined) <= width) {
      row = joined;
      continue;
    }
    if (row !== '') rows.push(row);
    const pieces = widthOf(word) > width ? wrap(word, width) : [word];
    rows.push(...pieces.slice(0, -1));
    row = pieces[pieces.length - 1] ?? '';
  }
  rows.push(row);
  return rows;
}
