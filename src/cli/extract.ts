import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Document, Scalar, visit } from 'yaml';
import { contentHash, describeIoError, saveIfUnchanged } from '../claims/save.js';
import { CandidateBuilder, type Candidate, type KnownSubject } from '../extract/candidates.js';
import { isFailure, type FileJob } from '../extract/files.js';
import { INBOX_FILE, InboxError, inboxEntry, mergeInbox } from '../extract/inbox.js';
import { extractAll } from '../extract/pool.js';
import { collectJobs, loadExtractContext } from '../extract/repository.js';
import { readRegularFile } from '../util/read-regular-file.js';
import { escapeTerminalDriving, hasTerminalDriving, toTerminalSafe } from '../util/terminal-safe.js';
import { parseCommandArgs } from './args.js';
import { EXIT, UsageError, type CliIo } from './io.js';

/** `urazuke extract --help`. */
export function extractHelp(): string {
  return [
    'Usage: urazuke extract <files…> [--format json|yaml] [--dir repo] [--min-confidence n]',
    '',
    'Propose candidate claims from captures (.txt, .md with front matter, .html; UTF-8, UTF-16,',
    'Shift_JIS or EUC-JP): every figure (counts, quantities, shares, dates and periods) with its',
    'qualifier (少なくとも, 以上, about …), the outlet that says it and its chain of sources, the',
    'clause holding it as a verbatim quote, and a confidence (noise such as page-view counters and',
    'rankings stays below 0.5). A folder named instead of a file is read for its captures.',
    '',
    'By default the candidates are merged into claims/inbox.yaml, never proposing again one',
    'already filed in claims/ or rejected in the inbox (status: rejected).',
    '',
    'Options:',
    '  -f, --format <name>      json: print {"candidates": [...]} instead of writing the inbox',
    '                           yaml: print the candidates as inbox entries instead',
    '  -d, --dir <repo>         repository root (default: the current folder): paths in',
    '                           candidates are relative to it, its claims/ and',
    '                           seeds/sources.yaml are read',
    '      --min-confidence <n> leave out candidates below n, 0–1 (default 0.5 for the inbox,',
    '                           0 with --format)',
    '      --threads <n>        worker threads (default: every core)',
    '  -h, --help               show this help',
    '',
    'Exit codes: 0 done, 1 the inbox changed on disk meanwhile (nothing written),',
    '            2 usage error or unreadable input.',
    '',
  ].join('\n');
}

/** `urazuke extract <files…>`. */
export async function extract(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(
    argv,
    {
      format: { type: 'string', short: 'f' },
      dir: { type: 'string', short: 'd' },
      'min-confidence': { type: 'string' },
      threads: { type: 'string' },
    },
    extractHelp(),
    io,
  );
  if (!parsed) return EXIT.ok;
  const { values, positionals } = parsed;
  const format = values.format;
  if (format !== undefined && format !== 'json' && format !== 'yaml') throw new UsageError(`unknown format '${format}', expected json or yaml`);
  if (positionals.length === 0) throw new UsageError('extract needs at least one file or folder');
  const minConfidence = parseNumber(values['min-confidence'], '--min-confidence', 0, 1) ?? (format ? 0 : 0.5);
  const threads = parseNumber(values.threads, '--threads', 1, 256);
  const root = path.resolve(io.cwd, values.dir ?? '.');

  const context = await loadExtractContext(root);
  const { jobs, missing } = await collectJobs(positionals, io.cwd, root);
  for (const m of missing) io.stderr.write(`urazuke: cannot read ${toTerminalSafe(m.written, { singleLine: true })}: ${m.reason}\n`);
  if (!format) {
    const outside = jobs.find((job) => job.file.startsWith('../') || path.isAbsolute(job.file));
    if (outside) throw new UsageError(`${outside.file} is outside the repository ${root}: claims can only cite captures inside it (use --dir, or --format json)`);
  }
  const totalBytes = jobs.reduce((sum, job) => sum + job.size, 0);
  const fileJobs = jobs.map((job) => {
    const meta = context.metaOf(job.file);
    return { absolute: job.absolute, file: job.file, minConfidence, ...(meta ? { meta } : {}) };
  });
  const streamAbove = Number(io.env['URAZUKE_STREAM_BYTES'] ?? STREAM_BYTES);
  if (format === 'json' && totalBytes > streamAbove) {
    const failures = await streamJson(io, fileJobs, { subjects: context.subjects, minConfidence, totalBytes, ...(threads !== undefined ? { threads } : {}) });
    return failures + missing.length > 0 ? EXIT.usage : EXIT.ok;
  }
  const builder = new CandidateBuilder({ subjects: context.subjects, minConfidence });
  let failed = missing.length;
  await extractAll(
    fileJobs,
    (_index, result) => {
      if (isFailure(result)) {
        failed++;
        io.stderr.write(`urazuke: cannot read ${toTerminalSafe(result.file, { singleLine: true })}: ${result.reason}\n`);
        return;
      }
      builder.add(result);
    },
    { totalBytes, ...(threads !== undefined ? { threads } : {}) },
  );
  const candidates = builder.finish();

  if (format === 'json') {
    writeJson(io, candidates);
    return failed > 0 ? EXIT.usage : EXIT.ok;
  }
  if (format === 'yaml') {
    io.stdout.write(terminalSafeYaml({ candidates: candidates.map(inboxEntry) }));
    return failed > 0 ? EXIT.usage : EXIT.ok;
  }

  const inboxPath = path.join(root, INBOX_FILE);
  let existing: string | undefined;
  let bytes: Buffer | undefined;
  try {
    bytes = await readRegularFile(inboxPath);
    existing = bytes.toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      io.stderr.write(`urazuke: cannot read ${INBOX_FILE}: ${describeIoError(error)}\n`);
      return EXIT.usage;
    }
  }
  let merged: ReturnType<typeof mergeInbox>;
  try {
    merged = mergeInbox(existing, candidates, context.claims);
  } catch (error) {
    if (error instanceof InboxError) {
      io.stderr.write(`urazuke: ${toTerminalSafe(error.message, { singleLine: true })}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  const { summary } = merged;
  if (summary.added > 0 || existing === undefined) {
    await mkdir(path.dirname(inboxPath), { recursive: true });
    const saved = await saveIfUnchanged(inboxPath, merged.text, bytes ? contentHash(bytes) : undefined);
    if (saved.status === 'changed-on-disk') {
      io.stderr.write(`urazuke: ${INBOX_FILE} changed on disk while extracting; nothing was written. Run extract again.\n`);
      return EXIT.findings;
    }
    if (saved.status === 'failed') {
      io.stderr.write(`urazuke: cannot write ${INBOX_FILE}: ${saved.reason}\n`);
      return EXIT.usage;
    }
  }
  const files = jobs.length - (failed - missing.length);
  io.stdout.write(
    [
      `${candidates.length} candidate${candidates.length === 1 ? '' : 's'} (confidence ≥ ${minConfidence}) from ${files} file${files === 1 ? '' : 's'}:`,
      `  ${summary.added} added to ${INBOX_FILE}`,
      ...(summary.known > 0 ? [`  ${summary.known} already in the inbox`] : []),
      ...(summary.accepted > 0 ? [`  ${summary.accepted} already filed in claims/`] : []),
      ...(summary.rejected > 0 ? [`  ${summary.rejected} rejected before, not proposed again`] : []),
      '',
    ].join('\n'),
  );
  return failed > 0 ? EXIT.usage : EXIT.ok;
}

/** Above this many bytes of input (or `URAZUKE_STREAM_BYTES`), `--format json` streams (see {@link streamJson}). */
const STREAM_BYTES = 32 * 1024 * 1024;

/**
 * `--format json` on a large corpus: candidates are written document by document as the pool
 * delivers them, so memory stays flat in the size of the corpus. A statement repeated within a
 * document is still one candidate with its places; one repeated in a later document is written
 * once (its later places are not listed); new subjects are not suggested (existing ones are), and
 * relative dates in undated documents are read against the dates of the documents before them.
 */
async function streamJson(
  io: CliIo,
  jobs: readonly FileJob[],
  options: { readonly subjects: readonly KnownSubject[]; readonly minConfidence: number; readonly totalBytes: number; readonly threads?: number },
): Promise<number> {
  const seen = new Set<number>();
  const dates: string[] = [];
  let failed = 0;
  let first = true;
  let chunk = '';
  io.stdout.write('{"candidates": [\n');
  await extractAll(
    jobs,
    (_index, result) => {
      if (isFailure(result)) {
        failed++;
        io.stderr.write(`urazuke: cannot read ${toTerminalSafe(result.file, { singleLine: true })}: ${result.reason}\n`);
        return;
      }
      if (result.published && dates.length < 1000) dates.push(result.published);
      const reference = dates.length > 0 ? [...dates].sort()[dates.length >> 1] : undefined;
      const builder = new CandidateBuilder({ subjects: options.subjects, minConfidence: options.minConfidence, newSubjects: false, reference });
      builder.add(result);
      for (const candidate of builder.finish()) {
        const key = statementHash(candidate);
        if (seen.has(key)) continue;
        seen.add(key);
        chunk += `${first ? '' : ',\n'}${escapeTerminalDriving(JSON.stringify(candidate))}`;
        first = false;
      }
      if (chunk.length > 1 << 16) {
        io.stdout.write(chunk);
        chunk = '';
      }
    },
    { totalBytes: options.totalBytes, ...(options.threads !== undefined ? { threads: options.threads } : {}) },
  );
  io.stdout.write(`${chunk}${first ? '' : '\n'}]}\n`);
  return failed;
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

/** `{"candidates": [...]}`, one candidate a line, so large outputs stream and diff well. */
function writeJson(io: CliIo, candidates: readonly Candidate[]): void {
  if (candidates.length === 0) {
    io.stdout.write('{"candidates": []}\n');
    return;
  }
  io.stdout.write('{"candidates": [\n');
  const chunk: string[] = [];
  for (let i = 0; i < candidates.length; i++) {
    chunk.push(escapeTerminalDriving(JSON.stringify(candidates[i])) + (i + 1 < candidates.length ? ',\n' : '\n'));
    if (chunk.length >= 500) {
      io.stdout.write(chunk.join(''));
      chunk.length = 0;
    }
  }
  io.stdout.write(`${chunk.join('')}]}\n`);
}


/**
 * YAML safe to print: a string holding a character that could drive a terminal is written
 * double-quoted, where the character becomes a `\uXXXX` escape; the data reads back unchanged.
 */
function terminalSafeYaml(value: unknown): string {
  const doc = new Document(value);
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && hasTerminalDriving(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return escapeTerminalDriving(doc.toString({ lineWidth: 0 }));
}

function parseNumber(written: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (written === undefined) return undefined;
  const value = Number(written);
  if (!Number.isFinite(value) || value < min || value > max) throw new UsageError(`${flag} expects a number from ${min} to ${max}, got '${written}'`);
  return value;
}
