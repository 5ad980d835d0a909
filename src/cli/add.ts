import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { appendClaim, appendSubject } from '../claims/append.js';
import { claimIdFor } from '../claims/claim-id.js';
import { contentHash, describeIoError, saveIfUnchanged } from '../claims/save.js';
import type { Claim, Subject } from '../claims/schema.js';
import { buildCandidates, type Candidate } from '../extract/candidates.js';
import { extractFromText } from '../extract/document.js';
import { formatOf, layout } from '../extract/layout.js';
import { loadExtractContext } from '../extract/repository.js';
import { decode } from '../sources/decode.js';
import { LineIndex } from '../sources/line-index.js';
import { readRegularFile } from '../util/read-regular-file.js';
import { toTerminalSafe } from '../util/terminal-safe.js';
import { parseCommandArgs } from './args.js';
import { EXIT, UsageError, type CliIo } from './io.js';

/** `urazuke add --help`. */
export function addHelp(): string {
  return [
    'Usage: urazuke add <file> --quote "…" [--subject id] [--topic claims/x.yaml] [--dir repo]',
    '',
    'File one claim from a quote of a capture: the quote must be in the file exactly as written;',
    'the figure in it (its value and qualifier), the outlet that says it and the chain of sources',
    'are read by the extractor. The claim is appended to the topic file, keeping its comments.',
    '',
    'Options:',
    '  -q, --quote <text>     the words of the capture that state the figure (verbatim)',
    '  -s, --subject <id>     the subject the claim answers (created when the topic has none such;',
    '                         default: the subject the extractor suggests, or a new one)',
    '  -t, --topic <file>     the topic file (default: the one holding the subject, or the only one;',
    '                         claims/extracted.yaml when there is none)',
    '      --id <id>          the claim id (default: <subject>/<outlet>)',
    '  -d, --dir <repo>       repository root (default: the current folder)',
    '  -h, --help             show this help',
    '',
    'Exit codes: 0 filed, 1 the quote is not in the file, holds no figure, or the topic file',
    '            changed on disk meanwhile, 2 usage error or unreadable input.',
    '',
  ].join('\n');
}

/** `urazuke add <file> --quote "…"`. */
export async function add(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(
    argv,
    {
      quote: { type: 'string', short: 'q' },
      subject: { type: 'string', short: 's' },
      topic: { type: 'string', short: 't' },
      id: { type: 'string' },
      dir: { type: 'string', short: 'd' },
    },
    addHelp(),
    io,
  );
  if (!parsed) return EXIT.ok;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('add needs exactly one capture file');
  const quote = values.quote;
  if (quote === undefined || quote === '') throw new UsageError('add needs --quote "…", the words of the capture that state the figure');
  if (values.subject !== undefined && /\s/.test(values.subject)) throw new UsageError(`a subject id has no white space: '${values.subject}'`);
  const root = path.resolve(io.cwd, values.dir ?? '.');
  const absolute = path.resolve(io.cwd, positionals[0]!);
  const file = path.relative(root, absolute).split(path.sep).join('/');
  if (file.startsWith('../') || path.isAbsolute(file)) throw new UsageError(`${positionals[0]} is outside the repository ${root}`);
  const safeFile = toTerminalSafe(file, { singleLine: true });

  let bytes: Buffer;
  try {
    bytes = await readRegularFile(absolute);
  } catch (error) {
    io.stderr.write(`urazuke: cannot read ${safeFile}: ${describeIoError(error)}\n`);
    return EXIT.usage;
  }
  const { text: raw } = decode(bytes);
  // HTML is read as its text content (what a reader sees, what check anchors quotes in)
  const format = formatOf(file);
  const laid = format === 'html' ? layout(raw, 'html') : undefined;
  const text = laid?.view ? laid.view.text : raw;
  const toRaw = (offset: number): number => (laid?.view ? laid.view.toRaw(offset) : offset);
  const at = text.indexOf(quote);
  if (at < 0) {
    io.stderr.write(`urazuke: ${safeFile}: the quote is not in the file: "${toTerminalSafe(quote, { singleLine: true })}"\nA quote must be copied exactly as the capture writes it (same digits, same punctuation).\n`);
    return EXIT.findings;
  }
  const context = await loadExtractContext(root);
  const meta = context.metaOf(file);
  const extracted = extractFromText(raw, { file, format, ...(meta ?? {}) });
  const inside = extracted.figures.filter((f) => f.mention.start >= at && f.mention.end <= at + quote.length);
  const line = new LineIndex(raw).pointAt(toRaw(at)).line;
  if (inside.length === 0) {
    io.stderr.write(`urazuke: ${safeFile}:${line}: no figure found in the quote "${toTerminalSafe(quote, { singleLine: true })}"\n`);
    return EXIT.findings;
  }
  const candidates = buildCandidates([{ ...extracted, figures: inside }], { subjects: context.subjects });
  const wanted = values.subject ? context.subjects.find((s) => s.id === values.subject) : undefined;
  const candidate = pick(candidates, wanted?.kind);

  // The topic file: named, or the one holding the subject, or the only one.
  const subjectId = values.subject ?? candidate.subject ?? newSubjectId(candidate, context.subjects.map((s) => s.id));
  const holding = context.claimSet.subjects.find((s) => s.subject.id === subjectId)?.topic.file;
  let topicFile = values.topic;
  if (topicFile === undefined) {
    if (holding) topicFile = holding;
    else {
      const topics = await topicFiles(root);
      if (topics.length > 1) throw new UsageError(`name the topic file with --topic: ${topics.join(', ')}`);
      topicFile = topics[0] ?? 'claims/extracted.yaml';
    }
  }
  const topicPath = path.resolve(root, topicFile);
  const topicRel = path.relative(root, topicPath).split(path.sep).join('/');
  let original: Buffer | undefined;
  try {
    original = await readRegularFile(topicPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      io.stderr.write(`urazuke: cannot read ${toTerminalSafe(topicRel, { singleLine: true })}: ${describeIoError(error)}\n`);
      return EXIT.usage;
    }
  }
  const doc: Document = original
    ? parseDocument(original.toString('utf8'), { prettyErrors: false })
    : parseDocument(`# yaml-language-server: $schema=./claims.schema.json\ntopic: ${path.basename(topicRel).replace(/\.ya?ml$/, '')}\nsubjects: []\nclaims: []\n`);
  if (doc.errors.length > 0) {
    io.stderr.write(`urazuke: ${toTerminalSafe(topicRel, { singleLine: true })}: invalid YAML (${doc.errors[0]!.message.split('\n')[0]}); fix it first, nothing was written\n`);
    return EXIT.usage;
  }
  const existsInTopic = context.claimSet.subjects.some((s) => s.subject.id === subjectId && s.topic.file === topicRel);
  let createdSubject: string | undefined;
  try {
    if (!existsInTopic && !context.claimSet.subjects.some((s) => s.subject.id === subjectId)) {
      const subject: Subject = {
        id: subjectId,
        question: `(to be written) What does the figure in "${quote.length > 40 ? `${quote.slice(0, 40)}…` : quote}" answer?`,
        kind: candidate.kind,
        ...(candidate.unit && candidate.unit !== 'share' ? { unit: candidate.unit } : {}),
      };
      createdSubject = appendSubject(doc, subject);
    }
    const claim: Claim = {
      id: values.id ?? claimIdFor(createdSubject ?? subjectId, candidate.outlet, context.claims.map((c) => c.id)),
      subject: createdSubject ?? subjectId,
      value: candidate.value,
      says: candidate.says,
      outlet: candidate.outlet,
      ...(candidate.published ? { published: candidate.published } : {}),
      chain: [...candidate.chain],
      source: { file, quote, ...distinguishing(text, quote, at), line },
    };
    const id = appendClaim(doc, claim);
    if (!original) await mkdir(path.dirname(topicPath), { recursive: true });
    const saved = await saveIfUnchanged(topicPath, String(doc), original ? contentHash(original) : undefined);
    if (saved.status === 'changed-on-disk') {
      io.stderr.write(`urazuke: ${toTerminalSafe(topicRel, { singleLine: true })} changed on disk meanwhile; nothing was written. Run add again.\n`);
      return EXIT.findings;
    }
    if (saved.status === 'failed') {
      io.stderr.write(`urazuke: cannot write ${toTerminalSafe(topicRel, { singleLine: true })}: ${saved.reason}\n`);
      return EXIT.usage;
    }
    const safe = (s: string): string => toTerminalSafe(s, { singleLine: true });
    io.stdout.write(
      `Added ${safe(id)} to ${safe(topicRel)}${createdSubject ? ` (new subject ${safe(createdSubject)}: write its question)` : ''}\n` +
        `  ${safe(candidate.says)} — ${safe(candidate.outlet)}${candidate.chain.length > 1 ? ` (${candidate.chain.map(safe).join(' → ')})` : ''}\n`,
    );
    return EXIT.ok;
  } catch (error) {
    io.stderr.write(`urazuke: ${toTerminalSafe(topicRel, { singleLine: true })}: ${toTerminalSafe(error instanceof Error ? error.message : String(error), { singleLine: true })}\n`);
    return EXIT.usage;
  }
}

/**
 * When the quote occurs more than once in the capture, the shortest `prefix` (or else `suffix`)
 * that makes the occurrence at `at` the only one (W3C TextQuoteSelector), so check finds it.
 */
function distinguishing(text: string, quote: string, at: number): { prefix?: string; suffix?: string } {
  if (text.indexOf(quote, text.indexOf(quote) + 1) < 0) return {};
  const count = (needle: string): number => {
    let n = 0;
    for (let i = text.indexOf(needle); i >= 0 && n < 2; i = text.indexOf(needle, i + 1)) n++;
    return n;
  };
  for (let k = 1; k <= 64; k++) {
    const prefix = text.slice(Math.max(0, at - k), at);
    // within the line: a selector with a line break in it is hard to read and to keep
    if (prefix.length === k && !/[\r\n]/.test(prefix) && prefix.trim() !== '' && count(prefix + quote) === 1) return { prefix };
    const end = at + quote.length;
    const suffix = text.slice(end, end + k);
    if (suffix.length === k && !/[\r\n]/.test(suffix) && suffix.trim() !== '' && count(quote + suffix) === 1) return { suffix };
  }
  return {};
}

/** The candidate to file: one that fits the subject's kind, else the most confident. */
function pick(candidates: readonly Candidate[], kind: string | undefined): Candidate {
  const dated = (k: string): boolean => k === 'date' || k === 'period';
  const fitting = kind ? candidates.filter((c) => (dated(kind) ? dated(c.kind) : !dated(c.kind))) : [];
  const pool = fitting.length > 0 ? fitting : candidates;
  return [...pool].sort((a, b) => b.confidence - a.confidence)[0]!;
}

function newSubjectId(candidate: Candidate, taken: readonly string[]): string {
  const head = (candidate.unit ?? candidate.kind).replace(/\s+/g, '-');
  let n = 1;
  while (taken.includes(`${head}-${n}`)) n++;
  return `${head}-${n}`;
}

/** Topic files of the repository (claims/*.yaml but the inbox), sorted. */
async function topicFiles(root: string): Promise<string[]> {
  try {
    const names = await readdir(path.join(root, 'claims'));
    return names.filter((n) => /\.ya?ml$/.test(n) && !/^inbox\.ya?ml$/.test(n)).sort().map((n) => `claims/${n}`);
  } catch {
    return [];
  }
}
