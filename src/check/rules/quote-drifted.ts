import { captureVerdict } from '../capture-state.js';
import { defineRule } from '../define-rule.js';
import { claimPlace, excerpt } from '../places.js';

/**
 * A quote that is no longer exactly in its capture but approximately is (same figures, other
 * words, width or spacing) has drifted: reported with a character diff, never rewritten. A quote
 * found exactly whose `prefix`/`suffix` no longer match is reported as a warning.
 */
export const quoteDrifted = defineRule({
  id: 'quote-drifted',
  severity: 'error',
  description: 'The exact quote is gone but an approximate match with the same figures is there: a character diff shows what changed. (A changed prefix/suffix alone is a warning.)',
  async check(context, report) {
    for (const [loaded, state] of context.sources) {
      if (state.status !== 'anchored') continue;
      const { source, anchor } = state;
      if (anchor.kind === 'drifted') {
        // The diff's module loads only for a quote that has one (it was loaded to anchor it).
        const { renderDiff } = await import('../../anchor/drift-diff.js');
        const at = source.lines.pointAt(anchor.start);
        report(`Quote drifted: not exactly in \`${source.file}\`; the closest passage, at ${source.file}:${at.line}:${at.column} (score ${anchor.score.toFixed(2)}), says "${excerpt(anchor.found)}"`, {
          file: loaded.topic.file,
          place: claimPlace(loaded, 'source', 'quote'),
          claimId: loaded.claim.id,
          actual: anchor.found,
          expected: [loaded.claim.source?.quote ?? ''],
          note: [
            'Claim quote against the capture ([-only in the claim-]{+only in the capture+}):',
            `  ${renderDiff(anchor.diff)}`,
            captureVerdict(context, source),
            'Copy the quote from the capture if the claim still holds; nothing was rewritten.',
          ].join('\n'),
        });
      } else if (anchor.kind === 'exact' && anchor.contextDrift) {
        const at = source.lines.pointAt(anchor.start);
        const ref = loaded.claim.source;
        const parts: string[] = [];
        if (ref?.prefix !== undefined && anchor.contextDrift.prefix !== undefined && anchor.contextDrift.prefix !== ref.prefix) {
          parts.push(`prefix "${excerpt(ref.prefix)}" is now "${excerpt(anchor.contextDrift.prefix)}"`);
        }
        if (ref?.suffix !== undefined && anchor.contextDrift.suffix !== undefined && anchor.contextDrift.suffix !== ref.suffix) {
          parts.push(`suffix "${excerpt(ref.suffix)}" is now "${excerpt(anchor.contextDrift.suffix)}"`);
        }
        report(`Quote found at ${source.file}:${at.line}:${at.column}, but its context drifted: ${parts.join('; ')}`, {
          severity: 'warning',
          file: loaded.topic.file,
          place: claimPlace(loaded, 'source', ref?.prefix !== undefined && parts[0]?.startsWith('prefix') ? 'prefix' : 'suffix'),
          claimId: loaded.claim.id,
          note: 'Update `prefix`/`suffix` to what the capture says around the quote.',
        });
      }
    }
  },
});
