import { Box } from 'ink';
import { useMemo, useRef, useState, type ReactElement } from 'react';
import { Body, type Row } from './Body.js';
import { clampIndex, windowTop } from './list-window.js';
import { Line } from './Line.js';
import { useKeys } from './keys.js';

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
  const [cursor, setCursor] = useState(() => Math.max(0, items.findIndex((item) => item.key === initialKey)));
  const top = useRef(0);
  const listHeight = Math.max(1, height - 2);
  const at = clampIndex(cursor, shown.length);
  const first = windowTop(at, shown.length, listHeight, top.current);
  top.current = first;

  useKeys((input, key) => {
    if (key.escape) onCancel();
    else if (key.return) {
      const item = shown[at];
      if (item) onPick(item.key);
    } else if (key.upArrow) setCursor(Math.max(0, at - 1));
    else if (key.downArrow) setCursor(clampIndex(at + 1, shown.length));
    else if (key.pageUp) setCursor(Math.max(0, at - listHeight));
    else if (key.pageDown) setCursor(clampIndex(at + listHeight, shown.length));
    else if (key.backspace || key.delete) {
      setQuery(Array.from(query).slice(0, -1).join(''));
      setCursor(0);
    } else if (input && !key.ctrl && !key.meta && !key.tab && !key.leftArrow && !key.rightArrow) {
      setQuery(query + input);
      setCursor(0);
    }
  }, { capture: true });

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
