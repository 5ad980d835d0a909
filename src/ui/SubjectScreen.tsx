import { Box } from 'ink';
import { useMemo, useRef, useState, type ReactElement } from 'react';
import type { ClaimResult, SubjectResult } from '../compare/types.js';
import { Body, type Row } from './Body.js';
import { quoteSpans } from './figure-spans.js';
import { chainText, shortId, verdictSpan, writtenValue } from './format.js';
import { clampIndex } from './list-window.js';
import { useNavigation, type Screen } from './navigation.js';
import { deprecatePlan } from './plans.js';
import type { Span } from './spans.js';
import { fit, widthOf } from './text-width.js';
import { TextInput } from './TextInput.js';
import { useKeys } from './keys.js';

/** Props of {@link SubjectScreen}. */
export interface SubjectScreenProps {
  readonly screen: Extract<Screen, { kind: 'subject' }>;
  readonly result: SubjectResult;
  readonly width: number;
  readonly height: number;
}

/** Claims in display order: by value group (who asserts the same figure), then those that do not vote. */
export function claimsInGroups(result: SubjectResult): Array<{ readonly header: string; readonly claims: readonly ClaimResult[] }> {
  const byId = new Map(result.claims.map((c) => [c.loaded.claim.id, c]));
  const placed = new Set<string>();
  const sections: Array<{ header: string; claims: ClaimResult[] }> = [];
  for (const group of result.groups) {
    const claims = group.claimIds.map((id) => byId.get(id)).filter((c): c is ClaimResult => c !== undefined && !placed.has(c.loaded.claim.id));
    if (claims.length === 0) continue;
    for (const c of claims) placed.add(c.loaded.claim.id);
    const outlets = [...new Set(claims.map((c) => c.loaded.claim.outlet))];
    sections.push({ header: `${group.display} — ${outlets.join(', ')}${outlets.length > 1 ? ` (${outlets.length} outlets)` : ''}`, claims });
  }
  const rest = result.claims.filter((c) => !placed.has(c.loaded.claim.id));
  const voting = rest.filter((c) => c.votes);
  const silent = rest.filter((c) => !c.votes);
  if (voting.length > 0) sections.push({ header: 'other values', claims: voting });
  if (silent.length > 0) sections.push({ header: 'not voting (deprecated or unreadable)', claims: silent });
  return sections;
}

/**
 * One subject: its claims grouped by value, each with outlet, value as written and as read,
 * chain, date and quote (figure highlighted); claims in conflict are marked with whom.
 */
export function SubjectScreen({ screen, result, width, height }: SubjectScreenProps): ReactElement {
  const nav = useNavigation();
  const [reason, setReason] = useState<string | undefined>(undefined);
  const topRef = useRef(screen.top);
  const sections = useMemo(() => claimsInGroups(result), [result]);
  const ordered = useMemo(() => sections.flatMap((s) => s.claims), [sections]);
  const cursor = clampIndex(screen.cursor, ordered.length);
  const selected = ordered[cursor];
  const subject = result.loaded.subject;
  const outletOf = useMemo(() => new Map(result.claims.map((c) => [c.loaded.claim.id, c.loaded.claim.outlet])), [result]);

  const partnersOf = (id: string, pairs: readonly (readonly [string, string])[]): string[] =>
    pairs.flatMap(([a, b]) => (a === id ? [b] : b === id ? [a] : []));

  useKeys(
    (input, key) => {
      if (key.upArrow || input === 'k') nav.update({ cursor: Math.max(0, cursor - 1) });
      else if (key.downArrow || input === 'j') nav.update({ cursor: clampIndex(cursor + 1, ordered.length) });
      else if (key.home || input === 'g') nav.update({ cursor: 0 });
      else if (key.end || input === 'G') nav.update({ cursor: Math.max(0, ordered.length - 1) });
      else if (!selected) return;
      else if (key.return || key.rightArrow || input === 'l' || input === 's') nav.push({ kind: 'source', claimId: selected.loaded.claim.id, top: undefined });
      else if (input === ' ') {
        const id = selected.loaded.claim.id;
        nav.update({ mark: screen.mark === id ? undefined : id });
      } else if (input === 'c') {
        const id = selected.loaded.claim.id;
        const other =
          (screen.mark !== undefined && screen.mark !== id ? screen.mark : undefined) ??
          partnersOf(id, result.conflicts)[0] ??
          partnersOf(id, result.differences)[0] ??
          ordered.find((c) => c.loaded.claim.id !== id)?.loaded.claim.id;
        if (other === undefined) nav.notify('Nothing to compare with: this subject has one claim.', 'error');
        else nav.push({ kind: 'compare', a: other, b: id, top: 0 });
      } else if (input === 'r') nav.push({ kind: 'resolve', subjectId: subject.id });
      else if (input === 'a') nav.push({ kind: 'resolve', subjectId: subject.id, accepted: selected.loaded.claim.id });
      else if (input === 'd') {
        if (selected.loaded.claim.rank === 'deprecated') nav.notify(`${selected.loaded.claim.id} is already deprecated.`, 'error');
        else setReason('');
      }
    },
    { isActive: reason === undefined },
  );

  const badge = verdictSpan(result.verdict);
  const resolution = subject.resolution;
  const head: Row[] = [
    { spans: [{ text: subject.id, style: 'title' }, { text: ` · ${subject.question}` }] },
    {
      spans: [
        { text: `${subject.kind}${subject.unit ? ` · ${subject.unit}` : ''} · ` },
        badge,
        { text: ` · ${result.origins} origin${result.origins === 1 ? '' : 's'}: ${result.originNames.join(', ') || '—'}` },
        { text: ` · resolution: ${resolution ? `${resolution.status}${resolution.accepted ? ` (accepted ${shortId(resolution.accepted)})` : ''}` : '—'}`, style: resolution?.status === 'resolved' ? 'ok' : undefined },
      ],
    },
  ];

  const rows: Row[] = [];
  let selectedRow = 0;
  let index = 0;
  for (const section of sections) {
    const title = `── ${section.header} `;
    rows.push({ spans: [{ text: title, style: 'accent' }, { text: '─'.repeat(Math.max(0, width - widthOf(title))), style: 'dim' }] });
    for (const claimResult of section.claims) {
      const claim = claimResult.loaded.claim;
      const isSelected = index === cursor;
      if (isSelected) selectedRow = rows.length;
      const conflicts = partnersOf(claim.id, result.conflicts);
      const differs = partnersOf(claim.id, result.differences);
      const meta: Span[] = [
        { text: isSelected ? '▸' : ' ' },
        { text: screen.mark === claim.id ? '*' : ' ' },
        conflicts.length > 0 ? { text: '✗ ', style: 'conflict' } : differs.length > 0 ? { text: '≈ ', style: 'differ' } : { text: '  ' },
        { text: fit(claim.outlet, 12), style: 'key' },
        { text: ` ${writtenValue(claim.value)} → ` },
        { text: claimResult.display, style: 'value' },
      ];
      // What matters most comes first, so a narrow terminal cuts only the chain's end.
      if (conflicts.length > 0) meta.push({ text: `  ✗ vs ${conflicts.map((id) => outletOf.get(id) ?? id).join(', ')}`, style: 'conflict' });
      if (claim.rank === 'deprecated') meta.push({ text: `  deprecated${claim.reason ? `: ${claim.reason}` : ''}`, style: 'warn' });
      if (claimResult.error) meta.push({ text: `  unreadable: ${claimResult.error}`, style: 'warn' });
      if (claim.stance === 'reports') meta.push({ text: '  (relayed)', style: 'dim' });
      if (claim.published !== undefined) meta.push({ text: `  ${String(claim.published)}` });
      meta.push({ text: `  ${chainText(claim)}`, style: 'dim' });
      rows.push({ spans: meta, selected: isSelected });
      const quote = claim.source?.quote;
      rows.push({ spans: [{ text: '     ' }, ...(quote ? [{ text: '「' }, ...quoteSpans(quote, claim.value), { text: '」' }] : [{ text: '(no quote: unsourced)', style: 'warn' as const }])] });
      index++;
    }
  }
  if (result.conflicts.length > 0) {
    rows.push({ spans: [] });
    rows.push({ spans: [{ text: 'Conflicting pairs (cannot both be true):', style: 'conflict' }] });
    for (const [a, b] of result.conflicts) rows.push({ spans: [{ text: `  ${outletOf.get(a) ?? a} (${shortId(a)}) ⟂ ${outletOf.get(b) ?? b} (${shortId(b)})` }] });
  }
  if (ordered.length === 0) rows.push({ spans: [{ text: '  No claims for this subject yet.', style: 'dim' }] });

  const listHeight = Math.max(1, height - head.length - (reason === undefined ? 0 : 1));
  // Keep the selected claim's two rows, and its section header when it is first, in view.
  let top = Math.min(Math.max(0, topRef.current), Math.max(0, rows.length - listHeight));
  if (selectedRow - 1 < top) top = Math.max(0, selectedRow - 1);
  if (selectedRow + 1 >= top + listHeight) top = selectedRow + 2 - listHeight;
  top = Math.max(0, top);
  topRef.current = top;

  return (
    <Box flexDirection="column">
      <Body rows={head} width={width} height={head.length} />
      <Body rows={rows.slice(top, top + listHeight)} width={width} height={listHeight} />
      {reason !== undefined && selected ? (
        <TextInput
          label={`Deprecate ${selected.loaded.claim.id} — reason: `}
          value={reason}
          width={width}
          onChange={setReason}
          onCancel={() => setReason(undefined)}
          onSubmit={(text) => {
            setReason(undefined);
            if (!text.trim()) {
              nav.notify('A deprecation needs a reason: nothing changed.', 'error');
              return;
            }
            nav.propose(deprecatePlan(selected.loaded.topic.file, selected.loaded.claim.id, text));
          }}
        />
      ) : null}
    </Box>
  );
}
