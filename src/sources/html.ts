import { LD_JSON_KEY, ldJsonText } from './page-time.js';
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { buildTextView, type TextView, type ViewPiece } from './text-view.js';

/** Elements whose content is never prose. */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math']);

/** Elements that break a line of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td',
  'th', 'tr', 'ul', 'title', 'body', 'head', 'html',
]);

/** What an HTML capture yields besides its text. */
export interface HtmlParts {
  /** `<title>` and `<meta name|property=… content=…>` of the page. */
  readonly metadata: Readonly<Record<string, string>>;
  /** The text content (what a reader sees), mapped back to the file. */
  readonly view: TextView;
}

/**
 * Parse an HTML capture with rehype-parse: the text nodes, outside scripts and styles, with a
 * line break at block elements, make the view a quote is looked for in when the raw file text
 * (markup and entities included) does not contain it.
 */
export function parseHtml(text: string): HtmlParts {
  const tree = unified().use(rehypeParse).parse(text) as HastRoot;
  const metadata: Record<string, string> = {};
  const pieces: ViewPiece[] = [];
  const separate = (at: number): void => {
    const last = pieces.at(-1);
    if (last && last.value !== '\n') pieces.push({ value: '\n', fileStart: at, fileEnd: at });
  };
  const walk = (node: HastNodes): void => {
    if (node.type === 'element') {
      readMeta(node, metadata);
      if (SKIP.has(node.tagName)) return;
    }
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const block = node.type === 'element' && BLOCKS.has(node.tagName);
    if (block && start !== undefined) separate(start);
    if (node.type === 'text' && start !== undefined && end !== undefined) pieces.push({ value: node.value, fileStart: start, fileEnd: end });
    if ('children' in node) for (const child of node.children) walk(child as HastNodes);
    if (block && end !== undefined) separate(end);
  };
  walk(tree);
  return { metadata, view: buildTextView(pieces) };
}

function readMeta(node: Element, metadata: Record<string, string>): void {
  if (node.tagName === 'title' && metadata['title'] === undefined) {
    const first = node.children[0];
    if (first?.type === 'text') metadata['title'] = first.value.trim();
  }
  const ld = ldJsonText(node);
  if (ld !== undefined && metadata[LD_JSON_KEY] === undefined) metadata[LD_JSON_KEY] = ld;
  if (node.tagName !== 'meta') return;
  const name = node.properties['name'] ?? node.properties['property'];
  const content = node.properties['content'];
  if (typeof name === 'string' && typeof content === 'string' && metadata[name] === undefined) metadata[name] = content;
}
