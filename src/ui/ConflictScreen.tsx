import { Box } from 'ink';
import { useMemo, type ReactElement } from 'react';
import { createPatch } from 'diff';
import { Body, type Row } from './Body.js';
import { STEP_KEYS } from './list-keys.js';
import { useNavigation } from './navigation.js';
import { patchRows } from './PatchView.js';
import type { ScreenOf } from './review-state.js';
import { useListNavigation } from './use-list-navigation.js';

/** Props of {@link ConflictScreen}. */
export interface ConflictScreenProps {
  readonly screen: ScreenOf<'conflict'>;
  readonly busy: boolean;
  readonly width: number;
  readonly height: number;
  onReapply(): void;
  onOverwrite(): void;
  onCancel(): void;
}

/**
 * A save found the file changed on disk since it was loaded: nothing was written. Shows what
 * changed there and lets the reviewer choose: reload and re-apply the edit, overwrite, or cancel.
 */
export function ConflictScreen({ screen, busy, width, height, onReapply, onOverwrite, onCancel }: ConflictScreenProps): ReactElement {
  const nav = useNavigation();
  const rows = useMemo(
    () =>
      patchRows(
        screen.change.files
          .map((f, i) => (f.before === screen.current[i] ? '' : createPatch(f.file, f.before, screen.current[i] ?? '', 'as loaded', 'on disk now', { context: 2 })))
          .filter(Boolean)
          .join('\n'),
      ),
    [screen.change, screen.current],
  );
  const canReapply = screen.change.plan.reapplicable;
  const listHeight = Math.max(1, height - 3);
  const maxTop = Math.max(0, rows.length - listHeight);
  const { cursor: top } = useListNavigation({
    count: maxTop + 1,
    cursor: screen.top,
    keys: STEP_KEYS,
    onMove: (next) => nav.dispatch({ type: 'update', kind: 'conflict', patch: { top: next } }),
    onKey: (input) => {
      if (input === 'r' && canReapply) onReapply();
      else if (input === 'o') onOverwrite();
      else if (input === 'c' || input === 'n') onCancel();
    },
    isActive: !busy,
  });
  const head: Row[] = [
    { spans: [{ text: 'Not saved: the file changed on disk since it was loaded.', style: 'warn' }, { text: ` (${screen.change.plan.label})` }] },
    { spans: [{ text: 'What changed on disk:', style: 'dim' }] },
    {
      spans: [
        { text: canReapply ? 'r: reload and re-apply   ' : '', style: 'key' },
        { text: 'o: overwrite with my change   c / Esc: cancel (keep the file on disk)', style: 'key' },
      ],
    },
  ];
  return (
    <Box flexDirection="column">
      <Body rows={head} width={width} height={3} />
      <Body rows={rows.slice(top)} width={width} height={listHeight} />
    </Box>
  );
}
