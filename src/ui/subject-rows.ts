import type { SubjectResult } from '../compare/types.js';
import type { Row } from './Body.js';
import { partnersOfClaim, type ClaimSection } from './claim-groups.js';
import { quoteSpans } from './figure-spans.js';
import { fitChain, shortId, verdictSpan, writtenValue } from './format.js';
import type { Span } from './spans.js';
import { fit, widthOf } from './text-width.js';

/** Outlets a claim is paired with, the first few by name: `JNN, NHK and 3 more`. */
function partnersText(partners: { readonly listed: readonly string[]; readonly total: number }, outletOf: ReadonlyMap<string, string>): string {
  const named = partners.listed.slice(0, NAMED_PARTNERS).map((id) => outletOf.get(id) ?? id);
  const more = partners.total - named.length;
  if (named.length === 0) return `${more} claim${more === 1 ? '' : 's'}`;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}

/** How many partners of a claim its row names. */
const NAMED_PARTNERS = 5;

/** The two rows above the claims: id and question; kind, verdict, origins and resolution. */
export function subjectHead(result: SubjectResult): Row[] {
  const subject = result.loaded.subject;
  const resolution = subject.resolution;
  return [
    { spans: [{ text: subject.id, style: 'title' }, { text: ` · ${subject.question}` }] },
    {
      spans: [
        { text: `${subject.kind}${subject.unit ? ` · ${subject.unit}` : ''} · ` },
        verdictSpan(result.verdict),
        { text: ` · ${result.origins} origin${result.origins === 1 ? '' : 's'}: ${result.originNames.join(', ') || '—'}` },
        { text: ` · resolution: ${resolution ? `${resolution.status}${resolution.accepted ? ` (accepted ${shortId(resolution.accepted)})` : ''}` : '—'}`, style: resolution?.status === 'resolved' ? 'ok' : undefined },
      ],
    },
  ];
}

/** The claims of a subject laid out in rows, and where each claim's first row is. */
export interface ClaimLayout {
  readonly rows: readonly Row[];
  /** The row of each claim (in display order); its quote is the row after. */
  readonly claimRows: readonly number[];
}

/**
 * The claims by section (a header, then two rows a claim: outlet, value as written and read,
 * conflict marks, chain; the quote with its figure highlighted), then the conflicting pairs.
 */
export function claimLayout(result: SubjectResult, sections: readonly ClaimSection[], cursor: number, mark: string | undefined, width: number): ClaimLayout {
  const outletOf = new Map(result.claims.map((c) => [c.loaded.claim.id, c.loaded.claim.outlet]));
  const accepted = result.loaded.subject.resolution?.accepted ?? undefined;
  const rows: Row[] = [];
  const claimRows: number[] = [];
  for (const section of sections) {
    const title = `── ${section.header} `;
    rows.push({ spans: [{ text: title, style: 'accent' }, { text: '─'.repeat(Math.max(0, width - widthOf(title))), style: 'dim' }] });
    for (const claimResult of section.claims) {
      const claim = claimResult.loaded.claim;
      const isSelected = claimRows.length === cursor;
      claimRows.push(rows.length);
      const conflicts = partnersOfClaim(result, claimResult, 'conflict');
      const differs = partnersOfClaim(result, claimResult, 'differ');
      const meta: Span[] = [
        { text: isSelected ? '▸' : ' ' },
        { text: mark === claim.id ? '*' : ' ' },
        conflicts.total > 0 ? { text: '✗ ', style: 'conflict' } : differs.total > 0 ? { text: '≈ ', style: 'differ' } : { text: '  ' },
        { text: fit(claim.outlet, 12), style: 'key' },
        { text: ` ${writtenValue(claim.value)} → ` },
        { text: claimResult.display, style: 'value' },
      ];
      // The claim the reviewer judged right (the resolution's `accepted`).
      if (accepted === claim.id) meta.push({ text: '  ✓ accepted', style: 'ok' });
      // What matters most comes first.
      if (conflicts.total > 0) meta.push({ text: `  ✗ vs ${partnersText(conflicts, outletOf)}`, style: 'conflict' });
      if (claim.rank === 'deprecated') meta.push({ text: `  deprecated${claim.reason ? `: ${claim.reason}` : ''}`, style: 'warn' });
      if (claimResult.error) meta.push({ text: `  unreadable: ${claimResult.error}`, style: 'warn' });
      if (claim.stance === 'reports') meta.push({ text: '  (relayed)', style: 'dim' });
      if (claimResult.superseded) meta.push({ text: `  ${claimResult.superseded.status === 'stale' ? 'stale relay: ' : ''}${claimResult.superseded.sentence}`, style: 'warn' });
      if (claimResult.asOf !== undefined) meta.push({ text: `  as of ${momentLabel(claimResult.asOf)}` });
      else if (claim.published !== undefined) meta.push({ text: `  ${String(claim.published)}` });
      // The chain takes the room left, cut in its middle: its outermost link and its origin stay.
      const used = meta.reduce((sum, s) => sum + widthOf(s.text), 0) + 2;
      const chain = fitChain(claim, width - used);
      if (chain) meta.push({ text: `  ${chain}`, style: 'dim' });
      rows.push({ spans: meta, selected: isSelected });
      const quote = claim.source?.quote;
      rows.push({ spans: [{ text: '     ' }, ...(quote ? [{ text: '「' }, ...quoteSpans(quote, claim.value), { text: '」' }] : [{ text: '(no quote: unsourced)', style: 'warn' as const }])] });
    }
  }
  rows.push(...timelineRows(result, width));
  if (result.conflicts.length > 0) {
    rows.push({ spans: [] });
    rows.push({ spans: [{ text: 'Conflicting pairs (cannot both be true):', style: 'conflict' }] });
    for (const [a, b] of result.conflicts) rows.push({ spans: [{ text: `  ${outletOf.get(a) ?? a} (${shortId(a)}) ⟂ ${outletOf.get(b) ?? b} (${shortId(b)})` }] });
    const more = result.conflictCount - result.conflicts.length;
    if (more > 0) rows.push({ spans: [{ text: `  … and ${more} more pair${more === 1 ? '' : 's'}`, style: 'dim' }] });
  }
  if (claimRows.length === 0) rows.push({ spans: [{ text: '  No claims for this subject yet.', style: 'dim' }] });
  return { rows, claimRows };
}

/** `2024-01-02 23:40` for a moment with a time (its own zone's clock), the day alone otherwise. */
export function momentLabel(asOf: string): string {
  return asOf.length > 10 ? `${asOf.slice(0, 10)} ${asOf.slice(11, 16)}` : asOf;
}

/**
 * Each origin's timeline (DESIGN.md "Figures that move"): a small list in time order of its
 * dated claims, with the moment, the figure, the outlet and what became of it; the latest
 * words, which vote, are marked `latest`.
 */
export function timelineRows(result: SubjectResult, width: number): Row[] {
  const rows: Row[] = [];
  const outletOf = new Map(result.claims.map((c) => [c.loaded.claim.id, c.loaded.claim.outlet]));
  for (const timeline of result.timelines ?? []) {
    const title = `── Timeline of ${timeline.origin} `;
    rows.push({ spans: [] });
    rows.push({ spans: [{ text: title, style: 'accent' }, { text: '─'.repeat(Math.max(0, width - widthOf(title))), style: 'dim' }] });
    for (const entry of timeline.entries) {
      const latest = entry.status === 'latest';
      rows.push({
        spans: [
          { text: latest ? '  ● ' : '  ○ ', style: latest ? 'ok' : 'dim' },
          { text: momentLabel(entry.asOf) },
          { text: `  ${entry.display}`, style: 'value' },
          { text: `  ${fit(outletOf.get(entry.claimId) ?? entry.claimId, 12)}`, style: 'key' },
          { text: latest ? '  latest' : entry.status === 'stale' ? '  stale relay' : '  superseded', style: latest ? 'ok' : entry.status === 'stale' ? 'warn' : 'dim' },
        ],
      });
    }
  }
  return rows;
}
