import { severityOf, startOf, type Finding } from '../../util/message.js';
import { toTerminalSafe } from '../../util/terminal-safe.js';
import { summaryLine } from './summary.js';
import type { FindingsInput } from './types.js';

/** Escape the data (message) of a workflow command: `%`, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a property value of a workflow command: as data, plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * GitHub Actions workflow commands, one annotation per finding
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule-id::message`), then the summary
 * as a plain line. Control characters are stripped first; then data and properties are escaped.
 */
export function formatGithub(input: FindingsInput): string {
  const lines = input.findings.map(annotation);
  lines.push(`urazuke check: ${summaryLine(input.summary)}`);
  return `${lines.join('\n')}\n`;
}

function annotation(finding: Finding): string {
  const start = startOf(finding);
  const place = finding.place;
  const end = place && 'start' in place && place.end ? place.end : start;
  const props = [
    `file=${escapeProperty(toTerminalSafe(finding.file, { singleLine: true }))}`,
    `line=${start.line}`,
    `col=${start.column}`,
    `endLine=${end.line}`,
    `endColumn=${end.column}`,
    `title=${escapeProperty(finding.ruleId)}`,
  ];
  let message = finding.reason;
  if (finding.claimId !== undefined) message += ` (${finding.claimId})`;
  if (finding.note !== undefined) message += `\n${finding.note}`;
  return `::${COMMAND[severityOf(finding)]} ${props.join(',')}::${escapeData(toTerminalSafe(message))}`;
}

/**
 * The job summary in markdown (for `$GITHUB_STEP_SUMMARY`): the counts, then a table of findings.
 * Table cells are escaped so file contents cannot inject markup.
 */
export function githubStepSummary(input: FindingsInput): string {
  const cell = (text: string): string =>
    toTerminalSafe(text, { singleLine: true }).replace(/[\\`*_{}[\]<>|&#]/g, (c) => `&#${c.charCodeAt(0)};`);
  const lines = ['## urazuke check', '', summaryLine(input.summary), ''];
  if (input.findings.length > 0) {
    lines.push('| Severity | Location | Rule | Claim | Message |', '|---|---|---|---|---|');
    for (const finding of input.findings) {
      const start = startOf(finding);
      lines.push(
        `| ${severityOf(finding)} | ${cell(`${finding.file}:${start.line}:${start.column}`)} | ${cell(finding.ruleId)} | ${cell(finding.claimId ?? '')} | ${cell(finding.reason)} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
