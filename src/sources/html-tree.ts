import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type ElementNode = DefaultTreeAdapterMap['element'];

/** An element of an HTML capture as a walk meets it. */
export interface HtmlElement {
  /** Lower-case tag name (`div`, `meta`). */
  readonly tagName: string;
  /** File offsets of the element, start tag to end tag (or to where the parser closed it). */
  readonly start: number | undefined;
  readonly end: number | undefined;
  /** An attribute's value (`class`, `id`, `name`, `content`), if the element has it. */
  attribute(name: string): string | undefined;
  /** The text of the element's own text children, joined (a `<title>`'s text). */
  ownText(): string;
}

/** What a walk of an HTML capture calls, in document order. */
export interface HtmlVisitor {
  /** An element opens: return false to skip its content (then `leave` is not called for it). */
  enter(element: HtmlElement): boolean;
  /** An element closes, after its content. */
  leave(element: HtmlElement): void;
  /** A text node: its value (character references decoded) and its span of the file. */
  text(value: string, start: number, end: number): void;
}

/**
 * Parse an HTML capture with parse5 (the WHATWG algorithm, with source offsets) and walk its
 * tree in document order with an explicit stack, never by recursion: a page of 5,000 unclosed
 * `<div>` is 5,000 levels deep, past the call stack of any recursive walk (and of the hast
 * converters built on them). Time and memory are linear in the size of the page.
 */
export function walkHtml(text: string, visitor: HtmlVisitor): void {
  const document = parse(text, { sourceCodeLocationInfo: true });
  const stack: { readonly node: ParentNode; readonly element: HtmlElement | undefined; next: number }[] = [
    { node: document, element: undefined, next: 0 },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.node.childNodes[frame.next++] as ChildNode | undefined;
    if (child === undefined) {
      stack.pop();
      if (frame.element) visitor.leave(frame.element);
      continue;
    }
    if (child.nodeName === '#text') {
      const place = child.sourceCodeLocation;
      if ('value' in child && place) visitor.text(child.value, place.startOffset, place.endOffset);
      continue;
    }
    if (!('tagName' in child)) continue; // comments, doctypes
    const element = htmlElement(child);
    if (visitor.enter(element)) stack.push({ node: child, element, next: 0 });
  }
}

function htmlElement(node: ElementNode): HtmlElement {
  const place = node.sourceCodeLocation;
  return {
    tagName: node.tagName,
    start: place?.startOffset,
    end: place?.endOffset,
    attribute: (name) => node.attrs.find((a) => a.name === name)?.value,
    ownText: () => node.childNodes.map((c) => (c.nodeName === '#text' && 'value' in c ? c.value : '')).join(''),
  };
}
