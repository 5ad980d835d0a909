import stringWidth from 'string-width';
import { conflictSentence } from '../../compare/sentences.js';
import type { ClaimResult, SubjectResult } from '../../compare/types.js';
import { toTerminalSafe } from '../../util/terminal-safe.js';
import { chainText, claimNotes, groupsText, morePairsText, originsText, resolutionText, summaryLine, valueWritten } from './shared.js';
import type { VerdictsFormatter } from './types.js';

/** Options of {@link renderPlainReport}. */
export interface PlainReportOptions {
  /** Columns available; long quotes are cut to fit (default 100). */
  readonly width?: number | undefined;
}

const MARK = { conflict: '✗ CONFLICT', differ: '~ DIFFER', agree: '✓ AGREE' } as const;

/**
 * The plain report for terminals and pipes, also what `urazuke review` prints when it is not
 * on a terminal: per subject (conflicts first) the verdict, question, origins, one block per
 * claim (outlet, value as read and as written, chain, quote with file:line) and the
 * conflicting pairs in words. No colour; every untrusted string passes through toTerminalSafe.
 */
export function renderPlainReport(results: readonly SubjectResult[], options: PlainReportOptions = {}): string {
  const width = Math.max(40, options.width ?? 100);
  const out: string[] = [safe(summaryLine(results)), ''];
  for (const subject of results) {
    const data = subject.loaded.subject;
    out.push(`${MARK[subject.verdict]}  ${safe(data.question)}  [${safe(data.id)}]`);
    out.push(`  origins: ${safe(originsText(subject))}`);
    const resolution = resolutionText(subject);
    if (resolution !== undefined) out.push(`  resolution: ${safe(resolution)}`);
    const outletWidth = Math.min(24, Math.max(0, ...subject.claims.map((c) => stringWidth(safe(c.loaded.claim.outlet)))));
    for (const claim of subject.claims) out.push(...claimLines(claim, outletWidth, width));
    if (subject.claims.length === 0) out.push('  (no claims)');
    if (subject.groups.length > 1) out.push(`  values stated: ${safe(groupsText(subject))}`);
    for (const pair of subject.conflicts) out.push(`  ✗ ${safe(conflictSentence(subject, pair))}`);
    const unlisted = morePairsText(subject);
    if (unlisted !== undefined) out.push(`  ✗ ${unlisted}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function claimLines(claim: ClaimResult, outletWidth: number, width: number): string[] {
  const data = claim.loaded.claim;
  const outlet = safe(data.outlet);
  const pad = ' '.repeat(Math.max(0, outletWidth - stringWidth(outlet)));
  const vote = claim.votes ? ' ' : '·';
  const asRead = claim.reading === undefined ? '(unreadable)' : claim.display;
  const lines = [`  ${vote} ${outlet}${pad}  ${safe(asRead)}   (written ${safe(valueWritten(claim))})`];
  const indent = ' '.repeat(4 + outletWidth + 2);
  lines.push(`${indent}via ${safe(chainText(claim))}`);
  const quote = data.source?.quote;
  if (quote !== undefined) lines.push(`${indent}「${cut(safe(quote), Math.max(20, width - stringWidth(indent) - 4))}」`);
  if (data.source?.file) lines.push(`${indent}at ${safe(data.source.file)}${data.source.line ? `:${data.source.line}` : ''}`);
  for (const note of claimNotes(claim)) lines.push(`${indent}(${safe(note)})`);
  return lines;
}

function safe(text: string): string {
  return toTerminalSafe(text, { singleLine: true });
}

/** Cut text to at most `columns` display columns, with an ellipsis. */
function cut(text: string, columns: number): string {
  // Only the head can be shown: measure no more of a long text than fits (a quote may be huge).
  const head = text.length > columns * 4 ? text.slice(0, columns * 4) : text;
  if (head === text && stringWidth(text) <= columns) return text;
  let out = '';
  let width = 0;
  for (const ch of head) {
    const w = stringWidth(ch);
    if (width + w > columns - 1) break;
    out += ch;
    width += w;
  }
  return `${out}…`;
}

/** `report --format text`. */
export const formatText: VerdictsFormatter = ({ subjects }) => renderPlainReport(subjects);
