import { Box } from 'ink';
import { useState, type ReactElement } from 'react';
import type { SubjectResult } from '../compare/types.js';
import { Body } from './Body.js';
import { claimsInGroups } from './claim-groups.js';
import { STEP_KEYS } from './list-keys.js';
import { useNavigation } from './navigation.js';
import { resolvePlan } from './plans.js';
import { cycleField, FIELDS, formResolution, resolveForm, resolveRows, type Field } from './resolve-form.js';
import type { ScreenOf, ScreenPatch } from './review-state.js';
import { TextInput } from './TextInput.js';
import { useListNavigation } from './use-list-navigation.js';

/** Props of {@link ResolveScreen}. */
export interface ResolveScreenProps {
  readonly screen: ScreenOf<'resolve'>;
  readonly result: SubjectResult;
  readonly width: number;
  readonly height: number;
}

/**
 * Record a reviewer's decision on a subject: its status, the claim (and so the value) judged
 * right, and a note. Saving shows the YAML diff first.
 */
export function ResolveScreen({ screen, result, width, height }: ResolveScreenProps): ReactElement {
  const nav = useNavigation();
  const subject = result.loaded.subject;
  const existing = subject.resolution;
  const claims = claimsInGroups(result).flatMap((s) => s.claims);
  // The form lives in the screen's state, so it survives the diff screen and a cancelled save.
  const form = resolveForm(screen, existing);
  const [editing, setEditing] = useState(false);
  const update = (patch: ScreenPatch<'resolve'>) => nav.dispatch({ type: 'update', kind: 'resolve', patch });
  const setField = (field: Field) => update({ field, accepted: form.accepted });
  const setNote = (note: string) => update({ note, accepted: form.accepted, field: form.field });
  const save = () => nav.dispatch({ type: 'propose', plan: resolvePlan(result.loaded.topic.file, subject.id, formResolution(form, existing)) });
  const cycle = (step: number) => {
    const patch = cycleField(form, [undefined, ...claims.map((c) => c.loaded.claim.id)], step);
    if (patch) update(patch);
  };

  useListNavigation({
    count: FIELDS.length,
    cursor: FIELDS.indexOf(form.field),
    keys: STEP_KEYS,
    onMove: (at) => setField(FIELDS[at]!),
    onKey: (input, key) => {
      const at = FIELDS.indexOf(form.field);
      if (key.shift && key.tab) setField(FIELDS[Math.max(0, at - 1)]!);
      else if (key.tab) setField(FIELDS[Math.min(FIELDS.length - 1, at + 1)]!);
      else if (key.leftArrow || input === 'h') cycle(-1);
      else if (key.rightArrow || input === 'l' || input === ' ') cycle(1);
      else if (input === 's') save();
      else if (key.return) {
        if (form.field === 'note') setEditing(true);
        else if (form.field === 'save') save();
        else cycle(1);
      } else if (input === 'e' || input === 'n') {
        setField('note');
        setEditing(true);
      }
    },
    isActive: !editing,
  });

  const acceptedClaim = claims.find((c) => c.loaded.claim.id === form.accepted);
  return (
    <Box flexDirection="column">
      <Body rows={resolveRows(result, form, acceptedClaim)} width={width} height={Math.max(1, height - 1)} />
      {editing ? (
        <TextInput
          label="Note: "
          value={form.note}
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
