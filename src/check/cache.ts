import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { listClaimFiles, type StoredTopic, type TopicStore } from '../claims/load.js';
import { CATALOG_FILE } from '../sources/catalog.js';
import { listSeedCaptures } from '../sources/captures.js';
import { isSourceFailure, MAX_SOURCE_BYTES } from '../sources/load.js';
import { readConfinedSync } from '../util/confined-file.js';
import { restoreFinding, storeFinding, type Finding, type StoredFinding } from '../util/message.js';
import { checkRepoPath } from '../util/repo-path.js';
import type { RuleContext } from './types.js';

/**
 * The persistent cache of `check`: one file per repository (see `checkCacheFile`), never inside
 * it. It keeps two things:
 *
 * - the result of the last check (its findings and summary) with the fingerprint of every input
 *   it read: the real path of the root, the list of claim files and of captures under `seeds/`,
 *   and each file read (the claim files, `seeds/sources.yaml`, every capture a claim or the
 *   catalog names, found or not), by the sha256 of its bytes or the error reading it gave. When
 *   every input has the same fingerprint, the check would read the same bytes and so give the
 *   same findings, which are printed without being worked out again;
 * - each topic file as parsed (values validated, loader findings), by the sha256 of its text, so
 *   after a change only the changed files are parsed again.
 *
 * A cache written by another version or build of urazuke is not read, nor is one that does not
 * decode: the check then runs cold and writes a new one. Inputs are fingerprinted by content,
 * never by time stamps, so a file edited within the same second, or set back to an older time,
 * still counts as changed. A file that changes while the check reads it is caught too: the result
 * is kept only when what the check read is what was fingerprinted after it. Nor is anything kept
 * from a run during which a library printed a warning (the `yaml` library warns of a key that is
 * a collection): a kept result would not print it again.
 */

/** The build of urazuke, stamped by `scripts/bundle.mjs` (a hash of what tsc emitted). */
declare const __URAZUKE_BUILD__: string | undefined;
const BUILD = typeof __URAZUKE_BUILD__ === 'string' ? __URAZUKE_BUILD__ : 'unbundled';

/** Bump when the shape of the cache file changes. */
const FORMAT = 1;

/** Where the cache of a repository is and which urazuke writes it. */
export interface CheckCacheOptions {
  /** The cache file of this repository. */
  readonly file: string;
  /** The version of urazuke: a cache written by another is not read. */
  readonly version: string;
}

/** A check's findings and summary, as kept. */
export interface StoredResult<Stats> {
  readonly findings: readonly StoredFinding[];
  readonly stats: Stats;
}

/** What both cache files start with: whose cache they are. */
interface CacheStamp {
  readonly format: number;
  readonly build: string;
  readonly version: string;
  readonly root: string;
}

/** The results file: by `strict` ('strict' or 'plain'), the last result and the fingerprints of its inputs. */
interface ResultsData<Stats> extends CacheStamp {
  readonly results: Map<string, { readonly inputs: ReadonlyMap<string, string>; readonly result: StoredResult<Stats> }>;
}

/** The topics file (read only when the results do not serve): each topic file as parsed, by the sha256 of its text. */
interface TopicsData extends CacheStamp {
  readonly topics: Map<string, { readonly digest: string; readonly topic: StoredTopic }>;
}

const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** The cache of one repository for one run of `check`. */
export class CheckCache<Stats> {
  readonly #options: CheckCacheOptions;
  readonly #root: string;
  readonly #realRoot: string | undefined;
  readonly #results: ResultsData<Stats> | undefined;
  #oldTopics: TopicsData | undefined | null = null;
  /** Whether a topic file was parsed in this run (else the topics file is kept as it is). */
  #parsed = false;
  readonly #topics = new Map<string, { readonly digest: string; readonly topic: StoredTopic }>();
  /** Fingerprints of the inputs that have no other witness, taken before the check read them. */
  #before = new Map<string, string>();

  /** Open the cache of the repository at `root` (absolute); a missing or unreadable cache is an empty one. */
  constructor(root: string, options: CheckCacheOptions) {
    this.#options = options;
    this.#root = root;
    this.#realRoot = realRootOf(root);
    this.#results = this.#realRoot === undefined ? undefined : readCache<ResultsData<Stats>>(options.file, this.#stamp(), 'results');
    process.on('warning', this.#onWarning);
  }

  /** A library's warning (`yaml` warns of a key that is a collection) is output a kept result would not print again. */
  #warned = false;
  readonly #onWarning = (): void => {
    this.#warned = true;
  };

  #stamp(): CacheStamp {
    return { format: FORMAT, build: BUILD, version: this.#options.version, root: this.#realRoot ?? '' };
  }

  /** The topics file, read on first use. */
  #kept(file: string): { readonly digest: string; readonly topic: StoredTopic } | undefined {
    if (this.#oldTopics === null) this.#oldTopics = this.#realRoot === undefined ? undefined : readCache<TopicsData>(topicsFile(this.#options.file), this.#stamp(), 'topics');
    return this.#oldTopics?.topics.get(file);
  }

  /**
   * The findings and summary of the last check with the same `strict`, when every input it read
   * has the same fingerprint now; else undefined.
   */
  async hit(strict: boolean): Promise<{ readonly findings: Finding[]; readonly stats: Stats } | undefined> {
    const kept = this.#results?.results.get(strict ? 'strict' : 'plain');
    await this.#fingerprintUnwitnessed();
    if (!kept) return undefined;
    for (const [input, print] of kept.inputs) {
      const now = this.#before.get(input) ?? this.#fingerprint(input);
      if (now !== print) return undefined;
    }
    process.off('warning', this.#onWarning);
    return { findings: kept.result.findings.map(restoreFinding), stats: kept.result.stats };
  }

  /** Topic files parsed before, by their text; what is parsed now is kept for the next run. */
  readonly topics: TopicStore = {
    get: (file, text) => {
      const digest = sha256(text);
      const kept = this.#kept(file);
      if (kept?.digest !== digest) return undefined;
      this.#topics.set(file, kept);
      return kept.topic;
    },
    set: (file, text, topic) => {
      this.#parsed = true;
      this.#topics.set(file, { digest: sha256(text), topic });
    },
  };

  /**
   * Keep the result of a check that ran on `context`, with the fingerprints of what it read.
   * Nothing is kept when an input changed while the check read it, or when the cache cannot be
   * written (a cache is only ever a shortcut).
   */
  async save(strict: boolean, context: RuleContext, findings: readonly Finding[], stats: Stats): Promise<void> {
    // Warnings are emitted on the next tick: let them arrive before deciding.
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', this.#onWarning);
    if (this.#realRoot === undefined || this.#warned) return;
    const inputs = new Map<string, string>();
    // What has no witness in the context: fingerprinted again, and equal to before the check.
    const before = this.#before;
    this.#before = new Map();
    await this.#fingerprintUnwitnessed();
    for (const [input, print] of this.#before) {
      if (before.get(input) !== print) return;
      inputs.set(input, print);
    }
    // Topic files the check read: their text is the witness of their bytes.
    for (const topic of context.claimSet.topics) {
      if (inputs.get(`file:${topic.file}`) !== `f${sha256(topic.text)}`) return;
    }
    // Captures: the sha256 the check computed, or the failure it met, is the witness.
    const observed = new Map<string, string | undefined>();
    const failed = (written: string): void => {
      const checked = checkRepoPath(this.#root, written);
      if (checked.ok) observed.set(checked.relative, undefined);
    };
    for (const state of context.sources.values()) {
      if (state.status === 'anchored') observed.set(state.source.file, state.source.sha256);
      else if (state.status === 'failed') failed(state.failure.file);
    }
    for (const capture of context.catalogSources.values()) {
      if (isSourceFailure(capture)) failed(capture.file);
      else observed.set(capture.file, capture.sha256);
    }
    const probe = (written: string): string => {
      const input = `file:${written}`;
      const print = inputs.get(input) ?? this.#fingerprint(input);
      inputs.set(input, print);
      return print;
    };
    for (const written of capturePaths(this.#root, context)) {
      const print = probe(written);
      const seen = observed.get(written);
      if (observed.has(written) && (seen === undefined ? print.startsWith('f') : print !== `f${seen}`)) return;
    }
    // A catalog entry whose file is not there is looked for beside the catalog too.
    for (const entry of context.catalog.entries) {
      const written = checkRepoPath(this.#root, entry.entry.file);
      if (written.ok && probe(written.relative).startsWith('e')) {
        const sibling = checkRepoPath(this.#root, `${path.posix.dirname(CATALOG_FILE)}/${written.relative}`);
        if (sibling.ok) probe(sibling.relative);
      }
    }
    const results = new Map(this.#results?.results ?? []);
    results.set(strict ? 'strict' : 'plain', { inputs, result: { findings: findings.map(storeFinding), stats } });
    // Topics are written only when one was parsed: a run that parsed none found them all kept.
    if (this.#parsed || this.#topics.size !== (this.#oldTopics?.topics.size ?? 0)) {
      const topicsData: TopicsData = { ...this.#stamp(), topics: this.#topics };
      writeCache(topicsFile(this.#options.file), topicsData);
    }
    const resultsData: ResultsData<Stats> = { ...this.#stamp(), results };
    writeCache(this.#options.file, resultsData);
  }

  /** Fingerprint the inputs known before any file is parsed: the root, both lists, the catalog, every claim file. */
  async #fingerprintUnwitnessed(): Promise<void> {
    if (this.#before.size > 0) return;
    const claimFiles = await listClaimFiles(this.#root);
    this.#before.set('root', this.#realRoot ?? '');
    this.#before.set('list:claims', JSON.stringify(claimFiles));
    this.#before.set('list:seeds', JSON.stringify(await listSeedCaptures(this.#root)));
    this.#before.set(`file:${CATALOG_FILE}`, this.#fingerprint(`file:${CATALOG_FILE}`));
    // A claim file that loads has its text as witness; one that does not is fingerprinted here.
    for (const file of claimFiles) this.#before.set(`file:${file}`, this.#fingerprint(`file:${file}`));
  }

  /** The fingerprint of a file input now: `f` and the sha256 of its bytes, or `e` and why it cannot be read. */
  #fingerprint(input: string): string {
    const written = input.slice('file:'.length);
    try {
      return `f${sha256(readConfinedSync(this.#root, this.#realRoot ?? this.#root, written, { maxBytes: MAX_SOURCE_BYTES }))}`;
    } catch (error) {
      const failure = error as NodeJS.ErrnoException;
      let link = '';
      try {
        link = lstatSync(path.join(this.#root, written)).isSymbolicLink() ? ' (a symlink)' : '';
      } catch {
        // not there at all
      }
      return `e${failure.name}:${String(failure.code)}:${failure.message}${link}`;
    }
  }
}

/**
 * Every capture path the check looked at: each claim's `source.file`, each catalog entry's file
 * and the same file under `seeds/` (where an entry may name it relative to the catalog).
 */
function capturePaths(root: string, context: RuleContext): Set<string> {
  const paths = new Set<string>();
  const add = (written: string | undefined): void => {
    if (written === undefined) return;
    const checked = checkRepoPath(root, written);
    if (checked.ok) paths.add(checked.relative);
  };
  for (const loaded of context.claimSet.claims) add(loaded.claim.source?.file);
  for (const entry of context.catalog.entries) add(entry.relative);
  return paths;
}

/** The topics file beside the results file. */
function topicsFile(file: string): string {
  return file.replace(/(\.v8)?$/, '.topics$1');
}

function realRootOf(root: string): string | undefined {
  try {
    return realpathSync.native(root);
  } catch {
    return undefined;
  }
}

/** A cache file's data when it is this build's cache of this repository, else undefined. */
function readCache<Data extends CacheStamp>(file: string, stamp: CacheStamp, kind: 'results' | 'topics'): Data | undefined {
  try {
    const data = deserialize(readFileSync(file)) as Partial<Data> & Record<string, unknown>;
    if (data.format !== stamp.format || data.build !== stamp.build || data.version !== stamp.version || data.root !== stamp.root) return undefined;
    if (!(data[kind] instanceof Map)) return undefined;
    return data as Data;
  } catch {
    return undefined;
  }
}

/** Write the cache file whole (a temporary file renamed over it), or not at all. */
function writeCache(file: string, data: CacheStamp): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, serialize(data));
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
  }
}
