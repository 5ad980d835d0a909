import { EditError } from '../claims/edit.js';
import { prepareChange, undoChange, type CommitResult, type EditPlan, type PendingChange } from './edit-plan.js';
import type { Finding } from '../util/message.js';
import type { ReviewData } from './review-data.js';
import type { SubjectFilter } from './subject-order.js';

/**
 * The state of the review UI and how it changes: a pure reducer over typed actions, so that
 * every transition (open a screen, go back, propose an edit, a save's outcome, a reload) is one
 * case of one function, testable without Ink. Effects (writing files, reloading, `$EDITOR`)
 * stay outside and report their outcome as actions.
 */

/** The screens of the review UI, each with the state that must survive going deeper and back. */
export type Screen =
  /** `selected`: the subject the cursor is on, kept there when a save or a reload moves it in the order. */
  | { readonly kind: 'subjects'; readonly cursor: number; readonly top: number; readonly filter: SubjectFilter; readonly query: string; readonly selected?: string | undefined }
  /** `selected`: the claim the cursor is on (a deprecated claim moves to the end). */
  | { readonly kind: 'subject'; readonly subjectId: string; readonly cursor: number; readonly mark: string | undefined; readonly selected?: string | undefined }
  /** `top` undefined: the quote in view, a third of the way down. */
  | { readonly kind: 'source'; readonly claimId: string; readonly top: number | undefined }
  | { readonly kind: 'compare'; readonly a: string; readonly b: string; readonly top: number }
  | {
      readonly kind: 'resolve';
      readonly subjectId: string;
      /** The form as the reviewer left it (kept while a diff is shown, so nothing typed is lost). */
      readonly accepted?: string | undefined;
      readonly status?: 'open' | 'resolved' | 'disputed' | undefined;
      readonly note?: string | undefined;
      readonly field?: 'status' | 'accepted' | 'note' | 'save' | undefined;
    }
  /** `selected`: the identity of the candidate the cursor is on, followed when a move or a reload regroups the inbox. */
  | { readonly kind: 'inbox'; readonly cursor: number; readonly selected?: string | undefined }
  /** What `urazuke check` finds in the files loaded: one row each, Enter opens the editor there. */
  | { readonly kind: 'problems'; readonly cursor: number }
  | { readonly kind: 'help'; readonly top: number }
  | { readonly kind: 'save'; readonly change: PendingChange; readonly top: number; readonly undo: boolean }
  | { readonly kind: 'conflict'; readonly change: PendingChange; readonly current: readonly string[]; readonly top: number; readonly undo: boolean };

/** The name of a screen. */
export type ScreenKind = Screen['kind'];

/** The state of one kind of screen. */
export type ScreenOf<K extends ScreenKind> = Extract<Screen, { readonly kind: K }>;

/** Screens that only confirm or fill in an edit: `q` leaves them, `u` does nothing there, a save closes them. */
export const FORM_SCREENS: ReadonlySet<ScreenKind> = new Set<ScreenKind>(['save', 'conflict', 'resolve']);

/** The message of the status line. */
export interface Status {
  readonly text: string;
  readonly tone: 'info' | 'error';
}

/** Everything the review UI shows and remembers. */
export interface ReviewState {
  /** The repository as last loaded. */
  readonly data: ReviewData;
  /** The screens opened, Subjects at the bottom; the last one is shown. */
  readonly stack: readonly Screen[];
  readonly status: Status | undefined;
  /** The changes saved in this session, the last one last: `u` undoes it. */
  readonly saved: readonly PendingChange[];
  /** A change is being written: keys wait until it is done. */
  readonly busy: boolean;
  /** What `check` found in `data` (undefined until it has run: the loaders' findings stand in). */
  readonly checked: readonly Finding[] | undefined;
}

/** New values for some fields of one kind of screen. */
export type ScreenPatch<K extends ScreenKind> = Partial<Omit<ScreenOf<K>, 'kind'>>;

/** A change of the state of one screen, checked against its kind. */
export type ScreenUpdate = {
  readonly [K in ScreenKind]: { readonly type: 'update'; readonly kind: K; readonly patch: ScreenPatch<K> };
}[ScreenKind];

/** What can happen to the review UI. */
export type ReviewAction =
  | { readonly type: 'open-subject'; readonly subjectId: string }
  | { readonly type: 'open-source'; readonly claimId: string }
  | { readonly type: 'open-compare'; readonly a: string; readonly b: string }
  | { readonly type: 'open-resolve'; readonly subjectId: string; readonly accepted?: string }
  | { readonly type: 'open-inbox' }
  | { readonly type: 'open-problems' }
  | { readonly type: 'open-help' }
  /** Esc: back to the screen below (Subjects stays). */
  | { readonly type: 'back' }
  | ScreenUpdate
  | { readonly type: 'notify'; readonly text: string; readonly tone?: Status['tone'] }
  /** Show an edit as a YAML diff to confirm; nothing is written before the reviewer confirms. */
  | { readonly type: 'propose'; readonly plan: EditPlan }
  /** `u`: show the undo of the last save as a diff to confirm. */
  | { readonly type: 'propose-undo' }
  | { readonly type: 'save-started' }
  | { readonly type: 'save-finished'; readonly change: PendingChange; readonly undo: boolean; readonly result: CommitResult }
  /** On the conflict screen: apply the edit again to the files as they are on disk now. */
  | { readonly type: 'reapply' }
  | { readonly type: 'loaded'; readonly data: ReviewData }
  /** `check` ran over `data` (dropped when the files were loaded again meanwhile). */
  | { readonly type: 'checked'; readonly data: ReviewData; readonly findings: readonly Finding[] };

/** The state the UI opens with: the Subjects screen over `data`; above it the Problems when a file does not load, or the Inbox when nothing is filed yet. */
export function initialReviewState(data: ReviewData): ReviewState {
  const subjects: Screen = { kind: 'subjects', cursor: 0, top: 0, filter: { type: 'all' }, query: '' };
  const failing = filesNotLoaded(data);
  const waiting = (data.inbox?.candidates.length ?? 0) > 0;
  // A case just begun (captures extracted, nothing filed yet) opens on its inbox; one that does not load, on its problems.
  const stack: Screen[] =
    failing.length > 0 || (data.results.length === 0 && data.findings.length > 0)
      ? [subjects, { kind: 'problems', cursor: 0 }]
      : data.results.length === 0 && waiting
        ? [subjects, { kind: 'inbox', cursor: 0 }]
        : [subjects];
  const status: Status | undefined = failing.length > 0 ? { text: `${failing.join(', ')} ${failing.length === 1 ? 'does' : 'do'} not load: fix the problems below (Enter opens the editor there).`, tone: 'error' } : undefined;
  return { data, stack, status, saved: [], busy: false, checked: undefined };
}

/** The problems to show: the errors and warnings `check` found, or the loaders' until it has run. */
export function problemsOf(state: ReviewState): readonly Finding[] {
  // errors and warnings: an info finding (a capture sources.yaml does not describe, a stale relay) is a note, not a problem
  return (state.checked ?? state.data.findings).filter((f) => f.fatal === true || f.fatal === false);
}

/** The files that could not be read as YAML at all (nothing of them is shown). */
export function filesNotLoaded(data: ReviewData): string[] {
  return [...new Set(data.findings.filter((f) => f.ruleId === 'yaml-syntax').map((f) => f.file))];
}

/** The screen shown. */
export function currentScreen(state: ReviewState): Screen {
  return state.stack[state.stack.length - 1]!;
}

/** The state after an action. */
export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case 'open-subject':
      return push(state, { kind: 'subject', subjectId: action.subjectId, cursor: 0, mark: undefined });
    case 'open-source':
      return push(state, { kind: 'source', claimId: action.claimId, top: undefined });
    case 'open-compare':
      return push(state, { kind: 'compare', a: action.a, b: action.b, top: 0 });
    case 'open-resolve':
      return push(state, { kind: 'resolve', subjectId: action.subjectId, ...(action.accepted !== undefined ? { accepted: action.accepted } : {}) });
    case 'open-inbox':
      return push(state, { kind: 'inbox', cursor: 0 });
    case 'open-problems':
      return push(state, { kind: 'problems', cursor: 0 });
    case 'open-help':
      return push(state, { kind: 'help', top: 0 });
    case 'back':
      return state.stack.length > 1 ? { ...state, stack: state.stack.slice(0, -1) } : state;
    case 'update':
      return update(state, action);
    case 'notify':
      return { ...state, status: { text: action.text, tone: action.tone ?? 'info' } };
    case 'propose':
      return propose(state, action.plan);
    case 'propose-undo':
      return proposeUndo(state);
    case 'save-started':
      return { ...state, busy: true };
    case 'save-finished':
      return saveFinished({ ...state, busy: false }, action.change, action.undo, action.result);
    case 'reapply':
      return reapply(state);
    case 'loaded':
      return loaded(state, action.data);
    case 'checked':
      return action.data === state.data ? { ...state, checked: action.findings } : state;
  }
}

/** The text of a repository file as loaded (a topic file or the inbox; empty when unknown). */
export function loadedText(data: ReviewData, file: string): string {
  return data.topics.find((t) => t.file === file)?.text ?? (data.inbox?.file === file ? data.inbox.text : '');
}

/** New data from disk; a file that stops loading (an editor saved a slip) is said at once. */
function loaded(state: ReviewState, data: ReviewData): ReviewState {
  const before = new Set(filesNotLoaded(state.data));
  const broken = filesNotLoaded(data).filter((file) => !before.has(file));
  const next: ReviewState = { ...state, data, checked: undefined };
  return broken.length > 0 ? notify(next, `${broken.join(', ')} no longer loads: p shows the problems.`, 'error') : next;
}

function push(state: ReviewState, screen: Screen): ReviewState {
  return { ...state, stack: [...state.stack, screen] };
}

function replaceTop(state: ReviewState, screen: Screen): ReviewState {
  return { ...state, stack: [...state.stack.slice(0, -1), screen] };
}

function update(state: ReviewState, action: ScreenUpdate): ReviewState {
  const top = currentScreen(state);
  // A change meant for another screen (one that was just left) changes nothing.
  if (top.kind !== action.kind) return state;
  return replaceTop(state, { ...top, ...action.patch } as Screen);
}

function notify(state: ReviewState, text: string, tone: Status['tone'] = 'info'): ReviewState {
  return { ...state, status: { text, tone } };
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function propose(state: ReviewState, plan: EditPlan): ReviewState {
  let change: PendingChange;
  try {
    change = prepareChange(plan, plan.files.map((file) => loadedText(state.data, file)));
  } catch (error) {
    return notify(state, `Cannot ${plan.label}: ${messageOf(error)}`, 'error');
  }
  if (change.files.every((f) => f.before === f.after)) return notify(state, 'Nothing to change: the file already says so.');
  return push({ ...state, status: undefined }, { kind: 'save', change, top: 0, undo: false });
}

function proposeUndo(state: ReviewState): ReviewState {
  const last = state.saved[state.saved.length - 1];
  if (!last) return notify(state, 'Nothing to undo in this session.');
  return push(state, { kind: 'save', change: undoChange(last), top: 0, undo: true });
}

function saveFinished(state: ReviewState, change: PendingChange, undo: boolean, result: CommitResult): ReviewState {
  if (result.status === 'changed-on-disk') {
    const conflict = replaceTop(state, { kind: 'conflict', change, current: result.current, top: 0, undo });
    return notify(conflict, 'Not saved: the file changed on disk. Nothing was overwritten.', 'error');
  }
  if (result.status === 'failed') {
    // A save is all or nothing: only a failure to put a file back leaves some written.
    if (result.written.length > 0) {
      return notify(state, `Not saved: ${result.reason}. ${result.written.join(', ')} could not be put back and holds the edit; the other files are unchanged.`, 'error');
    }
    const files = change.files.filter((f) => f.before !== f.after).length;
    return notify(state, `Not saved: ${result.reason}. ${files > 1 ? 'No file was changed' : 'The file is unchanged'}; your edit is still here.`, 'error');
  }
  // Saved: close the diff and the forms that led to it.
  let stack = state.stack.slice(0, -1);
  while (stack.length > 1 && FORM_SCREENS.has(stack[stack.length - 1]!.kind)) stack = stack.slice(0, -1);
  const saved = undo ? state.saved.slice(0, -1) : [...state.saved, change];
  const files = change.files.filter((f) => f.before !== f.after).map((f) => f.file).join(', ');
  const text = undo ? `Undone: ${change.plan.label.replace(/^undo /, '')} (${files})` : `Saved ${files}: ${change.plan.label} — u undoes`;
  return notify({ ...state, stack, saved }, text);
}

function reapply(state: ReviewState): ReviewState {
  const top = currentScreen(state);
  if (top.kind !== 'conflict') return state;
  try {
    const change = prepareChange(top.change.plan, top.current);
    const next = replaceTop(state, { kind: 'save', change, top: 0, undo: top.undo });
    return notify(next, 'Re-applied to the file as it is on disk now: check the diff, then y to write.');
  } catch (error) {
    return notify({ ...state, stack: state.stack.slice(0, -1) }, `Cannot re-apply: ${error instanceof EditError ? error.message : String(error)}`, 'error');
  }
}
