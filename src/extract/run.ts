import { CandidateBuilder, type Candidate } from './candidates.js';
import { proposeSubjects, type KnownSubject, type SubjectProposal } from './subjects.js';
import { extractFileInParts, isFailure, type FileFailure, type FileJob } from './files.js';
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
      else builder.add(result);
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
  let seen = new Set<number>();
  const dates: string[] = [];
  const handle = (result: DocumentFigures | FileFailure): void => {
    if (isFailure(result)) {
      onFailure(result);
      return;
    }
    if (result.published && dates.length < 1000) dates.push(result.published);
    const reference = dates.length > 0 ? [...dates].sort()[dates.length >> 1] : undefined;
    const builder = new CandidateBuilder({ minConfidence: run.minConfidence, reference });
    builder.add(result);
    const found = builder.finish();
    const fitted = run.subjects.length > 0 ? proposeSubjects(found, run.subjects, { minConfidence: run.minConfidence, newSubjects: false }).candidates : found;
    for (const candidate of fitted) {
      const key = statementHash(candidate);
      if (seen.has(key)) continue;
      // bounded: past this many statements a repeat may be handed again rather than remembered
      if (seen.size >= MAX_SEEN) seen = new Set<number>();
      seen.add(key);
      onCandidate(candidate);
    }
  };
  // Captures go through the pool in runs; a large plain-text or markdown one is read in parts, in its turn.
  let group: FileJob[] = [];
  const flush = async (): Promise<void> => {
    if (group.length > 0) await extractAll(group, (_index, result) => handle(result), poolOptions(run));
    group = [];
  };
  for (const job of run.jobs) {
    if ((job.size ?? 0) >= LARGE_CAPTURE_BYTES && /\.(?:txt|text|md|markdown)$/i.test(job.file)) {
      await flush();
      for await (const part of extractFileInParts(job)) handle(part);
    } else {
      group.push(job);
    }
  }
  await flush();
}

/** A capture at least this large is read in parts when streaming (memory flat in its size). */
const LARGE_CAPTURE_BYTES = 8 * 1024 * 1024;
/** Statements remembered when streaming, so that one repeated in a later document is handed once. */
const MAX_SEEN = 2_000_000;

function poolOptions(run: ExtractRun): { readonly totalBytes: number; readonly threads?: number } {
  return { totalBytes: run.totalBytes, ...(run.threads !== undefined ? { threads: run.threads } : {}) };
}

/** A 53-bit hash of what makes a candidate one statement (outlet, quote, value). */
function statementHash(c: Candidate): number {
  const text = `${c.outlet}\u0000${c.source.quote}\u0000${JSON.stringify(c.value)}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
