import { candidateField, candidateSource, type Inbox, type InboxCandidate } from '../claims/inbox.js';
import type { Value } from '../claims/schema.js';
import type { Row } from './Body.js';
import { partnersOf } from './claim-groups.js';
import { quoteSpans } from './figure-spans.js';
import { verdictSpan, writtenValue } from './format.js';
import type { InboxGroup, InboxLayout } from './inbox-groups.js';
import type { Span } from './spans.js';
import { fit, truncate } from './text-width.js';

/** The header row of a group: verdict, subject id and question, candidates and origins, and whether the subject is filed. */
export function groupHeaderRow(group: InboxGroup): Row {
  const { preview, subject, candidates } = group;
  const count = candidates.length;
  const spans: Span[] = [
    verdictSpan(preview.verdict),
    { text: ' ' },
    { text: group.subjectId ?? '(no subject)', style: 'title' },
    { text: `  ${count} candidate${count === 1 ? '' : 's'} · ${preview.origins} origin${preview.origins === 1 ? '' : 's'}`, style: 'dim' },
  ];
  if (group.filed) spans.push({ text: ` · filed (${group.filed.claims.length} claim${group.filed.claims.length === 1 ? '' : 's'})`, style: 'accent' });
  // The question last: a long one is cut, the counts stay in view.
  if (group.subjectId) spans.push({ text: `  ${subject.question}` });
  return { spans };
}

/** The outlets the candidate's claim conflicts with in its group's preview (filed claims included). */
function conflictText(group: InboxGroup, index: number): string {
  const id = group.previewIds[index];
  if (id === undefined) return '';
  const outletOf = new Map(group.preview.claims.map((c) => [c.loaded.claim.id, c.loaded.claim.outlet]));
  const partners = [...new Set(partnersOf(id, group.preview.conflicts).map((p) => truncate(outletOf.get(p) ?? p, 16)))];
  return partners.length === 0 ? '' : `  ✗ vs ${partners.slice(0, 3).join(', ')}${partners.length > 3 ? ` and ${partners.length - 3} more` : ''}`;
}

/** The two rows of a candidate: outlet, value, conflicts and place; the quote with its figure highlighted. */
export function candidateRows(candidate: InboxCandidate, selected: boolean, group?: InboxGroup): Row[] {
  const source = candidateSource(candidate);
  const value = candidate.data['value'];
  const index = group ? group.candidates.indexOf(candidate) : -1;
  const invalid = group !== undefined && index >= 0 && group.previewIds[index] === undefined;
  return [
    {
      selected,
      spans: [
        { text: selected ? '▸ ' : '  ' },
        { text: fit(candidateField(candidate, 'outlet') || '(no outlet)', 12), style: 'key' },
        { text: ` ${value === undefined ? '(no value)' : writtenValue(value as Value)}`, style: 'value' },
        { text: group && index >= 0 ? conflictText(group, index) : '', style: 'conflict' },
        { text: invalid ? '  not a valid claim: e edits it' : '', style: 'warn' },
        { text: `  ${source.file}${source.line ? `:${source.line}` : ''}`, style: 'dim' },
      ],
    },
    { spans: [{ text: '    「' }, ...quoteSpans(source.quote, value as Value), { text: '」' }] },
  ];
}

/**
 * The rows `first` … `first + count` of the grouped Inbox (only those are laid out: an inbox can
 * be long), or why there are none.
 */
export function inboxRows(inbox: Inbox | undefined, layout: InboxLayout, first: number, count: number, cursor: number): Row[] {
  const candidates = inbox?.candidates ?? [];
  const rows: Row[] = [];
  let made: { readonly index: number; readonly rows: Row[] } | undefined;
  for (const slot of layout.rows.slice(first, first + count)) {
    if (slot.type === 'header') {
      rows.push(groupHeaderRow(slot.group));
      continue;
    }
    if (made?.index !== slot.index) made = { index: slot.index, rows: candidateRows(layout.order[slot.index]!, slot.index === cursor, layout.groupOf[slot.index]) };
    rows.push(made.rows[slot.part]!);
  }
  if (!inbox) rows.push({ spans: [{ text: '  The inbox is empty: `urazuke extract <files…>` fills claims/inbox.yaml.', style: 'dim' }] });
  else if (inbox.error) rows.push({ spans: [{ text: `  ${inbox.error}`, style: 'warn' }] });
  else if (candidates.length === 0) rows.push({ spans: [{ text: '  No candidates left in the inbox.', style: 'dim' }] });
  return rows;
}
