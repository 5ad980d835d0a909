import { CandidateBuilder, type Candidate } from './candidates.js';
import { proposeSubjects, type KnownSubject, type SubjectProposal } from './subjects.js';
import { extractFileInParts, isFailure, type FileFailure, type FileJob, type JobResult } from './files.js';
import { isBuilt, statementHash, type BuiltDocument } from './stream-texts.js';
import { jsonText } from '../util/json-text.js';
import type { DocumentFigures } from './document.js';
import { extractAll } from './pool.js';
import type { ExtractContext } from './repository.js';

/**
 * Extraction over the captures named on the command line: every file through the worker pool,
 * folded into candidates, either all at once ({@link extractCandidates}) or, for corpora too
 * large to hold, candidate by candidate as the documents come ({@link streamCandidates}).
 */

/** What to extract, and how. */
export interface ExtractRun {
  readonly jobs: readonly FileJob[];
  /** Bytes of all the files, so that small inputs skip the worker threads. */
  readonly totalBytes: number;
  readonly subjects: readonly KnownSubject[];
  readonly minConfidence: number;
  /** Worker threads (default: every core). */
  readonly threads?: number | undefined;
}

/** The run over `files` of the repository `context`: each job with its catalog metadata. */
export function extractRun(
  context: ExtractContext,
  files: readonly (FileJob & { readonly size: number })[],
  options: { readonly minConfidence: number; readonly threads?: number | undefined },
): ExtractRun {
  const jobs = files.map((job) => {
    const meta = context.metaOf(job.file);
    return { absolute: job.absolute, file: job.file, root: job.root, size: job.size, minConfidence: options.minConfidence, ...(meta ? { meta } : {}), ...(context.outlets.length > 0 ? { outlets: context.outlets } : {}) };
  });
  const totalBytes = files.reduce((sum, job) => sum + job.size, 0);
  return { jobs, totalBytes, subjects: context.subjects, minConfidence: options.minConfidence, threads: options.threads };
}

/**
 * The candidates of every file of the run, grouped into proposed subjects with the filed ones; a
 * file that cannot be read goes to `onFailure`.
 */
export async function extractCandidates(run: ExtractRun, onFailure: (failure: FileFailure) => void): Promise<SubjectProposal> {
  const builder = new CandidateBuilder({ minConfidence: run.minConfidence });
  await extractAll(
    run.jobs,
    (_index, result) => {
      if (isFailure(result)) onFailure(result);
      else if (!isBuilt(result)) builder.add(result);
    },
    poolOptions(run),
  );
  return proposeSubjects(builder.finish(), run.subjects, { minConfidence: run.minConfidence });
}

/**
 * The candidates of every file, handed to `onCandidate` document by document as the pool
 * delivers them, so memory stays flat in the size of the corpus. A statement repeated within a
 * document is still one candidate with its places; one repeated in a later document is handed
 * once (its later places are not listed); new subjects are not proposed (filed ones are), and
 * relative dates in undated documents are read against the dates of the documents before them.
 */
export async function streamCandidates(run: ExtractRun, onCandidate: (candidate: Candidate) => void, onFailure: (failure: FileFailure) => void): Promise<void> {
  const once = new Repeats();
  await streamDocuments(run, false, onFailure, (doc, reference) => {
    for (const candidate of documentCandidates(run, doc, reference)) if (once.first(statementHash(candidate))) onCandidate(candidate);
  });
}

/**
 * {@link streamCandidates} as JSON text, one candidate a string (as `jsonText` writes it). With no
 * filed subject to fit, a dated document's candidates are built and written where it is
 * extracted (the worker threads), and the main thread only drops repeats: the text is the same.
 */
export async function streamCandidateTexts(run: ExtractRun, onText: (json: string) => void, onFailure: (failure: FileFailure) => void): Promise<void> {
  const once = new Repeats();
  const build = run.subjects.length === 0;
  await streamDocuments(run, build, onFailure, (doc, reference) => {
    // written only when new: a capture read in parts may repeat its statements in every part
    for (const candidate of documentCandidates(run, doc, reference)) if (once.first(statementHash(candidate))) onText(jsonText(candidate));
  }, (built) => {
    for (const { key, json } of built.texts) if (once.first(key)) onText(json);
  });
}

/** The candidates of one document of a stream, its relative dates read against `reference` when it has no date. */
function documentCandidates(run: ExtractRun, doc: DocumentFigures, reference: string | undefined): Candidate[] {
  const builder = new CandidateBuilder({ minConfidence: run.minConfidence, reference });
  builder.add(doc);
  const found = builder.finish();
  return run.subjects.length > 0 ? [...proposeSubjects(found, run.subjects, { minConfidence: run.minConfidence, newSubjects: false }).candidates] : found;
}

/** Statements handed already (by hash), so that one repeated in a later document is handed once. */
class Repeats {
  #seen = new Set<number>();

  /** True the first time a statement is seen. */
  first(key: number): boolean {
    if (this.#seen.has(key)) return false;
    // bounded: past this many statements a repeat may be handed again rather than remembered
    if (this.#seen.size >= MAX_SEEN) this.#seen = new Set<number>();
    this.#seen.add(key);
    return true;
  }
}

/**
 * Every document of the run in order, to `onDocument` with the median of the dates of the
 * documents so far (the reference of an undated one); documents built where they were extracted
 * (`build`, see {@link streamCandidateTexts}) to `onBuilt`.
 */
async function streamDocuments(
  run: ExtractRun,
  build: boolean,
  onFailure: (failure: FileFailure) => void,
  onDocument: (doc: DocumentFigures, reference: string | undefined) => void,
  onBuilt?: (built: BuiltDocument) => void,
): Promise<void> {
  /** The first 1000 dates of documents, kept sorted: the median is read, never sorted again. */
  const dates: string[] = [];
  const handle = (result: JobResult): void => {
    if (isFailure(result)) {
      onFailure(result);
      return;
    }
    if (result.published && dates.length < 1000) insertSorted(dates, result.published);
    if (isBuilt(result)) onBuilt?.(result);
    else onDocument(result, dates.length > 0 ? dates[dates.length >> 1] : undefined);
  };
  // Captures go through the pool in runs; a large plain-text or markdown one is read in parts, in its turn.
  const jobs = build ? run.jobs.map((job) => ({ ...job, build: true })) : run.jobs;
  let group: FileJob[] = [];
  const flush = async (): Promise<void> => {
    if (group.length > 0) await extractAll(group, (_index, result) => handle(result), poolOptions(run));
    group = [];
  };
  for (const job of jobs) {
    if ((job.size ?? 0) >= LARGE_CAPTURE_BYTES && /\.(?:txt|text|md|markdown)$/i.test(job.file)) {
      await flush();
      for await (const part of extractFileInParts(job)) handle(part);
    } else {
      group.push(job);
    }
  }
  await flush();
}

/** Insert `value` into the sorted `list` (in the order of `Array.prototype.sort`: by UTF-16 code units). */
function insertSorted(list: string[], value: string): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, value);
}

/** A capture at least this large is read in parts when streaming (memory flat in its size). */
const LARGE_CAPTURE_BYTES = 8 * 1024 * 1024;
/** Statements remembered when streaming, so that one repeated in a later document is handed once. */
const MAX_SEEN = 2_000_000;

function poolOptions(run: ExtractRun): { readonly totalBytes: number; readonly threads?: number } {
  return { totalBytes: run.totalBytes, ...(run.threads !== undefined ? { threads: run.threads } : {}) };
}
