import type { Resolution } from '../claims/schema.js';
import type { ClaimResult, SubjectResult } from '../compare/types.js';
import type { Row } from './Body.js';
import { shortId } from './format.js';
import type { ScreenOf, ScreenPatch } from './review-state.js';

/** The statuses a resolution can have, in the order ←→ goes through them. */
export const STATUSES: readonly Resolution['status'][] = ['open', 'resolved', 'disputed'];

/** The fields of the Resolve form, top to bottom. */
export const FIELDS = ['status', 'accepted', 'note', 'save'] as const;

/** A field of the Resolve form. */
export type Field = (typeof FIELDS)[number];

/** The form as shown: what the reviewer set, else what the subject's resolution says. */
export interface ResolveForm {
  readonly status: Resolution['status'];
  /** The id of the claim judged right (none: undefined). */
  readonly accepted: string | undefined;
  readonly note: string;
  readonly field: Field;
}

/**
 * The form of a Resolve screen. Opened with a claim to accept (`a` on the Subject screen), it
 * proposes "resolved" and starts on the note. Once a field was chosen, the accepted claim is the
 * one the screen keeps (none included).
 */
export function resolveForm(screen: ScreenOf<'resolve'>, existing: Resolution | undefined): ResolveForm {
  return {
    status: screen.status ?? (screen.accepted ? 'resolved' : existing?.status ?? 'open'),
    accepted: screen.field !== undefined ? screen.accepted : (screen.accepted ?? existing?.accepted ?? undefined),
    note: screen.note ?? existing?.note ?? '',
    field: screen.field ?? (screen.accepted ? 'note' : 'status'),
  };
}

/** The resolution to write (an accepted claim taken away is written `accepted: null`). */
export function formResolution(form: ResolveForm, existing: Resolution | undefined): Resolution {
  return {
    status: form.status,
    ...(form.accepted !== undefined ? { accepted: form.accepted } : existing?.accepted !== undefined ? { accepted: null } : {}),
    ...(form.note.trim() ? { note: form.note.trim() } : {}),
  };
}

/** ←→ on the status or the accepted claim (`choices`: none, then the claims in display order); undefined elsewhere. */
export function cycleField(form: ResolveForm, choices: readonly (string | undefined)[], step: number): ScreenPatch<'resolve'> | undefined {
  if (form.field === 'status') {
    return { status: STATUSES[(STATUSES.indexOf(form.status) + step + STATUSES.length) % STATUSES.length]!, accepted: form.accepted, field: form.field };
  }
  if (form.field === 'accepted') {
    const at = choices.indexOf(form.accepted);
    return { accepted: choices[(Math.max(0, at) + step + choices.length) % choices.length], field: form.field };
  }
  return undefined;
}

/** The rows of the form: the subject, its resolution now, then the fields, the chosen one marked. */
export function resolveRows(result: SubjectResult, form: ResolveForm, acceptedClaim: ClaimResult | undefined): Row[] {
  const subject = result.loaded.subject;
  const existing = subject.resolution;
  const mark = (f: Field) => (form.field === f ? '▸ ' : '  ');
  return [
    { spans: [{ text: `Resolve ${subject.id}`, style: 'title' }, { text: ` · ${subject.question}` }] },
    { spans: [{ text: `currently: ${existing ? `${existing.status}${existing.accepted ? `, accepted ${existing.accepted}` : ''}` : 'no resolution'}`, style: 'dim' }] },
    { spans: [] },
    {
      spans: [{ text: `${mark('status')}Status:   ` }, ...STATUSES.map((s) => ({ text: s === form.status ? `[${s}] ` : ` ${s}  `, style: s === form.status ? ('key' as const) : ('dim' as const) }))],
      selected: form.field === 'status',
    },
    {
      spans: [
        { text: `${mark('accepted')}Accepted: ` },
        acceptedClaim
          ? { text: `${acceptedClaim.display} — ${acceptedClaim.loaded.claim.outlet} (${shortId(acceptedClaim.loaded.claim.id)})`, style: 'value' }
          : { text: 'none', style: 'dim' },
        { text: '   ←→ choose the claim (and value) judged right', style: 'dim' },
      ],
      selected: form.field === 'accepted',
    },
    { spans: [{ text: `${mark('note')}Note:     ` }, { text: form.note || '(none: Enter to write)', style: form.note ? undefined : 'dim' }], selected: form.field === 'note' },
    { spans: [{ text: `${mark('save')}[ Save: show the YAML diff ]`, style: 'key' }], selected: form.field === 'save' },
  ];
}
