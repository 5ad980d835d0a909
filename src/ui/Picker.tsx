import { Box } from 'ink';
import { useMemo, useState, type ReactElement } from 'react';
import { Body, type Row } from './Body.js';
import { Line } from './Line.js';
import { PICKER_FILTER_KEYS, PICKER_KEYS } from './list-keys.js';
import type { Span } from './spans.js';
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

/**
 * A list to choose from. It moves as every list does (↑↓ j k, Ctrl+P Ctrl+N, pages, g G), Enter
 * picks, Esc or q cancels. `/` starts a filter: typing then narrows the list (letters are text
 * there, so ↑↓ and Ctrl+P Ctrl+N move), Enter goes back to moving with the filter kept, Esc clears it.
 */
export function Picker({ title, items, initialKey, width, height, onPick, onCancel }: PickerProps): ReactElement {
  const [query, setQuery] = useState('');
  const [filtering, setFiltering] = useState(false);
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
  const pick = (at: number) => {
    const item = shown[at];
    if (item) onPick(item.key);
  };
  const { cursor: at, top: first } = useListNavigation({
    count: shown.length,
    cursor: position.cursor,
    keys: filtering ? PICKER_FILTER_KEYS : PICKER_KEYS,
    window: { height: listHeight, top: position.top },
    onMove: (cursor, top) => setPosition({ cursor, top }),
    onKey: (input, key) => {
      if (!filtering) {
        if (key.escape || input === 'q') onCancel();
        else if (key.return) pick(at);
        else if (input === '/') setFiltering(true);
        return;
      }
      if (key.escape) {
        setFiltering(false);
        narrow('');
      } else if (key.return) setFiltering(false);
      else if (key.backspace || key.delete) narrow(Array.from(query).slice(0, -1).join(''));
      else if (input && !key.ctrl && !key.meta && !key.tab && !key.leftArrow && !key.rightArrow) narrow(query + input);
    },
    capture: true,
  });

  const rows: Row[] = shown.slice(first, first + listHeight).map((item, i) => ({
    spans: [{ text: first + i === at ? '▸ ' : '  ' }, { text: item.label }],
    selected: first + i === at,
  }));
  const filter: Span[] = filtering
    ? [{ text: '  narrow: ' }, { text: query }, { text: '█', style: 'dim' }, { text: '  (Enter keeps it, Esc clears it)', style: 'dim' }]
    : [{ text: query ? `  narrowed to “${query}” · ` : '  ', style: 'dim' }, { text: 'j k move · / narrow · Enter pick · Esc cancel', style: 'dim' }];
  return (
    <Box flexDirection="column">
      <Line spans={[{ text: title, style: 'title' }, ...filter]} width={width} />
      <Line spans={shown.length === 0 ? [{ text: '(nothing matches)', style: 'dim' }] : [{ text: `${shown.length} of ${items.length}`, style: 'dim' }]} width={width} />
      <Body rows={rows} width={width} height={listHeight} />
    </Box>
  );
}
