import { diffArrays } from 'diff';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { YamlPath } from '../yaml/positions.js';
import type { Resolution } from './schema.js';

/**
 * Edits of claim files, made through the YAML Document API so that comments, key order and
 * formatting of everything not edited survive. Each edit finds its target by id, not by index,
 * so that it can be applied again to a file that changed on disk meanwhile.
 */

/** An edit that cannot be made: the id is not in the file, or the file is not a claim file. */
export class EditError extends Error {
  override readonly name = 'EditError';
}

/**
 * Parse `text`, apply `edit` to its Document and return the new text, changed only where the
 * edit changed something: the yaml library re-serializes a whole document (`[a, b]` may come
 * back as `[ a, b ]`), so the serialized text before and after the edit are diffed line by line
 * and only the changed lines are spliced into the original text. Every other line, its spacing,
 * quoting and comments, stays byte for byte. A byte-order mark and CRLF line ends are kept.
 * Throws {@link EditError} when the text is not valid YAML, so that a broken file is never rewritten.
 */
export function editYamlText(text: string, edit: (doc: Document) => void): string {
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const body = bom ? text.slice(1) : text;
  const parse = () => parseDocument(body, { prettyErrors: false, uniqueKeys: true });
  const doc = parse();
  const error = doc.errors[0];
  if (error) throw new EditError(`the file is not valid YAML (${error.message.split('\n')[0] ?? ''}); fix it first`);
  // Long text an edit writes is folded at 80 columns when the file's other lines come back from
  // the serializer line for line at that width; otherwise nothing is folded, so that the lines
  // of the original file and of its re-serialization still pair up.
  const lineCount = body.split(/\r?\n/).length;
  const folded = parse().toString({ lineWidth: 80 });
  const options = folded.split('\n').length === lineCount ? { lineWidth: 80 } : { lineWidth: 0 };
  const base = options.lineWidth === 80 ? folded : parse().toString(options);
  edit(doc);
  const edited = doc.toString(options);
  return bom + spliceChanges(body, base, edited);
}

/**
 * Apply the line changes from `base` to `edited` onto `original`. `base` is `original` as the
 * serializer writes it, which may differ in spacing, flow style or how a folded scalar wraps, so
 * the lines of `base` are first aligned with those of `original` (a line diff); each unchanged
 * run of `base` is then copied from `original`, and only the edit's lines come from `edited`.
 * When an edit begins or ends inside a run the serializer reflowed, that run cannot be placed and
 * the whole serialized text is returned (comments kept, formatting not).
 */
function spliceChanges(original: string, base: string, edited: string): string {
  const eol = original.includes('\r\n') ? '\r\n' : '\n';
  const originalLines = original.split(/\r?\n/);
  const baseLines = base.split('\n');
  // Line boundary of `base` → line boundary of `original` (undefined inside a reflowed run).
  const toOriginal: Array<number | undefined> = [];
  // A boundary falls after any lines only `original` has there, so that a line the serializer
  // reflowed (a folded scalar written on two lines instead of one) stays before the boundary.
  let b = 0;
  let a = 0;
  toOriginal[0] = 0;
  const parts = diffArrays(baseLines, originalLines);
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    const count = part.count ?? part.value.length;
    const next = parts[p + 1];
    if (part.removed && next?.added) {
      // Lines the serializer rewrote: inside, a boundary is known where both sides hold the same
      // text but for white space (a folded scalar rewrapped, a comment or a flow map respaced).
      alignRewritten(part.value, next.value, b, a, toOriginal);
      b += count;
      a += next.count ?? next.value.length;
      p++;
    } else if (part.added) a += count;
    else if (part.removed) b += count;
    else {
      for (let k = 1; k < count; k++) toOriginal[b + k] = a + k;
      b += count;
      a += count;
    }
    toOriginal[b] = a;
  }
  toOriginal[0] = 0;
  toOriginal[baseLines.length] = originalLines.length;
  const fallback = eol === '\n' ? edited : edited.replace(/\n/g, eol);
  const out: string[] = [];
  let at = 0;
  for (const change of diffArrays(baseLines, edited.split('\n'))) {
    if (change.added) {
      out.push(...change.value);
      continue;
    }
    const count = change.count ?? change.value.length;
    const from = toOriginal[at];
    const to = toOriginal[at + count];
    if (from === undefined || to === undefined) return fallback;
    if (!change.removed) out.push(...originalLines.slice(from, to));
    at += count;
  }
  return out.join(eol);
}
/** Record in `toOriginal` the boundaries inside a rewritten run where `base` and `original` agree but for white space. */
function alignRewritten(base: readonly string[], original: readonly string[], b: number, a: number, toOriginal: Array<number | undefined>): void {
  const bare = (line: string) => line.replace(/\s+/g, '');
  let j = 0;
  let fromBase = '';
  let fromOriginal = '';
  for (let i = 0; i < base.length - 1; i++) {
    fromBase += bare(base[i]!);
    while (j < original.length && fromOriginal.length < fromBase.length) fromOriginal += bare(original[j++]!);
    if (fromOriginal !== fromBase) return;
    toOriginal[b + i + 1] = a + j;
  }
}

/** Index of the entry with `id` in the top-level sequence `key`, or -1. */
export function indexById(doc: Document, key: 'subjects' | 'claims', id: string): number {
  const seq = doc.get(key, true);
  if (!isSeq(seq)) return -1;
  return seq.items.findIndex((item) => isMap(item) && scalarValue(item.get('id', true)) === id);
}

function requireIndex(doc: Document, key: 'subjects' | 'claims', id: string): number {
  const index = indexById(doc, key, id);
  if (index < 0) throw new EditError(`no ${key === 'subjects' ? 'subject' : 'claim'} with id \`${id}\` in this file`);
  return index;
}

/**
 * Set a subject's `resolution` ({status, accepted, note}). Fields of an existing resolution map
 * are updated in place (their comments stay); an empty note or an undefined `accepted` removes
 * the key.
 */
export function setResolution(doc: Document, subjectId: string, resolution: Resolution): void {
  const index = requireIndex(doc, 'subjects', subjectId);
  const base: YamlPath = ['subjects', index, 'resolution'];
  const existing = doc.getIn(base, true);
  if (!isMap(existing)) {
    const fresh: Record<string, unknown> = { status: resolution.status };
    if (resolution.accepted !== undefined) fresh['accepted'] = resolution.accepted;
    if (resolution.note) fresh['note'] = resolution.note;
    doc.setIn(base, doc.createNode(fresh));
    return;
  }
  doc.setIn([...base, 'status'], resolution.status);
  if (resolution.accepted === undefined) doc.deleteIn([...base, 'accepted']);
  else doc.setIn([...base, 'accepted'], resolution.accepted);
  if (resolution.note) doc.setIn([...base, 'note'], resolution.note);
  else doc.deleteIn([...base, 'note']);
}

/**
 * Deprecate a claim: `rank: deprecated` with the reason. A claim shown wrong is deprecated,
 * never deleted, so that nobody files it again.
 */
export function deprecateClaim(doc: Document, claimId: string, reason: string): void {
  const index = requireIndex(doc, 'claims', claimId);
  doc.setIn(['claims', index, 'rank'], 'deprecated');
  if (reason.trim()) doc.setIn(['claims', index, 'reason'], reason.trim());
}

/** Remove the node at `path` (an inbox candidate once accepted or rejected). */
export function removeAt(doc: Document, path: YamlPath): void {
  if (!doc.hasIn(path)) throw new EditError(`nothing at ${path.join('.')} any more`);
  doc.deleteIn(path);
}

function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}
