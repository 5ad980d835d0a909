import path from 'node:path';
import { Box } from 'ink';
import { useMemo, useState, type ReactElement } from 'react';
import { candidateField, type Inbox, type InboxCandidate } from '../claims/inbox.js';
import type { LoadedTopic } from '../claims/load.js';
import { topicFileProblem } from '../claims/new-topic.js';
import { KindSchema, type Kind, type Subject } from '../claims/schema.js';
import type { SubjectResult } from '../compare/types.js';
import { Body } from './Body.js';
import { acceptAction, filedDuplicate, kindOf, newSubjectId, type AcceptTarget } from './inbox-accept.js';
import { acceptGroupAction, groupDuplicates, groupSubjectId, splitSubject } from './inbox-group-accept.js';
import { candidateKey, candidateSpan, inboxGroups, inboxLayout } from './inbox-groups.js';
import { moveCandidatePlan, rejectGroupPlan, splitCandidatePlan } from './inbox-plans.js';
import { inboxRows } from './inbox-rows.js';
import { GroupDuplicatePrompt, GroupSubjectPrompt, MovePicker } from './InboxGroupPrompts.js';
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

/** What the Inbox screen is doing: listing, or accepting the selected candidate or its group, or moving it. */
type Mode =
  | { readonly type: 'list' }
  | { readonly type: 'pick' }
  /** `n` (or `A` of a proposed subject) with no topic file yet: the name of the first one, created before the subject is asked for. */
  | { readonly type: 'new-topic'; readonly file: string; readonly group: boolean }
  | { readonly type: 'new-id'; readonly id: string }
  | { readonly type: 'new-question'; readonly id: string; readonly question: string }
  | { readonly type: 'new-kind'; readonly id: string; readonly question: string }
  /** The candidate is filed already (same outlet, value and passage): accept it again only when confirmed. */
  | { readonly type: 'duplicate'; readonly target: AcceptTarget; readonly claimId: string }
  /** `A` of a proposed subject: its id, then its drafted question, both editable. */
  | { readonly type: 'group-id'; readonly id: string }
  | { readonly type: 'group-question'; readonly id: string; readonly question: string }
  /** Some candidates of the group are filed already: all of them anyway, or the others only. */
  | { readonly type: 'group-duplicate'; readonly target: AcceptTarget; readonly duplicates: readonly InboxCandidate[]; readonly claimIds: readonly string[] }
  /** `m`: into which subject the candidate moves. */
  | { readonly type: 'move' };

/**
 * Candidates from `urazuke extract` (claims/inbox.yaml), grouped by the subject proposed for
 * them, conflicts first: accept a whole group as a subject of a topic file, or one candidate into
 * an existing subject or a new one; move a candidate to another group or split it out; edit one
 * in `$EDITOR`; reject one or a group. Every change is shown as a diff first.
 */
export function InboxScreen({ screen, root, inbox, results, topics, width, height }: InboxScreenProps): ReactElement {
  const nav = useNavigation();
  const [mode, setMode] = useState<Mode>({ type: 'list' });
  // The window is the screen's own: opened again, the screen shows the selected candidate from the top.
  const [firstShown, setFirstShown] = useState(0);
  const groups = useMemo(() => inboxGroups(inbox, results, topics), [inbox, results, topics]);
  const layout = useMemo(() => inboxLayout(groups), [groups]);
  const candidates = layout.order;
  const listHeight = Math.max(1, height - 2);
  // About two rows a candidate: a page counts candidates.
  const perPage = Math.max(1, Math.floor(listHeight / 2));
  // The selected candidate is followed when the inbox is regrouped (moved, split, reloaded); gone, the cursor stays where it was.
  const followed = screen.selected === undefined ? -1 : candidates.findIndex((c) => candidateKey(c) === screen.selected);

  const { cursor, top: first } = useListNavigation({
    count: candidates.length,
    cursor: followed >= 0 ? followed : screen.cursor,
    pageSize: perPage,
    window: { height: listHeight, top: firstShown, rows: layout.rows.length, span: (index) => candidateSpan(layout, index) },
    onMove: (next, top) => {
      const at = candidates[next];
      nav.dispatch({ type: 'update', kind: 'inbox', patch: { cursor: next, selected: at ? candidateKey(at) : undefined } });
      setFirstShown(top);
    },
    onKey: (input) => {
      const candidate = candidates[cursor];
      const group = layout.groupOf[cursor];
      if (!candidate || !group || !inbox) return;
      if (input === 'a') {
        if (results.length === 0) {
          const text = topics.length === 0 ? 'No subject yet: press A to accept this proposed subject whole, or n to accept the candidate into a new subject (both first create a topic file).' : 'No subject yet: press A to accept this proposed subject whole, or n for a new subject.';
          nav.dispatch({ type: 'notify', text, tone: 'error' });
        } else setMode({ type: 'pick' });
      } else if (input === 'n') {
        if (topics.length === 0) askTopicFile(false);
        else setMode({ type: 'new-id', id: newSubjectId(candidate, results) });
      } else if (input === 'A') {
        if (group.filed) acceptGroup({ subjectId: group.filed.loaded.subject.id, topicFile: group.filed.loaded.topic.file });
        else if (topics.length === 0) askTopicFile(true);
        else setMode({ type: 'group-id', id: groupSubjectId(group, results) });
      } else if (input === 'm') setMode({ type: 'move' });
      else if (input === 's') {
        if (group.candidates.length === 1) nav.dispatch({ type: 'notify', text: 'The candidate is a subject of its own already.' });
        else nav.dispatch({ type: 'propose', plan: splitCandidatePlan(inbox.file, candidate, splitSubject(group, candidate, inbox, results)) });
      } else if (input === 'e') nav.openEditor(inbox.file, candidate.line, { readOnly: false });
      else if (input === 'x') nav.dispatch({ type: 'propose', plan: rejectPlan(inbox.file, candidate) });
      else if (input === 'X') nav.dispatch({ type: 'propose', plan: rejectGroupPlan(inbox.file, group.candidates, group.subjectId ?? 'a candidate without subject') });
    },
    isActive: mode.type === 'list',
  });

  const selected = candidates[cursor];
  const selectedGroup = layout.groupOf[cursor];
  function askTopicFile(group: boolean) {
    setMode({ type: 'new-topic', file: defaultTopicFile(root), group });
    nav.dispatch({ type: 'notify', text: 'No topic file yet: name the first one (Enter creates it and claims/claims.schema.json beside it).' });
  }
  function acceptGroup(target: AcceptTarget) {
    if (!selectedGroup || !inbox) return;
    const duplicates = groupDuplicates(selectedGroup, results);
    if (duplicates.length > 0) {
      setMode({ type: 'group-duplicate', target, duplicates: duplicates.map((d) => d.candidate), claimIds: duplicates.map((d) => d.claimId) });
      return;
    }
    setMode({ type: 'list' });
    nav.dispatch(acceptGroupAction(inbox, results, selectedGroup, target));
  }
  const fileGroup = (target: AcceptTarget, skip: readonly InboxCandidate[]) => {
    setMode({ type: 'list' });
    if (selectedGroup && inbox) nav.dispatch(acceptGroupAction(inbox, results, selectedGroup, target, new Set(skip)));
  };
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
  if (selected && selectedGroup && inbox && mode.type === 'move') {
    return (
      <MovePicker
        groups={groups}
        results={results}
        from={selectedGroup}
        width={width}
        height={height}
        onCancel={() => setMode({ type: 'list' })}
        onPick={(subjectId) => {
          setMode({ type: 'list' });
          nav.dispatch({ type: 'propose', plan: moveCandidatePlan(inbox.file, selected, subjectId) });
        }}
      />
    );
  }

  const title = `Inbox ${candidates.length === 0 ? '' : `${cursor + 1}/${candidates.length} · ${groups.length} proposed subject${groups.length === 1 ? '' : 's'}`}`;
  const groupTarget = (id: string, question: string): AcceptTarget => ({
    subjectId: id,
    topicFile: topics[0]?.file ?? '',
    newSubject: { ...selectedGroup!.subject, id, question },
  });
  return (
    <Box flexDirection="column">
      <Body rows={[{ spans: [{ text: title, style: 'title' }, { text: `  ${inbox?.file ?? 'claims/inbox.yaml'}`, style: 'dim' }] }]} width={width} height={1} />
      <Body rows={inboxRows(inbox, layout, first, listHeight, cursor)} width={width} height={listHeight} />
      {mode.type === 'duplicate' ? (
        <DuplicatePrompt claimId={mode.claimId} width={width} onConfirm={() => file(mode.target)} onCancel={() => setMode({ type: 'list' })} />
      ) : mode.type === 'group-duplicate' ? (
        <GroupDuplicatePrompt
          claimIds={mode.claimIds}
          width={width}
          onAll={() => fileGroup(mode.target, [])}
          onOthers={() => fileGroup(mode.target, mode.duplicates)}
          onCancel={() => setMode({ type: 'list' })}
        />
      ) : mode.type === 'new-topic' && selected && selectedGroup ? (
        <NewTopicPrompt
          mode={mode}
          width={width}
          onMode={setMode}
          next={() => (mode.group ? { type: 'group-id', id: groupSubjectId(selectedGroup, results) } : { type: 'new-id', id: newSubjectId(selected, results) })}
        />
      ) : mode.type === 'new-id' || mode.type === 'new-question' ? (
        <NewSubjectPrompt mode={mode} results={results} width={width} onMode={setMode} />
      ) : (mode.type === 'group-id' || mode.type === 'group-question') && selectedGroup ? (
        <GroupSubjectPrompt mode={mode} group={selectedGroup} results={results} width={width} onMode={setMode} onAccept={(id, question) => acceptGroup(groupTarget(id, question))} />
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
  readonly mode: Extract<Mode, { type: 'new-topic' }>;
  readonly width: number;
  onMode(mode: Mode): void;
  /** The step after the topic file is created. */
  next(): Mode;
}

/** `n` with no topic file: its name (checked, never an existing file); Enter creates it, then the new subject is asked for. */
function NewTopicPrompt({ mode, width, onMode, next }: NewTopicPromptProps): ReactElement {
  const nav = useNavigation();
  const file = mode.file;
  const problem = topicFileProblem(file);
  return (
    <TextInput
      label="New topic file: "
      value={file}
      width={width}
      onChange={(name) => onMode({ ...mode, file: name.replace(/\s/g, '-') })}
      onCancel={() => onMode({ type: 'list' })}
      onSubmit={(name) => {
        if (problem) nav.dispatch({ type: 'notify', text: `Not a topic file name: ${problem}`, tone: 'error' });
        else void nav.createTopic(name).then((created) => onMode(created ? next() : { ...mode, file: name }));
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
