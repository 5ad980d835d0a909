import { walkHtml, type HtmlElement } from './html-tree.js';
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
 * Parse an HTML capture (parse5, walked without recursion: see `html-tree.ts`): the text nodes, outside scripts and styles, with a
 * line break at block elements, make the view a quote is looked for in when the raw file text
 * (markup and entities included) does not contain it.
 */
export function parseHtml(text: string): HtmlParts {
  const metadata: Record<string, string> = {};
  const pieces: ViewPiece[] = [];
  const separate = (at: number | undefined): void => {
    const last = pieces.at(-1);
    if (at !== undefined && last && last.value !== '\n') pieces.push({ value: '\n', fileStart: at, fileEnd: at });
  };
  walkHtml(text, {
    enter(element) {
      readMeta(element, metadata);
      if (SKIP.has(element.tagName)) return false;
      if (BLOCKS.has(element.tagName)) separate(element.start);
      return true;
    },
    leave(element) {
      if (BLOCKS.has(element.tagName)) separate(element.end);
    },
    text(value, start, end) {
      pieces.push({ value, fileStart: start, fileEnd: end });
    },
  });
  return { metadata, view: buildTextView(pieces) };
}

function readMeta(element: HtmlElement, metadata: Record<string, string>): void {
  if (element.tagName === 'title' && metadata['title'] === undefined) {
    const title = element.ownText();
    if (title !== '') metadata['title'] = title.trim();
  }
  if (element.tagName !== 'meta') return;
  const name = element.attribute('name') ?? element.attribute('property');
  const content = element.attribute('content');
  if (name !== undefined && content !== undefined && metadata[name] === undefined) metadata[name] = content;
}
