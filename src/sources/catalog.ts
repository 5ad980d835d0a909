import path from 'node:path';
import { createFinding, type Finding, type Place } from '../util/message.js';
import { confinedPath, OutsideRepositoryError, readConfined } from '../util/confined-file.js';
import { decodeUtf8Strict } from '../util/strict-decode.js';
import { describeFsError } from './load.js';
import { checkRepoPath } from '../util/repo-path.js';
import type { CatalogEntry } from './catalog-parse.js';

/** Where the catalog of captures lives, relative to the repository root. */
export const CATALOG_FILE = 'seeds/sources.yaml';

/** One capture described in `sources.yaml` (its schema is `CatalogEntrySchema` of `catalog-parse.ts`). */
export type { CatalogEntry } from './catalog-parse.js';

/** An entry as loaded, with its place in `sources.yaml`. */
export interface LoadedCatalogEntry {
  readonly entry: CatalogEntry;
  /** Repository-relative path of the capture, or undefined when `file` leaves the repository. */
  readonly relative: string | undefined;
  /** Why `file` does not name a path inside the repository. */
  readonly outside: string | undefined;
  readonly index: number;
  /** Place of a key's value in this entry (or of the entry). */
  placeOf(key?: string): Place;
}

/** `seeds/sources.yaml` as loaded. */
export interface Catalog {
  /** Repository-relative path of the catalog, or undefined when the repository has none. */
  readonly file: string | undefined;
  readonly entries: readonly LoadedCatalogEntry[];
  /** Entries by the repository-relative path of their capture. */
  readonly byFile: ReadonlyMap<string, LoadedCatalogEntry>;
  /** `yaml-syntax` and `schema` findings on the catalog. */
  readonly findings: readonly Finding[];
}

/** A catalog with nothing in it. */
export const EMPTY_CATALOG: Catalog = { file: undefined, entries: [], byFile: new Map(), findings: [] };

/**
 * Load `seeds/sources.yaml` under `root`. A missing catalog is an empty one; an unreadable or
 * invalid one yields findings with line and column, and every valid entry is kept. Never throws.
 */
export async function loadCatalog(root: string): Promise<Catalog> {
  let bytes: Buffer;
  try {
    // Confined: a catalog linked out of the repository (to /proc/self/environ, say) is never read.
    bytes = await readConfined(root, CATALOG_FILE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_CATALOG;
    const finding =
      error instanceof OutsideRepositoryError
        ? createFinding(`Unexpected catalog that is ${error.message}, expected a file inside it; it was not read`, { ruleId: 'file-outside', file: CATALOG_FILE })
        : createFinding(`Cannot read the catalog: ${describeFsError(error)}`, { ruleId: 'yaml-syntax', file: CATALOG_FILE });
    return { ...EMPTY_CATALOG, file: CATALOG_FILE, findings: [finding] };
  }
  const { text, invalid } = decodeUtf8Strict(bytes);
  if (invalid) {
    const finding = createFinding('Unexpected bytes that are not UTF-8, expected a UTF-8 catalog', { ruleId: 'yaml-syntax', file: CATALOG_FILE, place: invalid });
    return { ...EMPTY_CATALOG, file: CATALOG_FILE, findings: [finding] };
  }
  // The schema and the YAML readers load only now, when there is a catalog to read.
  const { indexByFile, parseCatalog } = await import('./catalog-parse.js');
  const parsed = parseCatalog(root, CATALOG_FILE, text);
  // An entry may name its capture relative to the catalog's folder (`001.txt` for `seeds/001.txt`).
  const entries = await Promise.all(
    parsed.entries.map(async (loaded) => {
      if (loaded.relative === undefined || (await exists(root, loaded.relative))) return loaded;
      const sibling = checkRepoPath(root, `${path.posix.dirname(CATALOG_FILE)}/${loaded.relative}`);
      if (sibling.ok && (await exists(root, sibling.relative))) return { ...loaded, relative: sibling.relative };
      return loaded;
    }),
  );
  return { ...parsed, entries, byFile: indexByFile(entries) };
}

/** True when a repository file exists (symlinks followed, confined to the repository). */
async function exists(root: string, relative: string): Promise<boolean> {
  try {
    await confinedPath(root, relative);
    return true;
  } catch {
    return false;
  }
}
