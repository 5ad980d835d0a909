import { Box } from 'ink';
import { useMemo, type ReactElement } from 'react';
import { Body, type Row } from './Body.js';
import { changePatch } from './edit-plan.js';
import { DIFF_KEYS } from './list-keys.js';
import { useNavigation } from './navigation.js';
import { patchRows } from './PatchView.js';
import type { ScreenOf } from './review-state.js';
import { useListNavigation } from './use-list-navigation.js';

/** Props of {@link SaveScreen}. */
export interface SaveScreenProps {
  readonly screen: ScreenOf<'save'>;
  readonly busy: boolean;
  readonly width: number;
  readonly height: number;
  onConfirm(): void;
}

/** A change as a YAML diff, to confirm (`y`) or drop (`n`, Esc) before anything is written. */
export function SaveScreen({ screen, busy, width, height, onConfirm }: SaveScreenProps): ReactElement {
  const nav = useNavigation();
  const rows = useMemo(() => patchRows(changePatch(screen.change)), [screen.change]);
  const listHeight = Math.max(1, height - 2);
  const maxTop = Math.max(0, rows.length - listHeight);
  const { cursor: top } = useListNavigation({
    count: maxTop + 1,
    cursor: screen.top,
    pageSize: listHeight,
    keys: DIFF_KEYS,
    onMove: (next) => nav.dispatch({ type: 'update', kind: 'save', patch: { top: next } }),
    onKey: (input, key) => {
      if (input === 'y' || key.return) onConfirm();
      else if (input === 'n') nav.dispatch({ type: 'back' });
    },
    isActive: !busy,
  });
  const files = screen.change.files.filter((f) => f.before !== f.after).map((f) => f.file);
  const head: Row[] = [
    { spans: [{ text: `${screen.undo ? 'Undo' : 'Save'}: ${screen.change.plan.label}`, style: 'title' }, { text: ` → ${files.join(', ')}` }] },
    { spans: [{ text: busy ? 'Saving…' : 'y / Enter: write it   n / Esc: drop it   ↑↓: scroll', style: 'key' }] },
  ];
  return (
    <Box flexDirection="column">
      <Body rows={head} width={width} height={2} />
      <Body rows={rows.slice(top)} width={width} height={listHeight} />
    </Box>
  );
}
