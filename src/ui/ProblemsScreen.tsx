import { Box } from 'ink';
import { useState, type ReactElement } from 'react';
import { severityOf, startOf, type Finding } from '../util/message.js';
import { Body, type Row } from './Body.js';
import { isCapturePath } from './editor.js';
import { useNavigation } from './navigation.js';
import type { ScreenOf } from './review-state.js';
import { wrapWords } from './text-width.js';
import { useListNavigation } from './use-list-navigation.js';
import { toTerminalSafe } from '../util/terminal-safe.js';

/** Props of {@link ProblemsScreen}. */
export interface ProblemsScreenProps {
  readonly screen: ScreenOf<'problems'>;
  readonly problems: readonly Finding[];
  /** True while `check` has not yet run over the files loaded (the loaders' findings are shown). */
  readonly checking: boolean;
  readonly width: number;
  readonly height: number;
}

/** Rows under the list for the selected problem's note (the lines around a YAML mistake, a diff). */
const DETAIL_ROWS = 8;

/** `file:line:col` of a finding. */
export function placeText(finding: Finding): string {
  const start = startOf(finding);
  return `${finding.file}:${start.line}:${start.column}`;
}

/**
 * What `urazuke check` finds in the files loaded (YAML that does not parse, entries that do not fit
 * the schema, stale quotes …), one row each with its place; the selected one's note below. Enter
 * opens the editor at the problem's line (a capture read-only).
 */
export function ProblemsScreen({ screen, problems, checking, width, height }: ProblemsScreenProps): ReactElement {
  const nav = useNavigation();
  const [firstShown, setFirstShown] = useState(0);
  const listHeight = Math.max(1, height - 2 - DETAIL_ROWS);
  const { cursor, top } = useListNavigation({
    count: problems.length,
    cursor: screen.cursor,
    window: { height: listHeight, top: firstShown },
    onMove: (next, nextTop) => {
      nav.dispatch({ type: 'update', kind: 'problems', patch: { cursor: next } });
      setFirstShown(nextTop);
    },
    onKey: (_input, key) => {
      const finding = problems[cursor];
      if (!finding || !(key.return || key.rightArrow)) return;
      nav.openEditor(finding.file, startOf(finding).line, { readOnly: isCapturePath(finding.file) });
    },
  });

  const rows: Row[] = problems.slice(top, top + listHeight).map((finding, i) => {
    const selected = top + i === cursor;
    const severity = severityOf(finding);
    return {
      selected,
      spans: [
        { text: selected ? '▸ ' : '  ' },
        { text: placeText(finding), style: 'key' },
        { text: `  ${severity.padEnd(7)} `, style: severity === 'error' ? 'warn' : 'dim' },
        { text: finding.reason },
        { text: `  ${finding.ruleId}`, style: 'dim' },
      ],
    };
  });
  if (problems.length === 0) rows.push({ spans: [{ text: checking ? '  Checking…' : '  No problems: `urazuke check` passes.', style: 'dim' }] });
  const selected = problems[cursor];
  const detail: Row[] = selected
    ? [
        { spans: [{ text: '── ', style: 'dim' }, { text: placeText(selected), style: 'key' }, ...(selected.claimId ? [{ text: `  claim ${selected.claimId}`, style: 'dim' as const }] : [])] },
        // The message in full (the list cuts it), then the note.
        ...wrapWords(toTerminalSafe(selected.reason, { singleLine: true }), Math.max(10, width - 3)).slice(0, 3).map((line) => ({ spans: [{ text: `   ${line}` }] })),
        ...(selected.note ?? '').split('\n').filter((line) => line !== '').map((line) => ({ spans: [{ text: `   ${line}` }] })),
      ]
    : [];
  const title = `Problems ${problems.length === 0 ? '0' : `${cursor + 1}/${problems.length}`}`;
  return (
    <Box flexDirection="column">
      <Body rows={[{ spans: [{ text: title, style: 'title' }, { text: checking ? '  (urazuke check is running; what loading found meanwhile)' : `  ${problems.length === 0 ? '' : 'Enter opens the file at the line'}`, style: 'dim' }] }]} width={width} height={1} />
      <Body rows={rows} width={width} height={listHeight} />
      <Body rows={[{ spans: [] }]} width={width} height={1} />
      <Body rows={detail} width={width} height={DETAIL_ROWS} />
    </Box>
  );
}
