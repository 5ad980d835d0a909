import { useMemo, type ReactElement } from 'react';
import type { ClaimResult, SubjectResult } from '../compare/types.js';
import { CompareScreen } from './CompareScreen.js';
import { ConflictScreen } from './ConflictScreen.js';
import { overwriteChange } from './edit-plan.js';
import { HelpScreen } from './HelpScreen.js';
import { InboxScreen } from './InboxScreen.js';
import { Line } from './Line.js';
import { ResolveScreen } from './ResolveScreen.js';
import { ProblemsScreen } from './ProblemsScreen.js';
import { currentScreen, problemsOf, type ReviewState } from './review-state.js';
import { SaveScreen } from './SaveScreen.js';
import { SourceScreen } from './SourceScreen.js';
import { sortResults } from './subject-order.js';
import { SubjectScreen } from './SubjectScreen.js';
import { SubjectsScreen } from './SubjectsScreen.js';
import type { ReviewCommands } from './use-review.js';

/** Props of {@link CurrentScreen}. */
export interface CurrentScreenProps {
  readonly state: ReviewState;
  readonly commands: ReviewCommands;
  /** `check` has not yet reported on the files loaded. */
  readonly checking: boolean;
  readonly width: number;
  readonly height: number;
}

interface Lookups {
  /** Subjects in review order (conflicts first). */
  readonly sorted: readonly SubjectResult[];
  readonly subjectById: ReadonlyMap<string, SubjectResult>;
  readonly claimById: ReadonlyMap<string, { readonly claim: ClaimResult; readonly subject: SubjectResult }>;
}

function lookups(results: readonly SubjectResult[]): Lookups {
  const subjectById = new Map<string, SubjectResult>();
  const claimById = new Map<string, { readonly claim: ClaimResult; readonly subject: SubjectResult }>();
  for (const r of results) {
    if (!subjectById.has(r.loaded.subject.id)) subjectById.set(r.loaded.subject.id, r);
    for (const c of r.claims) if (!claimById.has(c.loaded.claim.id)) claimById.set(c.loaded.claim.id, { claim: c, subject: r });
  }
  return { sorted: sortResults(results), subjectById, claimById };
}

/** The screen on top of the stack, drawn from the state; a subject or claim gone from the files (changed on disk) says so. */
export function CurrentScreen({ state, commands, checking, width, height }: CurrentScreenProps): ReactElement {
  const { data, busy } = state;
  const { sorted, subjectById, claimById } = useMemo(() => lookups(data.results), [data.results]);
  const screen = currentScreen(state);
  const gone = (what: string) => <Line spans={[{ text: `${what} is no longer in the claim files (changed on disk?). Esc: back`, style: 'warn' }]} width={width} />;
  switch (screen.kind) {
    case 'subjects':
      return <SubjectsScreen screen={screen} results={sorted} problems={problemsOf(state).length} width={width} height={height} />;
    case 'subject': {
      const result = subjectById.get(screen.subjectId);
      return result ? <SubjectScreen key={screen.subjectId} screen={screen} result={result} width={width} height={height} /> : gone(`The subject ${screen.subjectId}`);
    }
    case 'source': {
      const found = claimById.get(screen.claimId);
      return found ? <SourceScreen screen={screen} claim={found.claim} root={data.root} width={width} height={height} /> : gone(`The claim ${screen.claimId}`);
    }
    case 'compare': {
      const a = claimById.get(screen.a);
      const b = claimById.get(screen.b);
      return a && b ? <CompareScreen screen={screen} a={a.claim} b={b.claim} width={width} height={height} /> : gone('A compared claim');
    }
    case 'resolve': {
      const result = subjectById.get(screen.subjectId);
      return result ? <ResolveScreen screen={screen} result={result} width={width} height={height} /> : gone(`The subject ${screen.subjectId}`);
    }
    case 'inbox':
      return <InboxScreen screen={screen} root={data.root} inbox={data.inbox} results={sorted} topics={data.topics} width={width} height={height} />;
    case 'problems':
      return <ProblemsScreen screen={screen} problems={problemsOf(state)} checking={checking} width={width} height={height} />;
    case 'help':
      return <HelpScreen screen={screen} width={width} height={height} />;
    case 'save':
      return <SaveScreen screen={screen} busy={busy} width={width} height={height} onConfirm={() => commands.save(screen.change, screen.undo)} />;
    case 'conflict':
      return (
        <ConflictScreen
          screen={screen}
          busy={busy}
          width={width}
          height={height}
          onCancel={commands.cancelConflict}
          onOverwrite={() => commands.save(overwriteChange(screen.change, screen.current), screen.undo)}
          onReapply={commands.reapply}
        />
      );
  }
}
