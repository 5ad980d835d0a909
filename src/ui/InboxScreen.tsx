import { Box } from 'ink';
import { useState, type ReactElement } from 'react';
import { candidateField, type Inbox, type InboxCandidate } from '../claims/inbox.js';
import type { LoadedTopic } from '../claims/load.js';
import { KindSchema, type Kind, type Subject } from '../claims/schema.js';
import type { SubjectResult } from '../compare/types.js';
import { Body } from './Body.js';
import { acceptAction, kindOf, newSubjectId, type AcceptTarget } from './inbox-accept.js';
import { inboxRows } from './inbox-rows.js';
import { useNavigation } from './navigation.js';
import { Picker } from './Picker.js';
import { rejectPlan } from './plans.js';
import type { ScreenOf } from './review-state.js';
import { TextInput } from './TextInput.js';
import { useListNavigation } from './use-list-navigation.js';

/** Props of {@link InboxScreen}. */
export interface InboxScreenProps {
  readonly screen: ScreenOf<'inbox'>;
  readonly inbox: Inbox | undefined;
  readonly results: readonly SubjectResult[];
  readonly topics: readonly LoadedTopic[];
  readonly width: number;
  readonly height: number;
}

/** What the Inbox screen is doing: listing, or accepting the selected candidate (into which subject, or a new one). */
type Mode =
  | { readonly type: 'list' }
  | { readonly type: 'pick' }
  | { readonly type: 'new-id'; readonly id: string }
  | { readonly type: 'new-question'; readonly id: string; readonly question: string }
  | { readonly type: 'new-kind'; readonly id: string; readonly question: string };

/**
 * Candidates from `urazuke extract` (claims/inbox.yaml): accept one into an existing subject or
 * a new one, edit it in `$EDITOR`, or reject it. Every change is shown as a diff first.
 */
export function InboxScreen({ screen, inbox, results, topics, width, height }: InboxScreenProps): ReactElement {
  const nav = useNavigation();
  const [mode, setMode] = useState<Mode>({ type: 'list' });
  // The window is the screen's own: opened again, the screen shows the selected candidate from the top.
  const [firstShown, setFirstShown] = useState(0);
  const candidates = inbox?.candidates ?? [];
  const listHeight = Math.max(1, height - 2);
  // Two rows a candidate: the window (and a page) counts candidates.
  const perPage = Math.max(1, Math.floor(listHeight / 2));

  const { cursor, top: first } = useListNavigation({
    count: candidates.length,
    cursor: screen.cursor,
    window: { height: perPage, top: firstShown },
    onMove: (next, top) => {
      nav.dispatch({ type: 'update', kind: 'inbox', patch: { cursor: next } });
      setFirstShown(top);
    },
    onKey: (input) => {
      const candidate = candidates[cursor];
      if (!candidate || !inbox) return;
      if (input === 'a') {
        if (results.length === 0) nav.dispatch({ type: 'notify', text: 'No subject yet: press n to accept into a new subject.', tone: 'error' });
        else setMode({ type: 'pick' });
      } else if (input === 'n') {
        if (topics.length === 0) nav.dispatch({ type: 'notify', text: 'No topic file under claims/ to add a subject to: create one first.', tone: 'error' });
        else setMode({ type: 'new-id', id: newSubjectId(candidate, results) });
      } else if (input === 'e') nav.openEditor(inbox.file, candidate.line, { readOnly: false });
      else if (input === 'x') nav.dispatch({ type: 'propose', plan: rejectPlan(inbox.file, candidate) });
    },
    isActive: mode.type === 'list',
  });

  const selected = candidates[cursor];
  if (selected && inbox && (mode.type === 'pick' || mode.type === 'new-kind')) {
    const accept = (target: AcceptTarget) => {
      setMode({ type: 'list' });
      nav.dispatch(acceptAction(inbox, results, selected, target));
    };
    const cancel = () => setMode({ type: 'list' });
    if (mode.type === 'pick') return <SubjectPicker candidate={selected} results={results} width={width} height={height} onCancel={cancel} onAccept={accept} />;
    return <KindPicker candidate={selected} id={mode.id} question={mode.question} topicFile={topics[0]!.file} width={width} height={height} onCancel={cancel} onAccept={accept} />;
  }

  const title = `Inbox ${candidates.length === 0 ? '' : `${cursor + 1}/${candidates.length}`}`;
  return (
    <Box flexDirection="column">
      <Body rows={[{ spans: [{ text: title, style: 'title' }, { text: `  ${inbox?.file ?? 'claims/inbox.yaml'}`, style: 'dim' }] }]} width={width} height={1} />
      <Body rows={inboxRows(inbox, first, perPage, cursor)} width={width} height={listHeight} />
      {mode.type === 'new-id' || mode.type === 'new-question' ? <NewSubjectPrompt mode={mode} results={results} width={width} onMode={setMode} /> : <Body rows={[]} width={width} height={1} />}
    </Box>
  );
}

/** Props of the pickers that accept a candidate. */
interface AcceptPickerProps {
  readonly candidate: InboxCandidate;
  readonly width: number;
  readonly height: number;
  onCancel(): void;
  onAccept(target: AcceptTarget): void;
}

/** `a`: accept into which existing subject (the one the candidate names first). */
function SubjectPicker({ candidate, results, width, height, onCancel, onAccept }: AcceptPickerProps & { readonly results: readonly SubjectResult[] }): ReactElement {
  return (
    <Picker
      title="Accept into which subject?"
      items={results.map((r) => ({ key: r.loaded.subject.id, label: `${r.loaded.subject.id} · ${r.loaded.subject.question}` }))}
      initialKey={candidateField(candidate, 'subject')}
      width={width}
      height={height}
      onCancel={onCancel}
      onPick={(subjectId) => {
        const target = results.find((r) => r.loaded.subject.id === subjectId);
        if (target) onAccept({ subjectId, topicFile: target.loaded.topic.file });
        else onCancel();
      }}
    />
  );
}

/** The last step of `n`: the kind of the new subject, which goes into the first topic file. */
function KindPicker({ candidate, id, question, topicFile, width, height, onCancel, onAccept }: AcceptPickerProps & { readonly id: string; readonly question: string; readonly topicFile: string }): ReactElement {
  return (
    <Picker
      title={`Kind of the new subject ${id}`}
      items={KindSchema.options.map((k) => ({ key: k, label: k }))}
      initialKey={kindOf(candidate)}
      width={width}
      height={height}
      onCancel={onCancel}
      onPick={(kind) => {
        const unit = candidateField(candidate, 'unit');
        const newSubject: Subject = { id, question, kind: kind as Kind, ...(unit ? { unit } : {}) };
        onAccept({ subjectId: id, topicFile, newSubject });
      }}
    />
  );
}

/** Props of {@link NewSubjectPrompt}. */
interface NewSubjectPromptProps {
  readonly mode: Extract<Mode, { type: 'new-id' | 'new-question' }>;
  readonly results: readonly SubjectResult[];
  readonly width: number;
  onMode(mode: Mode): void;
}

/** The first steps of `n`: the new subject's id (not taken), then its question. */
function NewSubjectPrompt({ mode, results, width, onMode }: NewSubjectPromptProps): ReactElement {
  const nav = useNavigation();
  const refuse = (text: string) => nav.dispatch({ type: 'notify', text, tone: 'error' });
  const cancel = () => onMode({ type: 'list' });
  if (mode.type === 'new-id') {
    return (
      <TextInput
        label="New subject id: "
        value={mode.id}
        width={width}
        onChange={(id) => onMode({ type: 'new-id', id: id.replace(/\s/g, '-') })}
        onCancel={cancel}
        onSubmit={(id) => {
          if (!id) refuse('A subject needs an id.');
          else if (results.some((r) => r.loaded.subject.id === id)) refuse(`The subject ${id} exists: use a (accept into an existing subject).`);
          else onMode({ type: 'new-question', id, question: '' });
        }}
      />
    );
  }
  return (
    <TextInput
      label={`Question of ${mode.id}: `}
      value={mode.question}
      width={width}
      onChange={(question) => onMode({ ...mode, question })}
      onCancel={cancel}
      onSubmit={(question) => {
        if (!question.trim()) refuse('A subject needs a question.');
        else onMode({ type: 'new-kind', id: mode.id, question: question.trim() });
      }}
    />
  );
}
