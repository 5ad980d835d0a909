import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeFsError } from '../sources/index.js';
import { toTerminalSafe } from '../util/terminal-safe.js';
import { EXIT, type CliIo } from './io.js';

/** A repository folder named on the command line, checked: it exists, is a folder, and whether it has `claims/`. */
export type RepositoryDir =
  | { readonly ok: true; readonly dir: string; readonly hasClaims: boolean }
  /** The folder cannot be used: the message is printed; return `exit`. */
  | { readonly ok: false; readonly exit: number };

/**
 * Resolve and check the `[dir]` argument of `check`, `report` and `review`: a missing or
 * unreadable folder, a file, or a `claims` that is not a readable folder is a usage error (exit
 * 2) with a message naming it, and so is a folder with neither `claims/` nor `seeds/` (not a
 * repository); a folder with `seeds/` but no `claims/` is returned with `hasClaims: false` for
 * the command to decide.
 */
export async function openRepositoryDir(written: string | undefined, io: CliIo, verb: string): Promise<RepositoryDir> {
  const shown = toTerminalSafe(written ?? '.', { singleLine: true });
  const dir = path.resolve(io.cwd, written ?? '.');
  const fail = (why: string): RepositoryDir => {
    io.stderr.write(`urazuke: cannot ${verb} '${shown}': ${why}\n`);
    return { ok: false, exit: EXIT.usage };
  };
  try {
    if (!(await stat(dir)).isDirectory()) return fail('not a folder');
  } catch (error) {
    return fail((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : describeFsError(error));
  }
  try {
    if (!(await stat(path.join(dir, 'claims'))).isDirectory()) return fail('claims is not a folder');
    await readdir(path.join(dir, 'claims'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return fail(`claims/: ${describeFsError(error)}`);
    // Neither claims/ nor seeds/: a wrong folder (a CI working-directory, say), never a clean pass.
    if (!(await isFolder(path.join(dir, 'seeds')))) {
      return fail('not a urazuke repository (no claims/ or seeds/ folder in it); run it in the repository root or name the root');
    }
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

/**
 * The repository a command that files into `claims/` works in when `--dir` is not given: the
 * current folder, unless it is a repository's `seeds/` folder (run there, claims still go to the
 * repository's `claims/`, never among the captures).
 */
export async function repositoryRoot(cwd: string, written: string | undefined): Promise<string> {
  if (written !== undefined) return path.resolve(cwd, written);
  const here = path.resolve(cwd);
  // Only the folder itself or its parent: a repository's seeds/ holds captures, not repositories.
  if (path.basename(here) === 'seeds' && !(await isFolder(path.join(here, 'claims'))) && !(await isFolder(path.join(here, 'seeds')))) return path.dirname(here);
  return here;
}
