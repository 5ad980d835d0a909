import type { Heading, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { conflictSentence } from '../../compare/sentences.js';
import type { ClaimResult, SubjectResult } from '../../compare/types.js';
import type { Catalog } from '../../sources/catalog.js';
import { toTerminalSafe } from '../../util/terminal-safe.js';
import { valueAsWritten } from './as-written.js';
import { chainText, claimNotes, groupsText, morePairsText, originsText, resolutionText, summaryLine } from './shared.js';
import type { VerdictsFormatter } from './types.js';

/**
 * `report --format markdown`: per subject (conflicts first) a heading with the question, the
 * verdict and origins, a table of outlet | value as written | as read | chain | quote | source
 * (linked when `seeds/sources.yaml` has its address), the conflicting pairs in words, and the
 * resolution. The page is built as an mdast tree and serialised by `mdast-util-to-markdown` with
 * GFM, which escapes what the text needs and nothing more: parsed back by a GFM parser, every
 * quote, outlet and value reads as written (`&amp;` stays `&amp;`, `<https://x>` stays text, a
 * pipe stays in its cell, a line break in a cell is written `&#xA;` and reads back as itself).
 * Untrusted text is stripped of control characters first.
 */
export const formatMarkdown: VerdictsFormatter = ({ subjects, catalog }) => {
  const tree: Root = {
    type: 'root',
    children: [heading(1, 'Verdicts'), paragraph([text(summaryLine(subjects, ' · '))]), ...subjects.flatMap((s) => section(s, catalog))],
  };
  return toMarkdown(tree, { extensions: [gfmToMarkdown({ tablePipeAlign: false })], bullet: '-', emphasis: '_', strong: '*', rule: '-' });
};

function section(subject: SubjectResult, catalog: Catalog | undefined): RootContent[] {
  const { subject: data, topic } = subject.loaded;
  const nodes: RootContent[] = [
    heading(2, data.question),
    paragraph([
      strong('Verdict:'),
      text(` ${subject.verdict} · `),
      strong('Origins:'),
      text(` ${originsText(subject)} · `),
      code(data.id),
      text(' in '),
      code(topic.file),
    ]),
  ];
  if (subject.claims.length === 0) nodes.push(paragraph([{ type: 'emphasis', children: [text('No claims yet.')] }]));
  else nodes.push(claimTable(subject.claims, catalog));
  if (subject.groups.length > 1) nodes.push(paragraph([strong('Values stated:'), text(` ${groupsText(subject)}`)]));
  if (subject.conflicts.length > 0) {
    nodes.push(paragraph([strong('Conflicting pairs:')]), {
      type: 'list',
      ordered: false,
      spread: false,
      children: [...subject.conflicts.map((pair) => conflictSentence(subject, pair)), morePairsText(subject)]
        .filter((sentence) => sentence !== undefined)
        .map((sentence) => ({ type: 'listItem', spread: false, children: [paragraph([text(sentence)])] })),
    });
  }
  const resolution = resolutionText(subject);
  if (resolution !== undefined) nodes.push(paragraph([strong('Resolution:'), text(` ${resolution}`)]));
  return nodes;
}

const COLUMNS = ['Outlet', 'Value as written', 'As read', 'Chain', 'Quote', 'Source'] as const;

function claimTable(claims: readonly ClaimResult[], catalog: Catalog | undefined): Table {
  return {
    type: 'table',
    align: COLUMNS.map(() => null),
    children: [row(COLUMNS.map((c) => [text(c)])), ...claims.map((claim) => claimRow(claim, catalog))],
  };
}

function claimRow(claim: ClaimResult, catalog: Catalog | undefined): TableRow {
  const data = claim.loaded.claim;
  const notes = claimNotes(claim);
  const outlet = `${data.outlet}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
  const asRead: PhrasingContent = text(claim.reading === undefined ? '—' : claim.display);
  return row([
    [text(outlet)],
    [text(valueAsWritten(claim))],
    [data.rank === 'deprecated' && claim.reading !== undefined ? { type: 'delete', children: [asRead] } : asRead],
    [text(chainText(claim))],
    [text(data.source?.quote ?? '')],
    sourceCell(claim, catalog),
  ]);
}

/** The capture a claim quotes: its title (or path) linked to its address when `sources.yaml` gives one that is a web address. */
function sourceCell(claim: ClaimResult, catalog: Catalog | undefined): PhrasingContent[] {
  const source = claim.loaded.claim.source;
  if (!source?.file) return [];
  const entry = catalog?.byFile.get(source.file)?.entry;
  const label = text(entry?.title ?? `${source.file}${source.line ? `:${source.line}` : ''}`);
  const url = entry?.url !== undefined ? webAddress(entry.url) : undefined;
  return [url ? { type: 'link', url, children: [label] } : label];
}

/** An http(s) address, or undefined: a `javascript:` or relative address from a file is never a link. */
export function webAddress(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function row(cells: readonly PhrasingContent[][]): TableRow {
  return { type: 'tableRow', children: cells.map((children): TableCell => ({ type: 'tableCell', children })) };
}

/** Text from a file, control characters removed; line breaks are kept for the serialiser to encode. */
function text(value: string): PhrasingContent {
  return { type: 'text', value: toTerminalSafe(value) };
}

function strong(value: string): PhrasingContent {
  return { type: 'strong', children: [text(value)] };
}

function code(value: string): PhrasingContent {
  return { type: 'inlineCode', value: toTerminalSafe(value, { singleLine: true }) };
}

function heading(depth: 1 | 2, value: string): Heading {
  return { type: 'heading', depth, children: [text(toTerminalSafe(value, { singleLine: true }))] };
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}
