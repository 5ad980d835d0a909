import type { ReactElement } from 'react';
import { Line } from './Line.js';
import { widthOf } from './text-width.js';
import { useKeys } from './keys.js';

/** Props of {@link TextInput}. */
export interface TextInputProps {
  readonly label: string;
  readonly value: string;
  readonly width: number;
  onChange(value: string): void;
  onSubmit(value: string): void;
  onCancel(): void;
}

/**
 * A one-line text field: typing (and pasting, Japanese included) appends, Backspace deletes a
 * character, Enter submits, Esc cancels. While it is shown, global keys (`q`, `?`, `u`) are text.
 */
export function TextInput({ label, value, width, onChange, onSubmit, onCancel }: TextInputProps): ReactElement {
  useKeys((input, key) => {
    if (key.escape) onCancel();
    else if (key.return) onSubmit(value);
    else if (key.backspace || key.delete) onChange(Array.from(value).slice(0, -1).join(''));
    else if (key.ctrl && input === 'u') onChange('');
    else if (!key.ctrl && !key.meta && !key.upArrow && !key.downArrow && !key.leftArrow && !key.rightArrow && !key.tab && input) {
      // A chunk may carry control characters (a paste, keys sent together): they are no text.
      // eslint-disable-next-line no-control-regex
      const text = input.replace(/[\r\n]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
      if (text) onChange(value + text);
    }
  }, { capture: true });
  // The end of a long value stays in view, where the typing happens.
  const room = Math.max(1, width - widthOf(label) - 1);
  const shown = widthOf(value) <= room ? value : `…${tail(value, room - 1)}`;
  return <Line spans={[{ text: label, style: 'key' }, { text: shown }, { text: '█', style: 'dim' }]} width={width} />;
}

/** The longest end of `text` that fits in `width` cells. */
function tail(text: string, width: number): string {
  const chars = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  let out = '';
  let used = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    const w = widthOf(chars[i]!);
    if (used + w > width) break;
    out = chars[i]! + out;
    used += w;
  }
  return out;
}
