import path from 'node:path';
import { useMemo, type ReactElement } from 'react';
import { Line } from './Line.js';
import type { ReviewData } from './review-data.js';
import type { Span } from './spans.js';
import { countVerdicts } from './subject-order.js';

/** Props of {@link Header}. */
export interface HeaderProps {
  readonly data: ReviewData;
  /** Problems `check` reports on the files loaded. */
  readonly problems: number;
  readonly width: number;
}

/** The first row: the repository, the problems `check` reports (p shows them), its subjects by verdict, the inbox. */
export function Header({ data, problems, width }: HeaderProps): ReactElement {
  const counts = useMemo(() => countVerdicts(data.results), [data.results]);
  const spans: Span[] = [
    { text: 'urazuke review', style: 'title' },
    { text: ` · ${path.basename(data.root)} · ` },
    // First after the folder, so that a narrow terminal never cuts it: the way to the Problems screen.
    ...(problems > 0 ? [{ text: `${problems} problem${problems === 1 ? '' : 's'} (p)`, style: 'warn' as const }, { text: ' · ' }] : []),
    { text: `${data.results.length} subjects: ` },
    { text: `${counts.conflict} conflict`, style: counts.conflict > 0 ? 'conflict' : 'dim' },
    { text: ' · ' },
    { text: `${counts.differ} differ`, style: counts.differ > 0 ? 'differ' : 'dim' },
    { text: ' · ' },
    { text: `${counts.agree} agree`, style: 'agree' },
    ...(data.inbox && data.inbox.candidates.length > 0 ? [{ text: ` · inbox ${data.inbox.candidates.length}`, style: 'accent' as const }] : []),
  ];
  return <Line spans={spans} width={width} />;
}
