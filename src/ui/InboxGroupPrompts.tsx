import type { ReactElement } from 'react';
import type { SubjectResult } from '../compare/types.js';
import type { InboxGroup } from './inbox-groups.js';
import { useKeys } from './keys.js';
import { Line } from './Line.js';
import { useNavigation } from './navigation.js';
import { Picker } from './Picker.js';
import { TextInput } from './TextInput.js';

/** The steps of `A` on a proposed subject: its id, then its question (both offered as drafted, editable). */
export type GroupStep = { readonly type: 'group-id'; readonly id: string } | { readonly type: 'group-question'; readonly id: string; readonly question: string };

/** Props of {@link GroupSubjectPrompt}. */
export interface GroupSubjectPromptProps {
  readonly mode: GroupStep;
  readonly group: InboxGroup;
  readonly results: readonly SubjectResult[];
  readonly width: number;
  onMode(mode: GroupStep | { readonly type: 'list' }): void;
  /** Both given: the plan is made (its diff shown next). */
  onAccept(id: string, question: string): void;
}

/** `A` on a proposed subject: the new subject's id (not taken), then its drafted question to rewrite; Enter makes the plan. */
export function GroupSubjectPrompt({ mode, group, results, width, onMode, onAccept }: GroupSubjectPromptProps): ReactElement {
  const nav = useNavigation();
  const refuse = (text: string) => nav.dispatch({ type: 'notify', text, tone: 'error' });
  const cancel = () => onMode({ type: 'list' });
  if (mode.type === 'group-id') {
    return (
      <TextInput
        label="Subject id: "
        value={mode.id}
        width={width}
        onChange={(id) => onMode({ type: 'group-id', id: id.replace(/\s/g, '-') })}
        onCancel={cancel}
        onSubmit={(id) => {
          if (!id) refuse('A subject needs an id.');
          else if (results.some((r) => r.loaded.subject.id === id)) refuse(`The subject ${id} is filed: m moves candidates into it, or choose another id.`);
          else onMode({ type: 'group-question', id, question: group.subjectId ? group.subject.question : '' });
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
        else onAccept(mode.id, question.trim());
      }}
    />
  );
}

/** Props of {@link GroupDuplicatePrompt}. */
export interface GroupDuplicatePromptProps {
  readonly claimIds: readonly string[];
  readonly width: number;
  onAll(): void;
  onOthers(): void;
  onCancel(): void;
}

/** Before accepting a group some of whose candidates are filed already: y files them all, s leaves those in the inbox, n/Esc cancels. */
export function GroupDuplicatePrompt({ claimIds, width, onAll, onOthers, onCancel }: GroupDuplicatePromptProps): ReactElement {
  useKeys(
    (input, key) => {
      if (input === 'y') onAll();
      else if (input === 's') onOthers();
      else if (input === 'n' || key.escape || input === 'q') onCancel();
    },
    { capture: true },
  );
  const named = claimIds.slice(0, 3).join(', ') + (claimIds.length > 3 ? ` and ${claimIds.length - 3} more` : '');
  return (
    <Line
      spans={[
        { text: `${claimIds.length} filed already (as ${named}): `, style: 'warn' },
        { text: `y accept all anyway · s skip ${claimIds.length === 1 ? 'it' : 'them'} · n/Esc cancel`, style: 'key' },
      ]}
      width={width}
    />
  );
}

/** Props of {@link MovePicker}. */
export interface MovePickerProps {
  readonly groups: readonly InboxGroup[];
  readonly results: readonly SubjectResult[];
  /** The group the candidate leaves (not offered). */
  readonly from: InboxGroup;
  readonly width: number;
  readonly height: number;
  onPick(subjectId: string): void;
  onCancel(): void;
}

/** `m`: the subjects a candidate can move to: the other proposed subjects, as the Inbox orders them, then the filed subjects. */
export function MovePicker({ groups, results, from, width, height, onPick, onCancel }: MovePickerProps): ReactElement {
  const items: { key: string; label: string }[] = [];
  const seen = new Set<string>(from.subjectId ? [from.subjectId] : []);
  for (const group of groups) {
    if (!group.subjectId || seen.has(group.subjectId)) continue;
    seen.add(group.subjectId);
    const n = group.candidates.length;
    items.push({ key: group.subjectId, label: `${group.subjectId} · ${group.subject.question}  (${group.preview.verdict}, ${n} candidate${n === 1 ? '' : 's'}${group.filed ? ', filed' : ''})` });
  }
  for (const result of results) {
    const subject = result.loaded.subject;
    if (seen.has(subject.id)) continue;
    seen.add(subject.id);
    items.push({ key: subject.id, label: `${subject.id} · ${subject.question}  (filed)` });
  }
  return <Picker title="Move the candidate into which subject?" items={items} width={width} height={height} onCancel={onCancel} onPick={onPick} />;
}
