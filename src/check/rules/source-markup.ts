import { defineRule } from '../define-rule.js';
import { capturesOf } from '../capture-state.js';

/**
 * A markdown capture whose markup passes a bound of the parse (nesting or size, see
 * `markdownBound` in sources) is read as plain text: its quotes are still matched against the
 * file's text, but not against its text without markup. Reported at the line that passes the
 * bound, once per capture.
 */
export const sourceMarkup = defineRule({
  id: 'source-markup',
  severity: 'warning',
  description: 'A markdown source nests too deep or is too large for its markup to be parsed; it is read as plain text.',
  check(context, report) {
    for (const source of capturesOf(context)) {
      if (source.markupBound === undefined) continue;
      const at = source.lines.pointAt(source.markupBound.offset);
      report(`Unexpected markup in \`${source.file}\`: ${source.markupBound.reason}; read as plain text`, {
        file: source.file,
        place: at,
        note: 'Quotes are matched against the text of the file as it is; a quote split by markup is not found.',
      });
    }
  },
});
