import { captureVerdict } from '../capture-state.js';
import { defineRule } from '../define-rule.js';
import { claimPlace, excerpt } from '../places.js';

/** A claim's quote must be found in its capture: a quote that is gone is a stale claim. */
export const quoteNotFound = defineRule({
  id: 'quote-not-found',
  severity: 'error',
  description: 'The quote is not in the source, exactly or approximately (a changed figure never counts as approximately).',
  async check(context, report) {
    for (const [loaded, state] of context.sources) {
      if (state.status !== 'anchored' || state.anchor.kind !== 'not-found') continue;
      const { source, anchor } = state;
      const notes: string[] = [];
      if (anchor.figureMiss) {
        // The diff's module loads only for a quote that has one (it was loaded to anchor it).
        const { renderDiff } = await import('../../anchor/drift-diff.js');
        const at = source.lines.pointAt(anchor.figureMiss.start);
        notes.push(
          `At ${source.file}:${at.line}:${at.column} the capture says "${excerpt(anchor.figureMiss.found, 120)}", which differs in a figure or in a word qualifying one, so it is another claim, not this one:`,
          `  ${renderDiff(anchor.figureMiss.diff)}`,
        );
      }
      if (source.invalidAt !== undefined) {
        const at = source.lines.pointAt(source.invalidAt);
        notes.push(`The capture has bytes that are not valid ${source.encoding} from ${source.file}:${at.line}:${at.column}.`);
      }
      notes.push(captureVerdict(context, source));
      report(`Quote not found in \`${source.file}\`: "${excerpt(loaded.claim.source?.quote ?? '')}"`, {
        file: loaded.topic.file,
        place: claimPlace(loaded, 'source', 'quote'),
        claimId: loaded.claim.id,
        note: notes.join('\n'),
      });
    }
  },
});
