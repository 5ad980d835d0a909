import { randomBytes } from 'node:crypto';
import { link, realpath, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isSeq, parseDocument, YAMLSeq, type Document, type YAMLMap } from 'yaml';
import { editYamlText } from '../claims/edit.js';
import { SOURCES_TEMPLATE } from '../claims/init-repository.js';
import { contentHash, decodeUtf8, describeIoError, saveFile } from '../claims/save.js';
import { SEEDS_DIR } from '../sources/captures.js';
import { CATALOG_FILE } from '../sources/catalog.js';
import { parseCatalog } from '../sources/catalog-parse.js';
import { MAX_SOURCE_BYTES } from '../sources/load.js';
import { confinedPath, makeFolders, readConfined, readReal } from '../util/confined-file.js';
import { describeCapture, type CaptureDescription } from './describe-capture.js';

/**
 * `urazuke capture`: bring captures into `seeds/` and describe them in `seeds/sources.yaml`. A
 * file from outside `seeds/` is copied in byte for byte (under a free name when another capture
 * has its name); one already there is registered where it is. Each capture the catalog does not
 * describe yet gets an entry read from the document ({@link describeCapture}), appended through
 * the YAML Document API so every comment and entry the user wrote stays as written; an entry
 * that exists is never changed, whoever wrote it. The catalog is saved atomically, and only if
 * it did not change on disk meanwhile.
 */

/** A file to capture: where it is, and how the user wrote it. */
export interface CaptureInput {
  readonly absolute: string;
  readonly written: string;
}

/** What capture did with one file. */
export interface CaptureOutcome {
  readonly written: string;
  /** Repository-relative path of the capture in `seeds/`. */
  readonly file: string;
  /** copied into seeds/, or already there (registered in place, or the same bytes found there). */
  readonly placed: 'copied' | 'in-place';
  /** described: a new entry was written; kept: an entry was there and is left as it is. */
  readonly entry: 'described' | 'kept';
  readonly description: CaptureDescription;
  /** For a kept entry whose sha256 is not the file's: the sha256 it records. */
  readonly recordedSha256?: string;
}

/** A file that could not be captured (nothing was written for it). */
export interface CaptureFailure {
  readonly written: string;
  readonly reason: string;
}

/** Result of {@link captureFiles}. */
export type CaptureResult =
  | { readonly status: 'done'; readonly outcomes: readonly CaptureOutcome[]; readonly failures: readonly CaptureFailure[] }
  /** `sources.yaml` is not YAML, or not in a form capture can add to: nothing was copied or written. */
  | { readonly status: 'invalid-catalog'; readonly message: string }
  /** Captures were copied, but the catalog changed on disk meanwhile or could not be written. */
  | { readonly status: 'catalog-not-saved'; readonly reason: string; readonly outcomes: readonly CaptureOutcome[]; readonly failures: readonly CaptureFailure[] };

/** Capture `inputs` into the repository at `root` (see the module comment). */
export async function captureFiles(root: string, inputs: readonly CaptureInput[]): Promise<CaptureResult> {
  let original: Buffer | undefined;
  try {
    original = await readConfined(root, CATALOG_FILE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { status: 'invalid-catalog', message: `cannot read ${CATALOG_FILE}: ${describeIoError(error)}` };
  }
  const text = original ? decodeUtf8(original) : SOURCES_TEMPLATE;
  const described = describedCaptures(root, text);
  if (typeof described === 'string') return { status: 'invalid-catalog', message: described };

  const outcomes: CaptureOutcome[] = [];
  const failures: CaptureFailure[] = [];
  for (const input of inputs) {
    const placed = await place(root, input);
    if ('reason' in placed) {
      failures.push({ written: input.written, reason: placed.reason });
      continue;
    }
    const description = describeCapture(placed.bytes, placed.file);
    const recorded = described.get(placed.file);
    const base = { written: input.written, file: placed.file, placed: placed.placed, description };
    if (recorded !== undefined) {
      const changed = recorded.sha256 !== undefined && recorded.sha256.toLowerCase() !== description.sha256;
      outcomes.push({ ...base, entry: 'kept', ...(changed ? { recordedSha256: recorded.sha256! } : {}) });
      continue;
    }
    described.set(placed.file, { sha256: description.sha256 });
    outcomes.push({ ...base, entry: 'described' });
  }
  const added = outcomes.filter((o) => o.entry === 'described');
  if (added.length === 0) return { status: 'done', outcomes, failures };
  // Only the lines of the new entries are written: every other byte of the catalog stays.
  const edited = editYamlText(text, (doc) => {
    const list = entryList(doc);
    for (const outcome of added) list.add(entryNode(doc, outcome.file, outcome.description));
    list.flow = false;
  });
  const saved = await saveFile(root, CATALOG_FILE, edited, original ? contentHash(original) : undefined, { createFolders: true });
  if (saved.status === 'saved') return { status: 'done', outcomes, failures };
  const reason = saved.status === 'failed' ? saved.reason : `${CATALOG_FILE} changed on disk meanwhile`;
  return { status: 'catalog-not-saved', reason, outcomes, failures };
}

/** The captures the catalog describes (with their sha256), or why capture cannot add to it. */
function describedCaptures(root: string, text: string): Map<string, { sha256: string | undefined }> | string {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    return `${CATALOG_FILE}:${at?.line ?? 1}:${at?.col ?? 1}: not valid YAML (${error.message.split('\n')[0]!}); fix it first, nothing was written`;
  }
  const contents = doc.contents;
  const fits = contents === null || isSeq(contents) || (isMap(contents) && (contents.get('sources') == null || isSeq(contents.get('sources'))));
  if (!fits) return `${CATALOG_FILE}: capture adds entries to a \`sources:\` list, and this catalog is in another form; nothing was written`;
  const described = new Map<string, { sha256: string | undefined }>();
  for (const loaded of parseCatalog(root, CATALOG_FILE, text).entries) {
    if (loaded.relative === undefined) continue;
    const entry = { sha256: loaded.entry.sha256 };
    described.set(loaded.relative, entry);
    // An entry may name its capture relative to seeds/ (`001.txt` for `seeds/001.txt`).
    if (!loaded.relative.startsWith(`${SEEDS_DIR}/`)) described.set(`${SEEDS_DIR}/${loaded.relative}`, entry);
  }
  return described;
}

/** The list the catalog's entries are in (`sources:`, or the document itself), made when missing. */
function entryList(doc: Document): YAMLSeq {
  if (isSeq(doc.contents)) return doc.contents;
  if (isMap(doc.contents) && isSeq(doc.contents.get('sources'))) return doc.contents.get('sources') as YAMLSeq;
  const list = new YAMLSeq();
  if (isMap(doc.contents)) doc.contents.set('sources', list);
  else doc.contents = doc.createNode({ sources: list }) as Document['contents'];
  return list;
}

/** The new entry of a capture, with a comment asking to check what was read. */
function entryNode(doc: Document, file: string, description: CaptureDescription): YAMLMap {
  const node = doc.createNode({ file, ...description }) as YAMLMap;
  node.commentBefore = ' read from the document by urazuke capture: check the title, site, outlet, url and published';
  return node;
}

/** The capture in seeds/: copied there (exclusively, under a free name), or found there; its bytes. */
async function place(root: string, input: CaptureInput): Promise<{ file: string; placed: CaptureOutcome['placed']; bytes: Buffer } | { reason: string }> {
  const relative = path.relative(root, input.absolute).split(path.sep).join('/');
  const inSeeds = relative.startsWith(`${SEEDS_DIR}/`) && !relative.split('/').includes('..');
  let bytes: Buffer;
  try {
    // A file named from outside is read where it really is (a link the user names is followed once).
    bytes = inSeeds ? await readConfined(root, relative, { maxBytes: MAX_SOURCE_BYTES }) : await readReal(await realpath(input.absolute), { maxBytes: MAX_SOURCE_BYTES });
  } catch (error) {
    return { reason: describeIoError(error) };
  }
  if (inSeeds) return { file: relative, placed: 'in-place', bytes };
  const ext = path.extname(input.absolute);
  const stem = path.basename(input.absolute, ext);
  for (let n = 1; n < 1000; n++) {
    const file = `${SEEDS_DIR}/${stem}${n === 1 ? '' : `-${n}`}${ext}`;
    try {
      const target = await confinedPath(root, file, { forWriting: true });
      if (target.exists) {
        // The same capture copied before: it is that one.
        if ((await readReal(target.real).catch(() => undefined))?.equals(bytes)) return { file, placed: 'in-place', bytes };
        continue;
      }
      await makeFolders(target);
      if (await createExclusive(target.real, bytes)) return { file, placed: 'copied', bytes };
    } catch (error) {
      return { reason: `cannot copy into ${SEEDS_DIR}/: ${describeIoError(error)}` };
    }
  }
  return { reason: `no free name for ${stem}${ext} in ${SEEDS_DIR}/` };
}

/**
 * Write a new file whole or not at all, never over one: the bytes go to a temporary file beside
 * it, which is then linked into place (link fails when the name is taken meanwhile: false).
 */
async function createExclusive(real: string, bytes: Uint8Array): Promise<boolean> {
  const temp = path.join(path.dirname(real), `.${path.basename(real)}.${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(temp, bytes, { flag: 'wx', flush: true });
  try {
    await link(temp, real);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
