import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

/**
 * An HTML capture as a hast tree, built from parse5 (the WHATWG algorithm, with source offsets)
 * with an explicit stack, never by recursion: a page of 5,000 unclosed `<div>` is 5,000 levels
 * deep, past the call stack of a recursive converter (hast-util-from-parse5's overflows, and
 * the error would be a page without text). Everything that walks the tree walks it the same way
 * (see {@link eachNode}). Time and memory are linear in the size of the page.
 *
 * Only what the capture reader uses is kept: elements with their tag, attributes (`class` as
 * `className` words, `itemprop` as `itemProp`, `datetime` as `dateTime`, the rest by name) and
 * offsets; text nodes with their value (character references decoded) and offsets.
 */
export function parseHtmlTree(text: string): Root {
  const document = parse(text, { sourceCodeLocationInfo: true });
  const root: Root = { type: 'root', children: [] };
  const stack: { readonly from: ParentNode; readonly into: Root | Element; next: number }[] = [{ from: document, into: root, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.from.childNodes[frame.next++] as ChildNode | undefined;
    if (child === undefined) {
      stack.pop();
      continue;
    }
    const place = child.sourceCodeLocation;
    const position = place ? { start: { line: place.startLine, column: place.startCol, offset: place.startOffset }, end: { line: place.endLine, column: place.endCol, offset: place.endOffset } } : undefined;
    if (child.nodeName === '#text' && 'value' in child) {
      (frame.into.children as RootContent[]).push({ type: 'text', value: child.value, ...(position ? { position } : {}) });
      continue;
    }
    if (!('tagName' in child)) continue; // comments, doctypes
    const element: Element = { type: 'element', tagName: child.tagName, properties: properties(child.attrs), children: [], ...(position ? { position } : {}) };
    (frame.into.children as ElementContent[]).push(element);
    stack.push({ from: child, into: element, next: 0 });
  }
  return root;
}

function properties(attrs: readonly { readonly name: string; readonly value: string }[]): Properties {
  const out: Record<string, string | string[]> = {};
  for (const { name, value } of attrs) {
    if (name === 'class') out['className'] = value.split(/\s+/).filter((w) => w !== '');
    else if (name === 'itemprop') out['itemProp'] = value;
    else if (name === 'datetime') out['dateTime'] = value;
    else out[name] = value;
  }
  return out as Properties;
}

/** What {@link eachNode} does at a node: go into its children, or skip them. */
export type Visit = 'enter' | 'skip';

/**
 * Walk a hast tree (or part of one) in document order with an explicit stack: `enter` is called
 * on every node and may skip its children; `leave` after an entered element's children.
 */
export function eachNode(node: Root | Element, enter: (node: Root | RootContent) => Visit, leave: (node: Element) => void = () => {}): void {
  if (enter(node) === 'skip') return;
  const stack: { readonly node: Root | Element; next: number }[] = [{ node, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.node.children[frame.next++] as RootContent | undefined;
    if (child === undefined) {
      stack.pop();
      if (frame.node.type === 'element') leave(frame.node);
      continue;
    }
    if (enter(child) === 'skip' || child.type !== 'element') continue;
    stack.push({ node: child, next: 0 });
  }
}

/** The text of an element: its text nodes joined, in order (as `textContent`, without recursion). */
export function textOf(node: Element): string {
  const parts: string[] = [];
  eachNode(node, (n) => {
    if (n.type === 'text') parts.push(n.value);
    return 'enter';
  });
  return parts.join('');
}
