import { isMap, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq, type Document, type Node } from 'yaml';
import type { Claim, Subject } from './schema.js';

/**
 * Append entries to a topic file's YAML Document without touching anything else in it: the
 * comments, key order, quoting and blank lines of the existing entries stay as they are, so a
 * reviewer's file survives an accept from the inbox or an `urazuke add`. The caller saves the
 * document's text (`appendYamlText`, which splices only the new entries) with `saveFile`.
 */

/** Keys of a claim in the order DESIGN.md writes them. */
const CLAIM_ORDER = ['id', 'subject', 'value', 'says', 'outlet', 'published', 'as_of', 'as_of_from', 'chain', 'stance', 'rank', 'reason', 'note', 'source'] as const;
/** Keys of a subject in the order DESIGN.md writes them. */
const SUBJECT_ORDER = ['id', 'question', 'kind', 'unit', 'base', 'tolerance', 'aliases', 'resolution', 'note'] as const;
/** Keys of a source reference in the order DESIGN.md writes them. */
const SOURCE_ORDER = ['file', 'quote', 'prefix', 'suffix', 'line'] as const;

/**
 * Append a claim to the document's `claims` sequence (created when missing). When its id is
 * already taken in the document, `-2`, `-3`, … is added. Values that are maps (`{min: 32}`) and
 * chains are written in flow style, as DESIGN.md shows them. Returns the id used.
 */
export function appendClaim(doc: Document, claim: Claim): string {
  const id = uniqueId(doc, 'claims', claim.id);
  const ordered = orderKeys({ ...claim, id }, CLAIM_ORDER) as Record<string, unknown>;
  if (claim.source) ordered['source'] = orderKeys(claim.source, SOURCE_ORDER);
  const node = doc.createNode(ordered) as YAMLMap;
  const value = node.get('value', true);
  if (isMap(value)) value.flow = true;
  const chain = node.get('chain', true);
  if (isSeq(chain)) chain.flow = true;
  sequence(doc, 'claims').items.push(node);
  return id;
}

/**
 * Append a subject to the document's `subjects` sequence (created when missing). When its id is
 * already taken in the document, `-2`, `-3`, … is added. Returns the id used.
 */
export function appendSubject(doc: Document, subject: Subject): string {
  const id = uniqueId(doc, 'subjects', subject.id);
  const node = doc.createNode(orderKeys({ ...subject, id }, SUBJECT_ORDER)) as YAMLMap;
  sequence(doc, 'subjects').items.push(node);
  return id;
}

/**
 * Offer other names of a place value to the topic's `aliases` (大連: [Dalian, 大连]): the names
 * not yet listed are added to the entry that already holds the value (as its key or one of its
 * names), or to a new entry keyed by the value, written before `subjects`. Returns the names added.
 */
export function addAliases(doc: Document, value: string, names: readonly string[]): string[] {
  if (names.length === 0 || !isMap(doc.contents)) return [];
  const fold = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  let map = doc.get('aliases', true) as Node | null | undefined;
  if (map !== undefined && map !== null && !isMap(map)) return [];
  const listed = new Set<string>();
  let entry: YAMLSeq | undefined;
  if (isMap(map)) {
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const seq = isSeq(pair.value) ? pair.value : undefined;
      const spellings = [key, ...(seq?.items ?? []).map((item) => (isScalar(item) ? String(item.value) : ''))];
      if (spellings.some((n) => fold(n) === fold(value))) {
        entry = seq;
        for (const n of spellings) listed.add(fold(n));
      }
    }
  }
  listed.add(fold(value));
  const added = names.filter((n) => !listed.has(fold(n)) && (listed.add(fold(n)), true));
  if (added.length === 0) return [];
  if (entry) {
    for (const n of added) entry.items.push(doc.createNode(n));
    return added;
  }
  if (!isMap(map)) {
    map = new YAMLMap();
    const top = doc.contents as YAMLMap;
    const at = top.items.findIndex((pair) => isScalar(pair.key) && (pair.key.value === 'subjects' || pair.key.value === 'claims'));
    const pair = new Pair(new Scalar('aliases'), map);
    if (at < 0) top.items.push(pair);
    else top.items.splice(at, 0, pair);
  }
  const seq = doc.createNode(added) as YAMLSeq;
  seq.flow = true;
  (map as YAMLMap).set(doc.createNode(value), seq);
  return added;
}

/** Ids already used in one of the document's sequences. */
export function idsIn(doc: Document, key: 'claims' | 'subjects'): Set<string> {
  const ids = new Set<string>();
  const seq = doc.get(key, true);
  if (!isSeq(seq)) return ids;
  for (const item of seq.items) {
    if (!isMap(item)) continue;
    const id = item.get('id', true);
    if (isScalar(id) && id.value !== null && id.value !== undefined) ids.add(String(id.value));
  }
  return ids;
}

function uniqueId(doc: Document, key: 'claims' | 'subjects', wanted: string): string {
  const taken = idsIn(doc, key);
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The document's sequence under `key`, created (block style) when missing or empty-valued. */
function sequence(doc: Document, key: 'claims' | 'subjects'): YAMLSeq {
  if (!isMap(doc.contents)) {
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
      doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
    } else {
      throw new Error('the topic file is not a map, so nothing can be appended to it');
    }
  }
  const existing = doc.get(key, true) as Node | null | undefined;
  if (isSeq(existing)) {
    // An empty `claims: []` is flow style: switch it to block so entries read as DESIGN.md shows.
    if (existing.items.length === 0) existing.flow = false;
    return existing;
  }
  if (existing !== undefined && existing !== null && !(isScalar(existing) && existing.value === null)) {
    throw new Error(`\`${key}\` in the topic file is not a sequence, so nothing can be appended to it`);
  }
  const seq = new YAMLSeq();
  if (isScalar(existing) && (existing.comment || existing.commentBefore)) {
    seq.comment = existing.comment ?? null;
    seq.commentBefore = existing.commentBefore ?? null;
  }
  doc.set(key, seq);
  return seq;
}

function orderKeys<T extends object>(value: T, order: readonly string[]): Record<string, unknown> {
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of order) if (record[key] !== undefined) out[key] = record[key];
  for (const [key, v] of Object.entries(record)) if (!(key in out) && v !== undefined) out[key] = v;
  return out;
}
