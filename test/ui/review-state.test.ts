import type { Key } from 'ink';
import { beforeAll, describe, expect, it } from 'vitest';
import { globalCommand } from '../../src/ui/global-keys.js';
import { prepareChange, type EditPlan, type PendingChange } from '../../src/ui/edit-plan.js';
import { resolvePlan } from '../../src/ui/plans.js';
import { loadReviewData, type ReviewData } from '../../src/ui/review-data.js';
import { currentScreen, initialReviewState, loadedText, reviewReducer, type ReviewAction, type ReviewState } from '../../src/ui/review-state.js';
import { LINE_FIXTURE } from './helpers.js';

const TOPIC = 'claims/line-2021.yaml';
let data: ReviewData;
beforeAll(async () => {
  data = await loadReviewData(LINE_FIXTURE);
});

/** The state after the actions, from the Subjects screen over the fixture. */
const after = (...actions: ReviewAction[]): ReviewState => actions.reduce(reviewReducer, initialReviewState(data));
const kinds = (state: ReviewState) => state.stack.map((s) => s.kind);
const resolved = (): EditPlan => resolvePlan(TOPIC, 'access-count', { status: 'resolved', accepted: 'access-count/jnn' });
const changeOf = (plan: EditPlan): PendingChange => prepareChange(plan, plan.files.map((f) => loadedText(data, f)));

/** An Ink key with the given flags set. */
const key = (flags: Partial<Key> = {}): Key =>
  ({ upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false, ...flags }) as Key;

describe('review state: navigation', () => {
  it('opens on the Subjects screen, at the first subject, unfiltered', () => {
    const state = initialReviewState(data);
    expect(currentScreen(state)).toEqual({ kind: 'subjects', cursor: 0, top: 0, filter: { type: 'all' }, query: '' });
    expect(state).toMatchObject({ status: undefined, saved: [], busy: false });
  });

  it('opens screens on top of each other and goes back, never below Subjects', () => {
    let state = after({ type: 'open-subject', subjectId: 'access-count' }, { type: 'open-source', claimId: 'access-count/jnn' });
    expect(kinds(state)).toEqual(['subjects', 'subject', 'source']);
    expect(state.stack[1]).toEqual({ kind: 'subject', subjectId: 'access-count', cursor: 0, mark: undefined });
    expect(currentScreen(state)).toEqual({ kind: 'source', claimId: 'access-count/jnn', top: undefined });
    state = [{ type: 'back' } as const, { type: 'back' } as const, { type: 'back' } as const].reduce(reviewReducer, state);
    expect(kinds(state)).toEqual(['subjects']);
  });

  it('opens Compare, Resolve (with a claim to accept or without), Inbox and Help at their start', () => {
    expect(currentScreen(after({ type: 'open-compare', a: 'x', b: 'y' }))).toEqual({ kind: 'compare', a: 'x', b: 'y', top: 0 });
    expect(currentScreen(after({ type: 'open-resolve', subjectId: 's' }))).toEqual({ kind: 'resolve', subjectId: 's' });
    expect(currentScreen(after({ type: 'open-resolve', subjectId: 's', accepted: 's/a' }))).toEqual({ kind: 'resolve', subjectId: 's', accepted: 's/a' });
    expect(currentScreen(after({ type: 'open-inbox' }))).toEqual({ kind: 'inbox', cursor: 0 });
    expect(currentScreen(after({ type: 'open-help' }))).toEqual({ kind: 'help', top: 0 });
  });

  it('updates the screen shown, and only when it is of the kind the update names', () => {
    const moved = after({ type: 'open-subject', subjectId: 'access-count' }, { type: 'update', kind: 'subject', patch: { cursor: 2, mark: 'access-count/jnn' } });
    expect(currentScreen(moved)).toMatchObject({ kind: 'subject', cursor: 2, mark: 'access-count/jnn' });
    const stale = reviewReducer(moved, { type: 'update', kind: 'subjects', patch: { cursor: 5 } });
    expect(stale).toBe(moved);
  });

  it('shows messages (info unless said) and takes in reloaded data, keeping the screens', () => {
    expect(after({ type: 'notify', text: 'hello' }).status).toEqual({ text: 'hello', tone: 'info' });
    expect(after({ type: 'notify', text: 'bad', tone: 'error' }).status).toEqual({ text: 'bad', tone: 'error' });
    const reloaded = { ...data, results: data.results.slice(1) };
    const state = after({ type: 'open-inbox' }, { type: 'loaded', data: reloaded });
    expect(state.data).toBe(reloaded);
    expect(kinds(state)).toEqual(['subjects', 'inbox']);
  });
});

describe('review state: edits and saves', () => {
  it('proposes an edit as a diff to confirm, computed from the files as loaded', () => {
    const state = after({ type: 'notify', text: 'old' }, { type: 'open-resolve', subjectId: 'access-count' }, { type: 'propose', plan: resolved() });
    const top = currentScreen(state);
    expect(top).toMatchObject({ kind: 'save', top: 0, undo: false });
    expect(top.kind === 'save' && top.change.files[0]!.before).toBe(loadedText(data, TOPIC));
    expect(top.kind === 'save' && top.change.files[0]!.after).toContain('accepted: access-count/jnn');
    expect(state.status).toBeUndefined();
  });

  it('says so when an edit does not apply or changes nothing, and opens no diff', () => {
    const broken = after({ type: 'propose', plan: resolvePlan(TOPIC, 'no-such-subject', { status: 'open' }) });
    expect(kinds(broken)).toEqual(['subjects']);
    expect(broken.status).toMatchObject({ tone: 'error' });
    expect(broken.status?.text).toMatch(/^Cannot resolve no-such-subject \(open\): /);
    const same: EditPlan = { label: 'nothing', files: [TOPIC], apply: (texts) => [...texts], reapplicable: true };
    expect(after({ type: 'propose', plan: same }).status).toEqual({ text: 'Nothing to change: the file already says so.', tone: 'info' });
  });

  it('after a save, closes the diff and the forms that led to it, remembers the change for undo, and says what was written', () => {
    const change = changeOf(resolved());
    const state = after(
      { type: 'open-subject', subjectId: 'access-count' },
      { type: 'open-resolve', subjectId: 'access-count' },
      { type: 'propose', plan: resolved() },
      { type: 'save-started' },
    );
    expect(state.busy).toBe(true);
    const saved = reviewReducer(state, { type: 'save-finished', change, undo: false, result: { status: 'saved' } });
    expect(kinds(saved)).toEqual(['subjects', 'subject']);
    expect(saved.busy).toBe(false);
    expect(saved.saved).toEqual([change]);
    expect(saved.status).toEqual({ text: `Saved ${TOPIC}: resolve access-count (resolved) — u undoes`, tone: 'info' });

    const undo = reviewReducer(saved, { type: 'propose-undo' });
    const top = currentScreen(undo);
    expect(top).toMatchObject({ kind: 'save', undo: true });
    expect(top.kind === 'save' && top.change.files[0]).toEqual({ file: TOPIC, before: change.files[0]!.after, after: change.files[0]!.before });
    const undone = reviewReducer(undo, { type: 'save-finished', change: top.kind === 'save' ? top.change : change, undo: true, result: { status: 'saved' } });
    expect(undone.saved).toEqual([]);
    expect(kinds(undone)).toEqual(['subjects', 'subject']);
    expect(undone.status?.text).toBe(`Undone: resolve access-count (resolved) (${TOPIC})`);
    expect(reviewReducer(undone, { type: 'propose-undo' }).status?.text).toBe('Nothing to undo in this session.');
  });

  it('on a file changed on disk, shows the conflict instead of the diff; on a failure, keeps the diff and says why', () => {
    const change = changeOf(resolved());
    const proposed = after({ type: 'open-resolve', subjectId: 'access-count' }, { type: 'propose', plan: resolved() }, { type: 'save-started' });
    const conflict = reviewReducer(proposed, { type: 'save-finished', change, undo: false, result: { status: 'changed-on-disk', current: ['edited'] } });
    expect(kinds(conflict)).toEqual(['subjects', 'resolve', 'conflict']);
    expect(currentScreen(conflict)).toMatchObject({ kind: 'conflict', current: ['edited'], undo: false, top: 0 });
    expect(conflict).toMatchObject({ busy: false, saved: [], status: { tone: 'error', text: 'Not saved: the file changed on disk. Nothing was overwritten.' } });
    const failed = reviewReducer(proposed, { type: 'save-finished', change, undo: false, result: { status: 'failed', reason: 'disk full', written: [] } });
    expect(kinds(failed)).toEqual(['subjects', 'resolve', 'save']);
    expect(failed.status).toEqual({ text: 'Not saved: disk full. The file is unchanged; your edit is still here.', tone: 'error' });
    // A file that could not be put back is named: never "unchanged" after a partial write.
    const partial = reviewReducer(proposed, { type: 'save-finished', change, undo: false, result: { status: 'failed', reason: 'disk full', written: [TOPIC] } });
    expect(partial.status?.text).toBe(`Not saved: disk full. ${TOPIC} could not be put back and holds the edit; the other files are unchanged.`);
  });

  it('re-applies the edit to the files as they are on disk, or goes back when it no longer applies', () => {
    const change = changeOf(resolved());
    const proposed = after({ type: 'open-resolve', subjectId: 'access-count' }, { type: 'propose', plan: resolved() });
    const onDisk = `${loadedText(data, TOPIC)}# edited elsewhere\n`;
    const conflict = reviewReducer(proposed, { type: 'save-finished', change, undo: false, result: { status: 'changed-on-disk', current: [onDisk] } });
    const again = reviewReducer(conflict, { type: 'reapply' });
    const top = currentScreen(again);
    expect(top).toMatchObject({ kind: 'save', undo: false });
    expect(top.kind === 'save' && top.change.files[0]!.before).toBe(onDisk);
    expect(top.kind === 'save' && top.change.files[0]!.after).toContain('# edited elsewhere');
    expect(again.status?.text).toMatch(/^Re-applied to the file as it is on disk now/);

    const gone = reviewReducer(proposed, { type: 'save-finished', change, undo: false, result: { status: 'changed-on-disk', current: ['topic: t\nsubjects: []\nclaims: []\n'] } });
    const refused = reviewReducer(gone, { type: 'reapply' });
    expect(kinds(refused)).toEqual(['subjects', 'resolve']);
    expect(refused.status).toMatchObject({ tone: 'error' });
    expect(refused.status?.text).toMatch(/^Cannot re-apply: /);
    expect(reviewReducer(proposed, { type: 'reapply' })).toBe(proposed);
  });
});

describe('global keys', () => {
  const command = (state: ReviewState, input: string, flags?: Partial<Key>) => globalCommand(state, input, key(flags));

  it('opens Help on ? (except on Help) and quits on q', () => {
    expect(command(after(), '?')).toEqual({ type: 'action', action: { type: 'open-help' } });
    expect(command(after({ type: 'open-help' }), '?')).toBeUndefined();
    expect(command(after(), 'q')).toEqual({ type: 'quit' });
    expect(command(after({ type: 'open-subject', subjectId: 'access-count' }), 'q')).toEqual({ type: 'quit' });
  });

  it('leaves a form on q and Esc; on the conflict screen both cancel', () => {
    const resolve = after({ type: 'open-resolve', subjectId: 'access-count' });
    expect(command(resolve, 'q')).toEqual({ type: 'action', action: { type: 'back' } });
    expect(command(resolve, '', { escape: true })).toEqual({ type: 'action', action: { type: 'back' } });
    const conflict = reviewReducer(reviewReducer(resolve, { type: 'propose', plan: resolved() }), {
      type: 'save-finished',
      change: changeOf(resolved()),
      undo: false,
      result: { status: 'changed-on-disk', current: [''] },
    });
    expect(command(conflict, 'q')).toEqual({ type: 'cancel-conflict' });
    expect(command(conflict, '', { escape: true })).toEqual({ type: 'cancel-conflict' });
  });

  it('leaves Esc on Subjects to the screen (it clears the search), and u on forms', () => {
    expect(command(after(), '', { escape: true })).toBeUndefined();
    expect(command(after(), 'u')).toEqual({ type: 'action', action: { type: 'propose-undo' } });
    expect(command(after({ type: 'open-resolve', subjectId: 'access-count' }), 'u')).toBeUndefined();
    expect(command(after(), 'j')).toBeUndefined();
  });

  it('drops every key while a change is being written', () => {
    expect(command(after({ type: 'save-started' }), 'q')).toEqual({ type: 'ignore' });
    expect(command(after({ type: 'save-started' }), 'j')).toEqual({ type: 'ignore' });
  });
});
