import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import { describeIoError } from '../util/io-error.js';

export { describeIoError };

/** The content hash a loaded file is remembered by, to know whether it changed on disk since. */
export function contentHash(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Result of {@link saveIfUnchanged}. */
export type SaveResult =
  | { readonly status: 'saved'; readonly hash: string }
  /** The file on disk is not what was loaded: nothing was written; `current` is what is there now (undefined: gone). */
  | { readonly status: 'changed-on-disk'; readonly current: string | undefined }
  /** Writing failed (full disk, read-only file, permission): nothing was replaced; the edit stays with the caller. */
  | { readonly status: 'failed'; readonly reason: string };

/**
 * Write `text` to `file` atomically (a temporary file renamed over it, fsynced: a kill at any
 * moment leaves the old or the new file, never half of one), but only when the file on disk
 * still has the hash it was loaded with. Pass `expectedHash: undefined` to create a new file
 * that must not exist yet.
 */
export async function saveIfUnchanged(file: string, text: string, expectedHash: string | undefined): Promise<SaveResult> {
  let current: Buffer | undefined;
  try {
    current = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { status: 'failed', reason: describeIoError(error) };
  }
  const currentHash = current === undefined ? undefined : contentHash(current);
  if (currentHash !== expectedHash) {
    return { status: 'changed-on-disk', current: current?.toString('utf8') };
  }
  try {
    await writeFileAtomic(file, text, { encoding: 'utf8', fsync: true });
  } catch (error) {
    return { status: 'failed', reason: describeIoError(error) };
  }
  return { status: 'saved', hash: contentHash(text) };
}

