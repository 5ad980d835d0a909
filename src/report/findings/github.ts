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
 * (`::error title=rule-id,file=…,line=…,endLine=…,col=…,endColumn=…::message`, the properties in
 * the order `@actions/core` writes them), then the summary as a plain line. Control characters
 * are stripped first; then data and properties are escaped as `@actions/core` escapes them.
 */
export function formatGithub(input: FindingsInput): string {
  const lines = input.findings.map(annotation);
  lines.push(`urazuke check: ${summaryLine(input.summary)}`);
  return `${lines.join('\n')}\n`;
}

/** Where an annotation points, as the runner reads it: lines and columns 1-based and inclusive. */
export interface AnnotationPlace {
  readonly line: number;
  readonly endLine: number;
  /** Columns only on one line (the runner takes none across lines). */
  readonly col?: number;
  readonly endColumn?: number;
}

/**
 * The runner's place of a finding. A finding's end is the point after its last character (as
 * unist positions are), the runner's end the last character itself: a finding ending at column 1
 * of line 41 ends on line 40, one ending at column 9 ends at column 8. Columns are given only
 * when the annotation is on one line and its last column is known.
 */
export function annotationPlace(finding: Finding): AnnotationPlace {
  const start = startOf(finding);
  const place = finding.place;
  const end = place && 'start' in place && place.end ? place.end : undefined;
  if (!end || end.line < start.line || (end.line === start.line && end.column <= start.column)) {
    return { line: start.line, endLine: start.line, col: start.column, endColumn: start.column };
  }
  if (end.line > start.line) {
    // The end column is not known when the end is the start of a line: the line before ends the finding.
    const endLine = end.column === 1 ? end.line - 1 : end.line;
    return { line: start.line, endLine };
  }
  return { line: start.line, endLine: start.line, col: start.column, endColumn: end.column - 1 };
}

function annotation(finding: Finding): string {
  const at = annotationPlace(finding);
  const props = [
    `title=${escapeProperty(finding.ruleId)}`,
    `file=${escapeProperty(toTerminalSafe(finding.file, { singleLine: true }))}`,
    `line=${at.line}`,
    `endLine=${at.endLine}`,
    ...(at.col !== undefined ? [`col=${at.col}`] : []),
    ...(at.endColumn !== undefined ? [`endColumn=${at.endColumn}`] : []),
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
