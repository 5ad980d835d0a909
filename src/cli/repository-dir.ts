import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeIoError } from '../util/io-error.js';
import { toTerminalSafe } from '../util/terminal-safe.js';
import { EXIT, type CliIo } from './io.js';

/** A repository folder named on the command line or found, checked: it exists, is a folder, and whether it has `claims/`. */
export type RepositoryDir =
  | { readonly ok: true; readonly dir: string; readonly hasClaims: boolean }
  /** The folder cannot be used: the message is printed; return `exit`. */
  | { readonly ok: false; readonly exit: number };

/** The advice given with a folder that is no repository. */
const NOT_A_REPOSITORY =
  'not a urazuke repository (no claims/ or seeds/ folder in it or in any folder above it); run `urazuke init` to start one, or name the root';

/**
 * Resolve and check the `[dir]` argument of `check`, `report` and `review`. Without one, the
 * root is found upward from the current folder (see {@link findRepositoryRoot}). A missing or
 * unreadable folder, a file, or a `claims` that is not a readable folder is a usage error (exit
 * 2) with a message naming it, and so is a folder with neither `claims/` nor `seeds/` (not a
 * repository); a folder with `seeds/` but no `claims/` is returned with `hasClaims: false` for
 * the command to decide.
 */
export async function openRepositoryDir(written: string | undefined, io: CliIo, verb: string): Promise<RepositoryDir> {
  const shown = toTerminalSafe(written ?? '.', { singleLine: true });
  const fail = (why: string): RepositoryDir => {
    io.stderr.write(`urazuke: cannot ${verb} '${shown}': ${why}\n`);
    return { ok: false, exit: EXIT.usage };
  };
  const dir = written === undefined ? await findRepositoryRoot(io.cwd) : path.resolve(io.cwd, written);
  if (dir === undefined) return fail(NOT_A_REPOSITORY);
  try {
    if (!(await stat(dir)).isDirectory()) return fail('not a folder');
  } catch (error) {
    return fail((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : describeIoError(error, 'cannot read it'));
  }
  try {
    if (!(await stat(path.join(dir, 'claims'))).isDirectory()) return fail('claims is not a folder');
    await readdir(path.join(dir, 'claims'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return fail(`claims/: ${describeIoError(error, 'cannot read it')}`);
    // Neither claims/ nor seeds/: a wrong folder (a CI working-directory, say), never a clean pass.
    if (!(await isFolder(path.join(dir, 'seeds')))) return fail(NOT_A_REPOSITORY);
    return { ok: true, dir, hasClaims: false };
  }
  return { ok: true, dir, hasClaims: true };
}

/** True when `p` is a folder (false when it is missing or anything else). */
async function isFolder(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** True when `dir` holds `claims/` or `seeds/`: it is a repository root. */
export async function isRepositoryRoot(dir: string): Promise<boolean> {
  return (await isFolder(path.join(dir, 'claims'))) || (await isFolder(path.join(dir, 'seeds')));
}

/**
 * The repository root for a command run in `start`, found as git finds its own: `start` itself
 * when it holds `claims/` or `seeds/`, else the nearest folder above it that does (so a command
 * run in `seeds/` or `claims/` works on the repository they belong to). The climb stops at a
 * folder holding `.git` (the edge of the enclosing work tree) and at the file-system root;
 * undefined when no folder on the way is a repository.
 */
export async function findRepositoryRoot(start: string): Promise<string | undefined> {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (await isRepositoryRoot(dir)) return dir;
    if (path.dirname(dir) === dir || (await exists(path.join(dir, '.git')))) return undefined;
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * The repository a command that files into `claims/` works in: the folder `--dir` names, or the
 * one found upward from the current folder ({@link findRepositoryRoot}). Either must hold
 * `claims/` or `seeds/`: claims are never filed into a folder that is not a repository (a wrong
 * folder, or a capture folder), and the message says how to start one. With `optional` (a
 * command that only prints), a folder that is none is the current folder, or the one named.
 */
export async function repositoryRoot(io: CliIo, written: string | undefined, verb: string, options: { readonly optional?: boolean } = {}): Promise<RepositoryDir> {
  const named = written === undefined ? undefined : path.resolve(io.cwd, written);
  const dir = named === undefined ? await findRepositoryRoot(io.cwd) : (await isRepositoryRoot(named)) ? named : undefined;
  if (dir !== undefined) return { ok: true, dir, hasClaims: await isFolder(path.join(dir, 'claims')) };
  if (options.optional) return { ok: true, dir: named ?? path.resolve(io.cwd), hasClaims: false };
  if (named !== undefined && !(await isFolder(named))) {
    io.stderr.write(`urazuke: cannot ${verb} in '${toTerminalSafe(written!, { singleLine: true })}': no such folder\n`);
  } else {
    io.stderr.write(`urazuke: cannot ${verb} in '${toTerminalSafe(written ?? '.', { singleLine: true })}': ${NOT_A_REPOSITORY} with --dir\n`);
  }
  return { ok: false, exit: EXIT.usage };
}
