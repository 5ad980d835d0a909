import { z } from 'zod';
import { yamlErrorFindings, zodFindings } from '../yaml/findings.js';
import { readYamlLazily } from '../yaml/lazy-document.js';
import type { YamlPath } from '../yaml/positions.js';
import { createFinding, type Finding, type Place } from '../util/message.js';
import { checkRepoPath } from '../util/repo-path.js';
import type { Catalog, LoadedCatalogEntry } from './catalog.js';

/*
 * Reading the text of `seeds/sources.yaml`: its schema and its parser. Apart from `catalog.ts`
 * because zod and the YAML readers cost tens of milliseconds to load: `loadCatalog` imports this
 * module only when the repository has a catalog to read.
 */

const DateLike = z.union([z.number().int(), z.string().min(1)]);

/** One capture described in `sources.yaml`. Unknown keys are allowed (kept out of the type). */
export const CatalogEntrySchema = z.object({
  file: z.string().min(1).describe('Path of the capture: relative to the repository root (or to the folder of sources.yaml).'),
  title: z.string().optional(),
  site: z.string().optional().describe('The site the page was captured from.'),
  outlet: z.string().optional().describe('The outlet that publishes the page, when it is one.'),
  outlets: z
    .union([z.string().min(1).transform((one) => [one]), z.array(z.string().min(1))])
    .optional()
    .describe('Outlets the page quotes or cites (one may be written as a string).'),
  url: z.string().min(1).optional().describe('The address the page names for itself or its main source; never guessed.'),
  cites: z.array(z.string().min(1)).optional().describe('Other addresses the page names.'),
  published: DateLike.optional().describe('When the page was published: a day, or a date and time with its zone (2024-01-02T23:45+09:00).'),
  retrieved: DateLike.optional(),
  language: z.string().min(1).optional(),
  encoding: z.string().min(1).optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'a sha256 is 64 hexadecimal digits')
    .optional()
    .describe('Hex sha256 of the bytes of the capture: tells "the capture changed" from "the quote is wrong".'),
  note: z.string().optional(),
});

/**
 * The catalog file: `sources:` followed by a list of entries. Also accepted: a bare list, and a
 * map from each capture's path to its entry (`seeds/a.txt: {title: …, sha256: …}`).
 */
export const CatalogFileSchema = z.object({ sources: z.array(CatalogEntrySchema) });

export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;

/** Parse the text of a catalog (no file system access beyond path checks). */
export function parseCatalog(root: string, file: string, text: string): Catalog {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Values (and their places) from the fast reader when it vouches for them; else the Document.
  const read = readYamlLazily(body, { prettyErrors: false, uniqueKeys: true });
  const at = (p: YamlPath, key?: boolean): Place => read.place(p, key === undefined ? {} : { key });
  const findings: Finding[] = [];
  let data: unknown;
  if (read.fast) data = read.fast.value;
  else {
    const { doc, lineCounter } = read.full();
    findings.push(...yamlErrorFindings(doc.errors, file, lineCounter, body));
    if (doc.errors.length > 0) return { file, entries: [], byFile: new Map(), findings };
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      findings.push(createFinding(`Invalid YAML: ${error instanceof Error ? error.message : String(error)}`, { ruleId: 'yaml-syntax', file, place: at([]) }));
      return { file, entries: [], byFile: new Map(), findings };
    }
  }
  if (data === null || data === undefined) return { file, entries: [], byFile: new Map(), findings };
  let list: unknown[];
  let base: YamlPath;
  // Path of entry `index` in the YAML document (by key for the map form).
  let step = (index: number): string | number => index;
  const record = typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  if (Array.isArray(data)) {
    list = data;
    base = [];
  } else if (record && Array.isArray(record['sources'])) {
    list = record['sources'];
    base = ['sources'];
  } else if (record && Object.values(record).length > 0 && Object.values(record).every((v) => v === null || (typeof v === 'object' && !Array.isArray(v)))) {
    const keys = Object.keys(record);
    list = keys.map((key) => ({ file: key, ...(record[key] as Record<string, unknown> | null) }));
    base = [];
    step = (index) => keys[index]!;
  } else {
    findings.push(createFinding('Unexpected catalog shape, expected `sources:` followed by a list of captures', { ruleId: 'schema', file, place: at([]) }));
    return { file, entries: [], byFile: new Map(), findings };
  }
  const entries: LoadedCatalogEntry[] = [];
  list.forEach((raw, index) => {
    const result = CatalogEntrySchema.safeParse(withFile(raw));
    if (!result.success) {
      findings.push(...zodFindings(result.error, file, [...base, step(index)], at));
      return;
    }
    const checked = checkRepoPath(root, result.data.file);
    entries.push({
      entry: result.data,
      relative: checked.ok ? checked.relative : undefined,
      outside: checked.ok ? undefined : checked.reason,
      index,
      placeOf: (key) => at(key === undefined ? [...base, step(index)] : [...base, step(index), key]),
    });
  });
  const seen = new Map<string, LoadedCatalogEntry>();
  for (const loaded of entries) {
    if (loaded.relative === undefined) continue;
    const first = seen.get(loaded.relative);
    if (first) {
      const place = first.placeOf('file');
      findings.push(
        createFinding(`Unexpected second entry for \`${loaded.relative}\`, expected one per capture (first at ${file}:${'start' in place ? place.start.line : 1})`, {
          ruleId: 'duplicate-id',
          file,
          place: loaded.placeOf('file'),
        }),
      );
    } else seen.set(loaded.relative, loaded);
  }
  return { file, entries, byFile: indexByFile(entries), findings };
}

/** `path:` is read as `file:` when `file:` is absent. */
function withFile(raw: unknown): unknown {
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const entry = raw as Record<string, unknown>;
    if (entry['file'] === undefined && typeof entry['path'] === 'string') return { ...entry, file: entry['path'] };
  }
  return raw;
}

/** Entries by the repository-relative path of their capture (the first entry of a path). */
export function indexByFile(entries: readonly LoadedCatalogEntry[]): Map<string, LoadedCatalogEntry> {
  const map = new Map<string, LoadedCatalogEntry>();
  for (const loaded of entries) if (loaded.relative !== undefined && !map.has(loaded.relative)) map.set(loaded.relative, loaded);
  return map;
}

