import { closeSync, constants, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { lstat, mkdir, open, realpath } from 'node:fs/promises';
import path from 'node:path';
import { checkRepoPath, isWithin } from './repo-path.js';

/**
 * The one repository-confined way to reach a file: every file urazuke reads or writes (topic
 * files, the inbox, `seeds/sources.yaml`, captures, the file the review UI hands to `$VISUAL`)
 * is named by a repository-relative path and reached through {@link confinedPath}: the path as
 * written must stay inside the repository (no absolute path, no `..`), and its real path, with
 * every symlink followed (of the file and of each folder above it, `claims/` included), must be
 * inside the real repository root. A hostile repository (a symlinked `claims/inbox.yaml`, a
 * `claims/` folder linked elsewhere, `seeds/sources.yaml` linked to `/proc/self/environ`) can then
 * make urazuke neither read nor write outside it.
 */

/** Why a path was refused: it leads outside the repository. `code` is `EOUTSIDE`, for `describeIoError`. */
export class OutsideRepositoryError extends Error {
  override readonly name = 'OutsideRepositoryError';
  readonly code = 'EOUTSIDE';
}

/** A file that is not a regular file (a FIFO, socket or device): reading it could block for ever. */
export class NotRegularFileError extends Error {
  override readonly name = 'NotRegularFileError';
  readonly code = 'ENOTREG';
  constructor() {
    super('not a regular file: a FIFO, socket or device');
  }
}

/** A file larger than the reader allows. */
export class FileTooLargeError extends Error {
  override readonly name = 'FileTooLargeError';
  readonly code = 'EFBIG';
  constructor(
    readonly size: number,
    readonly maxBytes: number,
  ) {
    super(`it has ${size} bytes, more than the ${maxBytes} allowed`);
  }
}

/** A repository file, resolved and confined. */
export interface ConfinedPath {
  /** Repository-relative POSIX path, normalised. */
  readonly relative: string;
  /** Absolute path as written (under the repository root, symlinks not followed). */
  readonly absolute: string;
  /** The real path, inside the real repository root: what is opened, renamed over, or given to an editor. */
  readonly real: string;
  /** False when the file does not exist yet (only with `forWriting`): `real` is where it will be made. */
  readonly exists: boolean;
  /** Folders to make, outermost first, before the file can be written (only with `forWriting`). */
  readonly missingFolders: readonly string[];
}

/** Options of {@link confinedPath}. */
export interface ConfinedPathOptions {
  /** The file may not exist yet: resolve the folder it would be made in instead. */
  readonly forWriting?: boolean;
}

/**
 * Resolve `written` (repository-relative) under `root` to a real path inside the repository, or
 * throw: {@link OutsideRepositoryError} when it leads out (its message says how), the file
 * system's error otherwise (ENOENT when it does not exist and `forWriting` is not set).
 */
export async function confinedPath(root: string, written: string, options: ConfinedPathOptions = {}): Promise<ConfinedPath> {
  const checked = checkRepoPath(root, written);
  if (!checked.ok) throw new OutsideRepositoryError(checked.reason);
  const realRoot = await realpath(root);
  const outside = () => new OutsideRepositoryError('a symlink to a place outside the repository');
  try {
    const real = await realpath(checked.absolute);
    if (!isWithin(realRoot, real)) throw outside();
    return { relative: checked.relative, absolute: checked.absolute, real, exists: true, missingFolders: [] };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !options.forWriting) throw error;
    const link = await lstat(checked.absolute).catch(() => undefined);
    if (link?.isSymbolicLink()) throw new OutsideRepositoryError('a symlink to a file that does not exist (writing through it could make a file anywhere)');
  }
  // A new file: the nearest folder above it that exists must be inside; the rest is made there.
  const segments = checked.relative.split('/');
  const missing: string[] = [segments.pop()!];
  for (;;) {
    const folder = path.join(root, ...segments);
    const real = await realpath(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT' || segments.length === 0) throw error;
      return undefined;
    });
    if (real !== undefined) {
      if (!isWithin(realRoot, real)) throw new OutsideRepositoryError(`the folder ${segments.join('/')} is a symlink to a place outside the repository`);
      const folders = missing.slice(1).reverse();
      return {
        relative: checked.relative,
        absolute: checked.absolute,
        real: path.join(real, ...folders, missing[0]!),
        exists: false,
        missingFolders: folders.map((_, i) => path.join(real, ...folders.slice(0, i + 1))),
      };
    }
    const link = await lstat(folder).catch(() => undefined);
    if (link?.isSymbolicLink()) throw new OutsideRepositoryError(`${segments.join('/')} is a symlink to a folder that does not exist`);
    missing.push(segments.pop()!);
  }
}

/** Make the folders a new file needs (each inside a folder already checked to be inside the repository). */
export async function makeFolders(target: ConfinedPath): Promise<void> {
  for (const folder of target.missingFolders) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}

/** Options of {@link readConfined}. */
export interface ReadOptions {
  /** Largest file read; a larger one throws {@link FileTooLargeError}. */
  readonly maxBytes?: number;
}

/**
 * Read a repository file, confined (see the module comment): throws {@link OutsideRepositoryError}
 * for a path that leads out, {@link NotRegularFileError} for a FIFO, socket or device (opened
 * without blocking, then refused), EISDIR for a folder, {@link FileTooLargeError} above
 * `maxBytes`, and the file system's own errors (ENOENT, EACCES …).
 */
export async function readConfined(root: string, written: string, options: ReadOptions = {}): Promise<Buffer> {
  const target = await confinedPath(root, written);
  return readReal(target.real, options);
}

/**
 * Read a file at a real path already confined, never following a symlink put in its place since
 * (O_NOFOLLOW) and never blocking on a FIFO (O_NONBLOCK). Errors as {@link readConfined}.
 */
export async function readReal(real: string, options: ReadOptions = {}): Promise<Buffer> {
  const handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('it is a directory'), { code: 'EISDIR' });
    if (!info.isFile()) throw new NotRegularFileError();
    if (options.maxBytes !== undefined && info.size > options.maxBytes) {
      throw new FileTooLargeError(info.size, options.maxBytes);
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/**
 * {@link readConfined} without awaiting: the same confinement (the path as written, then its real
 * path inside the real root `realRoot`), the same refusals and errors, for callers that read many
 * small files in a row (the check cache fingerprints every input so).
 */
export function readConfinedSync(root: string, realRoot: string, written: string, options: ReadOptions = {}): Buffer {
  const checked = checkRepoPath(root, written);
  if (!checked.ok) throw new OutsideRepositoryError(checked.reason);
  const real = realpathSync.native(checked.absolute);
  if (!isWithin(realRoot, real)) throw new OutsideRepositoryError('a symlink to a place outside the repository');
  const fd = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw Object.assign(new Error('it is a directory'), { code: 'EISDIR' });
    if (!info.isFile()) throw new NotRegularFileError();
    if (options.maxBytes !== undefined && info.size > options.maxBytes) throw new FileTooLargeError(info.size, options.maxBytes);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
