import { captureFiles, collectJobs, type CaptureOutcome } from '../extract/index.js';
import { CATALOG_FILE } from '../sources/index.js';
import { toTerminalSafe } from '../util/terminal-safe.js';
import { defineCommand } from './args.js';
import { EXIT } from './io.js';
import { repositoryRoot } from './repository-dir.js';

/** `urazuke capture <files…>`. */
export const capture = defineCommand(
  {
    name: 'capture',
    summary: 'Copy captures into seeds/ and describe them in seeds/sources.yaml',
    usage: '<files…> [--dir repo]',
    description: [
      [
        'Bring captured documents (.txt, .md, .html; a folder is read for them) into the repository:',
        'a file from elsewhere is copied into seeds/ byte for byte (under a free name when another',
        'capture has its name), one already in seeds/ stays where it is. Each gets an entry in',
        'seeds/sources.yaml read from the document itself — title, site, outlet, url, published,',
        'language, encoding and sha256 — for you to check and correct. An entry that is there already',
        'is never changed, and every comment of the file stays.',
      ],
    ],
    options: {
      dir: { type: 'string', short: 'd', value: 'repo', description: ['repository root (default: the nearest folder holding claims/', 'or seeds/, from the current folder upward)'] },
    },
    positionals: { min: 1, max: Infinity, noun: 'file or folder' },
    exitCodes: { 0: 'done', 1: `${CATALOG_FILE} changed on disk meanwhile (captures copied, not described)`, 2: 'usage error or unreadable input' },
  },
  async ({ values, positionals }, io) => {
    const repo = await repositoryRoot(io, values.dir, 'capture');
    if (!repo.ok) return repo.exit;
    const { jobs, missing } = await collectJobs(positionals, io.cwd, repo.dir);
    const safe = (s: string): string => toTerminalSafe(s, { singleLine: true });
    for (const m of missing) io.stderr.write(`urazuke: cannot read ${safe(m.written)}: ${m.reason}\n`);
    if (jobs.length === 0) {
      if (missing.length === 0) io.stderr.write('urazuke: no captures (.txt, .md, .html) in what was named\n');
      return EXIT.usage;
    }
    const result = await captureFiles(repo.dir, jobs.map((job) => ({ absolute: job.absolute, written: job.file })));
    if (result.status === 'invalid-catalog') {
      io.stderr.write(`urazuke: ${safe(result.message)}\n`);
      return EXIT.usage;
    }
    for (const outcome of result.outcomes) io.stdout.write(outcomeLines(outcome));
    for (const failure of result.failures) io.stderr.write(`urazuke: cannot capture ${safe(failure.written)}: ${failure.reason}\n`);
    if (result.status === 'catalog-not-saved') {
      io.stderr.write(`urazuke: ${CATALOG_FILE} was not written: ${safe(result.reason)}. Run capture again.\n`);
      return EXIT.findings;
    }
    if (result.outcomes.some((o) => o.entry === 'described')) io.stdout.write(`Check what was read in ${CATALOG_FILE} and correct it; then urazuke extract seeds/\n`);
    return missing.length + result.failures.length > 0 ? EXIT.usage : EXIT.ok;
  },
);

/** What capture did with one file, and what it read. */
function outcomeLines(outcome: CaptureOutcome): string {
  const safe = (s: string): string => toTerminalSafe(s, { singleLine: true });
  const { description: d } = outcome;
  const where = outcome.placed === 'copied' ? `${safe(outcome.file)} (copied)` : safe(outcome.file);
  if (outcome.entry === 'kept') {
    const changed = outcome.recordedSha256 ? `; its sha256 is not the file's (${d.sha256.slice(0, 12)}…): the capture changed since it was described` : '';
    return `${where}: already described in ${CATALOG_FILE}, entry kept as it is${changed}\n`;
  }
  const read = [
    ['title', d.title],
    ['site', d.site],
    ['outlet', d.outlet],
    ['url', d.url],
    ['published', d.published],
    ['language', d.language],
  ]
    .map(([key, value]) => `    ${key!.padEnd(9)}  ${value === undefined ? '(not found: add it if you know it)' : safe(value)}`)
    .join('\n');
  return `${where}: described in ${CATALOG_FILE}\n${read}\n`;
}

