import { isMap, isNode, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Place } from '../util/message.js';

/** A path into a YAML document: map keys and sequence indexes. */
export type YamlPath = readonly (string | number)[];

/**
 * The place of the node at `path` in a parsed YAML document, or of its nearest ancestor that
 * exists. With `key: true` the place of the map key is returned instead of its value, which is
 * where "unexpected key" findings belong.
 */
export function placeOf(doc: Document, lineCounter: LineCounter, path: YamlPath, options: { readonly key?: boolean } = {}): Place {
  let node: unknown = doc.contents;
  let best: Node | undefined = isNode(node) ? node : undefined;
  let keyNode: Node | undefined;
  for (const step of path) {
    keyNode = undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(step));
      if (!pair) break;
      keyNode = isNode(pair.key) ? pair.key : undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
    } else {
      break;
    }
    if (isNode(node)) best = node;
    else if (keyNode) best = keyNode;
    else break;
  }
  const target = options.key && keyNode ? keyNode : best;
  const range = target?.range;
  if (!range) return { start: { line: 1, column: 1, offset: 0 } };
  return rangeToPlace(lineCounter, range[0], range[1]);
}

/** Convert offsets into a unist place with 1-based lines and columns. */
export function rangeToPlace(lineCounter: LineCounter, start: number, end: number): Place {
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(end);
  return {
    start: { line: a.line, column: a.col, offset: start },
    end: { line: b.line, column: b.col, offset: end },
  };
}
