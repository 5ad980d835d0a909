import type { Aliases } from '../claims/schema.js';

/**
 * How places, names and other text values compare: after folding (NFKC, which also folds
 * full-width and half-width forms; lower case; hiragana to katakana; white space and
 * punctuation removed) and the alias tables of the topic and of the subject, where every name
 * of one entry is the same thing (`{大連: [Dalian, 大连]}`). Entries that share a name merge.
 */

/** Fold text for comparison: `Ｄａｌｉａｎ` = `dalian`, `Da Nang` = `Danang`, `だいれん` = `ダイレン`. */
export function foldText(text: string): string {
  const cached = FOLDED.get(text);
  if (cached !== undefined) return cached;
  const folded = fold(text);
  if (FOLDED.size >= 10_000) FOLDED.clear();
  FOLDED.set(text, folded);
  return folded;
}

/** Recent foldings: outlets and origins repeat across thousands of claims. */
const FOLDED = new Map<string, string>();

function fold(text: string): string {
  const nfkc = text.normalize('NFKC').toLowerCase();
  const kana = nfkc.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
  const bare = kana.replace(/[\s\p{P}]/gu, '');
  return bare.length > 0 ? bare : kana.trim();
}

/** Resolves names through alias tables. */
export interface AliasResolver {
  /** The comparison key of a name: equal keys mean the same thing. */
  key(name: string): string;
  /** The canonical spelling of a name (the alias entry's key), or the name itself. */
  canonical(name: string): string;
}

/**
 * Build a resolver from alias tables, earlier tables first (the topic's, then the subject's).
 * A name in no table is its own class.
 */
export function aliasResolver(tables: readonly (Aliases | undefined)[]): AliasResolver {
  const parent = new Map<string, string>();
  const display = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    let node = k;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const add = (k: string): void => {
    if (!parent.has(k)) parent.set(k, k);
  };
  for (const table of tables) {
    if (!table) continue;
    for (const [name, others] of Object.entries(table)) {
      const head = foldText(name);
      add(head);
      const headRoot = find(head);
      if (!display.has(headRoot)) display.set(headRoot, name);
      for (const other of others) {
        const k = foldText(other);
        add(k);
        const root = find(k);
        if (root === headRoot) continue;
        // Merge into the earlier class, keeping its canonical spelling.
        parent.set(root, headRoot);
        if (!display.has(headRoot) && display.has(root)) display.set(headRoot, display.get(root)!);
      }
    }
  }
  return {
    key: (name) => {
      const k = foldText(name);
      return parent.has(k) ? find(k) : k;
    },
    canonical: (name) => {
      const k = foldText(name);
      return parent.has(k) ? display.get(find(k)) ?? name : name;
    },
  };
}
