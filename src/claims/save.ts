import { randomBytes, createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { chmod, chown, link, open, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { confinedPath, makeFolders, readReal, type ConfinedPath } from '../util/confined-file.js';
import { describeIoError } from '../util/io-error.js';

export { describeIoError };

/**
 * The one save of the program, for review's edits, `add` and extract's inbox merge: files are
 * written inside the repository only (through `confinedPath`), each atomically (a temporary file
 * beside it, fsynced, renamed over it: a kill at any moment leaves the old or the new file, never
 * half of one), and only over the bytes the change was computed from, compared immediately before
 * the rename. A change across several files is all or nothing: every temporary file is written and
 * every file checked before the first rename, and when a later rename fails the earlier files are
 * put back as they were.
 */

/** The hash a loaded file is remembered by: sha256 of its bytes (a text is hashed as its UTF-8 bytes). */
export function contentHash(bytes: string | Uint8Array): string {
  return createHash('sha256').update(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).digest('hex');
}

/**
 * Decode a claim file, the inbox or the catalog: UTF-8, a byte-order mark kept (edits keep it,
 * and `contentHash` of the text is then the hash of the file's bytes).
 */
export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

const EMPTY_HASH = contentHash('');

/** One file of a save. */
export interface FileWrite {
  /** Repository-relative path. */
  readonly file: string;
  readonly text: string;
  /**
   * {@link contentHash} of the bytes the text was computed from (that of "" also fits a missing
   * file); undefined: the file must not exist yet.
   */
  readonly expectedHash: string | undefined;
}

/** Result of {@link saveFiles}. */
export type SaveResult =
  | { readonly status: 'saved'; readonly hashes: readonly string[] }
  /**
   * A file on disk is not what the change was computed from (`file`): nothing was written;
   * `current` is what each file holds now (undefined: it does not exist).
   */
  | { readonly status: 'changed-on-disk'; readonly file: string; readonly current: ReadonlyArray<string | undefined> }
  /**
   * Writing failed (full disk, read-only file, permission, a path outside the repository): every
   * file is as it was, but for those in `written` (replaced, and putting them back failed too).
   */
  | { readonly status: 'failed'; readonly file: string; readonly reason: string; readonly written: readonly string[] };

/** Options of {@link saveFiles}. */
export interface SaveOptions {
  /** Make missing folders (inside the repository) for new files. */
  readonly createFolders?: boolean;
}

/** A file of a save, resolved, with its temporary file once written. */
interface Slot {
  readonly write: FileWrite;
  readonly target: ConfinedPath;
  temp?: string | undefined;
  /** The bytes it held just before the renames (for putting it back). */
  previous?: Buffer | undefined;
  replaced?: boolean;
}

/** Save one file (see {@link saveFiles}). */
export function saveFile(root: string, file: string, text: string, expectedHash: string | undefined, options: SaveOptions = {}): Promise<SaveResult> {
  return saveFiles(root, [{ file, text, expectedHash }], options);
}

/**
 * Write every file of a change, or none (see the module comment). The steps: resolve each file
 * inside the repository; write and fsync every temporary file; read every file again and compare
 * its hash with the expected one (a change on disk aborts: the temporary files are removed, the
 * new texts stay with the caller); rename each temporary file over its file (a new file is linked
 * into place, so a file made meanwhile is never overwritten); when one fails, put the files
 * already replaced back.
 */
export async function saveFiles(root: string, writes: readonly FileWrite[], options: SaveOptions = {}): Promise<SaveResult> {
  const slots: Slot[] = [];
  for (const write of writes) {
    try {
      const target = await confinedPath(root, write.file, { forWriting: true });
      if (options.createFolders) await makeFolders(target);
      slots.push({ write, target });
    } catch (error) {
      return { status: 'failed', file: write.file, reason: describeIoError(error), written: [] };
    }
  }
  let failing = writes[0]?.file ?? '';
  try {
    const early = await changedOnDisk(slots);
    if (early) return early;
    for (const slot of slots) {
      failing = slot.write.file;
      await writeTemp(slot.target.real, slot.write.text, (temp) => (slot.temp = temp));
    }
    // Immediately before the renames: what is on disk must still be what the change was computed from.
    const late = await changedOnDisk(slots);
    if (late) {
      await removeTemps(slots);
      return late;
    }
  } catch (error) {
    await removeTemps(slots);
    return { status: 'failed', file: failing, reason: describeIoError(error), written: [] };
  }
  return commit(slots);
}

/**
 * Compare each file on disk with its expected hash, remembering its bytes; the changed-on-disk
 * result when one differs (its temporary files removed by the caller), undefined when all match.
 */
async function changedOnDisk(slots: Slot[]): Promise<SaveResult | undefined> {
  let changed: string | undefined;
  const current: Array<Buffer | undefined> = [];
  for (const slot of slots) {
    const bytes = await readIfThere(slot.target.real);
    current.push(bytes);
    slot.previous = bytes;
    const hash = bytes === undefined ? undefined : contentHash(bytes);
    // A missing file reads as empty, as the loaders read it: an edit of "" may make the file.
    const fits = hash === slot.write.expectedHash || (bytes === undefined && slot.write.expectedHash === EMPTY_HASH);
    if (!fits) changed ??= slot.write.file;
  }
  if (changed === undefined) return undefined;
  for (const slot of slots) slot.previous = undefined;
  return { status: 'changed-on-disk', file: changed, current: current.map((b) => (b === undefined ? undefined : decodeUtf8(b))) };
}

async function readIfThere(real: string): Promise<Buffer | undefined> {
  try {
    return await readReal(real);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Write `data` to a new temporary file beside `real` (with its mode, and its owner when run as
 * root), fsynced; O_EXCL, so never through a file or symlink planted at that name. `made` learns
 * the temporary file's name as soon as it exists, so that a failure can remove it.
 */
async function writeTemp(real: string, data: string | Buffer, made: (temp: string) => void): Promise<string> {
  const temp = path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o666);
  made(temp);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  const info = await stat(real).catch(() => undefined);
  if (info) {
    await chmod(temp, info.mode & 0o7777);
    if (process.getuid?.() === 0) await chown(temp, info.uid, info.gid).catch(() => undefined);
  }
  return temp;
}

/** Rename every temporary file into place; on a failure, put back what was replaced. */
async function commit(slots: Slot[]): Promise<SaveResult> {
  for (const slot of slots) {
    try {
      if (slot.previous === undefined) {
        // A new file: linked into place, so that one made meanwhile is never overwritten.
        await link(slot.temp!, slot.target.real).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code === 'EEXIST') throw error;
          await rename(slot.temp!, slot.target.real); // a file system without hard links
        });
        await unlink(slot.temp!).catch(() => undefined);
      } else await rename(slot.temp!, slot.target.real);
      slot.replaced = true;
    } catch (error) {
      const written = await rollBack(slots);
      await removeTemps(slots);
      const reason = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'it was created on disk meanwhile' : describeIoError(error);
      return { status: 'failed', file: slot.write.file, reason, written };
    }
  }
  await syncFolders(slots);
  return { status: 'saved', hashes: slots.map((s) => contentHash(s.write.text)) };
}

/** Put back the files already replaced; the files that could not be put back. */
async function rollBack(slots: Slot[]): Promise<string[]> {
  const failed: string[] = [];
  for (const slot of slots) {
    if (!slot.replaced) continue;
    try {
      if (slot.previous === undefined) await unlink(slot.target.real);
      else {
        let made: string | undefined;
        try {
          await rename(await writeTemp(slot.target.real, slot.previous, (temp) => (made = temp)), slot.target.real);
        } catch (error) {
          if (made !== undefined) await unlink(made).catch(() => undefined);
          throw error;
        }
      }
      slot.replaced = false;
    } catch {
      failed.push(slot.write.file);
    }
  }
  return failed;
}

/** Remove the temporary files not renamed into place. */
async function removeTemps(slots: Slot[]): Promise<void> {
  for (const slot of slots) {
    if (slot.temp === undefined || slot.replaced) continue;
    await unlink(slot.temp).catch(() => undefined);
    slot.temp = undefined;
  }
}

/** fsync the folders renamed into, so that the renames themselves survive a power cut. */
async function syncFolders(slots: readonly Slot[]): Promise<void> {
  for (const folder of new Set(slots.map((s) => path.dirname(s.target.real)))) {
    const handle = await open(folder, constants.O_RDONLY).catch(() => undefined);
    if (!handle) continue;
    await handle.sync().catch(() => undefined);
    await handle.close();
  }
}
