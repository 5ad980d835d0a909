import path from 'node:path';
import { useCallback, useEffect, useMemo, useReducer, type Dispatch } from 'react';
import type { Finding } from '../util/message.js';
import { createTopicFile } from '../claims/new-topic.js';
import { commitChange, type PendingChange } from './edit-plan.js';
import type { EditorRunner, OpenOptions } from './editor.js';
import type { ReviewData } from './review-data.js';
import { initialReviewState, reviewReducer, type ReviewAction, type ReviewState } from './review-state.js';
import { useEditor } from './use-editor.js';
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

  const edit = useEditor({ root, openEditor, env, dispatch, reloadData });

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
