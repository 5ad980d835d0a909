import { Text } from 'ink';
import type { ReactElement } from 'react';
import { markWithoutColor, truncateSpans, type Span, type SpanStyle } from './spans.js';
import { useTheme } from './theme.js';
import { toTerminalSafe } from '../util/terminal-safe.js';

/** Props of {@link Line}. */
export interface LineProps {
  readonly spans: readonly Span[];
  /** Cells available; the row is cut to it, never wrapped. */
  readonly width: number;
  /** The selected row: drawn inverse (with colour) and marked `▸` by its caller. */
  readonly selected?: boolean;
}

const COLORS: Partial<Record<SpanStyle, string>> = {
  figure: 'yellow',
  value: 'yellow',
  added: 'green',
  removed: 'red',
  conflict: 'red',
  differ: 'yellow',
  agree: 'green',
  key: 'cyan',
  title: 'cyan',
  warn: 'red',
  ok: 'green',
  accent: 'magenta',
};

/** One row of styled text, exactly as wide as it may be. */
export function Line({ spans, width, selected = false }: LineProps): ReactElement {
  const { color } = useTheme();
  // Every string reaches the terminal through here, so this is where untrusted text is made safe.
  const safe = spans.map((s) => ({ ...s, text: toTerminalSafe(s.text, { singleLine: true }) }));
  const fitted = truncateSpans(color ? safe : markWithoutColor(safe), width);
  if (!color) return <Text wrap="truncate-end">{fitted.map((s) => s.text).join('') || ' '}</Text>;
  return (
    <Text wrap="truncate-end" inverse={selected}>
      {fitted.length === 0
        ? ' '
        : fitted.map((s, i) =>
            s.style === undefined ? (
              s.text
            ) : (
              <Text
                key={i}
                {...(COLORS[s.style] ? { color: COLORS[s.style] } : {})}
                bold={s.style === 'figure' || s.style === 'value' || s.style === 'title' || s.style === 'conflict'}
                dimColor={s.style === 'dim'}
                underline={s.style === 'figure' || s.style === 'added'}
                strikethrough={s.style === 'removed'}
              >
                {s.text}
              </Text>
            ),
          )}
    </Text>
  );
}
