import path from 'node:path';
import { Box } from 'ink';
import { useState, type ReactElement } from 'react';
import { candidateField, type Inbox, type InboxCandidate } from '../claims/inbox.js';
import type { LoadedTopic } from '../claims/load.js';
import { topicFileProblem } from '../claims/new-topic.js';
import { KindSchema, type Kind, type Subject } from '../claims/schema.js';
import type { SubjectResult } from '../compare/types.js';
import { Body } from './Body.js';
import { acceptAction, filedDuplicate, kindOf, newSubjectId, type AcceptTarget } from './inbox-accept.js';
import { inboxRows } from './inbox-rows.js';
import { useNavigation } from './navigation.js';
import { Picker } from './Picker.js';
import { rejectPlan } from './plans.js';
import type { ScreenOf } from './review-state.js';
import { TextInput } from './TextInput.js';
import { useKeys } from './keys.js';
import { Line } from './Line.js';
import { useListNavigation } from './use-list-navigation.js';

/** Props of {@link InboxScreen}. */
export interface InboxScreenProps {
  readonly screen: ScreenOf<'inbox'>;
  /** The repository (its folder's name is the default name of a first topic file). */
  readonly root: string;
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
  /** `n` with no topic file yet: the name of the first one, created before the subject is asked for. */
  | { readonly type: 'new-topic'; readonly file: string }
  | { readonly type: 'new-id'; readonly id: string }
  | { readonly type: 'new-question'; readonly id: string; readonly question: string }
  | { readonly type: 'new-kind'; readonly id: string; readonly question: string }
  /** The candidate is filed already (same outlet, value and passage): accept it again only when confirmed. */
  | { readonly type: 'duplicate'; readonly target: AcceptTarget; readonly claimId: string };

/**
 * Candidates from `urazuke extract` (claims/inbox.yaml): accept one into an existing subject or
 * a new one, edit it in `$EDITOR`, or reject it. Every change is shown as a diff first.
 */
export function InboxScreen({ screen, root, inbox, results, topics, width, height }: InboxScreenProps): ReactElement {
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
        if (results.length === 0) {
          const text = topics.length === 0 ? 'No subject yet: press n to accept into a new subject (n first creates a topic file).' : 'No subject yet: press n to accept into a new subject.';
          nav.dispatch({ type: 'notify', text, tone: 'error' });
        } else setMode({ type: 'pick' });
      } else if (input === 'n') {
        if (topics.length === 0) {
          setMode({ type: 'new-topic', file: defaultTopicFile(root) });
          nav.dispatch({ type: 'notify', text: 'No topic file yet: name the first one (Enter creates it and claims/claims.schema.json beside it).' });
        } else setMode({ type: 'new-id', id: newSubjectId(candidate, results) });
      } else if (input === 'e') nav.openEditor(inbox.file, candidate.line, { readOnly: false });
      else if (input === 'x') nav.dispatch({ type: 'propose', plan: rejectPlan(inbox.file, candidate) });
    },
    isActive: mode.type === 'list',
  });

  const selected = candidates[cursor];
  const file = (target: AcceptTarget) => {
    setMode({ type: 'list' });
    if (selected && inbox) nav.dispatch(acceptAction(inbox, results, selected, target));
  };
  if (selected && inbox && (mode.type === 'pick' || mode.type === 'new-kind')) {
    const accept = (target: AcceptTarget) => {
      const duplicate = filedDuplicate(selected, results);
      if (duplicate) setMode({ type: 'duplicate', target, claimId: duplicate.id });
      else file(target);
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
      {mode.type === 'duplicate' ? (
        <DuplicatePrompt claimId={mode.claimId} width={width} onConfirm={() => file(mode.target)} onCancel={() => setMode({ type: 'list' })} />
      ) : mode.type === 'new-topic' && selected ? (
        <NewTopicPrompt file={mode.file} width={width} onMode={setMode} next={() => ({ type: 'new-id', id: newSubjectId(selected, results) })} />
      ) : mode.type === 'new-id' || mode.type === 'new-question' ? (
        <NewSubjectPrompt mode={mode} results={results} width={width} onMode={setMode} />
      ) : (
        <Body rows={[]} width={width} height={1} />
      )}
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

/** The first topic file offered: `claims/<the repository folder's name>.yaml`, as an id (`claims/topic.yaml` when the name has no letters for one). */
export function defaultTopicFile(root: string): string {
  const slug = path
    .basename(root)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `claims/${slug || 'topic'}.yaml`;
}

/** Props of {@link DuplicatePrompt}. */
interface DuplicatePromptProps {
  readonly claimId: string;
  readonly width: number;
  onConfirm(): void;
  onCancel(): void;
}

/** The warning before filing a candidate a second time: y files it anyway, n or Esc leaves it in the inbox. */
function DuplicatePrompt({ claimId, width, onConfirm, onCancel }: DuplicatePromptProps): ReactElement {
  useKeys(
    (input, key) => {
      if (input === 'y') onConfirm();
      else if (input === 'n' || key.escape || input === 'q') onCancel();
    },
    { capture: true },
  );
  return (
    <Line
      spans={[
        { text: `Already filed as ${claimId} (same outlet, value and passage). `, style: 'warn' },
        { text: 'Accept it anyway? y yes · n/Esc no (x rejects it)', style: 'key' },
      ]}
      width={width}
    />
  );
}

/** Props of {@link NewTopicPrompt}. */
interface NewTopicPromptProps {
  readonly file: string;
  readonly width: number;
  onMode(mode: Mode): void;
  /** The step after the topic file is created. */
  next(): Mode;
}

/** `n` with no topic file: its name (checked, never an existing file); Enter creates it, then the new subject is asked for. */
function NewTopicPrompt({ file, width, onMode, next }: NewTopicPromptProps): ReactElement {
  const nav = useNavigation();
  const problem = topicFileProblem(file);
  return (
    <TextInput
      label="New topic file: "
      value={file}
      width={width}
      onChange={(name) => onMode({ type: 'new-topic', file: name.replace(/\s/g, '-') })}
      onCancel={() => onMode({ type: 'list' })}
      onSubmit={(name) => {
        if (problem) nav.dispatch({ type: 'notify', text: `Not a topic file name: ${problem}`, tone: 'error' });
        else void nav.createTopic(name).then((created) => onMode(created ? next() : { type: 'new-topic', file: name }));
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
