import { Box } from 'ink';
import type { ReactElement } from 'react';
import { Body, type Row } from './Body.js';
import { KEY_MAP } from './key-map.js';
import { useNavigation, type Screen } from './navigation.js';
import { fit } from './text-width.js';
import { useKeys } from './keys.js';

/** Props of {@link HelpScreen}. */
export interface HelpScreenProps {
  readonly screen: Extract<Screen, { kind: 'help' }>;
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
  const top = Math.min(screen.top, maxTop);
  useKeys((input, key) => {
    if (key.upArrow || input === 'k') nav.update({ top: Math.max(0, top - 1) });
    else if (key.downArrow || input === 'j') nav.update({ top: Math.min(maxTop, top + 1) });
  });
  return (
    <Box flexDirection="column">
      <Body rows={rows.slice(top)} width={width} height={height} />
    </Box>
  );
}
