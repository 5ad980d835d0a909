import type { Element } from 'hast';
import { eachNode, parseHtmlTree, textOf } from './html-tree.js';
import { buildTextView, type TextView, type ViewPiece } from './text-view.js';

/** Elements whose content is never prose. */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'button', 'select', 'option', 'iframe']);

/** Elements that break a line of text. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td',
  'th', 'tr', 'ul', 'body', 'html', 'menu',
]);

/** Elements that hold navigation, sidebars and forms: their text is no prose of the page. */
const NAV = new Set(['nav', 'aside', 'footer', 'form', 'menu']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Class or id words of page furniture: menus, sidebars, sharing, rankings, related stories, tags, ads. */
const FURNITURE_CLASS = /(?:^|[\s_-])(?:nav|navi|navbar|menu|sidebar|side|widget|footer|breadcrumbs?|ranking|share|sharing|sns|social|related|recommend|tags?|tag-?cloud|ad|ads|advert|sponsor|pr|pager|pagination)(?:$|[\s_-])/i;
/** Class or id words of a comment section. */
const COMMENT_CLASS = /(?:^|[\s_-])(?:comments?|comment-?list|responses?|replies)(?:$|[\s_-])/i;
/** Class or id words of a commenter's name inside a comment. */
const AUTHOR_CLASS = /(?:^|[\s_-])(?:comment-?author|author|fn|commenter|user-?name|nickname|says)(?:$|[\s_-])/i;
/** Class or id words of a photo caption or gallery. */
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|photo|gallery|credit|figure)(?:$|[\s_-])/i;
/** Class or id words of the site's name in the header. */
const LOGO_CLASS = /(?:^|[\s_-])(?:logo|brand|site-?(?:name|title)|masthead)(?:$|[\s_-])/i;

/** What a stretch of the text content is, by the element holding it. */
export type BlockKind = 'text' | 'heading' | 'list' | 'code' | 'nav' | 'comment' | 'author' | 'caption';

/** From `at` (a view offset) on, the text is of this kind, at this block-quote depth. */
export interface BlockMark {
  readonly at: number;
  readonly kind: BlockKind;
  readonly quote: number;
}

/** What an HTML capture yields besides its text. */
export interface HtmlParts {
  /**
   * `<title>`, `<meta name|property|itemprop=… content=…>`, the first `<time datetime>` (`time`),
   * the site's name in a header logo (`logo`) and the JSON-LD objects of the page (`ld+json`,
   * an array).
   */
  readonly metadata: Readonly<Record<string, unknown>>;
  /** The text content (what a reader sees), mapped back to the file. */
  readonly view: TextView;
  /** What each stretch of the view is (heading, list item, navigation, comment, caption, code). */
  readonly marks: readonly BlockMark[];
}

interface WalkContext {
  readonly quote: number;
  readonly kind: BlockKind;
  readonly article: boolean;
}

/**
 * Parse an HTML capture (parse5, as a hast tree built and walked without recursion: see
 * `html-tree.ts`): the text nodes of the body, outside scripts and
 * styles, with a line break at block elements, make the view (what `check` anchors quotes in and
 * `extract` reads); the elements holding them say what each stretch is. The head gives metadata
 * only. This is the one reader of HTML captures.
 */
export function parseHtml(text: string): HtmlParts {
  const tree = parseHtmlTree(text);
  const metadata: Record<string, unknown> = {};
  const pieces: ViewPiece[] = [];
  const marks: BlockMark[] = [];
  let length = 0;
  const separate = (at: number): void => {
    const last = pieces.at(-1);
    if (last && last.value !== '\n') {
      pieces.push({ value: '\n', fileStart: at, fileEnd: at });
      length++;
    }
  };
  // The context of each open element, the outermost first (the tree is walked without recursion).
  const contexts: WalkContext[] = [{ quote: 0, kind: 'text', article: false }];
  eachNode(
    tree,
    (node) => {
      if (node.type === 'root') return 'enter';
      if (node.type === 'text') {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start !== undefined && end !== undefined) {
          pieces.push({ value: node.value, fileStart: start, fileEnd: end });
          length += node.value.length;
        }
        return 'skip';
      }
      if (node.type !== 'element') return 'skip';
      readMeta(node, metadata);
      if (node.tagName === 'head') {
        visitHead(node, metadata);
        return 'skip';
      }
      if (SKIP.has(node.tagName)) return 'skip';
      const context = contexts.at(-1)!;
      const next = contextOf(node, context);
      const start = node.position?.start.offset;
      const block = BLOCKS.has(node.tagName);
      if (block && start !== undefined) separate(start);
      if (next.kind !== context.kind || next.quote !== context.quote || block) marks.push({ at: length, kind: next.kind, quote: next.quote });
      contexts.push(next);
      return 'enter';
    },
    (node) => {
      contexts.pop();
      if (!BLOCKS.has(node.tagName)) return;
      const end = node.position?.end.offset;
      if (end !== undefined) separate(end);
      const context = contexts.at(-1)!;
      marks.push({ at: length, kind: context.kind, quote: context.quote });
    },
  );
  return { metadata, view: buildTextView(pieces, text), marks };
}

/** The kind of the text inside an element, from its tag and its class and id words. */
function contextOf(node: Element, context: WalkContext): WalkContext {
  const tag = node.tagName;
  const words = `${classWords(node.properties['className'])} ${String(node.properties['id'] ?? '')}`;
  const quote = tag === 'blockquote' ? context.quote + 1 : context.quote;
  const article = context.article || tag === 'article' || tag === 'main';
  let kind = context.kind;
  if (context.kind === 'nav') kind = 'nav';
  else if (HEADINGS.has(tag)) kind = context.kind === 'comment' ? 'comment' : 'heading';
  else if (NAV.has(tag) || (tag === 'header' && !article) || FURNITURE_CLASS.test(words)) kind = 'nav';
  else if ((context.kind === 'comment' || context.kind === 'author') && (AUTHOR_CLASS.test(words) || tag === 'cite')) kind = 'author';
  else if (context.kind === 'author') kind = 'author';
  else if (context.kind === 'comment') kind = 'comment';
  else if (COMMENT_CLASS.test(words)) kind = 'comment';
  else if (tag === 'figcaption' || CAPTION_CLASS.test(words)) kind = 'caption';
  else if (tag === 'li' && kind === 'text') kind = 'list';
  else if (tag === 'pre' || tag === 'code') kind = 'code';
  return { quote, kind, article };
}

function classWords(value: unknown): string {
  return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
}

/** The head holds no prose: only `<title>`, `<meta>` and JSON-LD. */
function visitHead(node: Element, metadata: Record<string, unknown>): void {
  eachNode(node, (child) => {
    if (child.type !== 'element') return 'skip';
    if (child !== node) readMeta(child, metadata);
    return 'enter';
  });
}

function readMeta(node: Element, metadata: Record<string, unknown>): void {
  const tag = node.tagName;
  if (tag === 'title' && metadata['title'] === undefined) metadata['title'] = textOf(node).trim();
  else if (tag === 'time' && metadata['time'] === undefined && typeof node.properties['dateTime'] === 'string') metadata['time'] = node.properties['dateTime'];
  else if (tag === 'script' && String(node.properties['type'] ?? '').toLowerCase() === 'application/ld+json') readJsonLd(node, metadata);
  else if (metadata['logo'] === undefined && LOGO_CLASS.test(`${classWords(node.properties['className'])} ${String(node.properties['id'] ?? '')}`)) readLogo(node, metadata);
  if (tag !== 'meta') return;
  const name = node.properties['name'] ?? node.properties['property'] ?? node.properties['itemProp'];
  const content = node.properties['content'];
  const key = Array.isArray(name) ? name.join(' ') : name;
  if (typeof key === 'string' && typeof content === 'string' && metadata[key] === undefined) metadata[key] = content;
}

/** The JSON-LD objects of a `<script type="application/ld+json">` (an unreadable one is none). */
function readJsonLd(node: Element, metadata: Record<string, unknown>): void {
  const first = node.children[0];
  if (first?.type !== 'text' || first.value.length > 200_000) return;
  let data: unknown;
  try {
    data = JSON.parse(first.value);
  } catch {
    return;
  }
  const list = (metadata['ld+json'] as unknown[] | undefined) ?? [];
  const graph = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>)['@graph'] : undefined;
  for (const item of Array.isArray(data) ? data : Array.isArray(graph) ? graph : [data]) if (item && typeof item === 'object') list.push(item);
  metadata['ld+json'] = list;
}

/** The site's name in a header logo: its text, else its image's `alt`. */
function readLogo(node: Element, metadata: Record<string, unknown>): void {
  const words = textOf(node).trim().replace(/\s+/g, ' ');
  if (words.length >= 2 && words.length <= 40) {
    metadata['logo'] = words;
    return;
  }
  let alt: string | undefined;
  eachNode(node, (n) => {
    if (alt !== undefined || n.type !== 'element') return 'skip';
    if (n.tagName === 'img' && typeof n.properties['alt'] === 'string' && n.properties['alt'].trim() !== '') alt = n.properties['alt'].trim();
    return 'enter';
  });
  if (alt && alt.length <= 40) metadata['logo'] = alt;
}
