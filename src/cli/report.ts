import { loadClaimSet } from '../claims/load.js';
import { compareClaimSet } from '../compare/index.js';
import { formatClaimReview, formatJson, formatMarkdown, renderPlainReport, type VerdictsFormatter } from '../report/verdicts/index.js';
import { loadCatalog } from '../sources/index.js';
import { compareFindings, severityOf, startOf, type Finding } from '../util/message.js';
import { toTerminalSafe } from '../util/terminal-safe.js';
import { defineCommand } from './args.js';
import { EXIT } from './io.js';
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
    },
    positionals: { min: 0, max: 1, noun: 'folder' },
    notes: [
      [
        'Problems in the claim files (invalid YAML or schema, unreadable values, units that do not',
        'fit) are printed to stderr as file:line:col; the report is printed all the same.',
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
    io.stdout.write(formatters[format]({ subjects: comparison.subjects, catalog }));

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
