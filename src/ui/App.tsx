import path from 'node:path';
import { Box, useApp, useInput, useStdin, useStdout, type Key } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { EditError } from '../claims/edit.js';
import type { ClaimResult, SubjectResult } from '../compare/types.js';
import { CompareScreen } from './CompareScreen.js';
import { ConflictScreen } from './ConflictScreen.js';
import { commitChange, overwriteChange, prepareChange, undoChange, type EditPlan, type PendingChange } from './edit-plan.js';
import { runEditor } from './editor.js';
import { HelpScreen } from './HelpScreen.js';
import { InboxScreen } from './InboxScreen.js';
import { Line } from './Line.js';
import { KeyContext, KeyRegistry } from './keys.js';
import { NavigationContext, type Navigation, type Screen } from './navigation.js';
import { ResolveScreen } from './ResolveScreen.js';
import type { ReviewData } from './review-data.js';
import { SaveScreen } from './SaveScreen.js';
import { SourceScreen } from './SourceScreen.js';
import type { Span } from './spans.js';
import { countVerdicts, sortResults } from './subject-order.js';
import { SubjectScreen } from './SubjectScreen.js';
import { SubjectsScreen } from './SubjectsScreen.js';
import { useFileWatch } from './use-file-watch.js';
import { useTerminalSize } from './use-terminal-size.js';

/** Props of {@link App}. */
export interface AppProps {
  /** What to show first (loaded before Ink draws, so the first frame is complete). */
  readonly initial: ReviewData;
  /** Load the repository again (after a save, an undo, or a change on disk). */
  readonly reload?: (() => Promise<ReviewData>) | undefined;
  /** Terminal size; by default the output's, updated on resize. */
  readonly width?: number | undefined;
  readonly height?: number | undefined;
  /** Reload when claim files change on disk (an editor saving while the UI runs). Default true. */
  readonly watch?: boolean | undefined;
  /** Run the editor on an absolute path at a line; returns an error message. Default: `$VISUAL`/`$EDITOR`. */
  readonly openEditor?: ((file: string, line: number) => string | undefined) | undefined;
  /** Environment, for the editor. */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
}

type Status = { readonly text: string; readonly tone: 'info' | 'error' } | undefined;

const FORM_SCREENS = new Set<Screen['kind']>(['save', 'conflict', 'resolve']);

const HINTS: Record<Screen['kind'], string> = {
  subjects: 'Enter open · / search · f filter · r resolve · i inbox · u undo · ? help · q quit',
  subject: 'Enter source · Space mark · c compare · a accept · r resolve · d deprecate · Esc back · ? help',
  source: '↑↓ scroll · o open in $EDITOR · Esc back · ? help · q quit',
  compare: '↑↓ scroll · s swap · Esc back · ? help · q quit',
  resolve: '↑↓ field · ←→ change · Enter edit/save · s save · Esc back',
  inbox: 'a accept · n new subject · e edit · x reject · Esc back · ? help',
  help: '↑↓ scroll · Esc back · q quit',
  save: 'y/Enter write · n/Esc drop',
  conflict: 'r reload & re-apply · o overwrite · c/Esc cancel',
};

/**
 * The review UI: a stack of screens over the loaded claims (Subjects at the bottom), a header
 * with counts, a status line and the keys of the screen. Edits are proposed as plans, shown as
 * a YAML diff, and written only when confirmed and only over the file as it was loaded.
 */
export function App({ initial, reload, width: fixedWidth, height: fixedHeight, watch = true, openEditor, env = process.env }: AppProps): ReactElement {
  const { exit } = useApp();
  const { setRawMode, isRawModeSupported } = useStdin();
  const { stdout } = useStdout();
  const size = useTerminalSize();
  const width = Math.max(20, fixedWidth ?? size.columns);
  const height = Math.max(8, fixedHeight ?? size.rows);

  const [data, setData] = useState(initial);
  const [stack, setStack] = useState<readonly Screen[]>([{ kind: 'subjects', cursor: 0, top: 0, filter: { type: 'all' }, query: '' }]);
  const [status, setStatus] = useState<Status>(undefined);
  const [undoStack, setUndoStack] = useState<readonly PendingChange[]>([]);
  const [busy, setBusy] = useState(false);
  const [, setTick] = useState(0);
  const [keys] = useState(() => new KeyRegistry());

  const sorted = useMemo(() => sortResults(data.results), [data.results]);
  const counts = useMemo(() => countVerdicts(data.results), [data.results]);
  const subjectById = useMemo(() => {
    const map = new Map<string, SubjectResult>();
    for (const r of data.results) if (!map.has(r.loaded.subject.id)) map.set(r.loaded.subject.id, r);
    return map;
  }, [data.results]);
  const claimById = useMemo(() => {
    const map = new Map<string, { readonly claim: ClaimResult; readonly subject: SubjectResult }>();
    for (const r of data.results) for (const c of r.claims) if (!map.has(c.loaded.claim.id)) map.set(c.loaded.claim.id, { claim: c, subject: r });
    return map;
  }, [data.results]);

  const top = stack[stack.length - 1]!;
  const notify = useCallback((text: string, tone: 'info' | 'error' = 'info') => setStatus({ text, tone }), []);

  const reloadData = useCallback(async (): Promise<void> => {
    if (!reload) return;
    try {
      setData(await reload());
    } catch (error) {
      notify(`Could not reload: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
  }, [reload, notify]);

  const push = useCallback((screen: Screen) => setStack((s) => [...s, screen]), []);
  const pop = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  const update = useCallback((patch: Partial<Screen>) => setStack((s) => [...s.slice(0, -1), { ...s[s.length - 1]!, ...patch } as Screen]), []);
  const replaceTop = useCallback((screen: Screen) => setStack((s) => [...s.slice(0, -1), screen]), []);

  const textOf = useCallback(
    (file: string): string => data.topics.find((t) => t.file === file)?.text ?? (data.inbox?.file === file ? data.inbox.text : ''),
    [data],
  );

  const propose = useCallback(
    (plan: EditPlan) => {
      let change: PendingChange;
      try {
        change = prepareChange(plan, plan.files.map(textOf));
      } catch (error) {
        notify(`Cannot ${plan.label}: ${error instanceof Error ? error.message : String(error)}`, 'error');
        return;
      }
      if (change.files.every((f) => f.before === f.after)) {
        notify('Nothing to change: the file already says so.');
        return;
      }
      setStatus(undefined);
      push({ kind: 'save', change, top: 0, undo: false });
    },
    [textOf, notify, push],
  );

  const finishSave = useCallback(
    async (change: PendingChange, undo: boolean) => {
      setBusy(true);
      const result = await commitChange(data.root, change);
      setBusy(false);
      if (result.status === 'saved') {
        setUndoStack((u) => (undo ? u.slice(0, -1) : [...u, change]));
        setStack((s) => {
          let next = s.slice(0, -1);
          while (next.length > 1 && FORM_SCREENS.has(next[next.length - 1]!.kind)) next = next.slice(0, -1);
          return next;
        });
        const files = change.files.filter((f) => f.before !== f.after).map((f) => f.file).join(', ');
        notify(undo ? `Undone: ${change.plan.label.replace(/^undo /, '')} (${files})` : `Saved ${files}: ${change.plan.label} — u undoes`);
        await reloadData();
      } else if (result.status === 'changed-on-disk') {
        replaceTop({ kind: 'conflict', change, current: result.current, top: 0, undo });
        notify('Not saved: the file changed on disk. Nothing was overwritten.', 'error');
      } else {
        notify(`Not saved: ${result.reason}. The file is unchanged; your edit is still here.`, 'error');
      }
    },
    [data.root, notify, reloadData, replaceTop],
  );

  const cancelConflict = useCallback(() => {
    pop();
    void reloadData().then(() => notify('Cancelled: the file on disk was kept (and is what you see now).'));
  }, [pop, notify, reloadData]);

  const edit = useCallback(
    (file: string, line: number) => {
      const absolute = path.join(data.root, file);
      if (isRawModeSupported) setRawMode(false);
      const error = openEditor ? openEditor(absolute, line) : runEditor(absolute, line, env);
      if (isRawModeSupported) setRawMode(true);
      if (!openEditor) stdout.write('\u001B[2J\u001B[H');
      setTick((t) => t + 1);
      // A message that differs from the last frame makes Ink draw the whole screen again.
      if (error) notify(error, 'error');
      else notify(`Back from the editor (${file}:${line}); files reloaded.`);
      void reloadData();
    },
    [data.root, openEditor, env, isRawModeSupported, setRawMode, stdout, notify, reloadData],
  );

  const nav: Navigation = useMemo(
    () => ({ push, pop, update, propose, notify, openEditor: edit }),
    [push, pop, update, propose, notify, edit],
  );

  useFileWatch([path.join(data.root, 'claims'), path.join(data.root, 'seeds')], () => void reloadData(), { enabled: watch && reload !== undefined });

  // Each key is handled against the state the previous key left: when the app has drawn since
  // the last key, at once; otherwise (typing ahead of a slow frame: Enter, then j at once) it is
  // queued and handled after the next render, so it never acts on a stale screen.
  const queue = useRef<Array<readonly [string, Key]>>([]);
  const stale = useRef(false);
  stale.current = false;
  const [, setQueued] = useState(0);
  const handleKeyRef = useRef<(input: string, key: Key) => void>(() => undefined);
  useInput((input, typed) => {
    // A key typed before the terminal was put in raw mode arrives as a line feed: it is Enter too.
    const key = input === '\n' ? { ...typed, return: true } : typed;
    // Ink delivers typed-ahead text ("j\r", a paste) as one event: split it into keys.
    if (input.length > 1 && !key.ctrl && !key.meta && !input.startsWith('\u001B')) {
      for (const char of Array.from(input)) queue.current.push(char === '\r' || char === '\n' ? ['', { ...key, return: true }] : [char, key]);
      setQueued((n) => n + 1);
      return;
    }
    if (queue.current.length === 0 && !stale.current) {
      stale.current = true;
      handleKeyRef.current(input, key);
      return;
    }
    queue.current.push([input, key]);
    setQueued((n) => n + 1);
  });
  useEffect(() => {
    const next = queue.current.shift();
    if (!next) return;
    stale.current = true;
    handleKeyRef.current(next[0], next[1]);
    if (queue.current.length > 0) setQueued((n) => n + 1);
  });

  // Global keys first (unless a text field has the keys), then the screen's.
  const handleKey = (input: string, key: Key): void => {
    const target = keys.current();
    if (target?.capture) {
      target.handler(input, key);
      return;
    }
    if (busy) return;
    if (input === '?' && top.kind !== 'help') push({ kind: 'help', top: 0 });
    else if (input === 'q') {
      if (top.kind === 'conflict') cancelConflict();
      else if (FORM_SCREENS.has(top.kind)) pop();
      else exit();
    } else if (key.escape && (stack.length > 1 || top.kind === 'conflict')) {
      if (top.kind === 'conflict') cancelConflict();
      else pop();
    } else if (input === 'u' && !FORM_SCREENS.has(top.kind)) {
      const last = undoStack[undoStack.length - 1];
      if (!last) notify('Nothing to undo in this session.');
      else push({ kind: 'save', change: undoChange(last), top: 0, undo: true });
    } else target?.handler(input, key);
  };
  handleKeyRef.current = handleKey;

  const bodyHeight = height - 4;
  const header: Span[] = [
    { text: 'urazuke review', style: 'title' },
    { text: ` · ${path.basename(data.root)} · ${data.results.length} subjects: ` },
    { text: `${counts.conflict} conflict`, style: counts.conflict > 0 ? 'conflict' : 'dim' },
    { text: ' · ' },
    { text: `${counts.differ} differ`, style: counts.differ > 0 ? 'differ' : 'dim' },
    { text: ' · ' },
    { text: `${counts.agree} agree`, style: 'agree' },
    ...(data.inbox && data.inbox.candidates.length > 0 ? [{ text: ` · inbox ${data.inbox.candidates.length}`, style: 'accent' as const }] : []),
    ...(data.findings.length > 0 ? [{ text: ` · ${data.findings.length} problem${data.findings.length === 1 ? '' : 's'} (urazuke check)`, style: 'warn' as const }] : []),
  ];

  return (
    <NavigationContext.Provider value={nav}>
      <KeyContext.Provider value={keys}>
        <Box flexDirection="column" width={width}>
          <Line spans={header} width={width} />
          <Box flexDirection="column" height={bodyHeight}>
            {renderScreen(top, { data, sorted, subjectById, claimById, width, height: bodyHeight, busy, finishSave, reloadData, replaceTop, cancelConflict, notify, pop })}
          </Box>
          <Line spans={status ? [{ text: status.text, style: status.tone === 'error' ? 'warn' : 'ok' }] : []} width={width} />
          <Line spans={[{ text: HINTS[top.kind], style: 'dim' }]} width={width} />
        </Box>
      </KeyContext.Provider>
    </NavigationContext.Provider>
  );
}

interface ScreenContext {
  readonly data: ReviewData;
  readonly sorted: readonly SubjectResult[];
  readonly subjectById: ReadonlyMap<string, SubjectResult>;
  readonly claimById: ReadonlyMap<string, { readonly claim: ClaimResult; readonly subject: SubjectResult }>;
  readonly width: number;
  readonly height: number;
  readonly busy: boolean;
  finishSave(change: PendingChange, undo: boolean): Promise<void>;
  reloadData(): Promise<void>;
  replaceTop(screen: Screen): void;
  cancelConflict(): void;
  notify(text: string, tone?: 'info' | 'error'): void;
  pop(): void;
}

function renderScreen(screen: Screen, ctx: ScreenContext): ReactElement {
  const { width, height } = ctx;
  const gone = (what: string) => <Line spans={[{ text: `${what} is no longer in the claim files (changed on disk?). Esc: back`, style: 'warn' }]} width={width} />;
  switch (screen.kind) {
    case 'subjects':
      return <SubjectsScreen screen={screen} results={ctx.sorted} width={width} height={height} />;
    case 'subject': {
      const result = ctx.subjectById.get(screen.subjectId);
      return result ? <SubjectScreen key={screen.subjectId} screen={screen} result={result} width={width} height={height} /> : gone(`The subject ${screen.subjectId}`);
    }
    case 'source': {
      const found = ctx.claimById.get(screen.claimId);
      return found ? <SourceScreen screen={screen} claim={found.claim} root={ctx.data.root} width={width} height={height} /> : gone(`The claim ${screen.claimId}`);
    }
    case 'compare': {
      const a = ctx.claimById.get(screen.a);
      const b = ctx.claimById.get(screen.b);
      return a && b ? <CompareScreen screen={screen} subject={a.subject} a={a.claim} b={b.claim} width={width} height={height} /> : gone('A compared claim');
    }
    case 'resolve': {
      const result = ctx.subjectById.get(screen.subjectId);
      return result ? <ResolveScreen screen={screen} result={result} width={width} height={height} /> : gone(`The subject ${screen.subjectId}`);
    }
    case 'inbox':
      return <InboxScreen screen={screen} inbox={ctx.data.inbox} results={ctx.sorted} topics={ctx.data.topics} width={width} height={height} />;
    case 'help':
      return <HelpScreen screen={screen} width={width} height={height} />;
    case 'save':
      return <SaveScreen screen={screen} busy={ctx.busy} width={width} height={height} onConfirm={() => void ctx.finishSave(screen.change, screen.undo)} />;
    case 'conflict':
      return (
        <ConflictScreen
          screen={screen}
          busy={ctx.busy}
          width={width}
          height={height}
          onCancel={ctx.cancelConflict}
          onOverwrite={() => void ctx.finishSave(overwriteChange(screen.change, screen.current), screen.undo)}
          onReapply={() => {
            void ctx.reloadData();
            try {
              const change = prepareChange(screen.change.plan, screen.current);
              ctx.replaceTop({ kind: 'save', change, top: 0, undo: screen.undo });
              ctx.notify('Re-applied to the file as it is on disk now: check the diff, then y to write.');
            } catch (error) {
              ctx.pop();
              ctx.notify(`Cannot re-apply: ${error instanceof EditError ? error.message : String(error)}`, 'error');
            }
          }}
        />
      );
  }
}
