import path from 'node:path';
import { useStdin, useStdout } from 'ink';
import { useCallback, useMemo, useReducer, type Dispatch } from 'react';
import { confinedPath } from '../util/confined-file.js';
import { describeIoError } from '../util/io-error.js';
import { commitChange, type PendingChange } from './edit-plan.js';
import { runEditor } from './editor.js';
import type { ReviewData } from './review-data.js';
import { initialReviewState, reviewReducer, type ReviewAction, type ReviewState } from './review-state.js';
import { useFileWatch } from './use-file-watch.js';

/** Options of {@link useReview} (see `AppProps`). */
export interface ReviewOptions {
  readonly initial: ReviewData;
  readonly reload?: (() => Promise<ReviewData>) | undefined;
  readonly watch: boolean;
  readonly openEditor?: ((file: string, line: number) => string | undefined) | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** What the app does that is more than a change of state: each reports back as actions. */
export interface ReviewCommands {
  /** Write a confirmed change (an undo when `undo`), then reload. */
  save(change: PendingChange, undo: boolean): void;
  /** On the conflict screen: reload and apply the edit again to the files as they are now. */
  reapply(): void;
  /** On the conflict screen: keep the file on disk, reload, and say so. */
  cancelConflict(): void;
  /** Run `$EDITOR` on a repository-relative file at a line, with the UI paused, then reload. */
  openEditor(file: string, line: number): void;
}

/** The review's state, its dispatch, and its commands. */
export interface Review {
  readonly state: ReviewState;
  readonly dispatch: Dispatch<ReviewAction>;
  readonly commands: ReviewCommands;
}

/**
 * The review UI's state (one reducer, see `review-state.ts`) and its effects: saving, reloading
 * (after a save, an undo, the editor, or a change on disk) and running the editor.
 */
export function useReview({ initial, reload, watch, openEditor, env }: ReviewOptions): Review {
  const [state, dispatch] = useReducer(reviewReducer, initial, initialReviewState);
  const { setRawMode, isRawModeSupported } = useStdin();
  const { stdout } = useStdout();
  const root = state.data.root;

  const reloadData = useCallback(async (): Promise<void> => {
    if (!reload) return;
    try {
      dispatch({ type: 'loaded', data: await reload() });
    } catch (error) {
      dispatch({ type: 'notify', text: `Could not reload: ${error instanceof Error ? error.message : String(error)}`, tone: 'error' });
    }
  }, [reload]);

  const save = useCallback(
    async (change: PendingChange, undo: boolean): Promise<void> => {
      dispatch({ type: 'save-started' });
      const result = await commitChange(root, change);
      dispatch({ type: 'save-finished', change, undo, result });
      if (result.status === 'saved') await reloadData();
    },
    [root, reloadData],
  );

  const runEdit = useCallback(
    (file: string, absolute: string, line: number) => {
      if (isRawModeSupported) setRawMode(false);
      const error = openEditor ? openEditor(absolute, line) : runEditor(absolute, line, env);
      if (isRawModeSupported) setRawMode(true);
      if (!openEditor) stdout.write('\u001B[2J\u001B[H');
      // A message that differs from the last frame makes Ink draw the whole screen again.
      dispatch(error ? { type: 'notify', text: error, tone: 'error' } : { type: 'notify', text: `Back from the editor (${file}:${line}); files reloaded.` });
      void reloadData();
    },
    [openEditor, env, isRawModeSupported, setRawMode, stdout, reloadData],
  );

  // The editor gets the file's real path, and only one inside the repository (a claim citing
  // `../secret.txt` or a symlink leading out is refused, as check refuses it).
  const edit = useCallback(
    (file: string, line: number) => {
      confinedPath(root, file).then(
        (target) => runEdit(file, target.real, line),
        (error: unknown) => dispatch({ type: 'notify', text: `Not opened in the editor: ${file}: ${describeIoError(error)}`, tone: 'error' }),
      );
    },
    [root, runEdit],
  );

  useFileWatch([path.join(root, 'claims'), path.join(root, 'seeds')], () => void reloadData(), { enabled: watch && reload !== undefined });

  const commands = useMemo<ReviewCommands>(
    () => ({
      save: (change, undo) => void save(change, undo),
      reapply: () => {
        void reloadData();
        dispatch({ type: 'reapply' });
      },
      cancelConflict: () => {
        dispatch({ type: 'back' });
        void reloadData().then(() => dispatch({ type: 'notify', text: 'Cancelled: the file on disk was kept (and is what you see now).' }));
      },
      openEditor: edit,
    }),
    [save, reloadData, edit],
  );
  return { state, dispatch, commands };
}
