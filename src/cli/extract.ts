import path from 'node:path';
import { Document, Scalar, visit } from 'yaml';
import {
  collectJobs,
  extractCandidates,
  extractRun,
  INBOX_FILE,
  inboxEntry,
  inboxSubject,
  loadExtractContext,
  streamCandidateTexts,
  updateInbox,
  type Candidate,
  type ExtractRun,
  type FileFailure,
  type InboxUpdate,
  type MergeSummary,
  type ProposedSubject,
  type SubjectProposal,
} from '../extract/index.js';
import { jsonText } from '../util/json-text.js';
import { escapeTerminalDriving, hasTerminalDriving, toTerminalSafe } from '../util/terminal-safe.js';
import { defineCommand } from './args.js';
import { repositoryRoot } from './repository-dir.js';
import { EXIT, UsageError, type CliIo } from './io.js';

/** `urazuke extract <files…>`. */
export const extract = defineCommand(
  {
    name: 'extract',
    summary: 'Propose candidate claims from documents',
    usage: '<files…> [--format json|yaml] [--dir repo] [--min-confidence n]',
    description: [
      [
        'Propose candidate claims from captures (.txt, .md with front matter, .html; UTF-8, UTF-16,',
        'Shift_JIS or EUC-JP): every figure (counts, quantities, shares, dates and periods) with its',
        'qualifier (少なくとも, 以上, about …), the outlet that says it and its chain of sources, the',
        'clause holding it as a verbatim quote, and a confidence (noise such as page-view counters and',
        'rankings stays below 0.5). A folder named instead of a file is read for its captures.',
      ],
      [
        'The candidates of all the files, with the claims already filed, are grouped into proposed',
        'subjects (claims answering one question), each with a drafted question and the verdict',
        'compare gives it (agree, differ, conflict); a candidate that fits a filed subject is',
        'proposed into it.',
      ],
      [
        'By default the candidates are merged into claims/inbox.yaml, never proposing again one',
        'already filed in claims/ or rejected in the inbox (status: rejected), and the proposed',
        'subjects are summed up, the strongest conflicts first.',
      ],
    ],
    options: {
      format: {
        type: 'string',
        short: 'f',
        value: 'name',
        choices: ['json', 'yaml'],
        description: ['json: print {"candidates": [...], "subjects": [...]} instead of', 'writing the inbox', 'yaml: print the candidates and proposed subjects as inbox entries instead'],
      },
      dir: {
        type: 'string',
        short: 'd',
        value: 'repo',
        description: ['repository root (default: the nearest folder holding', 'claims/ or seeds/, from the current folder upward):', 'paths in candidates are relative to it, its claims/', 'and seeds/sources.yaml are read'],
      },
      'min-confidence': {
        type: 'number',
        value: 'n',
        min: 0,
        max: 1,
        description: ['leave out candidates below n, 0–1 (default 0.5 for the inbox,', '0 with --format)'],
      },
      threads: { type: 'number', value: 'n', min: 1, max: 256, description: 'worker threads (default: every core)' },
    },
    positionals: { min: 1, max: Infinity, noun: 'file or folder' },
    exitCodes: {
      0: 'done',
      1: 'the inbox changed on disk meanwhile (nothing written)',
      2: 'usage error or unreadable input',
    },
  },
  async ({ values, positionals }, io) => {
    const { format } = values;
    const minConfidence = values['min-confidence'] ?? (format ? 0 : 0.5);
    // Printing candidates needs no repository; writing the inbox needs one.
    const repo = await repositoryRoot(io, values.dir, 'extract', { optional: format !== undefined });
    if (!repo.ok) return repo.exit;
    const root = repo.dir;
    const context = await loadExtractContext(root);
    for (const finding of context.outletFindings) io.stderr.write(`urazuke: ${toTerminalSafe(`${finding.file}:${finding.line ?? 1}:${finding.column ?? 1}: ${finding.reason}`, { singleLine: true })} (the rest of the list is used)\n`);
    const { jobs, missing } = await collectJobs(positionals, io.cwd, root);
    for (const m of missing) io.stderr.write(cannotRead(m.written, m.reason));
    // Nothing could be read: nothing is written either (no empty claims/ or inbox).
    if (jobs.length === 0 && missing.length > 0) return EXIT.usage;
    const outside = format ? undefined : jobs.find((job) => job.file.startsWith('../') || path.isAbsolute(job.file));
    if (outside) throw new UsageError(`${outside.file} is outside the repository ${root}: claims can only cite captures inside it (use --dir, or --format json)`);

    const run = extractRun(context, jobs, { minConfidence, threads: values.threads });
    let failed = 0;
    const onFailure = (failure: FileFailure): void => {
      failed++;
      io.stderr.write(cannotRead(failure.file, failure.reason));
    };
    const done = (): number => (failed + missing.length > 0 ? EXIT.usage : EXIT.ok);
    if (format === 'json' && run.totalBytes > Number(io.env['URAZUKE_STREAM_BYTES'] ?? STREAM_BYTES)) {
      await streamJson(io, run, onFailure);
      return done();
    }
    const proposal = await extractCandidates(run, onFailure);
    const { candidates, subjects } = proposal;
    if (format === 'json') writeJson(io, proposal);
    else if (format === 'yaml') io.stdout.write(terminalSafeYaml({ candidates: candidates.map(inboxEntry), subjects: subjects.filter((s) => !s.filed).map(inboxSubject) }));
    // No file could be read (a capture linked outside the repository, say): nothing is written.
    else if (failed === jobs.length) return done();
    else {
      const update = await updateInbox(root, candidates, context.claims, subjects);
      if (update.status !== 'merged') return inboxProblem(io, update);
      io.stdout.write(mergeLines(candidates.length, minConfidence, jobs.length - failed, update.summary));
      io.stdout.write(subjectLines(proposal));
    }
    return done();
  },
);

/** `urazuke: cannot read <file>: <reason>` */
function cannotRead(file: string, reason: string): string {
  return `urazuke: cannot read ${toTerminalSafe(file, { singleLine: true })}: ${reason}\n`;
}

/** Print why the inbox was not updated; the exit code. */
function inboxProblem(io: CliIo, update: Exclude<InboxUpdate, { readonly status: 'merged' }>): number {
  switch (update.status) {
    case 'unreadable':
      io.stderr.write(`urazuke: cannot read ${INBOX_FILE}: ${update.reason}\n`);
      return EXIT.usage;
    case 'invalid':
      io.stderr.write(`urazuke: ${toTerminalSafe(update.message, { singleLine: true })}\n`);
      return EXIT.usage;
    case 'changed-on-disk':
      io.stderr.write(`urazuke: ${INBOX_FILE} changed on disk while extracting; nothing was written. Run extract again.\n`);
      return EXIT.findings;
    case 'unwritable':
      io.stderr.write(`urazuke: cannot write ${INBOX_FILE}: ${update.reason}\n`);
      return EXIT.usage;
  }
}

/** What a merge into the inbox did, for stdout. */
function mergeLines(count: number, minConfidence: number, files: number, summary: MergeSummary): string {
  return [
    `${count} candidate${count === 1 ? '' : 's'} (confidence ≥ ${minConfidence}) from ${files} file${files === 1 ? '' : 's'}:`,
    `  ${summary.added} added to ${INBOX_FILE}`,
    ...(summary.refreshed > 0 ? [`  ${summary.refreshed} waiting in the inbox, read anew (outlet, chain, value, subject or confidence changed): refreshed`] : []),
    ...(summary.known > 0 ? [`  ${summary.known} already in the inbox`] : []),
    ...(summary.edited > 0 ? [`  ${summary.edited} edited by hand in the inbox and read differently now: kept as you left them`] : []),
    ...(summary.accepted > 0 ? [`  ${summary.accepted} already filed in claims/`] : []),
    ...(summary.rejected > 0 ? [`  ${summary.rejected} rejected before, not proposed again`] : []),
    '',
  ].join('\n');
}

/** Conflicts listed after a merge. */
const LISTED_CONFLICTS = 5;

/**
 * The proposed subjects in short: how many, how many in conflict, and the strongest conflicts
 * (most conflicting pairs, then most origins) one line each: `id: figure (outlet) ≠ figure (outlet)`.
 */
export function subjectLines({ candidates, subjects }: SubjectProposal): string {
  const shared = subjects.filter((s) => s.candidates.length > 1 || s.filed);
  if (subjects.length === 0) return '';
  const conflicting = subjects.filter((s) => s.verdict === 'conflict');
  const differing = subjects.filter((s) => s.verdict === 'differ').length;
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const lines = [
    `${subjects.length} proposed subject${subjects.length === 1 ? '' : 's'} (${shared.length} with more than one statement): ${conflicting.length} in conflict, ${differing} differ`,
  ];
  const strongest = [...conflicting].sort((a, b) => b.conflictCount - a.conflictCount || b.origins - a.origins).slice(0, LISTED_CONFLICTS);
  for (const s of strongest) lines.push(`  ${toTerminalSafe(conflictLine(s, byId), { singleLine: true })}`);
  if (conflicting.length > strongest.length) lines.push(`  … and ${conflicting.length - strongest.length} more (urazuke review: Inbox)`);
  return `${lines.join('\n')}\n`;
}

function conflictLine(s: ProposedSubject, byId: ReadonlyMap<string, Candidate>): string {
  const pair = s.conflicts[0];
  const side = (id: string): string => {
    const c = byId.get(id);
    return c ? `${c.figure} (${c.outlet})` : id;
  };
  return pair ? `${s.id}: ${side(pair[0])} ≠ ${side(pair[1])}` : s.id;
}

/** Above this many bytes of input (or `URAZUKE_STREAM_BYTES`), `--format json` streams (see {@link streamJson}). */
const STREAM_BYTES = 32 * 1024 * 1024;

/** `--format json` on a large corpus: each candidate written as `streamCandidateTexts` hands it on (made by the worker that read its capture). */
async function streamJson(io: CliIo, run: ExtractRun, onFailure: (failure: FileFailure) => void): Promise<void> {
  let first = true;
  let chunk = '';
  io.stdout.write('{"candidates": [\n');
  await streamCandidateTexts(
    run,
    (json) => {
      chunk += `${first ? '' : ',\n'}${json}`;
      first = false;
      if (chunk.length > 1 << 16) {
        io.stdout.write(chunk);
        chunk = '';
      }
    },
    onFailure,
  );
  // subjects are proposed from all candidates at once, which a stream never holds
  io.stdout.write(`${chunk}${first ? '' : '\n'}], "subjects": []}\n`);
}

/** `{"candidates": [...], "subjects": [...]}`, one candidate or subject a line, so large outputs stream and diff well. */
function writeJson(io: CliIo, { candidates, subjects }: SubjectProposal): void {
  io.stdout.write(candidates.length === 0 ? '{"candidates": [' : '{"candidates": [\n');
  const chunk: string[] = [];
  for (let i = 0; i < candidates.length; i++) {
    chunk.push(jsonText(candidates[i]) + (i + 1 < candidates.length ? ',\n' : '\n'));
    if (chunk.length >= 500) {
      io.stdout.write(chunk.join(''));
      chunk.length = 0;
    }
  }
  io.stdout.write(`${chunk.join('')}], "subjects": [${subjects.length === 0 ? '' : '\n'}`);
  chunk.length = 0;
  for (let i = 0; i < subjects.length; i++) {
    chunk.push(jsonText(subjectJson(subjects[i]!)) + (i + 1 < subjects.length ? ',\n' : '\n'));
    if (chunk.length >= 500) {
      io.stdout.write(chunk.join(''));
      chunk.length = 0;
    }
  }
  io.stdout.write(`${chunk.join('')}]}\n`);
}

/** A proposed subject in the JSON shape: `conflicts` as pairs of ids, `filed` when it is a subject of claims/. */
function subjectJson(s: ProposedSubject): Record<string, unknown> {
  return {
    id: s.id,
    question: s.question,
    kind: s.kind,
    unit: s.unit ?? null,
    filed: s.filed,
    verdict: s.verdict,
    origins: s.origins,
    originNames: s.originNames,
    candidates: s.candidates,
    conflicts: s.conflicts.map(([a, b]) => [a, b]),
    conflictCount: s.conflictCount,
  };
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
