import { candidateField, candidateSource, type Inbox, type InboxCandidate } from '../claims/inbox.js';
import type { Value } from '../claims/schema.js';
import type { Row } from './Body.js';
import { quoteSpans } from './figure-spans.js';
import { writtenValue } from './format.js';
import { fit } from './text-width.js';

/** The two rows of a candidate: outlet, value, subject and place; the quote with its figure highlighted. */
export function candidateRows(candidate: InboxCandidate, selected: boolean): Row[] {
  const source = candidateSource(candidate);
  const subject = candidateField(candidate, 'subject');
  const value = candidate.data['value'];
  return [
    {
      selected,
      spans: [
        { text: selected ? '▸ ' : '  ' },
        { text: fit(candidateField(candidate, 'outlet') || '(no outlet)', 12), style: 'key' },
        { text: ` ${value === undefined ? '(no value)' : writtenValue(value as Value)}`, style: 'value' },
        { text: subject ? `  subject: ${subject}` : '  no subject', style: 'dim' },
        { text: `  ${source.file}${source.line ? `:${source.line}` : ''}`, style: 'dim' },
      ],
    },
    { spans: [{ text: '    「' }, ...quoteSpans(source.quote, value as Value), { text: '」' }] },
  ];
}

/** The rows of the candidates `first` … `first + count` (only those are laid out: an inbox can be long), or why there are none. */
export function inboxRows(inbox: Inbox | undefined, first: number, count: number, cursor: number): Row[] {
  const candidates = inbox?.candidates ?? [];
  const rows = candidates.slice(first, first + count).flatMap((candidate, offset) => candidateRows(candidate, first + offset === cursor));
  if (!inbox) rows.push({ spans: [{ text: '  The inbox is empty: `urazuke extract <files…>` fills claims/inbox.yaml.', style: 'dim' }] });
  else if (inbox.error) rows.push({ spans: [{ text: `  ${inbox.error}`, style: 'warn' }] });
  else if (candidates.length === 0) rows.push({ spans: [{ text: '  No candidates left in the inbox.', style: 'dim' }] });
  return rows;
}
