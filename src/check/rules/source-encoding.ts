import { capturesOf } from '../capture-state.js';
import { defineRule } from '../define-rule.js';

/**
 * A capture read in its encoding despite a few bytes that are not valid in it (a Shift_JIS page
 * with one corrupt byte is still Shift_JIS): the first such byte is reported where it is, in the
 * capture, once per capture, so a quote near it is known to be read around a U+FFFD.
 */
export const sourceEncoding = defineRule({
  id: 'source-encoding',
  severity: 'warning',
  description: 'A source has bytes that are not valid in the encoding it is read in; each is read as U+FFFD.',
  check(context, report) {
    for (const source of capturesOf(context)) {
      if (source.invalidAt === undefined) continue;
      const at = source.lines.pointAt(source.invalidAt);
      report(`Unexpected bytes that are not valid ${source.encoding} in \`${source.file}\` at ${at.line}:${at.column}, expected ${source.encoding} throughout`, {
        file: source.file,
        place: at,
        note: `The capture is read as ${source.encoding} (the encoding its bytes fit best); the bytes that do not fit are read as U+FFFD.`,
      });
    }
  },
});
