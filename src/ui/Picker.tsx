import { Box } from 'ink';
import { useMemo, useState, type ReactElement } from 'react';
import { Body, type Row } from './Body.js';
import { Line } from './Line.js';
import { PICKER_KEYS } from './list-keys.js';
import { useListNavigation } from './use-list-navigation.js';

/** One choice of a {@link Picker}. */
export interface PickerItem {
  readonly key: string;
  readonly label: string;
}

/** Props of {@link Picker}. */
export interface PickerProps {
  readonly title: string;
  readonly items: readonly PickerItem[];
  readonly initialKey?: string | undefined;
  readonly width: number;
  readonly height: number;
  onPick(key: string): void;
  onCancel(): void;
}

/** A list to choose from: ↑↓ move, typing narrows the list, Enter picks, Esc cancels. */
export function Picker({ title, items, initialKey, width, height, onPick, onCancel }: PickerProps): ReactElement {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const needle = query.toLowerCase();
    return needle ? items.filter((item) => item.label.toLowerCase().includes(needle)) : items;
  }, [items, query]);
  const [position, setPosition] = useState(() => ({ cursor: Math.max(0, items.findIndex((item) => item.key === initialKey)), top: 0 }));
  const listHeight = Math.max(1, height - 2);
  // Typing narrows the list and selects its first item.
  const narrow = (to: string) => {
    setQuery(to);
    setPosition({ cursor: 0, top: 0 });
  };
  const { cursor: at, top: first } = useListNavigation({
    count: shown.length,
    cursor: position.cursor,
    keys: PICKER_KEYS,
    window: { height: listHeight, top: position.top },
    onMove: (cursor, top) => setPosition({ cursor, top }),
    onKey: (input, key) => {
      if (key.escape) onCancel();
      else if (key.return) {
        const item = shown[at];
        if (item) onPick(item.key);
      } else if (key.backspace || key.delete) narrow(Array.from(query).slice(0, -1).join(''));
      else if (input && !key.ctrl && !key.meta && !key.tab && !key.leftArrow && !key.rightArrow) narrow(query + input);
    },
    capture: true,
  });

  const rows: Row[] = shown.slice(first, first + listHeight).map((item, i) => ({
    spans: [{ text: first + i === at ? '▸ ' : '  ' }, { text: item.label }],
    selected: first + i === at,
  }));
  return (
    <Box flexDirection="column">
      <Line spans={[{ text: title, style: 'title' }, { text: `  type to narrow: ` }, { text: query }, { text: '█', style: 'dim' }]} width={width} />
      <Line spans={shown.length === 0 ? [{ text: '(nothing matches)', style: 'dim' }] : [{ text: `${shown.length} of ${items.length}`, style: 'dim' }]} width={width} />
      <Body rows={rows} width={width} height={listHeight} />
    </Box>
  );
}
