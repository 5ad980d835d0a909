import { KEY, scanClosed } from './fast-yaml.js';

/**
 * Places of the values of a claim file the fast reader vouched for (see `fast-yaml.ts`), without
 * building `yaml`'s Document: one pass over the lines records the offsets of every scalar or
 * one-line flow value, by its path. A finding on a claim's field is placed from here; anything
 * else (a key, a block scalar, a collection, a path that does not end at a value) is not known
 * here, and the Document is parsed as before. The offsets are `yaml`'s node ranges (start of the
 * value, end of its last character); a differential test holds the two equal.
 */

/** A node of the recorded tree: a block collection, or a value with its range. */
type FastNode =
  | { readonly kind: 'map'; readonly entries: Map<string, FastNode> }
  | { readonly kind: 'seq'; readonly items: FastNode[] }
  | { readonly kind: 'value'; readonly start: number; readonly end: number }
  | { readonly kind: 'other' };

/** Where the node of a line goes: a map entry or a sequence item. */
type Slot = (node: FastNode) => void;

/** Keys read here: a plain word, which `yaml` names by the same string. Any other key declines. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** An open block collection and the column of its entries. */
interface Open {
  readonly column: number;
  readonly node: Extract<FastNode, { kind: 'map' | 'seq' }>;
}

/**
 * The tree of values of a text that passed the fast reader, or undefined when a line is beyond
 * what is recorded here (then every place comes from the Document).
 */
export function fastTree(text: string): FastNode | undefined {
  let root: FastNode | undefined;
  const levels: Open[] = [];
  let pending: Slot | undefined = (node) => (root = node);
  let blockIndent = -1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineStart = start;
    const line = text.slice(start, end);
    start = end + 1;
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent += 1;
    if (blockIndent >= 0) {
      if (indent === line.length || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (indent === line.length || line[indent] === '#') continue;
    const read = readLine(line, indent, levels, pending);
    if (!read) return undefined;
    pending = undefined;
    const { slot, rest, restAt, column } = read;
    if (rest === '' || rest[0] === '#') {
      pending = slot;
      continue;
    }
    if (rest[0] === '|' || rest[0] === '>') {
      slot({ kind: 'other' });
      blockIndent = column;
      continue;
    }
    const at = lineStart + restAt;
    slot({ kind: 'value', start: at, end: at + valueLength(rest) });
  }
  return root;
}

/**
 * Read the `- ` and `key:` of one line into the open collections. Returns the slot of the line's
 * value, the value's text and offset in the line, and the column of the line's last node.
 */
function readLine(
  line: string,
  indent: number,
  levels: Open[],
  pending: Slot | undefined,
): { slot: Slot; rest: string; restAt: number; column: number } | undefined {
  let rest = line.slice(indent);
  let column = indent;
  let slot = pending;
  let first = true;
  const enter = (kind: 'map' | 'seq', at: number): Open | undefined => {
    if (first) {
      first = false;
      while (levels.length > 0 && levels[levels.length - 1]!.column > at) levels.pop();
      let top = levels[levels.length - 1];
      if (top && top.column === at && top.node.kind === 'seq' && kind === 'map') {
        levels.pop();
        top = levels[levels.length - 1];
      }
      if (top && top.column === at && top.node.kind === kind) return top;
      if (top && top.column >= at && !(top.node.kind === 'map' && kind === 'seq' && top.column === at)) return undefined;
    }
    if (!slot) return undefined;
    const node: Open['node'] = kind === 'map' ? { kind, entries: new Map() } : { kind, items: [] };
    slot(node);
    const open = { column: at, node };
    levels.push(open);
    return open;
  };
  while (rest[0] === '-' && (rest.length === 1 || rest[1] === ' ')) {
    const open = enter('seq', column);
    if (!open || open.node.kind !== 'seq') return undefined;
    const items = open.node.items;
    const index = items.length;
    items.push({ kind: 'other' });
    slot = (node) => (items[index] = node);
    const after = rest.slice(1);
    column += after.length - after.trimStart().length + 1;
    rest = after.trimStart();
  }
  const key = KEY.exec(rest);
  if (key) {
    const name = key[0].replace(/[ ]*:[ ]*$/, '');
    if (!PLAIN_KEY.test(name)) return undefined;
    const open = enter('map', column);
    if (!open || open.node.kind !== 'map' || open.node.entries.has(name)) return undefined;
    const entries = open.node.entries;
    entries.set(name, { kind: 'other' });
    slot = (node) => entries.set(name, node);
    rest = rest.slice(key[0].length);
  }
  if (first || !slot) return undefined;
  return { slot, rest, restAt: line.length - rest.length, column };
}

/** Length of the value starting `rest`: a quoted scalar or flow collection to its close, a plain scalar to its last character. */
function valueLength(rest: string): number {
  const c = rest[0];
  if (c === '"' || c === "'" || c === '[' || c === '{') return scanClosed(rest);
  const comment = rest.search(/[ ]+#/);
  return (comment < 0 ? rest : rest.slice(0, comment)).trimEnd().length;
}

/**
 * The range of the value at `path`, as `placeOf` would find it in the Document, or undefined when
 * the path does not end at a value recorded here.
 */
export function fastRange(tree: FastNode | undefined, path: readonly (string | number)[]): readonly [number, number] | undefined {
  let node = tree;
  for (const step of path) {
    if (node?.kind === 'map') node = node.entries.get(String(step));
    else if (node?.kind === 'seq' && typeof step === 'number') node = node.items[step];
    else return undefined;
  }
  return node?.kind === 'value' ? [node.start, node.end] : undefined;
}
