import type { Occurrence } from '../../anchor/anchor.js';
import { defineRule } from '../define-rule.js';
import { claimPlace } from '../places.js';

/** How many occurrences a message lists. */
const LISTED = 4;
/** How many line numbers a message lists. */
const LISTED_LINES = 10;

/** A quote found more than once needs a `prefix` or `suffix` that says which occurrence is meant. */
export const quoteAmbiguous = defineRule({
  id: 'quote-ambiguous',
  severity: 'warning',
  description: 'The quote occurs more than once in the source and no prefix/suffix says which: the message names the context to add.',
  check(context, report) {
    for (const [loaded, state] of context.sources) {
      if (state.status !== 'anchored' || state.anchor.kind !== 'ambiguous') continue;
      const { source, anchor } = state;
      const ordered = [...anchor.occurrences].sort((a, b) => (a.start === anchor.start ? -1 : b.start === anchor.start ? 1 : a.start - b.start));
      // Distinct lines, at most a few: a quote repeated 300,000 times on one line must not print them all.
      const distinct = [...new Set(anchor.occurrences.map((o) => o.line))];
      const lines = `${distinct.length === 1 ? 'line' : 'lines'} ${distinct.slice(0, LISTED_LINES).join(', ')}${distinct.length > LISTED_LINES ? ` and ${distinct.length - LISTED_LINES} more` : ''}`;
      const advice = ordered.slice(0, LISTED).map((o) => `${describe(o)} for line ${o.line}`);
      const more = ordered.length > LISTED ? `; ${ordered.length - LISTED} more` : '';
      report(`Quote occurs ${anchor.occurrences.length} times in \`${source.file}\` (${lines}), expected once: add ${advice.join(', or ')}${more}`, {
        file: loaded.topic.file,
        place: claimPlace(loaded, 'source', 'quote'),
        claimId: loaded.claim.id,
        note: `Taken as the occurrence at ${source.file}:${ordered[0]!.line}:${ordered[0]!.column}${loaded.claim.source?.line !== undefined ? ' (nearest the `line` hint)' : ''}. \`prefix\` is the text just before the quote, \`suffix\` just after (W3C TextQuoteSelector).`,
      });
    }
  },
});

function describe(occurrence: Occurrence): string {
  const add = occurrence.add;
  if (!add) return 'a longer quote';
  const parts: string[] = [];
  if (add.prefix !== undefined) parts.push(`\`prefix: ${JSON.stringify(add.prefix)}\``);
  if (add.suffix !== undefined) parts.push(`\`suffix: ${JSON.stringify(add.suffix)}\``);
  return parts.join(' and ');
}
