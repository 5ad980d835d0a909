import { realpath } from 'node:fs/promises';
import { FileTooLargeError, readConfined, readReal } from '../util/confined-file.js';
import { describeIoError } from '../util/io-error.js';
import { decode } from '../sources/decode.js';
import { extractFromText, type DocumentFigures } from './document.js';
import { formatOf } from '../sources/layout.js';
import type { OutletData } from './outlets.js';
import type { DocumentMeta } from './segments.js';
import { builtDocument, type BuiltDocument } from './stream-texts.js';

/**
 * Extraction of one capture file: read, decode (UTF-8, UTF-16, Shift_JIS, EUC-JP), lay out by
 * its extension, extract. The unit of work of the worker pool.
 */

/** A capture to extract from. */
export interface FileJob {
  /** Absolute path to read. */
  readonly absolute: string;
  /** Repository-relative path written into candidates. */
  readonly file: string;
  /**
   * The repository root, when `file` is inside it: the capture is then read confined to the
   * repository (a symlink leading out is refused). A file named outside the repository on the
   * command line (`--format json` only) is read where it is.
   */
  readonly root?: string | undefined;
  /** What `sources.yaml` says of it, if anything. */
  readonly meta?: DocumentMeta;
  /** Outlets the repository adds to the known ones (`seeds/outlets.yaml`). */
  readonly outlets?: readonly OutletData[];
  /** Drop figures below this confidence right away (keeps results small on large corpora). */
  readonly minConfidence?: number;
  /** Size of the file in bytes, when known (a large capture is read in parts when streaming). */
  readonly size?: number;
  /** Build a dated document's candidates where it is extracted, as JSON text (a stream without filed subjects). */
  readonly build?: boolean;
}

/** What the extraction of one job gives: its figures, its candidates as text ({@link FileJob.build}), or why it failed. */
export type JobResult = DocumentFigures | BuiltDocument | FileFailure;

/** A file that could not be read. */
export interface FileFailure {
  readonly file: string;
  readonly reason: string;
}

/** Largest capture read (bigger ones are reported, not read). */
export const MAX_EXTRACT_BYTES = 256 * 1024 * 1024;

/** Extract the figures of one capture file; a file that cannot be read is a failure, never a throw. */
export async function extractFile(job: FileJob): Promise<JobResult> {
  return extractRead(await readJob(job), job);
}

/** The figures of a capture read by {@link readJob} (or the failure to read it); its candidates when the job builds them. */
export function extractRead(bytes: Buffer | FileFailure, job: FileJob): JobResult {
  if (!(bytes instanceof Uint8Array)) return bytes;
  const doc = extractFromBytes(bytes, job);
  return (job.build && builtDocument(doc, job.minConfidence ?? 0)) || doc;
}

/** The bytes of a job's capture, confined to its repository, or why they cannot be read. Never throws. */
export async function readJob(job: FileJob): Promise<Buffer | FileFailure> {
  try {
    return job.root === undefined ? await readReal(await realpath(job.absolute), { maxBytes: MAX_EXTRACT_BYTES }) : await readConfined(job.root, job.file, { maxBytes: MAX_EXTRACT_BYTES });
  } catch (error) {
    if (error instanceof FileTooLargeError) return { file: job.file, reason: `larger than ${MAX_EXTRACT_BYTES / 1048576} MB` };
    return { file: job.file, reason: describeIoError(error) };
  }
}

/** Characters of text one part of a large capture holds at most (cut at a paragraph or line end). */
export const PART_CHARS = 1 << 18;

/**
 * The figures of a large plain-text or markdown capture, part by part: its text cut at paragraph
 * (else line) ends into parts of at most {@link PART_CHARS} characters, each extracted on its own
 * with its line numbers kept, so the figures held at once are one part's, whatever the size of the
 * file. What spans two parts (an attribution, the story's last date) is read within each part.
 */
export async function* extractFileInParts(job: FileJob): AsyncGenerator<DocumentFigures | FileFailure> {
  const bytes = await readJob(job);
  if (!(bytes instanceof Uint8Array)) {
    yield bytes;
    return;
  }
  const { text } = decode(bytes);
  let start = 0;
  let line = 1;
  while (start < text.length) {
    let end = Math.min(text.length, start + PART_CHARS);
    if (end < text.length) {
      const paragraph = text.lastIndexOf('\n\n', end);
      const lineEnd = text.lastIndexOf('\n', end);
      end = paragraph > start + PART_CHARS / 2 ? paragraph + 2 : lineEnd > start ? lineEnd + 1 : end;
    }
    const part = text.slice(start, end);
    yield kept(extractFromText(part, { file: job.file, format: formatOf(job.file), ...(job.meta ?? {}), outlets: job.outlets, firstLine: line }), job);
    for (let i = part.indexOf('\n'); i >= 0; i = part.indexOf('\n', i + 1)) line++;
    start = end;
  }
}

/** Extract from the bytes of a capture (decoded here). */
export function extractFromBytes(bytes: Uint8Array, job: Omit<FileJob, 'absolute'>): DocumentFigures {
  const { text } = decode(bytes);
  return kept(extractFromText(text, { file: job.file, format: formatOf(job.file), ...(job.meta ?? {}), outlets: job.outlets }), job);
}

/** The result with the figures below the job's confidence floor dropped. */
function kept(result: DocumentFigures, job: Omit<FileJob, 'absolute'>): DocumentFigures {
  const min = job.minConfidence ?? 0;
  const figures = min > 0 ? result.figures.filter((f) => f.confidence >= min) : result.figures;
  return figures === result.figures ? result : { ...result, figures };
}

/** True when a result is a failure. */
export function isFailure(value: JobResult): value is FileFailure {
  return 'reason' in value;
}
