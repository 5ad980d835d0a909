import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { isWithin } from '../util/repo-path.js';

/** Where captures live, relative to the repository root. */
export const SEEDS_DIR = 'seeds';

/** File names read as captures (plain text, markdown, HTML): when a folder is walked, and by check. */
export const CAPTURE_FILE = /\.(?:txt|text|md|markdown|html?|xhtml)$/i;

/**
 * The captures under `seeds/` (walked in name order, hidden files and folders left out), as
 * repository-relative POSIX paths; empty when there is no `seeds/`, it cannot be read, or it is a
 * link to a folder outside the repository. Symbolic links inside are not followed.
 */
export async function listSeedCaptures(root: string): Promise<string[]> {
  const found: string[] = [];
  try {
    if (!isWithin(await realpath(root), await realpath(path.join(root, SEEDS_DIR)))) return found;
  } catch {
    return found;
  }
  const walk = async (relative: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(path.join(root, relative), { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile() && CAPTURE_FILE.test(entry.name)) found.push(child);
    }
  };
  await walk(SEEDS_DIR);
  return found;
}
