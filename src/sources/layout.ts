import { parseHtml } from './html.js';
import { readFrontMatter } from './markdown.js';
import type { SourceFormat } from './load.js';
import type { TextView } from './text-view.js';

export { formatOf } from './load.js';

/**
 * The layout of a capture: its lines of prose with what each is (heading, list item, quoted,
 * code, navigation), as offsets into the decoded text so that every quote cut from them is
 * verbatim. Plain text is read line by line; markdown through remark (front matter, code,
 * headings, block quotes); HTML through rehype-parse (text nodes of the body, with their block
 * element; `<title>` and `<meta>` through hast-util-to-text).
 */

/** How a capture is read: by its extension ({@link formatOf}). */
export type Format = SourceFormat;

/** What a line is. */
export type LineKind = 'text' | 'heading' | 'list' | 'code' | 'nav' | 'comment' | 'author' | 'caption' | 'blank';

/** One line of prose. */
export interface TextLine {
  /** Offsets of the line's content in the text, markers (`>`, `- `, indentation) excluded. */
  readonly start: number;
  readonly end: number;
  readonly kind: LineKind;
  /** Block-quote depth (`>`, `<blockquote>`). */
  readonly quote: number;
  /** Leading spaces (half- and full-width) before the content. */
  readonly indent: number;
}

/** The lines of a capture and its metadata (front matter, `<title>`, `<meta>`). */
export interface Layout {
  readonly format: Format;
  readonly lines: readonly TextLine[];
  readonly metadata: Readonly<Record<string, unknown>>;
  /** HTML: the lines point into this text content, mapped back to the file. */
  readonly view?: TextView;
}

/** Lay out a decoded capture. Never throws: markup that cannot be parsed is read as plain text. */
export function layout(text: string, format: Format): Layout {
  if (format === 'markdown') {
    try {
      return layoutMarkdown(text);
    } catch {
      return { format: 'text', lines: layoutText(text, 0, text.length), metadata: {} };
    }
  }
  if (format === 'html') {
    try {
      return layoutHtml(text);
    } catch {
      return { format: 'text', lines: layoutText(text, 0, text.length), metadata: {} };
    }
  }
  return { format, lines: layoutText(text, 0, text.length), metadata: {} };
}

/** Heading marks of plain-text captures: ●title／outlet date, 【title】, ■, ★ … */
const HEADING_MARKS = new Set([...'●○◎■□◆◇▼▽▲△★☆【']);

/** Split plain text (or a range of it) into lines, reading `>` quotes, list marks and heading marks. */
export function layoutText(text: string, from: number, to: number): TextLine[] {
  const lines: TextLine[] = [];
  let i = from;
  let nextCr = -1; // next CR at or after i (searched again only once passed)
  while (i <= to) {
    let eol = text.indexOf('\n', i);
    if (eol < 0 || eol > to) eol = to;
    let end = eol;
    if (end > i && text.charCodeAt(end - 1) === 13) end--;
    // a lone CR also ends a line
    if (nextCr !== Infinity && nextCr < i) {
      const found = text.indexOf('\r', i);
      nextCr = found < 0 ? Infinity : found;
    }
    if (nextCr < end) {
      end = nextCr;
      eol = nextCr;
    }
    lines.push(readLine(text, i, end));
    if (eol >= to) break;
    i = eol + 1;
  }
  return lines;
}

function readLine(text: string, lineStart: number, lineEnd: number): TextLine {
  let s = lineStart;
  let indent = 0;
  let quote = 0;
  for (;;) {
    const c = text.charCodeAt(s);
    if (s < lineEnd && (c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0)) {
      s++;
      indent++;
      continue;
    }
    if (s < lineEnd && (c === 0x3e || c === 0xff1e) && !(text.charCodeAt(s + 1) === 0x3e && text.charCodeAt(s + 2) === 0x3e)) {
      quote++;
      s++;
      continue;
    }
    break;
  }
  let e = lineEnd;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (s >= e) return { start: s, end: s, kind: 'blank', quote, indent };
  const c = text.charCodeAt(s);
  let kind: LineKind = 'text';
  if (c === 0x23 /* # */ && /^#{1,6}\s/.test(text.slice(s, s + 8))) {
    kind = 'heading';
    while (text.charCodeAt(s) === 0x23) s++;
    while (text.charCodeAt(s) === 0x20) s++;
  } else if (HEADING_MARKS.has(text.charAt(s))) {
    kind = 'heading';
  } else if ((c === 0x2d || c === 0x2a || c === 0x2b) && text.charCodeAt(s + 1) === 0x20) {
    kind = 'list';
    s += 2;
  } else if (c === 0x30fb /* ・ */ && e - s < 60) {
    kind = 'list';
    s += 1;
  } else if (/^\d{1,3}[.)]\s/.test(text.slice(s, s + 5))) {
    kind = 'list';
    s = text.indexOf(' ', s) + 1;
    while (text.charCodeAt(s) === 0x20) s++;
  }
  if (s >= e) return { start: s, end: s, kind: 'blank', quote, indent };
  return { start: s, end: e, kind, quote, indent };
}

/**
 * Markdown: the front matter is read as `check` reads it ({@link readFrontMatter}); the
 * body is read by the line reader, which knows block quotes, headings (ATX and setext), list
 * items and fenced code. A full remark parse of the body would cost more than all of extraction
 * and tell nothing more that matters here.
 */
function layoutMarkdown(text: string): Layout {
  const { metadata, contentStart } = readFrontMatter(text);
  const lines = layoutText(text, contentStart, text.length);
  let inFence: string | undefined;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const body = text.slice(line.start, Math.min(line.end, line.start + 4));
    if (inFence) {
      if (body.startsWith(inFence)) inFence = undefined;
      lines[k] = { ...line, kind: 'code' };
      continue;
    }
    if (body.startsWith('```') || body.startsWith('~~~')) {
      inFence = body.slice(0, 3);
      lines[k] = { ...line, kind: 'code' };
      continue;
    }
    if (line.indent >= 4 && line.kind !== 'blank' && (k === 0 || lines[k - 1]!.kind === 'blank' || lines[k - 1]!.kind === 'code')) {
      lines[k] = { ...line, kind: 'code' };
      continue;
    }
    if (line.kind !== 'blank' && /^(?:=+|-+)$/.test(text.slice(line.start, line.end)) && k > 0 && lines[k - 1]!.kind === 'text') {
      lines[k - 1] = { ...lines[k - 1]!, kind: 'heading' };
      lines[k] = { ...line, kind: 'blank', end: line.start };
    } else if (line.kind === 'text' && /^<\/?[a-zA-Z][^>]*>\s*$/.test(text.slice(line.start, line.end))) {
      lines[k] = { ...line, kind: 'code' };
    }
  }
  return { format: 'markdown', lines, metadata };
}

/**
 * HTML: the text content of the body as {@link parseHtml} reads it for every part of urazuke (a
 * line break at block elements, mapped back to the file), so a figure and its qualifier or
 * source split by inline markup (少なくとも<b>32回</b>, <a>LINE</a>によると) are read together and
 * a quote cut from it is one `check` finds. Each line takes the kind of the element holding it.
 */
function layoutHtml(text: string): Layout {
  const parts = parseHtml(text);
  const viewText = parts.view.text;
  const marks = parts.marks;
  let k = 0;
  const lines = layoutText(viewText, 0, viewText.length).map((line) => {
    while (k + 1 < marks.length && marks[k + 1]!.at <= line.start) k++;
    const context = marks[k];
    if (!context || line.kind === 'blank') return line;
    return { ...line, kind: context.kind === 'text' ? line.kind : context.kind, quote: line.quote + context.quote };
  });
  return { format: 'html', lines, metadata: parts.metadata, view: parts.view };
}
