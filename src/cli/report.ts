import { loadClaimSet } from '../claims/load.js';
import { compareClaimSet } from '../compare/index.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE, formatClaimReview, formatJson, formatMarkdown, parseReviewOptions, renderPlainReport, type ReviewOptions, type VerdictsFormatter } from '../report/verdicts/index.js';
import { describeIoError } from '../util/io-error.js';
import { loadCatalog } from '../sources/index.js';
import { compareFindings, severityOf, startOf, type Finding } from '../util/message.js';
import { toTerminalSafe } from '../util/terminal-safe.js';
import { defineCommand } from './args.js';
import { EXIT, type CliIo } from './io.js';
import { openRepositoryDir } from './repository-dir.js';

/** `urazuke report [dir]`: publish the verdicts. */
export const report = defineCommand(
  {
    name: 'report',
    summary: 'Publish verdicts: markdown, json, claimreview',
    usage: '[dir] [--format markdown|json|claimreview|text]',
    description: [
      [
        'Compare the claims under <dir>/claims/ (default: the current folder) subject by subject and',
        'print the verdicts, conflicts first: agree, differ (all can be true) or conflict (some',
        'cannot both be true), with the independent origins behind them.',
      ],
    ],
    options: {
      format: {
        type: 'string',
        short: 'f',
        value: 'name',
        choices: ['markdown', 'json', 'claimreview', 'text'],
        description: [
          'text: plain report (default on a terminal)',
          'markdown: per subject a table and the conflicting pairs (default',
          '          otherwise), ready for an issue or an article',
          'json: {"subjects": [...]}, the stable machine interface',
          'claimreview: schema.org ClaimReview JSON-LD for resolved subjects',
        ],
      },
      'review-author': { type: 'string', value: 'name', description: 'claimreview: the reviewing organisation (author of every review)' },
      'review-url': { type: 'string', value: 'pattern', description: ['claimreview: the address of each review; {topic} and {subject}', '            are replaced by the ids'] },
      'review-date': { type: 'string', value: 'YYYY-MM-DD', description: 'claimreview: the date the reviews are published' },
    },
    positionals: { min: 0, max: 1, noun: 'folder' },
    notes: [
      [
        'Problems in the claim files (invalid YAML or schema, unreadable values, units that do not',
        'fit) are printed to stderr as file:line:col; the report is printed all the same.',
      ],
      [
        'The review options may also be set in urazuke.yaml at the repository root, under review:',
        '(author, author-url, url, date); an option given here wins.',
      ],
    ],
    exitCodes: {
      0: 'report printed',
      1: 'report printed but a claim file has errors',
      2: 'usage error or unreadable input (dir missing or not a folder)',
    },
  },
  async ({ values, positionals }, io) => {
    const repo = await openRepositoryDir(positionals[0], io, 'report on');
    if (!repo.ok) return repo.exit;
    if (!repo.hasClaims) {
      io.stderr.write(`urazuke: cannot report on '${toTerminalSafe(positionals[0] ?? '.', { singleLine: true })}': no claims/ folder: write claim files under claims/ (see README, "Claim files")\n`);
      return EXIT.usage;
    }
    const format = values.format ?? (io.stdout.isTTY ? 'text' : 'markdown');
    const claimSet = await loadClaimSet(repo.dir);
    const comparison = compareClaimSet(claimSet);
    const catalog = format === 'claimreview' || format === 'markdown' ? await loadCatalog(repo.dir) : undefined;
    const formatters: Record<typeof format, VerdictsFormatter> = {
      markdown: formatMarkdown,
      json: formatJson,
      claimreview: formatClaimReview,
      text: ({ subjects }) => renderPlainReport(subjects, { width: io.stdout.columns }),
    };
    const review = format === 'claimreview' ? await reviewOptions(repo.dir, values, io) : undefined;
    if (review === 'usage') return EXIT.usage;
    io.stdout.write(formatters[format]({ subjects: comparison.subjects, catalog, review }));

    const findings = [...claimSet.findings, ...comparison.findings].sort(compareFindings);
    for (const finding of findings) io.stderr.write(findingLine(finding));
    return findings.some((f) => severityOf(f) === 'error') ? EXIT.findings : EXIT.ok;
  },
);

/** `file:line:col: severity: reason (rule-id)`, one line for stderr. */
function findingLine(finding: Finding): string {
  const at = startOf(finding);
  return `${toTerminalSafe(finding.file, { singleLine: true })}:${at.line}:${at.column}: ${severityOf(finding)}: ${toTerminalSafe(finding.reason, { singleLine: true })} (${finding.ruleId})\n`;
}

/**
 * The ClaimReview options: `urazuke.yaml`'s `review:` block (a problem in it is printed and the
 * option left out), then the command-line options over it. A `--review-date` that is no
 * `YYYY-MM-DD` is a usage error. Without a review url, a note says Google requires one.
 */
async function reviewOptions(
  dir: string,
  values: { readonly 'review-author'?: string | undefined; readonly 'review-url'?: string | undefined; readonly 'review-date'?: string | undefined },
  io: CliIo,
): Promise<ReviewOptions | 'usage'> {
  let fromFile: ReviewOptions = {};
  try {
    const parsed = parseReviewOptions(await readFile(path.join(dir, CONFIG_FILE), 'utf8'));
    for (const problem of parsed.problems) io.stderr.write(`${toTerminalSafe(problem, { singleLine: true })}\n`);
    fromFile = parsed.options;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') io.stderr.write(`urazuke: cannot read ${CONFIG_FILE}: ${describeIoError(error)}\n`);
  }
  const date = values['review-date'];
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    io.stderr.write(`urazuke: --review-date expects YYYY-MM-DD, got '${toTerminalSafe(date, { singleLine: true })}'\nTry 'urazuke report --help'.\n`);
    return 'usage';
  }
  const options: ReviewOptions = {
    ...fromFile,
    ...(values['review-author'] !== undefined ? { author: values['review-author'] } : {}),
    ...(values['review-url'] !== undefined ? { url: values['review-url'] } : {}),
    ...(date !== undefined ? { date } : {}),
  };
  if (options.url === undefined) io.stderr.write(`urazuke: note: no review url (--review-url or review.url in ${CONFIG_FILE}): Google requires a url on every ClaimReview\n`);
  return options;
}
