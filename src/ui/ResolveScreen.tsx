import { Box } from 'ink';
import { useState, type ReactElement } from 'react';
import type { Resolution } from '../claims/schema.js';
import type { SubjectResult } from '../compare/types.js';
import { Body, type Row } from './Body.js';
import { shortId } from './format.js';
import { useNavigation, type Screen } from './navigation.js';
import { resolvePlan } from './plans.js';
import { claimsInGroups } from './SubjectScreen.js';
import { TextInput } from './TextInput.js';
import { useKeys } from './keys.js';

/** Props of {@link ResolveScreen}. */
export interface ResolveScreenProps {
  readonly screen: Extract<Screen, { kind: 'resolve' }>;
  readonly result: SubjectResult;
  readonly width: number;
  readonly height: number;
}

const STATUSES: readonly Resolution['status'][] = ['open', 'resolved', 'disputed'];
const FIELDS = ['status', 'accepted', 'note', 'save'] as const;

/**
 * Record a reviewer's decision on a subject: its status, the claim (and so the value) judged
 * right, and a note. Saving shows the YAML diff first.
 */
export function ResolveScreen({ screen, result, width, height }: ResolveScreenProps): ReactElement {
  const nav = useNavigation();
  const subject = result.loaded.subject;
  const existing = subject.resolution;
  const choices = [undefined, ...claimsInGroups(result).flatMap((s) => s.claims)];
  // The form lives in the screen's state, so it survives the diff screen and a cancelled save.
  const status: Resolution['status'] = screen.status ?? (screen.accepted ? 'resolved' : existing?.status ?? 'open');
  const accepted: string | undefined = screen.field !== undefined ? screen.accepted : (screen.accepted ?? existing?.accepted ?? undefined);
  const note = screen.note ?? existing?.note ?? '';
  const field = screen.field ?? (screen.accepted ? 'note' : 'status');
  const setStatus = (value: Resolution['status']) => nav.update({ status: value, accepted, field });
  const setAccepted = (value: string | undefined) => nav.update({ accepted: value, field });
  const setNote = (value: string) => nav.update({ note: value, accepted, field });
  const setField = (value: (typeof FIELDS)[number]) => nav.update({ field: value, accepted });
  const [editing, setEditing] = useState(false);

  const save = () => {
    const resolution: Resolution = {
      status,
      ...(accepted !== undefined ? { accepted } : existing?.accepted !== undefined ? { accepted: null } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    nav.propose(resolvePlan(result.loaded.topic.file, subject.id, resolution));
  };
  const cycle = (step: number) => {
    if (field === 'status') setStatus(STATUSES[(STATUSES.indexOf(status) + step + STATUSES.length) % STATUSES.length]!);
    else if (field === 'accepted') {
      const at = choices.findIndex((c) => c?.loaded.claim.id === accepted);
      const next = choices[(Math.max(0, at) + step + choices.length) % choices.length];
      setAccepted(next?.loaded.claim.id);
    }
  };

  useKeys(
    (input, key) => {
      const at = FIELDS.indexOf(field);
      if (key.upArrow || input === 'k' || (key.shift && key.tab)) setField(FIELDS[Math.max(0, at - 1)]!);
      else if (key.downArrow || input === 'j' || key.tab) setField(FIELDS[Math.min(FIELDS.length - 1, at + 1)]!);
      else if (key.leftArrow || input === 'h') cycle(-1);
      else if (key.rightArrow || input === 'l' || input === ' ') cycle(1);
      else if (input === 's') save();
      else if (key.return) {
        if (field === 'note') setEditing(true);
        else if (field === 'save') save();
        else cycle(1);
      } else if (input === 'e' || input === 'n') {
        setField('note');
        setEditing(true);
      }
    },
    { isActive: !editing },
  );

  const acceptedClaim = choices.find((c) => c?.loaded.claim.id === accepted);
  const mark = (f: (typeof FIELDS)[number]) => (field === f ? '▸ ' : '  ');
  const rows: Row[] = [
    { spans: [{ text: `Resolve ${subject.id}`, style: 'title' }, { text: ` · ${subject.question}` }] },
    { spans: [{ text: `currently: ${existing ? `${existing.status}${existing.accepted ? `, accepted ${existing.accepted}` : ''}` : 'no resolution'}`, style: 'dim' }] },
    { spans: [] },
    { spans: [{ text: `${mark('status')}Status:   ` }, ...STATUSES.map((s) => ({ text: s === status ? `[${s}] ` : ` ${s}  `, style: s === status ? ('key' as const) : ('dim' as const) }))], selected: field === 'status' },
    {
      spans: [
        { text: `${mark('accepted')}Accepted: ` },
        acceptedClaim
          ? { text: `${acceptedClaim.display} — ${acceptedClaim.loaded.claim.outlet} (${shortId(acceptedClaim.loaded.claim.id)})`, style: 'value' }
          : { text: 'none', style: 'dim' },
        { text: '   ←→ choose the claim (and value) judged right', style: 'dim' },
      ],
      selected: field === 'accepted',
    },
    { spans: [{ text: `${mark('note')}Note:     ` }, { text: note || '(none: Enter to write)', style: note ? undefined : 'dim' }], selected: field === 'note' },
    { spans: [{ text: `${mark('save')}[ Save: show the YAML diff ]`, style: 'key' }], selected: field === 'save' },
  ];
  return (
    <Box flexDirection="column">
      <Body rows={rows} width={width} height={Math.max(1, height - 1)} />
      {editing ? (
        <TextInput
          label="Note: "
          value={note}
          width={width}
          onChange={setNote}
          onSubmit={() => {
            setEditing(false);
            setField('save');
          }}
          onCancel={() => {
            setNote(existing?.note ?? '');
            setEditing(false);
          }}
        />
      ) : (
        <Body rows={[]} width={width} height={1} />
      )}
    </Box>
  );
}
