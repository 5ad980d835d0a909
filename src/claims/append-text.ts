import { Document, isMap, isSeq, parseDocument, YAMLSeq, type Node } from 'yaml';
import { editYamlText, EditError } from './edit.js';

/**
 * Appending entries to a YAML file (a claim filed by `add` or accepted from the inbox, candidates
 * merged by `extract`) by splicing only the new entries' text after the last entry of their
 * sequence: every byte of the file before and after stays, whatever its formatting (flow
 * sequences as written, long lines unfolded, hand-wrapped notes), and the work is one parse of
 * the file, linear in its size, however the serializer would have rewritten it.
 */

/** A top-level sequence of the document as it was before the edit. */
interface SequenceBefore {
  readonly seq: YAMLSeq;
  readonly items: readonly unknown[];
  readonly flow: boolean;
}

/**
 * Parse `text`, let `append` add items at the end of top-level sequences of its Document (the
 * `claims`, `subjects` or `candidates` of a map, or a bare sequence), and return the new text:
 * the original text with the new items' lines inserted after the last item of each sequence (a
 * blank line before each when the file separates its items so), indented as that item, with the
 * file's line ends. When the edit did more than append to non-empty block sequences (it changed
 * another node, made a sequence, filled an empty `[]`), the text is edited by {@link editYamlText} instead, which
 * changes only the lines the edit changes. Throws {@link EditError} when the text is not valid YAML.
 */
export function appendYamlText(text: string, append: (doc: Document) => void): string {
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const body = bom ? text.slice(1) : text;
  const doc = parseDocument(body, { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) throw new EditError(`the file is not valid YAML (${error.message.split('\n')[0] ?? ''}); fix it first`);
  const before = topSequences(doc);
  const data = dataOf(doc);
  append(doc);
  const spliced = data !== undefined && onlyAppended(doc, before, data) ? splice(body, before, eolOf(body)) : undefined;
  return spliced === undefined ? editYamlText(text, append) : bom + spliced;
}

/** The document's data as JSON, or undefined when it cannot be built (too many aliases). */
function dataOf(doc: Document): string | undefined {
  try {
    return JSON.stringify(doc.toJS());
  } catch {
    return undefined;
  }
}

/**
 * True when the edit only appended items to the sequences it found: with those items set aside,
 * the document's data is what it was (no other node changed, no key added).
 */
function onlyAppended(doc: Document, before: readonly SequenceBefore[], data: string): boolean {
  const added = before.map(({ seq, items }) => seq.items.splice(items.length));
  try {
    return dataOf(doc) === data;
  } finally {
    before.forEach(({ seq }, i) => seq.items.push(...added[i]!));
  }
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The top-level sequences of a document: the document itself when it is one, else the sequences under its keys. */
function topSequences(doc: Document): SequenceBefore[] {
  const seqs: YAMLSeq[] = [];
  if (isSeq(doc.contents)) seqs.push(doc.contents);
  else if (isMap(doc.contents)) for (const pair of doc.contents.items) if (isSeq(pair.value)) seqs.push(pair.value);
  return seqs.map((seq) => ({ seq, items: [...seq.items], flow: Boolean(seq.flow) }));
}

/** The text with the appended items spliced in, or undefined when an append cannot be placed so. */
function splice(body: string, before: readonly SequenceBefore[], eol: string): string | undefined {
  const inserts: Array<{ readonly at: number; readonly text: string }> = [];
  for (const { seq, items, flow } of before) {
    if (seq.items.length === items.length) continue;
    if (flow || seq.flow || items.length === 0 || items.some((item, i) => seq.items[i] !== item)) return undefined;
    const insert = placeAfter(body, items, seq.items.slice(items.length), eol);
    if (!insert) return undefined;
    inserts.push(insert);
  }
  let out = body;
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at)) {
    const joint = at === out.length && out !== '' && !out.endsWith('\n') ? eol : '';
    out = out.slice(0, at) + joint + text + out.slice(at);
  }
  return out;
}

/** Where and what to insert for `added` after the last of `items`, checked by parsing that stretch again. */
function placeAfter(body: string, items: readonly unknown[], added: readonly unknown[], eol: string): { at: number; text: string } | undefined {
  const last = items[items.length - 1] as Node | undefined;
  const range = last?.range;
  if (!range) return undefined;
  const lineStart = body.lastIndexOf('\n', range[0] - 1) + 1;
  const dash = /^( *)- +$/.exec(body.slice(lineStart, range[0]));
  if (!dash) return undefined;
  const indent = dash[1]!.length;
  // After the line the last item's value ends on (a trailing comment on it stays with it; blank
  // lines after it stay after the new items).
  let end = range[1];
  while (end > range[0] && /\s/.test(body[end - 1]!)) end--;
  const newline = body.indexOf('\n', end);
  const at = newline < 0 ? body.length : newline + 1;
  const previous = items[items.length - 2] as Node | undefined;
  // A blank line (and perhaps comment lines) before the last item: the file spaces its items so.
  const blank = previous?.range != null && /\n[ \t]*\r?\n(?:[ \t]*#[^\n]*\n)*$/.test(body.slice(previous.range[0], lineStart));
  // Flow collections written as the last item writes them (`[a, b]` or `[ a, b ]`).
  const lastText = body.slice(lineStart, at);
  const padded = !/[[{][^\s\]}]/.test(lastText) || /[[{] /.test(lastText);
  const rendered = renderItems(added, padded);
  const lines = rendered.replace(/\n$/, '').split('\n');
  const indented = lines.map((line) => (line === '' ? line : ' '.repeat(indent) + line));
  const starts = new Set(lines.flatMap((line, i) => (line.startsWith('- ') || line === '-' ? [i] : [])));
  const text = indented.flatMap((line, i) => (blank && starts.has(i) ? ['', line] : [line])).join(eol) + eol;
  try {
    return fits(lastText, text, indent, [last, ...added]) ? { at, text } : undefined;
  } catch {
    return undefined; // an item the check cannot read alone (an alias to an anchor elsewhere)
  }
}

/** The items as the YAML serializer writes a sequence of them (block style, at column 0). */
function renderItems(items: readonly unknown[], flowCollectionPadding: boolean): string {
  const holder = new Document(null);
  const seq = new YAMLSeq();
  seq.items.push(...items);
  holder.contents = seq as unknown as typeof holder.contents;
  return holder.toString({ flowCollectionPadding });
}

/** True when the last item's text followed by the inserted text reads back as the last item and the new ones. */
function fits(lastText: string, inserted: string, indent: number, nodes: readonly unknown[]): boolean {
  const lines = `${lastText}${lastText.endsWith('\n') ? '' : '\n'}${inserted}`.split(/\r?\n/);
  if (lines.some((line) => line.trim() !== '' && !line.startsWith(' '.repeat(indent)))) return false;
  const reread = parseDocument(lines.map((line) => line.slice(indent)).join('\n'), { prettyErrors: false });
  if (reread.errors.length > 0) return false;
  const want = nodes.map((node) => (node as { toJSON?: () => unknown }).toJSON?.() ?? node);
  return JSON.stringify(reread.toJS()) === JSON.stringify(want);
}
