import { Box } from 'ink';
import type { ReactElement } from 'react';
import { Line } from './Line.js';
import type { Span } from './spans.js';

/** One row of a screen. */
export interface Row {
  readonly spans: readonly Span[];
  readonly selected?: boolean;
}

/** Props of {@link Body}. */
export interface BodyProps {
  readonly rows: readonly Row[];
  readonly width: number;
  readonly height: number;
}

/** The body of a screen: exactly `height` rows of `width` cells (rows past the height are not drawn). */
export function Body({ rows, width, height }: BodyProps): ReactElement {
  const lines: ReactElement[] = [];
  for (let i = 0; i < height; i++) {
    const row = rows[i];
    lines.push(<Line key={i} spans={row?.spans ?? []} width={width} selected={row?.selected ?? false} />);
  }
  return <Box flexDirection="column">{lines}</Box>;
}
