import { describeIoError } from '../util/io-error.js';
import { createHash } from 'node:crypto';
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { confinedPath, FileTooLargeError, NotRegularFileError, OutsideRepositoryError, readReal, type ConfinedPath } from '../util/confined-file.js';
import { decode, type SourceEncoding } from './decode.js';
import { LineIndex } from './line-index.js';
import type { MarkupBound } from './markdown.js';
import type { TextView } from './text-view.js';

/** Largest capture read. Generous: web captures with inline assets run to tens of megabytes. */
export const MAX_SOURCE_BYTES = 256 * 1024 * 1024;

/** How a capture is read: by its extension. */
export type SourceFormat = 'text' | 'markdown' | 'html';

/** A loaded capture. */
export interface Source {
  /** Repository-relative POSIX path. */
  readonly file: string;
  readonly absolute: string;
  readonly format: SourceFormat;
  readonly byteLength: number;
  /** Hex sha256 of the file's bytes, to compare with `sources.yaml`. */
  readonly sha256: string;
  /** The decoded text, line endings as in the file: what quotes are matched against. */
  readonly text: string;
  readonly encoding: SourceEncoding;
  /** Offset in `text` of the first undecodable byte, if any. */
  readonly invalidAt: number | undefined;
  readonly lines: LineIndex;
  /** Markdown front matter or HTML `<title>`/`<meta>`; empty for plain text. */
  readonly metadata: Readonly<Record<string, unknown>>;
  /** The text without markup (markdown, HTML); undefined for plain text. */
  readonly view: TextView | undefined;
  /** Why a markdown capture is read as plain text (its markup passes a bound of the parse), if it is. */
  readonly markupBound: MarkupBound | undefined;
}

/** Why a capture could not be loaded, and which rule reports it. */
export interface SourceFailure {
  readonly ruleId: 'source-outside' | 'source-missing';
  /** The path as written. */
  readonly file: string;
  /** Plain-language reason, e.g. "no such file" or "a symlink to a place outside the repository". */
  readonly reason: string;
}

/** Options of {@link loadSource}. */
export interface LoadSourceOptions {
  /** Largest file read (default {@link MAX_SOURCE_BYTES}). */
  readonly maxBytes?: number;
  /**
   * Leave the markup of a markdown or HTML capture unparsed: `metadata` and `view` stay empty
   * (`markupBound` is still set) until {@link withMarkup} adds them. For callers that need the
   * view only when a quote is not in the raw text.
   */
  readonly deferMarkup?: boolean;
}

/**
 * Load a capture by the repository-relative path a claim gives. The path must stay inside the
 * repository, symlinks included (`source-outside`); a file that is missing, a directory, not a
 * regular file, unreadable or over the size cap is `source-missing` with the reason. Never throws.
 */
export async function loadSource(root: string, written: string, options: LoadSourceOptions = {}): Promise<Source | SourceFailure> {
  const maxBytes = options.maxBytes ?? MAX_SOURCE_BYTES;
  const missing = (reason: string): SourceFailure => ({ ruleId: 'source-missing', file: written, reason });
  let target: ConfinedPath;
  try {
    target = await confinedPath(root, written);
  } catch (error) {
    if (error instanceof OutsideRepositoryError) return { ruleId: 'source-outside', file: written, reason: error.message };
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      const link = await lstat(path.join(root, written)).catch(() => undefined);
      if (link?.isSymbolicLink()) return missing('a symlink to a file that does not exist');
    }
    return missing(describeFsError(error));
  }
  let bytes: Buffer;
  try {
    bytes = await readReal(target.real, { maxBytes });
  } catch (error) {
    if (error instanceof FileTooLargeError) return missing(`it has ${error.size} bytes, more than the ${error.maxBytes} a capture may have`);
    if (error instanceof NotRegularFileError) return missing('it is not a regular file');
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return missing('it is a directory, expected a file');
    return missing(describeFsError(error));
  }
  const format = formatOf(target.relative);
  const source = fromBytes(target.relative, target.absolute, bytes);
  if (format === 'text') return source;
  if (options.deferMarkup) return format === 'markdown' ? { ...source, markupBound: await boundOf(source.text) } : source;
  return { ...source, ...(await parseMarkup(format, source.text)) };
}

/** The markdown bound of a text (see `markdownBound`), as {@link parseMarkup} would report it. */
async function boundOf(text: string): Promise<MarkupBound | undefined> {
  try {
    const { markdownBound } = await import('./markdown.js');
    return markdownBound(text);
  } catch {
    return undefined;
  }
}

/** A capture loaded with `deferMarkup`, with its metadata and view added (as {@link loadSource} gives them without it). */
export async function withMarkup(source: Source): Promise<Source> {
  if (source.format === 'text') return source;
  return { ...source, ...(await parseMarkup(source.format, source.text)) };
}

/**
 * Build a Source from bytes already read (also used by tests and by `extract`). Markup is not
 * parsed here: {@link loadSource} adds the view of markdown and HTML captures.
 */
export function fromBytes(file: string, absolute: string, bytes: Uint8Array): Source {
  const decoded = decode(bytes);
  return {
    file,
    absolute,
    format: formatOf(file),
    byteLength: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    text: decoded.text,
    encoding: decoded.encoding,
    invalidAt: decoded.invalidAt,
    lines: new LineIndex(decoded.text),
    metadata: {},
    view: undefined,
    markupBound: undefined,
  };
}

/**
 * Metadata and markup-free view of a markdown or HTML capture. The parsers are imported only
 * here, so checking plain-text captures never loads them. A parser failure leaves the raw text,
 * which is what quotes are matched against first anyway; so does a markdown capture past the
 * bounds of its parse (see `markdownBound`), which says so in `markupBound`.
 */
export async function parseMarkup(format: 'markdown' | 'html', text: string): Promise<Pick<Source, 'metadata' | 'view' | 'markupBound'>> {
  try {
    if (format === 'markdown') {
      const { markdownBound, parseMarkdown } = await import('./markdown.js');
      const bound = markdownBound(text);
      if (bound) return { metadata: {}, view: undefined, markupBound: bound };
      const parts = parseMarkdown(text);
      return { metadata: parts.metadata, view: parts.view, markupBound: undefined };
    }
    const { parseHtml } = await import('./html.js');
    const parts = parseHtml(text);
    return { metadata: parts.metadata, view: parts.view, markupBound: undefined };
  } catch {
    return { metadata: {}, view: undefined, markupBound: undefined };
  }
}

/** The format of a capture, by extension: `.md`/`.markdown`/`.mdx`, `.html`/`.htm`/`.xhtml`, anything else is text. */
export function formatOf(file: string): SourceFormat {
  const lower = file.toLowerCase();
  if (/\.(md|markdown|mdown|mkd|mdx)$/.test(lower)) return 'markdown';
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  return 'text';
}

/** True for a load failure. */
export function isSourceFailure(value: Source | SourceFailure): value is SourceFailure {
  return 'ruleId' in value;
}

/** A file system error in plain words, when reading (the one table of `util/io-error.ts`). */
export function describeFsError(error: unknown): string {
  return describeIoError(error, 'cannot read it');
}
