import { Box } from 'ink';
import { useMemo, useState, type ReactElement } from 'react';
import type { ClaimResult, SubjectResult } from '../compare/types.js';
import { Body } from './Body.js';
import { claimsInGroups, comparePartner } from './claim-groups.js';
import { NO_PAGE_KEYS } from './list-keys.js';
import { clampIndex, spanWindowTop } from './list-window.js';
import { useNavigation } from './navigation.js';
import { deprecatePlan } from './plans.js';
import type { ScreenOf } from './review-state.js';
import { claimLayout, subjectHead } from './subject-rows.js';
import { TextInput } from './TextInput.js';
import { useListNavigation } from './use-list-navigation.js';

/** Props of {@link SubjectScreen}. */
export interface SubjectScreenProps {
  readonly screen: ScreenOf<'subject'>;
  readonly result: SubjectResult;
  readonly width: number;
  readonly height: number;
}

/**
 * One subject: its claims grouped by value, each with outlet, value as written and as read,
 * chain, date and quote (figure highlighted); claims in conflict are marked with whom.
 */
export function SubjectScreen({ screen, result, width, height }: SubjectScreenProps): ReactElement {
  const nav = useNavigation();
  const [deprecating, setDeprecating] = useState(false);
  // The window is the screen's own: opened again, the screen shows the selected claim from the top.
  const [firstRow, setFirstRow] = useState(0);
  const sections = useMemo(() => claimsInGroups(result), [result]);
  const ordered = useMemo(() => sections.flatMap((s) => s.claims), [sections]);
  // The cursor stays on its claim when a save moves it (a deprecated claim goes to the end).
  const kept = screen.selected === undefined ? -1 : ordered.findIndex((c) => c.loaded.claim.id === screen.selected);
  const cursor = clampIndex(kept >= 0 ? kept : screen.cursor, ordered.length);
  const selected = ordered[cursor];
  const subject = result.loaded.subject;
  const head = subjectHead(result);
  const layout = claimLayout(result, sections, cursor, screen.mark, width);
  const listHeight = (prompt: boolean) => Math.max(1, height - head.length - (prompt ? 1 : 0));
  // Keep the selected claim's two rows, and its section header when it is first, in view.
  const span = (index: number): readonly [number, number] => {
    const row = layout.claimRows[index] ?? 0;
    return [row - 1, row + 1];
  };

  const { top } = useListNavigation({
    count: ordered.length,
    cursor,
    keys: NO_PAGE_KEYS,
    window: { height: listHeight(deprecating), top: firstRow, rows: layout.rows.length, span },
    onMove: (next, nextTop) => {
      nav.dispatch({ type: 'update', kind: 'subject', patch: { cursor: next, selected: ordered[next]?.loaded.claim.id } });
      setFirstRow(nextTop);
    },
    onKey: (input, key) => {
      if (!selected) return;
      const id = selected.loaded.claim.id;
      if (screen.selected !== id) nav.dispatch({ type: 'update', kind: 'subject', patch: { cursor, selected: id } });
      if (key.return || key.rightArrow || input === 'l' || input === 's') nav.dispatch({ type: 'open-source', claimId: id });
      else if (input === ' ') nav.dispatch({ type: 'update', kind: 'subject', patch: { mark: screen.mark === id ? undefined : id } });
      else if (input === 'c') {
        const other = comparePartner(result, id, screen.mark);
        if (other === undefined) nav.dispatch({ type: 'notify', text: 'Nothing to compare with: this subject has one claim.', tone: 'error' });
        else nav.dispatch({ type: 'open-compare', a: other, b: id });
      } else if (input === 'r') nav.dispatch({ type: 'open-resolve', subjectId: subject.id });
      else if (input === 'a') nav.dispatch({ type: 'open-resolve', subjectId: subject.id, accepted: id });
      else if (input === 'd') {
        if (selected.loaded.claim.rank === 'deprecated') nav.dispatch({ type: 'notify', text: `${id} is already deprecated.`, tone: 'error' });
        else {
          setDeprecating(true);
          // The prompt takes a row: the window keeps the claim in view and stays where it went.
          setFirstRow(spanWindowTop(span(cursor), layout.rows.length, listHeight(true), top));
        }
      }
    },
    isActive: !deprecating,
  });

  const bodyHeight = listHeight(deprecating);
  return (
    <Box flexDirection="column">
      <Body rows={head} width={width} height={head.length} />
      <Body rows={layout.rows.slice(top, top + bodyHeight)} width={width} height={bodyHeight} />
      {deprecating && selected ? <DeprecatePrompt claim={selected} width={width} onDone={() => setDeprecating(false)} /> : null}
    </Box>
  );
}

/** Props of {@link DeprecatePrompt}. */
interface DeprecatePromptProps {
  readonly claim: ClaimResult;
  readonly width: number;
  onDone(): void;
}

/** `d`: the reason a claim is deprecated; Enter proposes the edit, Esc drops it. */
function DeprecatePrompt({ claim, width, onDone }: DeprecatePromptProps): ReactElement {
  const nav = useNavigation();
  const [reason, setReason] = useState('');
  const { id } = claim.loaded.claim;
  return (
    <TextInput
      label={`Deprecate ${id} — reason: `}
      value={reason}
      width={width}
      onChange={setReason}
      onCancel={onDone}
      onSubmit={(text) => {
        onDone();
        if (!text.trim()) nav.dispatch({ type: 'notify', text: 'A deprecation needs a reason: nothing changed.', tone: 'error' });
        else nav.dispatch({ type: 'propose', plan: deprecatePlan(claim.loaded.topic.file, id, text) });
      }}
    />
  );
}
