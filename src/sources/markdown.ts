import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { buildTextView, type TextView, type ViewPiece } from './text-view.js';

/** What a markdown capture yields besides its text. */
export interface MarkdownParts {
  /** The front matter (YAML), or an empty record when there is none or it is not a map. */
  readonly metadata: Readonly<Record<string, unknown>>;
  /** Why the front matter could not be read, if it could not. */
  readonly metadataError: string | undefined;
  /** The prose without markup, mapped back to the file. */
  readonly view: TextView;
}

/**
 * Bounds of a markdown parse. remark's time grows much faster than the nesting of lists and
 * block quotes (a list nested 1,400 deep in 2 MB does not finish in minutes), and a line nested
 * d deep starts with at least d columns of container marks and indentation; so a capture with a
 * line whose container prefix is wider than {@link MAX_MARKDOWN_PREFIX} columns, or longer than
 * {@link MAX_MARKDOWN_CHARS}, is not parsed: it is read as plain text, with a warning.
 */
export const MAX_MARKDOWN_PREFIX = 64;
export const MAX_MARKDOWN_CHARS = 8_000_000;

/** Why a markdown capture is read as plain text, and where. */
export interface MarkupBound {
  readonly reason: string;
  /** Offset in the text of the line that passes the bound (0 for the size). */
  readonly offset: number;
}

/** The bound a markdown text passes, if any (one linear pass over the line starts). */
export function markdownBound(text: string): MarkupBound | undefined {
  if (text.length > MAX_MARKDOWN_CHARS) {
    return { reason: `it has ${text.length.toLocaleString('en-US')} characters, more than the ${MAX_MARKDOWN_CHARS.toLocaleString('en-US')} its markup is parsed in`, offset: 0 };
  }
  // Container marks: indentation, block-quote marks, list bullets and numbers.
  const prefix = /[ \t>]|(?:[*+-]|\d{1,9}[.)])(?=[ \t])/y;
  for (let start = 0; start < text.length; ) {
    let width = 0;
    prefix.lastIndex = start;
    for (let m = prefix.exec(text); m; m = prefix.exec(text)) width += m[0] === '\t' ? 4 : m[0].length;
    if (width > MAX_MARKDOWN_PREFIX) {
      return { reason: `a line nests its lists, block quotes or indentation ${width} columns deep, more than the ${MAX_MARKDOWN_PREFIX} its markup is parsed to`, offset: start };
    }
    const next = text.indexOf('\n', start);
    if (next === -1) break;
    start = next + 1;
  }
  return undefined;
}

/** Block nodes: text on either side of one is a separate run. */
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'tableCell', 'code', 'html', 'thematicBreak']);

/** One frozen remark processor (remark-parse, remark-frontmatter), made on first use and shared by every parse. */
let processor: ReturnType<typeof makeProcessor> | undefined;
const makeProcessor = () => unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).freeze();
function markdownProcessor(): ReturnType<typeof makeProcessor> {
  processor ??= makeProcessor();
  return processor;
}

/**
 * Parse a markdown capture with unified, remark-parse and remark-frontmatter: the YAML front
 * matter gives the metadata; the text nodes give a markup-free view. Quotes are still matched
 * against the file text first (see `anchor`).
 */
export function parseMarkdown(text: string): MarkdownParts {
  const tree = markdownProcessor().parse(text) as MdastRoot;
  let metadata: Record<string, unknown> = {};
  let metadataError: string | undefined;
  const pieces: ViewPiece[] = [];
  const separate = (at: number): void => {
    const last = pieces.at(-1);
    if (last && last.value !== '\n') pieces.push({ value: '\n', fileStart: at, fileEnd: at });
  };
  const walk = (node: MdastNodes): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (node.type === 'yaml') {
      try {
        const data: unknown = parseYaml(node.value);
        if (data && typeof data === 'object' && !Array.isArray(data)) metadata = data as Record<string, unknown>;
      } catch (error) {
        metadataError = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
      }
      return;
    }
    if ((node.type as string) === 'toml') return;
    if (BLOCKS.has(node.type) && start !== undefined) separate(start);
    if ((node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') && start !== undefined && end !== undefined) {
      pieces.push({ value: node.value, fileStart: start, fileEnd: end });
    }
    if ('children' in node) for (const child of node.children) walk(child as MdastNodes);
    if (BLOCKS.has(node.type) && end !== undefined) separate(end);
  };
  walk(tree);
  return { metadata, metadataError, view: buildTextView(pieces) };
}

/** The front matter of a markdown capture, and where its body starts. */
export interface FrontMatter {
  /** The YAML front matter as a map (empty when there is none, or it is TOML, or unreadable). */
  readonly metadata: Readonly<Record<string, unknown>>;
  /** Offset of the first character after the front matter (0 without one). */
  readonly contentStart: number;
  /** Why the YAML could not be read, if it could not. */
  readonly error: string | undefined;
}

/**
 * Read only the front matter of a markdown capture (remark-frontmatter on the fenced head, then
 * the YAML parser): what `extract` needs of a markdown file without a parse of its whole body.
 */
export function readFrontMatter(text: string): FrontMatter {
  const fence = /^(?:\uFEFF)?(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!fence) return { metadata: {}, contentStart: 0, error: undefined };
  const close = new RegExp(`\\r?\\n${fence[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(?:\\r?\\n|$)`, 'g');
  close.lastIndex = fence[0].length - 1;
  const end = close.exec(text);
  if (!end) return { metadata: {}, contentStart: 0, error: undefined };
  const head = text.slice(0, end.index + end[0].length);
  const tree = markdownProcessor().parse(head) as MdastRoot;
  const first = tree.children[0] as MdastNodes | undefined;
  if (first && (first.type as string) === 'toml') return { metadata: {}, contentStart: head.length, error: undefined };
  if (!first || first.type !== 'yaml') return { metadata: {}, contentStart: 0, error: undefined };
  try {
    const data: unknown = parseYaml(first.value);
    const metadata = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    return { metadata, contentStart: head.length, error: undefined };
  } catch (error) {
    return { metadata: {}, contentStart: head.length, error: error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error) };
  }
}
