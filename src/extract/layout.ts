import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import rehypeParse from 'rehype-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

/**
 * The layout of a capture: its lines of prose with what each is (heading, list item, quoted,
 * code, navigation), as offsets into the decoded text so that every quote cut from them is
 * verbatim. Plain text is read line by line; markdown through remark (front matter, code,
 * headings, block quotes); HTML through rehype-parse (text nodes of the body, with their block
 * element; `<title>` and `<meta>` through hast-util-to-text).
 */

/** How a capture is read. */
export type Format = 'text' | 'markdown' | 'html';

/** What a line is. */
export type LineKind = 'text' | 'heading' | 'list' | 'code' | 'nav' | 'blank';

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

/** The format of a file, by its extension. */
export function formatOf(file: string): Format {
  const lower = file.toLowerCase();
  if (/\.(md|markdown|mdx)$/.test(lower)) return 'markdown';
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  return 'text';
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
 * Markdown: the front matter goes through remark (remark-frontmatter) and the YAML parser; the
 * body is read by the line reader, which knows block quotes, headings (ATX and setext), list
 * items and fenced code. A full remark parse of the body would cost more than all of extraction
 * and tell nothing more that matters here.
 */
function layoutMarkdown(text: string): Layout {
  let metadata: Record<string, unknown> = {};
  let contentStart = 0;
  const fence = /^(?:\uFEFF)?(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (fence) {
    const close = new RegExp(`\\r?\\n${fence[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(?:\\r?\\n|$)`, 'g');
    close.lastIndex = fence[0].length - 1;
    const end = close.exec(text);
    if (end) {
      const head = text.slice(0, end.index + end[0].length);
      const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).parse(head) as MdastRoot;
      const first = tree.children[0] as MdastNodes | undefined;
      if (first && first.type === 'yaml') {
        try {
          const data: unknown = parseYaml(first.value);
          if (data && typeof data === 'object' && !Array.isArray(data)) metadata = data as Record<string, unknown>;
        } catch {
          // unreadable front matter: no metadata
        }
        contentStart = head.length;
      } else if (first && (first.type as string) === 'toml') {
        contentStart = head.length;
      }
    }
  }
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

/** Elements whose content is never prose. */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'head', 'button', 'select', 'option', 'iframe']);
/** Elements that hold navigation, sidebars and forms: their text is noise. */
const NAV = new Set(['nav', 'aside', 'footer', 'form', 'menu']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements that end a line of text content. */
const BREAKS = new Set(['br', 'p', 'div', 'li', 'tr', 'td', 'th', 'dd', 'dt', 'blockquote', 'section', 'article', 'header', 'figcaption', 'ul', 'ol', 'table', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'title', 'main', 'nav', 'aside', 'footer']);

/**
 * HTML: the text content of the body (text nodes outside scripts and styles, a line break at
 * block elements), as a view mapped back to the file, so a figure and its qualifier or source
 * split by inline markup (少なくとも<b>32回</b>, <a>LINE</a>によると) are read together.
 */
function layoutHtml(text: string): Layout {
  const tree = unified().use(rehypeParse).parse(text) as HastRoot;
  const metadata: Record<string, unknown> = {};
  const parts: string[] = [];
  const pieces: ViewPiece[] = [];
  const kinds: Array<{ at: number; kind: LineKind; quote: number }> = [];
  let length = 0;
  const newline = (): void => {
    if (length > 0 && parts[parts.length - 1] !== '\n') {
      parts.push('\n');
      length++;
    }
  };
  const walk = (node: HastNodes, context: { quote: number; kind: LineKind }): void => {
    if (node.type === 'element') {
      readMeta(node, metadata);
      if (node.tagName === 'head') {
        // the head holds no prose, only <title> and <meta>
        const visit = (n: HastNodes): void => {
          if (n.type !== 'element') return;
          readMeta(n, metadata);
          for (const child of n.children) visit(child as HastNodes);
        };
        for (const child of node.children) visit(child as HastNodes);
        return;
      }
      if (SKIP.has(node.tagName)) return;
      let { quote, kind } = context;
      if (node.tagName === 'blockquote') quote++;
      if (HEADINGS.has(node.tagName)) kind = 'heading';
      else if (node.tagName === 'li' && kind === 'text') kind = 'list';
      else if (NAV.has(node.tagName) || /\b(nav|menu|sidebar|widget|footer|breadcrumb|ranking|share|sns|related|ad|ads|sponsor)\b/i.test(String(node.properties['className'] ?? '') + ' ' + String(node.properties['id'] ?? ''))) kind = 'nav';
      else if (node.tagName === 'pre' || node.tagName === 'code') kind = 'code';
      const breaks = BREAKS.has(node.tagName);
      if (breaks) newline();
      if (kind !== context.kind || quote !== context.quote || breaks) kinds.push({ at: length, kind, quote });
      for (const child of node.children) walk(child as HastNodes, { quote, kind });
      if (breaks) {
        newline();
        kinds.push({ at: length, kind: context.kind, quote: context.quote });
      }
      return;
    }
    if (node.type === 'root') {
      for (const child of node.children) walk(child as HastNodes, context);
      return;
    }
    if (node.type !== 'text') return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const value = node.value;
    pieces.push({ viewStart: length, viewEnd: length + value.length, rawStart: start, rawEnd: end, verbatim: text.slice(start, end) === value });
    parts.push(value);
    length += value.length;
  };
  walk(tree, { quote: 0, kind: 'text' });
  const viewText = parts.join('');
  let k = 0;
  const lines = layoutText(viewText, 0, viewText.length).map((line) => {
    while (k + 1 < kinds.length && kinds[k + 1]!.at <= line.start) k++;
    const context = kinds[k];
    if (!context || line.kind === 'blank') return line;
    return { ...line, kind: context.kind === 'text' ? line.kind : context.kind, quote: line.quote + context.quote };
  });
  return { format: 'html', lines, metadata, view: new TextView(viewText, pieces) };
}

/** A run of text content that comes from one text node of the file. */
interface ViewPiece {
  readonly viewStart: number;
  readonly viewEnd: number;
  readonly rawStart: number;
  readonly rawEnd: number;
  /** The file writes it exactly so (no character references). */
  readonly verbatim: boolean;
}

/** Text content mapped back to the file it was read from. */
export class TextView {
  readonly text: string;
  readonly #pieces: readonly ViewPiece[];

  constructor(text: string, pieces: readonly ViewPiece[]) {
    this.text = text;
    this.#pieces = pieces;
  }

  #find(offset: number): ViewPiece | undefined {
    const pieces = this.#pieces;
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = pieces[mid]!;
      if (offset < p.viewStart) hi = mid - 1;
      else if (offset >= p.viewEnd) lo = mid + 1;
      else return p;
    }
    return pieces[Math.max(0, Math.min(lo, pieces.length - 1))];
  }

  /** The file offset of a view offset (the nearest text node's, for offsets between nodes). */
  toRaw(offset: number): number {
    const p = this.#find(offset);
    if (!p) return 0;
    if (offset < p.viewStart) return p.rawStart;
    return p.verbatim ? p.rawStart + Math.min(offset - p.viewStart, p.rawEnd - p.rawStart) : p.rawStart;
  }

  /**
   * The part of `start`…`end` that the file writes verbatim around `must` (the figure): the
   * range itself when it lies in one text node written without references, else the part of it
   * in the figure's node, or undefined when the figure itself is not written verbatim.
   */
  verbatimRange(start: number, end: number, mustStart: number, mustEnd: number): { start: number; end: number } | undefined {
    const p = this.#find(mustStart);
    if (!p || !p.verbatim || mustStart < p.viewStart || mustEnd > p.viewEnd) return undefined;
    return { start: Math.max(start, p.viewStart), end: Math.min(end, p.viewEnd) };
  }
}


function readMeta(node: Element, metadata: Record<string, unknown>): void {
  if (node.tagName === 'html' && typeof node.properties['lang'] === 'string' && metadata['lang'] === undefined) metadata['lang'] = node.properties['lang'];
  if (node.tagName === 'link' && metadata['canonical'] === undefined && typeof node.properties['href'] === 'string' && [node.properties['rel']].flat().includes('canonical')) {
    metadata['canonical'] = node.properties['href'];
  }
  if (node.tagName === 'title' && metadata['title'] === undefined) metadata['title'] = toText(node).trim();
  if (node.tagName === 'time' && metadata['time'] === undefined && typeof node.properties['dateTime'] === 'string') {
    metadata['time'] = node.properties['dateTime'];
  }
  if (node.tagName !== 'meta') return;
  const name = node.properties['name'] ?? node.properties['property'] ?? node.properties['itemProp'];
  const content = node.properties['content'];
  const key = Array.isArray(name) ? name.join(' ') : name;
  if (typeof key === 'string' && typeof content === 'string' && metadata[key] === undefined) metadata[key] = content;
}
