import { Box } from 'ink';
import { useMemo, useState, type ReactElement } from 'react';
import type { SubjectResult } from '../compare/types.js';
import { Body, type Row } from './Body.js';
import { verdictSpan } from './format.js';
import { useNavigation } from './navigation.js';
import { Picker, type PickerItem } from './Picker.js';
import type { Span } from './spans.js';
import { allOutlets, describeFilter, filterResults, outletsOf, VERDICT_ORDER, type SubjectFilter } from './subject-order.js';
import { fit, fitRight } from './text-width.js';
import { TextInput } from './TextInput.js';
import type { ReviewAction, ScreenOf, ScreenPatch } from './review-state.js';
import { useListNavigation } from './use-list-navigation.js';

/** Props of {@link SubjectsScreen}. */
export interface SubjectsScreenProps {
  readonly screen: ScreenOf<'subjects'>;
  /** All subjects, already in review order (conflicts first). */
  readonly results: readonly SubjectResult[];
  /** Problems `check` reports (the empty list says where to see them). */
  readonly problems: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The first screen: every subject, conflicts first, one row each (verdict, question, claims,
 * outlets, independent origins, resolution). Only the visible rows are drawn, so ten thousand
 * subjects scroll as fast as ten.
 */
export function SubjectsScreen({ screen, results, problems, width, height }: SubjectsScreenProps): ReactElement {
  const nav = useNavigation();
  const [mode, setMode] = useState<'list' | 'search' | 'filter'>('list');
  const shown = useMemo(() => filterResults(results, screen.filter, screen.query), [results, screen.filter, screen.query]);
  const listHeight = Math.max(1, height - 2);
  const update = (patch: ScreenPatch<'subjects'>) => nav.dispatch({ type: 'update', kind: 'subjects', patch });
  // The cursor stays on its subject when a save or a reload moves it in the order.
  const kept = screen.selected === undefined ? -1 : shown.findIndex((r) => r.loaded.subject.id === screen.selected);

  const { cursor, top } = useListNavigation({
    count: shown.length,
    cursor: kept >= 0 ? kept : screen.cursor,
    window: { height: listHeight, top: screen.top },
    onMove: (next, nextTop) => update({ cursor: next, top: nextTop, selected: shown[next]?.loaded.subject.id }),
    onKey: (input, key) => {
      const selected = shown[cursor];
      const open = (action: ReviewAction) => {
        if (selected) update({ cursor, selected: selected.loaded.subject.id });
        nav.dispatch(action);
      };
      if ((key.return || key.rightArrow || input === 'l') && selected) open({ type: 'open-subject', subjectId: selected.loaded.subject.id });
      else if (input === 'r' && selected) open({ type: 'open-resolve', subjectId: selected.loaded.subject.id });
      else if (input === '/') setMode('search');
      else if (input === 'f') setMode('filter');
      else if (input === 'i') nav.dispatch({ type: 'open-inbox' });
      else if (key.escape && (screen.query || screen.filter.type !== 'all')) update({ query: '', filter: { type: 'all' }, cursor: 0, top: 0, selected: undefined });
    },
    isActive: mode === 'list',
  });

  if (mode === 'filter') {
    const done = (filter: SubjectFilter | undefined) => {
      setMode('list');
      if (filter) update({ filter, cursor: 0, top: 0, selected: undefined });
    };
    return <SubjectsFilter filter={screen.filter} results={results} width={width} height={height} onDone={done} />;
  }

  const cols = columns(width);
  const rows: Row[] = [];
  for (let i = top; i < Math.min(shown.length, top + listHeight); i++) {
    rows.push(subjectRow(shown[i]!, cols, i === cursor));
  }
  if (shown.length === 0) {
    const none =
      problems > 0
        ? `  No subjects to show: the claim files have ${problems} problem${problems === 1 ? '' : 's'}; p shows them.`
        : '  No subjects yet: i opens the inbox (urazuke extract fills it), or add claim files under claims/ (see README).';
    rows.push({ spans: [{ text: results.length === 0 ? none : '  No subject matches. Esc clears the search and filter.', style: results.length === 0 && problems > 0 ? 'warn' : 'dim' }] });
  }
  const heading: Span[] = [
    { text: `  ${fit('verdict', 11)}${fit('question', cols.question)} ${fitRight('claims', 6)} ${fitRight('outlets', 7)} ${fitRight('origins', 7)} ${fit('resolution', cols.resolution)}`, style: 'dim' },
  ];
  return (
    <Box flexDirection="column">
      {mode === 'search' ? (
        <TextInput
          label="Search: "
          value={screen.query}
          width={width}
          onChange={(query) => update({ query, cursor: 0, top: 0, selected: undefined })}
          onSubmit={() => setMode('list')}
          onCancel={() => {
            setMode('list');
            update({ query: '', cursor: 0, top: 0, selected: undefined });
          }}
        />
      ) : (
        <SubjectsTitle screen={screen} position={shown.length === 0 ? '0/0' : `${cursor + 1}/${shown.length}`} width={width} />
      )}
      <Body rows={[{ spans: heading }]} width={width} height={1} />
      <Body rows={rows} width={width} height={listHeight} />
    </Box>
  );
}

/** The title row: where the cursor is, the filter and the search. */
function SubjectsTitle({ screen, position, width }: { readonly screen: ScreenOf<'subjects'>; readonly position: string; readonly width: number }): ReactElement {
  const spans: Span[] = [
    { text: `Subjects ${position}`, style: 'title' },
    { text: `  filter: ${describeFilter(screen.filter)}${screen.query ? `  search: ${screen.query}` : ''}`, style: 'dim' },
  ];
  return <Body rows={[{ spans }]} width={width} height={1} />;
}

/** Props of {@link SubjectsFilter}. */
interface SubjectsFilterProps {
  readonly filter: SubjectFilter;
  readonly results: readonly SubjectResult[];
  readonly width: number;
  readonly height: number;
  /** The filter picked, or undefined when cancelled. */
  onDone(filter: SubjectFilter | undefined): void;
}

/** `f`: pick a filter by verdict or outlet. */
function SubjectsFilter({ filter, results, width, height, onDone }: SubjectsFilterProps): ReactElement {
  const items: PickerItem[] = [
    { key: 'all', label: 'all subjects' },
    ...VERDICT_ORDER.map((v) => ({ key: `verdict:${v}`, label: `verdict: ${v}` })),
    ...allOutlets(results).map((o) => ({ key: `outlet:${o}`, label: `outlet: ${o}` })),
  ];
  const current = filter.type === 'all' ? 'all' : filter.type === 'verdict' ? `verdict:${filter.verdict}` : `outlet:${filter.outlet}`;
  return (
    <Picker
      title="Filter subjects by verdict or outlet"
      items={items}
      initialKey={current}
      width={width}
      height={height}
      onCancel={() => onDone(undefined)}
      onPick={(key) => onDone(parseFilterKey(key))}
    />
  );
}

function parseFilterKey(key: string): SubjectFilter {
  if (key.startsWith('verdict:')) return { type: 'verdict', verdict: key.slice(8) as 'conflict' | 'differ' | 'agree' };
  if (key.startsWith('outlet:')) return { type: 'outlet', outlet: key.slice(7) };
  return { type: 'all' };
}

interface Columns {
  readonly question: number;
  readonly resolution: number;
}

function columns(width: number): Columns {
  const resolution = 10;
  // marker 2 + badge 11 + question + 3 numbers (6, 7, 7) with spaces + resolution
  const question = Math.max(10, width - 2 - 11 - 1 - 6 - 1 - 7 - 1 - 7 - 1 - resolution);
  return { question, resolution };
}

function subjectRow(result: SubjectResult, cols: Columns, selected: boolean): Row {
  const subject = result.loaded.subject;
  const badge = verdictSpan(result.verdict);
  const status = subject.resolution?.status ?? '—';
  return {
    selected,
    spans: [
      { text: selected ? '▸ ' : '  ' },
      { text: fit(badge.text, 11), style: badge.style },
      { text: fit(subject.question, cols.question) },
      { text: ` ${fitRight(String(result.claims.length), 6)} ${fitRight(String(outletsOf(result).length), 7)} ${fitRight(String(result.origins), 7)} ` },
      { text: fit(status, cols.resolution), style: status === 'resolved' ? 'ok' : status === 'disputed' ? 'warn' : 'dim' },
    ],
  };
}
