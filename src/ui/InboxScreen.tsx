import { Box } from 'ink';
import { useRef, useState, type ReactElement } from 'react';
import type { LoadedTopic } from '../claims/load.js';
import { KindSchema, type Kind, type Subject, type Value } from '../claims/schema.js';
import type { SubjectResult } from '../compare/types.js';
import { Body, type Row } from './Body.js';
import { quoteSpans } from './figure-spans.js';
import { writtenValue } from './format.js';
import { candidateField, candidateSource, candidateToClaim, type Inbox, type InboxCandidate } from '../claims/inbox.js';
import { clampIndex, windowTop } from './list-window.js';
import { useNavigation, type Screen } from './navigation.js';
import { Picker } from './Picker.js';
import { acceptPlan, rejectPlan } from './plans.js';
import { fit } from './text-width.js';
import { TextInput } from './TextInput.js';
import { useKeys } from './keys.js';

/** Props of {@link InboxScreen}. */
export interface InboxScreenProps {
  readonly screen: Extract<Screen, { kind: 'inbox' }>;
  readonly inbox: Inbox | undefined;
  readonly results: readonly SubjectResult[];
  readonly topics: readonly LoadedTopic[];
  readonly width: number;
  readonly height: number;
}

type Mode =
  | { readonly type: 'list' }
  | { readonly type: 'pick' }
  | { readonly type: 'new-id'; readonly id: string }
  | { readonly type: 'new-question'; readonly id: string; readonly question: string }
  | { readonly type: 'new-kind'; readonly id: string; readonly question: string };

/** A first guess at the kind of subject a candidate's value belongs to. */
export function guessKind(value: unknown): Kind {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'count';
  if (typeof value === 'string') return /^\d{4}(-\d{2}){0,2}$/.test(value) ? 'date' : 'text';
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.some((k) => ['from', 'to', 'before', 'after'].includes(k))) return 'date';
    if (keys.includes('share')) return 'count';
  }
  return 'count';
}

/**
 * Candidates from `urazuke extract` (claims/inbox.yaml): accept one into an existing subject or
 * a new one, edit it in `$EDITOR`, or reject it. Every change is shown as a diff first.
 */
export function InboxScreen({ screen, inbox, results, topics, width, height }: InboxScreenProps): ReactElement {
  const nav = useNavigation();
  const [mode, setMode] = useState<Mode>({ type: 'list' });
  const candidates = inbox?.candidates ?? [];
  const cursor = clampIndex(screen.cursor, candidates.length);
  const selected = candidates[cursor];
  const topRef = useRef(0);
  const pageSize = Math.max(1, Math.floor((height - 2) / 2));

  const takenIds = new Set(results.flatMap((r) => r.claims.map((c) => c.loaded.claim.id)));
  const accept = (candidate: InboxCandidate, subjectId: string, topicFile: string, newSubject?: Subject) => {
    if (!inbox) return;
    const made = candidateToClaim(candidate, subjectId, takenIds);
    if ('error' in made) {
      nav.notify(made.error, 'error');
      return;
    }
    nav.propose(acceptPlan(topicFile, inbox.file, candidate, made.claim, newSubject));
  };

  useKeys(
    (input, key) => {
      if (key.upArrow || input === 'k') nav.update({ cursor: Math.max(0, cursor - 1) });
      else if (key.downArrow || input === 'j') nav.update({ cursor: clampIndex(cursor + 1, candidates.length) });
      else if (key.pageUp || (key.ctrl && input === 'b')) nav.update({ cursor: Math.max(0, cursor - pageSize) });
      else if (key.pageDown || (key.ctrl && input === 'f') || input === ' ') nav.update({ cursor: clampIndex(cursor + pageSize, candidates.length) });
      else if (key.home || input === 'g') nav.update({ cursor: 0 });
      else if (key.end || input === 'G') nav.update({ cursor: Math.max(0, candidates.length - 1) });
      else if (!selected || !inbox) return;
      else if (input === 'a') {
        if (results.length === 0) nav.notify('No subject yet: press n to accept into a new subject.', 'error');
        else setMode({ type: 'pick' });
      } else if (input === 'n') {
        if (topics.length === 0) nav.notify('No topic file under claims/ to add a subject to: create one first.', 'error');
        else {
          const wanted = candidateField(selected, 'subject');
          setMode({ type: 'new-id', id: wanted && !results.some((r) => r.loaded.subject.id === wanted) ? wanted : '' });
        }
      } else if (input === 'e') nav.openEditor(inbox.file, selected.line);
      else if (input === 'x') nav.propose(rejectPlan(inbox.file, selected));
    },
    { isActive: mode.type === 'list' },
  );

  if (mode.type === 'pick' && selected) {
    return (
      <Picker
        title="Accept into which subject?"
        items={results.map((r) => ({ key: r.loaded.subject.id, label: `${r.loaded.subject.id} · ${r.loaded.subject.question}` }))}
        initialKey={candidateField(selected, 'subject')}
        width={width}
        height={height}
        onCancel={() => setMode({ type: 'list' })}
        onPick={(subjectId) => {
          setMode({ type: 'list' });
          const target = results.find((r) => r.loaded.subject.id === subjectId);
          if (target) accept(selected, subjectId, target.loaded.topic.file);
        }}
      />
    );
  }
  if (mode.type === 'new-kind' && selected) {
    const noted = selected.data['kind'];
    const guess = KindSchema.options.includes(noted as Kind) ? (noted as Kind) : guessKind(selected.data['value']);
    return (
      <Picker
        title={`Kind of the new subject ${mode.id}`}
        items={KindSchema.options.map((k) => ({ key: k, label: k }))}
        initialKey={guess}
        width={width}
        height={height}
        onCancel={() => setMode({ type: 'list' })}
        onPick={(kind) => {
          setMode({ type: 'list' });
          const unit = candidateField(selected, 'unit');
          const subject: Subject = { id: mode.id, question: mode.question, kind: kind as Kind, ...(unit ? { unit } : {}) };
          accept(selected, mode.id, topics[0]!.file, subject);
        }}
      />
    );
  }

  const listHeight = Math.max(1, height - 2);
  // Two rows a candidate; only the candidates in the window are laid out (an inbox can be long).
  const perPage = Math.max(1, Math.floor(listHeight / 2));
  const first = windowTop(cursor, candidates.length, perPage, topRef.current);
  topRef.current = first;
  const rows: Row[] = [];
  candidates.slice(first, first + perPage).forEach((candidate, offset) => {
    const isSelected = first + offset === cursor;
    const source = candidateSource(candidate);
    const subject = candidateField(candidate, 'subject');
    const value = candidate.data['value'];
    rows.push({
      selected: isSelected,
      spans: [
        { text: isSelected ? '▸ ' : '  ' },
        { text: fit(candidateField(candidate, 'outlet') || '(no outlet)', 12), style: 'key' },
        { text: ` ${value === undefined ? '(no value)' : writtenValue(value as Value)}`, style: 'value' },
        { text: subject ? `  subject: ${subject}` : '  no subject', style: 'dim' },
        { text: `  ${source.file}${source.line ? `:${source.line}` : ''}`, style: 'dim' },
      ],
    });
    rows.push({ spans: [{ text: '    「' }, ...quoteSpans(source.quote, value as Value), { text: '」' }] });
  });
  if (!inbox) rows.push({ spans: [{ text: '  The inbox is empty: `urazuke extract <files…>` fills claims/inbox.yaml.', style: 'dim' }] });
  else if (inbox.error) rows.push({ spans: [{ text: `  ${inbox.error}`, style: 'warn' }] });
  else if (candidates.length === 0) rows.push({ spans: [{ text: '  No candidates left in the inbox.', style: 'dim' }] });

  const prompt =
    mode.type === 'new-id' ? (
      <TextInput
        label="New subject id: "
        value={mode.id}
        width={width}
        onChange={(id) => setMode({ type: 'new-id', id: id.replace(/\s/g, '-') })}
        onCancel={() => setMode({ type: 'list' })}
        onSubmit={(id) => {
          if (!id) nav.notify('A subject needs an id.', 'error');
          else if (results.some((r) => r.loaded.subject.id === id)) nav.notify(`The subject ${id} exists: use a (accept into an existing subject).`, 'error');
          else setMode({ type: 'new-question', id, question: '' });
        }}
      />
    ) : mode.type === 'new-question' ? (
      <TextInput
        label={`Question of ${mode.id}: `}
        value={mode.question}
        width={width}
        onChange={(question) => setMode({ ...mode, question })}
        onCancel={() => setMode({ type: 'list' })}
        onSubmit={(question) => {
          if (!question.trim()) nav.notify('A subject needs a question.', 'error');
          else setMode({ type: 'new-kind', id: mode.id, question: question.trim() });
        }}
      />
    ) : (
      <Body rows={[]} width={width} height={1} />
    );
  return (
    <Box flexDirection="column">
      <Body rows={[{ spans: [{ text: `Inbox ${candidates.length === 0 ? '' : `${cursor + 1}/${candidates.length}`}`, style: 'title' }, { text: `  ${inbox?.file ?? 'claims/inbox.yaml'}`, style: 'dim' }] }]} width={width} height={1} />
      <Body rows={rows} width={width} height={listHeight} />
      {prompt}
    </Box>
  );
}
