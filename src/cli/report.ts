import { loadClaimSet } from '../claims/load.js';
import { compareClaimSet } from '../compare/index.js';
import { formatClaimReview } from '../report/verdicts/claimreview.js';
import { formatJson } from '../report/verdicts/json.js';
import { formatMarkdown } from '../report/verdicts/markdown.js';
import { renderPlainReport } from '../report/verdicts/text.js';
import type { VerdictsFormatter } from '../report/verdicts/types.js';
import { loadCatalog } from '../sources/catalog.js';
import { compareFindings, severityOf, startOf } from '../util/message.js';
import { toTerminalSafe } from '../util/terminal-safe.js';
import { parseCommandArgs } from './args.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import { openRepositoryDir } from './repository-dir.js';

const FORMATS = ['markdown', 'json', 'claimreview', 'text'] as const;

/** `urazuke report --help`. */
export function reportHelp(): string {
  return [
    'Usage: urazuke report [dir] [--format markdown|json|claimreview|text]',
    '',
    'Compare the claims under <dir>/claims/ (default: the current folder) subject by subject and',
    'print the verdicts, conflicts first: agree, differ (all can be true) or conflict (some',
    'cannot both be true), with the independent origins behind them.',
    '',
    'Options:',
    '  -f, --format <name>  text: plain report (default on a terminal)',
    '                       markdown: per subject a table and the conflicting pairs (default',
    '                                 otherwise), ready for an issue or an article',
    '                       json: {"subjects": [...]}, the stable machine interface',
    '                       claimreview: schema.org ClaimReview JSON-LD for resolved subjects',
    '  -h, --help           show this help',
    '',
    'Problems in the claim files (invalid YAML or schema, unreadable values, units that do not',
    'fit) are printed to stderr as file:line:col; the report is printed all the same.',
    '',
    'Exit codes: 0 report printed, 1 report printed but a claim file has errors,',
    '            2 usage error or unreadable input (dir missing or not a folder).',
    '',
  ].join('\n');
}

/** `urazuke report [dir]`: publish the verdicts. */
export async function report(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(argv, { format: { type: 'string', short: 'f' } }, reportHelp(), io);
  if (!parsed) return EXIT.ok;
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`report takes one folder, got ${positionals.length}`);
  const formatName = (values.format as string | undefined) ?? (io.stdout.isTTY ? 'text' : 'markdown');
  if (!(FORMATS as readonly string[]).includes(formatName)) {
    throw new UsageError(`unknown format '${formatName}', expected ${FORMATS.join(', ')}`);
  }

  const repo = await openRepositoryDir(positionals[0], io, 'report on');
  if (!repo.ok) return repo.exit;
  const { dir } = repo;
  if (!repo.hasClaims) {
    io.stderr.write(`urazuke: cannot report on '${toTerminalSafe(positionals[0] ?? '.', { singleLine: true })}': no claims/ folder: write claim files under claims/ (see README, "Claim files")\n`);
    return EXIT.usage;
  }

  const claimSet = await loadClaimSet(dir);
  const comparison = compareClaimSet(claimSet);
  const catalog = formatName === 'claimreview' ? await loadCatalog(dir) : undefined;
  const formatters: Record<(typeof FORMATS)[number], VerdictsFormatter> = {
    markdown: formatMarkdown,
    json: formatJson,
    claimreview: formatClaimReview,
    text: ({ subjects }) => renderPlainReport(subjects, { width: io.stdout.columns }),
  };
  io.stdout.write(formatters[formatName as (typeof FORMATS)[number]]({ subjects: comparison.subjects, catalog }));

  const findings = [...claimSet.findings, ...comparison.findings].sort(compareFindings);
  for (const finding of findings) {
    const at = startOf(finding);
    io.stderr.write(
      `${toTerminalSafe(finding.file, { singleLine: true })}:${at.line}:${at.column}: ${severityOf(finding)}: ${toTerminalSafe(finding.reason, { singleLine: true })} (${finding.ruleId})\n`,
    );
  }
  return findings.some((f) => severityOf(f) === 'error') ? EXIT.findings : EXIT.ok;
}
