import { Box } from 'ink';
import { useEffect, useMemo, useState, type ReactElement } from 'react';
import type { ClaimResult } from '../compare/types.js';
import { Body, type Row } from './Body.js';
import { readCapture, type Capture } from './capture.js';
import { figureRanges } from './figure-spans.js';
import { fitChain } from './format.js';
import { widthOf } from './text-width.js';
import { useNavigation } from './navigation.js';
import type { ScreenOf } from './review-state.js';
import { wrapSpans, type Span } from './spans.js';
import { useListNavigation } from './use-list-navigation.js';

/** Props of {@link SourceScreen}. */
export interface SourceScreenProps {
  readonly screen: ScreenOf<'source'>;
  readonly claim: ClaimResult;
  readonly root: string;
  readonly width: number;
  readonly height: number;
}

const GUTTER = 7;

/**
 * The capture around a claim's quote: line numbers, the quote's lines marked `▶`, the figure
 * highlighted. `o` opens `$EDITOR` at the quote's line.
 */
export function SourceScreen({ screen, claim, root, width, height }: SourceScreenProps): ReactElement {
  const nav = useNavigation();
  const source = claim.loaded.claim.source;
  const [capture, setCapture] = useState<Capture | { readonly error: string } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void readCapture(root, source ?? {}).then((c) => {
      if (live) setCapture(c);
    });
    return () => {
      live = false;
    };
  }, [root, source?.file, source?.quote, source?.prefix, source?.suffix, source?.line]);

  const view = useMemo(() => (capture && 'text' in capture ? layout(capture, claim, width - GUTTER) : undefined), [capture, claim, width]);
  const listHeight = Math.max(1, height - 2);
  const maxTop = Math.max(0, (view?.rows.length ?? 0) - listHeight);
  const quoteLine = view?.quoteLine ?? source?.line ?? 1;
  // Until the reviewer scrolls, the quote is a third of the way down.
  const { cursor: top } = useListNavigation({
    count: maxTop + 1,
    cursor: screen.top ?? (view ? view.quoteRow - Math.floor(listHeight / 3) : 0),
    pageSize: listHeight,
    onMove: (next) => nav.dispatch({ type: 'update', kind: 'source', patch: { top: next } }),
    onKey: (input) => {
      // A capture is read, never edited: `o` opens it read-only; `O` is the reviewer asking to edit it.
      if (input !== 'o' && input !== 'O') return;
      if (source?.file) nav.openEditor(source.file, quoteLine, { readOnly: input === 'o' });
      else nav.dispatch({ type: 'notify', text: 'This claim names no source file.', tone: 'error' });
    },
  });

  const c = claim.loaded.claim;
  const head: Row[] = [
    { spans: [{ text: c.outlet, style: 'key' }, { text: ` · ${claim.display} · ${fitChain(c, width - widthOf(`${c.outlet} · ${claim.display} · `))}`, style: undefined }] },
    {
      spans: [
        { text: `${source?.file ?? '(no source file)'}${view?.quoteLine ? `:${view.quoteLine}` : ''}`, style: 'title' },
        ...(capture && 'text' in capture && !capture.quoteAt ? [{ text: '  the quote is not found in this capture (stale?)', style: 'warn' as const }] : []),
      ],
    },
  ];
  let rows: Row[];
  if (!capture) rows = [{ spans: [{ text: 'Reading the capture…', style: 'dim' }] }];
  else if ('error' in capture) rows = [{ spans: [{ text: capture.error, style: 'warn' }] }];
  else rows = view!.rows.slice(top, top + listHeight);
  return (
    <Box flexDirection="column">
      <Body rows={head} width={width} height={2} />
      <Body rows={rows} width={width} height={listHeight} />
    </Box>
  );
}

interface Layout {
  readonly rows: Row[];
  /** Row of the first line of the quote. */
  readonly quoteRow: number;
  /** 1-based line of the quote. */
  readonly quoteLine: number | undefined;
}

function layout(capture: Capture, claim: ClaimResult, width: number): Layout {
  const rows: Row[] = [];
  const text = capture.text;
  const [qs, qe] = capture.quoteAt ?? [-1, -1];
  const figures = capture.quoteAt
    ? figureRanges(text.slice(qs, qe), claim.loaded.claim.value).map(([a, b]) => [a + qs, b + qs] as const)
    : [];
  let quoteRow = 0;
  let quoteLine: number | undefined;
  // Only a window around the quote is laid out: wrapping every grapheme of a 50 MB capture, or
  // of a 30 MB single line, would freeze the UI for minutes.
  const [from, to] = layoutWindow(text, qs >= 0 ? qs : 0, qe >= 0 ? qe : 0);
  let lineNo = capture.lineAt(from);
  const pattern = /\r\n|\r|\n/g;
  pattern.lastIndex = from;
  let start = from;
  for (;;) {
    let match = pattern.exec(text);
    if (match && match.index >= to) match = null;
    const end = match ? match.index : to;
    const inQuote = qs >= 0 && start <= qe && end >= qs && !(end === qs && qs !== qe) && !(start === qe && qs !== qe);
    if (inQuote && quoteLine === undefined) {
      quoteLine = lineNo;
      quoteRow = rows.length;
    }
    const spans = lineSpans(text, start, end, [qs, qe], figures);
    if (start === from && from > 0 && !/[\r\n]/.test(text[from - 1]!)) spans.unshift({ text: '…', style: 'dim' });
    if (!match && to < text.length && !/[\r\n]/.test(text[to]!)) spans.push({ text: '…', style: 'dim' });
    const wrapped = wrapSpans(spans, Math.max(10, width));
    wrapped.forEach((piece, i) => {
      const gutter = i === 0 ? `${String(lineNo).padStart(5)}${inQuote ? '▶' : '│'} ` : `     ${inQuote ? '▶' : '│'} `;
      rows.push({ spans: [{ text: gutter, style: inQuote ? 'accent' : 'dim' }, ...piece] });
    });
    if (!match) break;
    start = match.index + match[0].length;
    lineNo++;
  }
  return { rows, quoteRow, quoteLine };
}

/** Lines laid out before and after the quote's, and characters at most on either side of it. */
const CONTEXT_LINES = 300;
const CONTEXT_CHARS = 20_000;
/** Characters shown before the quote when its line starts further back than that. */
const LINE_CONTEXT = 200;

/** The part of `text` the Source screen lays out: whole lines around [qs, qe), cut inside a line only when it is very long. */
function layoutWindow(text: string, qs: number, qe: number): readonly [number, number] {
  const isBreak = (c: number) => c === 10 || c === 13;
  let from = qs;
  // In a very long line, start shortly before the quote, so that it shows on the first screen.
  while (from > 0 && qs - from <= LINE_CONTEXT && !isBreak(text.charCodeAt(from - 1))) from--;
  if (from > 0 && !isBreak(text.charCodeAt(from - 1))) return [notInPair(text, qs - LINE_CONTEXT), windowEnd(text, qs, qe)];
  for (let breaks = 0; from > 0 && qs - from < CONTEXT_CHARS; from--) {
    if (isBreak(text.charCodeAt(from - 1)) && ++breaks > CONTEXT_LINES) break;
  }
  if (text.charCodeAt(from - 1) === 13 && text.charCodeAt(from) === 10) from++;
  return [notInPair(text, from), windowEnd(text, qs, qe)];
}

/** `at`, or the next offset when `at` would split a surrogate pair. */
function notInPair(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff ? at + 1 : at;
}

function windowEnd(text: string, qs: number, qe: number): number {
  let to = Math.max(qe, qs);
  for (let breaks = 0; to < text.length && to - qe < CONTEXT_CHARS; to++) {
    const c = text.charCodeAt(to);
    if ((c === 10 || c === 13) && ++breaks > CONTEXT_LINES) break;
  }
  return notInPair(text, to);
}

function lineSpans(text: string, start: number, end: number, quote: readonly [number, number], figures: ReadonlyArray<readonly [number, number]>): Span[] {
  const cuts = new Set<number>([start, end]);
  for (const at of [quote[0], quote[1], ...figures.flat()]) if (at > start && at < end) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  const spans: Span[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const isFigure = figures.some(([fs, fe]) => a >= fs && b <= fe);
    const inQuote = a >= quote[0] && b <= quote[1];
    spans.push({ text: text.slice(a, b), style: isFigure ? 'figure' : inQuote ? 'accent' : undefined });
  }
  return spans;
}
