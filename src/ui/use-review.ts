import path from 'node:path';
import { useStdin, useStdout } from 'ink';
import { useCallback, useEffect, useMemo, useReducer, type Dispatch } from 'react';
import type { Finding } from '../util/message.js';
import { createTopicFile } from '../claims/new-topic.js';
import { confinedPath } from '../util/confined-file.js';
import { describeIoError } from '../util/io-error.js';
import { commitChange, type PendingChange } from './edit-plan.js';
import { runEditor, type OpenOptions } from './editor.js';
import type { ReviewData } from './review-data.js';
import { initialReviewState, reviewReducer, type ReviewAction, type ReviewState } from './review-state.js';
import { RESUME_ALT_SCREEN } from './terminal-screen.js';
import { useFileWatch } from './use-file-watch.js';

/** Options of {@link useReview} (see `AppProps`). */
export interface ReviewOptions {
  readonly initial: ReviewData;
  readonly reload?: (() => Promise<ReviewData>) | undefined;
  readonly watch: boolean;
  readonly openEditor?: EditorRunner | undefined;
  readonly check?: (() => Promise<readonly Finding[]>) | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Runs an editor on an absolute path at a line; returns an error message, or undefined. */
export type EditorRunner = (file: string, line: number, options: OpenOptions) => string | undefined;

/** What the app does that is more than a change of state: each reports back as actions. */
export interface ReviewCommands {
  /** Write a confirmed change (an undo when `undo`), then reload. */
  save(change: PendingChange, undo: boolean): void;
  /** On the conflict screen: reload and apply the edit again to the files as they are now. */
  reapply(): void;
  /** On the conflict screen: keep the file on disk, reload, and say so. */
  cancelConflict(): void;
  /** Run `$EDITOR` on a repository-relative file at a line (a capture read-only), with the UI paused, then reload. */
  openEditor(file: string, line: number, options?: OpenOptions): void;
  /** Create a new topic file (never over one) and `claims.schema.json` beside it when absent, then reload. */
  createTopic(file: string): Promise<boolean>;
}

/** The review's state, its dispatch, and its commands. */
export interface Review {
  readonly state: ReviewState;
  readonly dispatch: Dispatch<ReviewAction>;
  readonly commands: ReviewCommands;
  /** `check` is running over the files loaded (its findings are not in yet). */
  readonly checking: boolean;
}

/**
 * The review UI's state (one reducer, see `review-state.ts`) and its effects: saving, reloading
 * (after a save, an undo, the editor, or a change on disk) and running the editor.
 */
export function useReview({ initial, reload, watch, openEditor, check, env }: ReviewOptions): Review {
  const [state, dispatch] = useReducer(reviewReducer, initial, initialReviewState);
  const { setRawMode, isRawModeSupported } = useStdin();
  const { stdout, write } = useStdout();
  const root = state.data.root;

  // `check` over each load, after the frame is drawn; a result for files loaded since is dropped.
  useEffect(() => {
    if (!check) return;
    const data = state.data;
    void check().then(
      (findings) => dispatch({ type: 'checked', data, findings }),
      () => undefined,
    );
  }, [check, state.data]);

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
    (file: string, absolute: string, line: number, options: OpenOptions) => {
      if (isRawModeSupported) setRawMode(false);
      const error = openEditor ? openEditor(absolute, line, options) : runEditor(absolute, line, env, options);
      if (isRawModeSupported) setRawMode(true);
      // The editor may have left the alternate screen: enter it again, cleared (straight to the terminal:
      // Ink's own write first erases its last frame's height of rows, which would be the shell's rows
      // now), then have Ink draw its whole frame.
      if (!openEditor) {
        stdout.write(RESUME_ALT_SCREEN);
        write('');
      }
      const how = options.readOnly ? 'read-only ' : '';
      dispatch(error ? { type: 'notify', text: error, tone: 'error' } : { type: 'notify', text: `Back from the ${how}editor (${file}:${line}); files reloaded.` });
      void reloadData();
    },
    [openEditor, env, isRawModeSupported, setRawMode, stdout, write, reloadData],
  );

  // The editor gets the file's real path, and only one inside the repository (a claim citing
  // `../secret.txt` or a symlink leading out is refused, as check refuses it).
  const edit = useCallback(
    (file: string, line: number, options: OpenOptions = { readOnly: false }) => {
      confinedPath(root, file).then(
        (target) => runEdit(file, target.real, line, options),
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
      createTopic: async (file) => {
        const result = await createTopicFile(root, file);
        if ('error' in result) {
          dispatch({ type: 'notify', text: `Not created: ${result.error}`, tone: 'error' });
          return false;
        }
        await reloadData();
        dispatch({ type: 'notify', text: `Created ${result.created.join(' and ')}.` });
        return true;
      },
    }),
    [save, reloadData, edit, root],
  );
  return { state, dispatch, commands, checking: check !== undefined && state.checked === undefined };
}
