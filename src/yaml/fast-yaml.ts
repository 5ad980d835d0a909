import jsYaml from 'js-yaml';

/**
 * A fast reader of the values of claim files and `seeds/sources.yaml`, for the common case of a
 * well-formed file, with the places of those values.
 *
 * `yaml`'s Document parser keeps every node, comment and position, which editing and findings
 * need, but it reads about 5–7k claims a second. js-yaml reads plain values about ten times
 * faster. The loader reads values here first and builds the Document only when it is needed (a
 * finding to place, an edit to make), so the answer must be exactly what `yaml` would give:
 *
 * - the scalars resolve by `yaml`'s YAML 1.2 core schema, not js-yaml's (`2021-03-17` stays a
 *   string, `0b11` and `1_000` stay strings, `0o17` is 15), through the schema below;
 * - a text is read here only when it uses none of the constructs the two parsers may read
 *   differently or where `yaml` reports errors js-yaml does not (tabs, carriage returns, anchors,
 *   aliases, tags, directives, complex or null keys, more than one document, very long lines);
 *   anything else, and anything js-yaml rejects, returns undefined and goes to `yaml`, which
 *   reports the `yaml-syntax` findings as before.
 *
 * Declining is always safe: it only costs time. A differential test holds the two readers equal.
 */

const intDec = /^[-+]?[0-9]+$/;
const intOct = /^0o[0-7]+$/;
const intHex = /^0x[0-9a-fA-F]+$/;
const floatSpecial = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const floatExp = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const floatPlain = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** The scalar types of `yaml`'s core schema (yaml/dist/schema/core), as js-yaml types. */
const CORE_AS_YAML = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsYaml.Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (data: string | null) => data === null || /^(?:~|[Nn]ull|NULL)?$/.test(data),
      construct: () => null,
    }),
    new jsYaml.Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (data: string | null) => data !== null && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(data),
      construct: (data: string) => data[0] === 't' || data[0] === 'T',
    }),
    new jsYaml.Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (data: string | null) => data !== null && (intDec.test(data) || intOct.test(data) || intHex.test(data)),
      construct: (data: string) =>
        intOct.test(data) ? parseInt(data.slice(2), 8) : intHex.test(data) ? parseInt(data.slice(2), 16) : parseInt(data, 10),
    }),
    new jsYaml.Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (data: string | null) => data !== null && (floatSpecial.test(data) || floatExp.test(data) || floatPlain.test(data)),
      construct: (data: string) =>
        floatSpecial.test(data)
          ? data.slice(-3).toLowerCase() === 'nan'
            ? NaN
            : data[0] === '-'
              ? Number.NEGATIVE_INFINITY
              : Number.POSITIVE_INFINITY
          : parseFloat(data),
    }),
  ],
});

/** Longest line read here; `yaml` limits implicit keys to 1024 characters, js-yaml does not. */
const MAX_LINE = 1000;

/** Characters that may start a construct left to `yaml`; each hit is looked at in context. */
const SUSPECT = /[\t\r\u2028\u2029\u0085\ufeff&*!?]/g;
const TOKEN_START = /[\s[\]{},]/;

/**
 * True when the text holds a construct left to `yaml`, wherever it stands: tabs, carriage returns
 * and other line breaks; anchors, aliases and tags (`&`, `*`, `!` at the start of a token);
 * complex keys (`? `). (Directives, document markers and null or empty keys are found line by
 * line in {@link linesAreSimple}.) One pass of a character class: claim files rarely hold these.
 */
function hasDeclinedCharacter(text: string): boolean {
  SUSPECT.lastIndex = 0;
  for (let m = SUSPECT.exec(text); m; m = SUSPECT.exec(text)) {
    const c = m[0];
    if (c !== '&' && c !== '*' && c !== '!' && c !== '?') return true;
    const i = m.index;
    if (i > 0 && !TOKEN_START.test(text[i - 1]!)) continue;
    if (c !== '?') return true;
    const after = text[i + 1];
    if (after === undefined || after === ' ' || after === '\n') return true;
  }
  return false;
}

/** A key the two readers name differently: empty or null (`""`, `~`, `null`). */
const NULL_KEY = /^(?:|~|null|Null|NULL|"(?:~|null|Null|NULL)?"|'(?:~|null|Null|NULL)?')[ ]*:/;
/** An empty or null key inside a flow collection (`{: 1}`, `[~: 1]`). */
const FLOW_NULL_KEY = /[[{,][ ]*(?:~|null|Null|NULL|"(?:~|null|Null|NULL)?"|'(?:~|null|Null|NULL)?')?[ ]*:(?:[ ,\]}]|$)/;

/** A block-mapping key at the start of a line (after any `- `): plain, double- or single-quoted. */
export const KEY = /^(?:[^\s#'"[\]{},:&*!|>%@`?-][^:#]*?|-[^\s:#][^:#]*?|"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ ]*:(?: +|$)/;

/** An open block collection: the column of its entries and its kind. */
interface Level {
  readonly column: number;
  readonly kind: 'map' | 'seq';
}

/**
 * A node of the tree of places: a block collection, or a value with its range (`yaml`'s node range:
 * start of the value, end of its last character). Anything else (a block scalar, a value not
 * recorded) is `other`.
 */
export type FastNode =
  | { readonly kind: 'map'; readonly entries: Map<string, FastNode> }
  | { readonly kind: 'seq'; readonly items: FastNode[] }
  | { readonly kind: 'value'; readonly start: number; readonly end: number }
  | { readonly kind: 'other' };

/** Where the node of a line goes: a map entry or a sequence item. */
type Slot = (node: FastNode) => void;

/** Keys the tree records: a plain word, which `yaml` names by the same string. Any other key ends the tree. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** An open block collection of the tree and the column of its entries. */
interface Open {
  readonly column: number;
  readonly node: Extract<FastNode, { kind: 'map' | 'seq' }>;
}

/**
 * The tree of places built during the guard scan: every scalar or one-line flow value by its
 * path, so a finding is placed without `yaml`'s Document. `dead` once a line is beyond what is
 * recorded (a quoted key, say): then every place comes from the Document.
 */
class TreeBuilder {
  root: FastNode | undefined;
  dead = false;
  private readonly levels: Open[] = [];
  private pending: Slot | undefined = (node) => (this.root = node);

  /**
   * Record one line of `- ` items (at `seqColumns`) and an optional `key` (at `keyColumn`); returns
   * the slot of the line's value, or undefined (and the tree is dead) when it cannot be placed.
   */
  line(seqColumns: readonly number[], key: string | undefined, keyColumn: number): Slot | undefined {
    let slot = this.pending;
    this.pending = undefined;
    let first = true;
    const levels = this.levels;
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
    for (const column of seqColumns) {
      const open = enter('seq', column);
      if (!open || open.node.kind !== 'seq') return this.die();
      const items = open.node.items;
      const index = items.length;
      items.push(OTHER);
      slot = (node) => (items[index] = node);
    }
    if (key !== undefined) {
      const name = key.replace(/[ ]*:[ ]*$/, '');
      if (!PLAIN_KEY.test(name)) return this.die();
      const open = enter('map', keyColumn);
      if (!open || open.node.kind !== 'map' || open.node.entries.has(name)) return this.die();
      const entries = open.node.entries;
      entries.set(name, OTHER);
      slot = (node) => entries.set(name, node);
    }
    if (first || !slot) return this.die();
    return slot;
  }

  /** The line above ended with `key:` or `-` alone: its value is the next line's collection. */
  open(slot: Slot): void {
    this.pending = slot;
  }

  private die(): undefined {
    this.dead = true;
    this.root = undefined;
    return undefined;
  }
}

const OTHER: FastNode = { kind: 'other' };

/**
 * One pass over the lines: true when every line is one the two readers are known to read alike
 * (blank, a comment, the content of a block scalar (`|`, `>`), or `[- ]*key: value` / `- value`
 * where the value is complete on its line and the line's indentation continues an open collection
 * or opens one where the line above asked for it), and, on the way, the tree of places of the
 * values. A value continued on the next line (multi-line plain, quoted or flow scalars) or an
 * unusual indentation, where the two readers may differ, declines the text.
 */
function scanLines(text: string): { readonly tree: FastNode | undefined } | undefined {
  const levels: Level[] = [];
  const tree = new TreeBuilder();
  let opener: Level | undefined; // the line above ended with `key:` or `-` and nothing after it
  let blockIndent = -1; // > -1: inside a block scalar whose content is indented more than this
  let start = 0;
  const seqColumns: number[] = [];
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > MAX_LINE) return undefined;
    const lineStart = start;
    const line = text.slice(start, end);
    start = end + 1;
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent += 1;
    if (blockIndent >= 0) {
      if (indent === line.length || indent > blockIndent) continue;
      blockIndent = -1;
    }
    let rest = line.slice(indent);
    if (rest === '' || rest[0] === '#') continue;
    // Directives and document markers.
    if (indent === 0 && (rest[0] === '%' || rest.startsWith('---') || rest.startsWith('...'))) return undefined;

    const nodes: Level[] = [];
    seqColumns.length = 0;
    let column = indent;
    while (rest[0] === '-' && (rest.length === 1 || rest[1] === ' ')) {
      nodes.push({ column, kind: 'seq' });
      seqColumns.push(column);
      const after = rest.slice(1);
      column += after.length - after.trimStart().length + 1;
      rest = after.trimStart();
    }
    const key = KEY.exec(rest);
    if (key) {
      if (NULL_KEY.test(key[0])) return undefined;
      nodes.push({ column, kind: 'map' });
      rest = rest.slice(key[0].length);
    }
    // A line that is neither `key: …` nor `- …` continues the value above it.
    if (nodes.length === 0) return undefined;
    if (!fitsLevels(levels, nodes, opener)) return undefined;
    const slot = tree.dead ? undefined : tree.line(seqColumns, key?.[0], column);

    if (rest === '' || rest[0] === '#') {
      // `-` with nothing after: js-yaml and yaml may nest what follows differently.
      if (!key) return undefined;
      opener = nodes[nodes.length - 1];
      if (slot) tree.open(slot);
      continue;
    }
    opener = undefined;
    const value = valueOnLine(rest);
    if (value === 'block') {
      blockIndent = nodes[nodes.length - 1]!.column;
      slot?.(OTHER);
    } else if (value !== 'complete') return undefined;
    else if (slot) {
      const at = lineStart + line.length - rest.length;
      slot({ kind: 'value', start: at, end: at + valueLength(rest) });
    }
  }
  return { tree: tree.root };
}

/** Length of the value starting `rest`: a quoted scalar or flow collection to its close, a plain scalar to its last character. */
function valueLength(rest: string): number {
  const c = rest[0];
  if (c === '"' || c === "'" || c === '[' || c === '{') return scanClosed(rest);
  const comment = rest.search(/[ ]+#/);
  return (comment < 0 ? rest : rest.slice(0, comment)).trimEnd().length;
}

/**
 * Update the open collections for a line starting `nodes`; false when its indentation is unusual.
 * `opener` is the last node of the line above when that line ended with `key:` or `-` alone.
 */
function fitsLevels(levels: Level[], nodes: readonly Level[], opener: Level | undefined): boolean {
  const first = nodes[0]!;
  // Nothing may stand left of the document's first collection.
  if (levels.length > 0 && levels[0]!.column > first.column) return false;
  while (levels.length > 0 && levels[levels.length - 1]!.column > first.column) levels.pop();
  const top = levels[levels.length - 1];
  if (top && top.column === first.column) {
    if (top.kind === 'seq' && first.kind === 'map') {
      // A sequence written at its key's column ends; the map it belongs to goes on.
      levels.pop();
      const under = levels[levels.length - 1];
      if (!under || under.column !== first.column || under.kind !== 'map') return false;
    } else if (top.kind === 'map' && first.kind === 'seq') {
      // `key:` followed by `- …` at the key's column: a sequence value.
      if (!opener || opener.kind !== 'map' || opener.column !== first.column) return false;
      levels.push(first);
    } else if (top.kind !== first.kind) return false;
  } else if (top || levels.length > 0) {
    // Deeper than every open collection: only under a line that asked for a nested value.
    if (!opener || first.column <= opener.column) return false;
    levels.push(first);
  } else levels.push(first);
  for (const node of nodes.slice(1)) levels.push(node);
  return true;
}

/** Whether a value starting a line's remainder ends on that line, starts a block scalar, or goes on. */
function valueOnLine(rest: string): 'complete' | 'block' | 'continues' {
  const first = rest[0];
  // Block scalars, except with `+` (keep trailing lines) or an indentation digit, where the two
  // readers differ on trailing white space.
  if (first === '|' || first === '>') return /^[|>]-?(?:[ ]+#.*)?[ ]*$/.test(rest) ? 'block' : 'continues';
  if (first === '"' || first === "'" || first === '[' || first === '{') {
    const end = scanClosed(rest);
    if (end < 0) return 'continues';
    if ((first === '[' || first === '{') && FLOW_NULL_KEY.test(rest.slice(0, end))) return 'continues';
    return /^(?:[ ]*$|[ ]+#)/.test(rest.slice(end)) ? 'complete' : 'continues';
  }
  // `- : x` is a map with an empty key, named differently by the two readers.
  if (first === ':' && (rest.length === 1 || rest[1] === ' ')) return 'continues';
  return 'complete';
}

/** Index just after the quoted scalar or flow collection opening `text`, or -1 if it is not closed. */
export function scanClosed(text: string): number {
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i += 1;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      if (i >= text.length) return -1;
      i += 1;
    } else if (c === "'") {
      i += 1;
      for (;;) {
        if (i >= text.length) return -1;
        if (text[i] === "'") {
          if (text[i + 1] === "'") i += 2;
          else break;
        } else i += 1;
      }
      i += 1;
    } else {
      if (c === '[' || c === '{') depth += 1;
      else if (c === ']' || c === '}') depth -= 1;
      i += 1;
    }
    if (depth <= 0) return i;
  }
  return -1;
}

/** What the fast reader gives: the value, and the tree of places of its values (undefined when not recorded). */
export interface FastYaml {
  readonly value: unknown;
  readonly tree: FastNode | undefined;
}

/**
 * The value of a YAML text as `yaml`'s `parseDocument(text).toJS()` gives it, with the places of
 * its values (one pass over the lines, which is also the guard), or undefined when this reader
 * declines the text (see above) or js-yaml rejects it: then only `yaml` can say.
 */
export function readYamlFast(text: string): FastYaml | undefined {
  if (hasDeclinedCharacter(text)) return undefined;
  const scanned = scanLines(text);
  if (!scanned) return undefined;
  try {
    const value = jsYaml.load(text, { schema: CORE_AS_YAML, json: false });
    return { value: value === undefined ? null : value, tree: scanned.tree };
  } catch {
    return undefined;
  }
}

/**
 * The range of the value at `path`, as `placeOf` finds it in the Document, or undefined when the
 * path does not end at a value recorded in the tree.
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
