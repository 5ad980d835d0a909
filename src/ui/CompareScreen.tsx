import { Box } from 'ink';
import type { ReactElement } from 'react';
import type { ClaimResult } from '../compare/types.js';
import { relateReadings } from '../compare/verdict.js';
import { Body, type Row } from './Body.js';
import { quoteSpans } from './figure-spans.js';
import { fitChain, shortId } from './format.js';
import { widthOf } from './text-width.js';
import { STEP_KEYS } from './list-keys.js';
import { useNavigation } from './navigation.js';
import type { ScreenOf } from './review-state.js';
import { wrapSpans, type Span } from './spans.js';
import { useListNavigation } from './use-list-navigation.js';
import { diffWords } from './word-diff.js';

/** Props of {@link CompareScreen}. */
export interface CompareScreenProps {
  readonly screen: ScreenOf<'compare'>;
  readonly a: ClaimResult;
  readonly b: ClaimResult;
  readonly width: number;
  readonly height: number;
}

/** How two claims relate, by their values: also when one does not vote (deprecated), so the screen says what the values say. */
export function relationOf(a: ClaimResult, b: ClaimResult): 'conflict' | 'differ' | 'same' | 'unreadable' {
  if (a.reading === undefined || b.reading === undefined) return 'unreadable';
  const relation = relateReadings(a.reading, b.reading);
  return relation === 'disjoint' ? 'conflict' : relation === 'overlap' ? 'differ' : 'same';
}

/** The verdict line of a pair, and a line on the claims of it that do not vote. */
function relationRows(a: ClaimResult, b: ClaimResult): Row[] {
  const relation = relationOf(a, b);
  const rows: Row[] = [
    {
      spans: [
        relation === 'conflict'
          ? { text: '✗ conflict: A and B cannot both be true', style: 'conflict' }
          : relation === 'differ'
            ? { text: '≈ differ: A and B overlap but are not the same', style: 'differ' }
            : relation === 'same'
              ? { text: '= A and B state the same value', style: 'agree' }
              : { text: `? A and B cannot be compared: the value of ${a.reading === undefined ? 'A' : 'B'} is unreadable`, style: 'warn' },
      ],
    },
  ];
  const silent = [a, b].flatMap((c, i) => (c.reading !== undefined && !c.votes ? [i === 0 ? 'A' : 'B'] : []));
  if (silent.length > 0) {
    const who = silent.join(' and ');
    rows.push({ spans: [{ text: `  ${who} ${silent.length > 1 ? 'are' : 'is'} deprecated and ${silent.length > 1 ? 'do' : 'does'} not vote: the pair does not count in the verdict`, style: 'dim' }] });
  }
  return rows;
}

/**
 * Two claims side by side: who says what through whom, whether both can be true, and their
 * quotes diffed word by word (Japanese words found by `Intl.Segmenter`).
 */
export function CompareScreen({ screen, a, b, width, height }: CompareScreenProps): ReactElement {
  const nav = useNavigation();
  const rows: Row[] = [];
  const describe = (label: string, c: ClaimResult) => {
    const claim = c.loaded.claim;
    rows.push({
      spans: [
        { text: `${label} `, style: 'title' },
        { text: claim.outlet, style: 'key' },
        { text: ` ${c.display}`, style: 'value' },
        { text: `  ${fitChain(claim, width - widthOf(`${label} ${claim.outlet} ${c.display}  (${shortId(claim.id)})`) - 4)}  (${shortId(claim.id)})`, style: 'dim' },
      ],
    });
    for (const row of wrapSpans([{ text: '  「' }, ...quoteSpans(claim.source?.quote ?? '', claim.value), { text: '」' }], width)) rows.push({ spans: row });
  };
  describe('A', a);
  describe('B', b);
  rows.push({ spans: [] });
  rows.push(...relationRows(a, b));
  rows.push({ spans: [{ text: 'Quotes, word by word (A → B):', style: 'title' }] });
  const diff: Span[] = diffWords(a.loaded.claim.source?.quote ?? '', b.loaded.claim.source?.quote ?? '').map((part) =>
    part.type === 'same' ? { text: part.text } : { text: part.text, style: part.type },
  );
  for (const row of wrapSpans([{ text: '  ' }, ...diff], width)) rows.push({ spans: row });

  const maxTop = Math.max(0, rows.length - height);
  const { cursor: top } = useListNavigation({
    count: maxTop + 1,
    cursor: screen.top,
    keys: STEP_KEYS,
    onMove: (next) => nav.dispatch({ type: 'update', kind: 'compare', patch: { top: next } }),
    onKey: (input) => {
      if (input === 's') nav.dispatch({ type: 'update', kind: 'compare', patch: { a: screen.b, b: screen.a } });
    },
  });
  return (
    <Box flexDirection="column">
      <Body rows={rows.slice(top)} width={width} height={height} />
    </Box>
  );
}
