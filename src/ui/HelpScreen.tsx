import { Box } from 'ink';
import type { ReactElement } from 'react';
import { Body, type Row } from './Body.js';
import { KEY_MAP } from './key-map.js';
import { STEP_KEYS } from './list-keys.js';
import { useNavigation } from './navigation.js';
import type { ScreenOf } from './review-state.js';
import { fit } from './text-width.js';
import { useListNavigation } from './use-list-navigation.js';

/** Props of {@link HelpScreen}. */
export interface HelpScreenProps {
  readonly screen: ScreenOf<'help'>;
  readonly width: number;
  readonly height: number;
}

/** Every key, by screen. */
export function HelpScreen({ screen, width, height }: HelpScreenProps): ReactElement {
  const nav = useNavigation();
  const rows: Row[] = [{ spans: [{ text: 'Keys', style: 'title' }, { text: '  (Esc: back)', style: 'dim' }] }];
  for (const [where, keys, what] of KEY_MAP) {
    rows.push({ spans: [{ text: fit(where, 11), style: 'dim' }, { text: fit(keys, 18), style: 'key' }, { text: what }] });
  }
  const maxTop = Math.max(0, rows.length - height);
  const { cursor: top } = useListNavigation({
    count: maxTop + 1,
    cursor: screen.top,
    keys: STEP_KEYS,
    onMove: (next) => nav.dispatch({ type: 'update', kind: 'help', patch: { top: next } }),
  });
  return (
    <Box flexDirection="column">
      <Body rows={rows.slice(top)} width={width} height={height} />
    </Box>
  );
}
