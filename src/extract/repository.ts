import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadClaimSet, type ClaimSet } from '../claims/load.js';
import type { Claim } from '../claims/schema.js';
import { CAPTURE_FILE } from '../sources/captures.js';
import { loadCatalog } from '../sources/catalog.js';
import { loadOutletFile } from '../sources/outlet-file.js';
import type { Finding } from '../util/message.js';
import type { OutletData } from './outlets.js';
import type { KnownSubject } from './subjects.js';
import type { FileJob } from './files.js';
import type { DocumentMeta } from './segments.js';
import { describeIoError } from '../util/io-error.js';

/**
 * What `extract` and `add` read from the repository besides the captures: the metadata of
 * `seeds/sources.yaml` (outlet, site, published), the outlets of `seeds/outlets.yaml`, the subjects and claims already filed (to
 * suggest subjects and never propose a filed claim again), and the capture files named on the
 * command line (folders are walked for .txt, .md and .html files).
 */

/** The repository as extraction sees it. */
export interface ExtractContext {
  readonly root: string;
  readonly claimSet: ClaimSet;
  readonly subjects: readonly KnownSubject[];
  readonly claims: readonly Claim[];
  /** Outlets the repository names in `seeds/outlets.yaml`, added to the known ones. */
  readonly outlets: readonly OutletData[];
  /** What is wrong in `seeds/outlets.yaml`, with line and column. */
  readonly outletFindings: readonly Finding[];
  /** Metadata of a capture by its repository-relative path. */
  metaOf(file: string): DocumentMeta | undefined;
}

/** A site written as a description rather than a name ("a blog post with …") is no publisher. */
function siteName(site: string | undefined): string | undefined {
  if (!site) return undefined;
  if (/^(?:an?|the)\s/i.test(site) || /\(|（/.test(site) || site.length > 60) return undefined;
  return site;
}

/** Load the claim store and the capture catalog of `root`. */
export async function loadExtractContext(root: string): Promise<ExtractContext> {
  const [claimSet, catalog, outletFile] = await Promise.all([loadClaimSet(root), loadCatalog(root), loadOutletFile(root)]);
  const filed = new Map<string, Claim[]>();
  for (const { claim } of claimSet.claims) {
    const list = filed.get(claim.subject) ?? [];
    list.push(claim);
    filed.set(claim.subject, list);
  }
  const subjects: KnownSubject[] = claimSet.subjects.map(({ subject }) => ({
    id: subject.id,
    kind: subject.kind,
    unit: subject.unit,
    question: subject.question,
    quotes: (filed.get(subject.id) ?? []).flatMap((c) => (c.source?.quote ? [c.source.quote] : [])),
    claims: filed.get(subject.id) ?? [],
  }));
  return {
    root,
    claimSet,
    subjects,
    claims: claimSet.claims.map((c) => c.claim),
    outlets: outletFile.outlets,
    outletFindings: outletFile.findings,
    metaOf(file) {
      const entry = catalog.byFile.get(file)?.entry;
      if (!entry) return undefined;
      const published = entry.published === undefined ? undefined : String(entry.published);
      const publisher = siteName(entry.site);
      return {
        ...(publisher ? { publisher } : {}),
        ...(entry.outlet ? { outlet: entry.outlet } : {}),
        ...(published ? { published } : {}),
      };
    },
  };
}

const SKIP_DIRS = new Set(['node_modules', '.git', 'claims', 'dist']);

/** A path named on the command line that cannot be read. */
export interface MissingInput {
  readonly written: string;
  readonly reason: string;
}

/**
 * The capture files named by `paths` (relative to `cwd`), folders walked in name order, each
 * with its repository-relative path (POSIX) under `root` and its size.
 */
export async function collectJobs(paths: readonly string[], cwd: string, root: string): Promise<{ jobs: Array<FileJob & { size: number }>; missing: MissingInput[] }> {
  const jobs: Array<FileJob & { size: number }> = [];
  const missing: MissingInput[] = [];
  const seen = new Set<string>();
  const addFile = (absolute: string, size: number): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    const file = path.relative(root, absolute).split(path.sep).join('/');
    const inside = !file.startsWith('../') && !path.isAbsolute(file);
    jobs.push({ absolute, file, size, ...(inside ? { root } : {}) });
  };
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const absolute = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) await walk(absolute);
      } else if (entry.isFile() && CAPTURE_FILE.test(entry.name)) {
        addFile(absolute, (await stat(absolute)).size);
      }
    }
  };
  for (const written of paths) {
    const absolute = path.resolve(cwd, written);
    try {
      const info = await stat(absolute);
      if (info.isDirectory()) await walk(absolute);
      else if (info.isFile()) addFile(absolute, info.size);
      else missing.push({ written, reason: 'not a regular file' });
    } catch (error) {
      missing.push({ written, reason: describeIoError(error) });
    }
  }
  return { jobs, missing };
}
