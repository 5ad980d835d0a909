import { Box } from 'ink';
import type { ReactElement } from 'react';
import type { ClaimResult, SubjectResult } from '../compare/types.js';
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
  readonly subject: SubjectResult;
  readonly a: ClaimResult;
  readonly b: ClaimResult;
  readonly width: number;
  readonly height: number;
}

/** How two claims of a subject relate. */
export function relationOf(subject: SubjectResult, a: string, b: string): 'conflict' | 'differ' | 'same' {
  const has = (pairs: readonly (readonly [string, string])[]) => pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
  return has(subject.conflicts) ? 'conflict' : has(subject.differences) ? 'differ' : 'same';
}

/**
 * Two claims side by side: who says what through whom, whether both can be true, and their
 * quotes diffed word by word (Japanese words found by `Intl.Segmenter`).
 */
export function CompareScreen({ screen, subject, a, b, width, height }: CompareScreenProps): ReactElement {
  const nav = useNavigation();
  const relation = relationOf(subject, a.loaded.claim.id, b.loaded.claim.id);
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
  rows.push({
    spans:
      relation === 'conflict'
        ? [{ text: '✗ conflict: A and B cannot both be true', style: 'conflict' }]
        : relation === 'differ'
          ? [{ text: '≈ differ: A and B overlap but are not the same', style: 'differ' }]
          : [{ text: '= A and B state the same value', style: 'agree' }],
  });
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
