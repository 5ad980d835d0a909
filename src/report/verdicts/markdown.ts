import { conflictSentence } from '../../compare/sentences.js';
import type { ClaimResult, SubjectResult } from '../../compare/types.js';
import { toTerminalSafe } from '../../util/terminal-safe.js';
import { chainText, claimNotes, groupsText, morePairsText, originsText, resolutionText, summaryLine, valueWritten } from './shared.js';
import type { VerdictsFormatter } from './types.js';

/**
 * `report --format markdown`: per subject (conflicts first) a heading with the question, the
 * verdict and origins, a table of outlet | value as written | as read | chain | quote, the
 * conflicting pairs in words, and the resolution. Untrusted text is stripped of control
 * characters and escaped, so the page pastes safely into a GitHub issue or an article.
 */
export const formatMarkdown: VerdictsFormatter = ({ subjects }) => {
  const out: string[] = ['# Verdicts', '', escapeInline(summaryLine(subjects, ' · ')), ''];
  for (const subject of subjects) out.push(...section(subject));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
};

function section(subject: SubjectResult): string[] {
  const { subject: data, topic } = subject.loaded;
  const lines: string[] = [
    `## ${escapeInline(data.question)}`,
    '',
    `**Verdict:** ${subject.verdict} · **Origins:** ${escapeInline(originsText(subject))} · \`${codeSafe(data.id)}\` in \`${codeSafe(topic.file)}\``,
    '',
  ];
  if (subject.claims.length === 0) {
    lines.push('_No claims yet._', '');
  } else {
    lines.push('| Outlet | Value as written | As read | Chain | Quote |', '|---|---|---|---|---|');
    for (const claim of subject.claims) lines.push(row(claim));
    lines.push('');
  }
  if (subject.groups.length > 1) lines.push(`**Values stated:** ${escapeInline(groupsText(subject))}`, '');
  if (subject.conflicts.length > 0) {
    lines.push('**Conflicting pairs:**', '');
    for (const pair of subject.conflicts) lines.push(`- ${escapeInline(conflictSentence(subject, pair))}`);
    const unlisted = morePairsText(subject);
    if (unlisted !== undefined) lines.push(`- ${escapeInline(unlisted)}`);
    lines.push('');
  }
  const resolution = resolutionText(subject);
  if (resolution !== undefined) lines.push(`**Resolution:** ${escapeInline(resolution)}`, '');
  return lines;
}

function row(claim: ClaimResult): string {
  const notes = claimNotes(claim);
  const outlet = `${claim.loaded.claim.outlet}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
  const asRead = claim.reading === undefined ? '—' : claim.display;
  const quote = claim.loaded.claim.source?.quote ?? '';
  const cells = [outlet, valueWritten(claim), asRead, chainText(claim), quote].map(escapeCell);
  const deprecated = claim.loaded.claim.rank === 'deprecated';
  return `| ${cells.map((c, i) => (deprecated && i === 2 && c !== '' ? `~~${c}~~` : c)).join(' | ')} |`;
}

/** Escape text for inline markdown: control characters removed, markup characters escaped. */
export function escapeInline(text: string): string {
  return toTerminalSafe(text, { singleLine: true })
    .replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`)
    .replace(/^([-+])(?=\s)/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s)/, '$1\\$2');
}

/** Escape text for a table cell: as inline, plus line breaks as `<br>` so the row stays one line. */
export function escapeCell(text: string): string {
  return toTerminalSafe(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => toTerminalSafe(line, { singleLine: true }).replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`))
    .join('<br>');
}

/** Text inside a code span: backticks cannot be escaped there, so they are replaced. */
function codeSafe(text: string): string {
  return toTerminalSafe(text, { singleLine: true }).replace(/`/g, 'ˋ');
}
