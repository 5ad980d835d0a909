import { truncate, widthOf } from './text-width.js';

/** How a piece of a row is drawn. */
export type SpanStyle =
  | 'figure'
  | 'value'
  | 'added'
  | 'removed'
  | 'conflict'
  | 'differ'
  | 'agree'
  | 'dim'
  | 'key'
  | 'title'
  | 'warn'
  | 'ok'
  | 'accent';

/** A piece of one row of text with one style. */
export interface Span {
  readonly text: string;
  readonly style?: SpanStyle | undefined;
}

/** Shorthand for a span. */
export function span(text: string, style?: SpanStyle): Span {
  return style === undefined ? { text } : { text, style };
}

/**
 * Without colour, highlights that carry meaning are drawn as brackets: a figure as `⟦32回⟧`,
 * a diff as `[-removed-]{+added+}` (the git word-diff notation). Other styles simply vanish.
 */
export function markWithoutColor(spans: readonly Span[]): Span[] {
  return spans.map((s) => {
    if (s.style === 'figure') return { text: `⟦${s.text}⟧`, style: s.style };
    if (s.style === 'added') return { text: `{+${s.text}+}`, style: s.style };
    if (s.style === 'removed') return { text: `[-${s.text}-]`, style: s.style };
    return s;
  });
}

/** Cut spans to `width` cells in total, the last one ending with `…` when something was cut. */
export function truncateSpans(spans: readonly Span[], width: number): Span[] {
  const out: Span[] = [];
  let left = width;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (left <= 0) break;
    const w = widthOf(s.text);
    const isLast = i === spans.length - 1;
    if (w < left || (w === left && isLast)) {
      out.push(s);
      left -= w;
      continue;
    }
    if (w === left && !isLast && spans.slice(i + 1).every((rest) => rest.text === '')) {
      out.push(s);
      break;
    }
    out.push({ ...s, text: truncate(s.text, left) });
    break;
  }
  return out;
}

/** Break spans into rows of at most `width` cells, keeping styles. */
export function wrapSpans(spans: readonly Span[], width: number): Span[][] {
  const rows: Span[][] = [[]];
  let used = 0;
  const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const s of spans) {
    let piece = '';
    for (const { segment } of graphemes.segment(s.text)) {
      if (segment === '\n') {
        if (piece) rows[rows.length - 1]!.push({ ...s, text: piece });
        piece = '';
        rows.push([]);
        used = 0;
        continue;
      }
      const w = widthOf(segment);
      if (used + w > width && used > 0) {
        if (piece) rows[rows.length - 1]!.push({ ...s, text: piece });
        piece = '';
        rows.push([]);
        used = 0;
      }
      piece += segment;
      used += w;
    }
    if (piece) rows[rows.length - 1]!.push({ ...s, text: piece });
  }
  return rows;
}

/** Plain text of spans. */
export function spansText(spans: readonly Span[]): string {
  return spans.map((s) => s.text).join('');
}
