import stringWidth from 'string-width';
import { severityOf, startOf } from '../../util/message.js';
import { toTerminalSafe } from '../../util/terminal-safe.js';
import { summaryLine } from './summary.js';
import type { FindingsInput } from './types.js';

/**
 * Plain text, one finding per line: `file:line:col  severity  message  rule-id  (claim id)`,
 * a note indented below when there is one (a diff, how to fix), and a summary line. Every
 * string from a file goes through `toTerminalSafe`.
 */
export function formatText(input: FindingsInput): string {
  const rows = input.findings.map((finding) => {
    const start = startOf(finding);
    return {
      location: toTerminalSafe(`${finding.file}:${start.line}:${start.column}`, { singleLine: true }),
      severity: severityOf(finding),
      message: toTerminalSafe(finding.reason, { singleLine: true }),
      rule: finding.ruleId,
      claim: finding.claimId === undefined ? '' : `  (${toTerminalSafe(finding.claimId, { singleLine: true })})`,
      note: finding.note === undefined ? undefined : toTerminalSafe(finding.note),
    };
  });
  // Display width, so locations with Japanese file names line up too.
  const width = Math.max(0, ...rows.map((r) => widthOf(r.location)));
  const lines: string[] = [];
  for (const row of rows) {
    const pad = ' '.repeat(width - widthOf(row.location));
    lines.push(`${row.location}${pad}  ${row.severity.padEnd(7)}  ${row.message}  ${row.rule}${row.claim}`);
    if (row.note) for (const line of row.note.split('\n')) lines.push(`    ${line}`);
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(input.summary));
  return `${lines.join('\n')}\n`;
}

/** Printable ASCII: one column a character, which string-width would say after loading its tables. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The display width of a terminal-safe string; string-width only for the strings that need it. */
function widthOf(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}
