import { useStdin, useStdout } from 'ink';
import { useCallback, type Dispatch } from 'react';
import { confinedPath } from '../util/confined-file.js';
import { describeIoError } from '../util/io-error.js';
import { runEditor, type EditorRunner, type OpenOptions } from './editor.js';
import type { ReviewAction } from './review-state.js';
import { RESUME_ALT_SCREEN } from './terminal-screen.js';

/** Options of {@link useEditor}. */
export interface EditorOptions {
  readonly root: string;
  /** Run the editor (tests record it); default: `runEditor` on `$VISUAL`/`$EDITOR`. */
  readonly openEditor: EditorRunner | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly dispatch: Dispatch<ReviewAction>;
  readonly reloadData: () => Promise<void>;
}

/**
 * Open a repository-relative file in the editor (a capture read-only) with the UI paused, then
 * draw the UI again in its own screen and reload: the review's `$EDITOR` effect.
 */
export function useEditor({ root, openEditor, env, dispatch, reloadData }: EditorOptions): (file: string, line: number, options?: OpenOptions) => void {
  const { setRawMode, isRawModeSupported } = useStdin();
  const { stdout, write } = useStdout();
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
    [openEditor, env, isRawModeSupported, setRawMode, stdout, write, reloadData, dispatch],
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
    [root, runEdit, dispatch],
  );

  return edit;
}
