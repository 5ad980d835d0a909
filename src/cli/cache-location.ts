import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

/**
 * The file the check cache of the repository at `root` lives in: under `$URAZUKE_CACHE_DIR` when
 * set, else the user's cache folder (`$XDG_CACHE_HOME` or `~/.cache` on Linux and other Unixes,
 * `~/Library/Caches` on macOS, `%LOCALAPPDATA%` on Windows) in `urazuke/`, named by a hash of the
 * repository's absolute path. Never inside the repository, so nothing is committed or copied with
 * it, and a copy of the repository elsewhere starts cold.
 */
export function checkCacheFile(root: string, env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string {
  const name = `check-${createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 24)}.v8`;
  return path.join(cacheFolder(env, platform), name);
}

/** The folder urazuke keeps its caches in. */
export function cacheFolder(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string {
  if (env['URAZUKE_CACHE_DIR']) return path.resolve(env['URAZUKE_CACHE_DIR']);
  const home = env['HOME'] || os.homedir();
  if (platform === 'win32') return path.join(env['LOCALAPPDATA'] || path.join(home, 'AppData', 'Local'), 'urazuke', 'Cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'urazuke');
  return path.join(env['XDG_CACHE_HOME'] && path.isAbsolute(env['XDG_CACHE_HOME']) ? env['XDG_CACHE_HOME'] : path.join(home, '.cache'), 'urazuke');
}
