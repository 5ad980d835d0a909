import { Box, useApp, type Key } from 'ink';
import { useMemo, useState, type ReactElement } from 'react';
import { CurrentScreen } from './CurrentScreen.js';
import { globalCommand } from './global-keys.js';
import { Header } from './Header.js';
import { HINTS } from './key-map.js';
import { KeyContext, KeyRegistry } from './keys.js';
import { Line } from './Line.js';
import { NavigationContext, type Navigation } from './navigation.js';
import type { ReviewData } from './review-data.js';
import { currentScreen, problemsOf } from './review-state.js';
import { useKeyQueue } from './use-key-queue.js';
import type { EditorRunner } from './editor.js';
import { useReview } from './use-review.js';
import type { Finding } from '../util/message.js';
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
  /** Run the editor on an absolute path at a line (read-only for a capture); returns an error message. Default: `$VISUAL`/`$EDITOR`. */
  readonly openEditor?: EditorRunner | undefined;
  /** Run `urazuke check` over the repository as loaded (for the Problems screen); without it the loaders' findings are shown. */
  readonly check?: (() => Promise<readonly Finding[]>) | undefined;
  /** Environment, for the editor. */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
}

/**
 * The review UI: a router over one reducer (`review-state.ts`). The state holds a stack of
 * screens over the loaded claims (Subjects at the bottom); the app draws a header with counts,
 * the screen on top, a status line and the keys of the screen. Edits are proposed as plans,
 * shown as a YAML diff, and written only when confirmed and only over the file as it was loaded.
 */
export function App({ initial, reload, width: fixedWidth, height: fixedHeight, watch = true, openEditor, check, env = process.env }: AppProps): ReactElement {
  const { exit } = useApp();
  const size = useTerminalSize();
  const width = Math.max(20, fixedWidth ?? size.columns);
  const height = Math.max(8, fixedHeight ?? size.rows);
  const { state, dispatch, commands, checking } = useReview({ initial, reload, watch, openEditor, check, env });
  const [keys] = useState(() => new KeyRegistry());
  const nav: Navigation = useMemo(() => ({ dispatch, openEditor: commands.openEditor, createTopic: commands.createTopic }), [dispatch, commands.openEditor, commands.createTopic]);

  // A text field or picker takes every key; else the global keys come first, then the screen's.
  useKeyQueue((input: string, key: Key) => {
    const target = keys.current();
    if (target?.capture) {
      target.handler(input, key);
      return;
    }
    const command = globalCommand(state, input, key);
    if (command === undefined) target?.handler(input, key);
    else if (command.type === 'action') dispatch(command.action);
    else if (command.type === 'quit') exit();
    else if (command.type === 'cancel-conflict') commands.cancelConflict();
  });

  const status = state.status;
  const bodyHeight = height - 4;
  return (
    <NavigationContext.Provider value={nav}>
      <KeyContext.Provider value={keys}>
        <Box flexDirection="column" width={width}>
          <Header data={state.data} problems={problemsOf(state).length} width={width} />
          <Box flexDirection="column" height={bodyHeight}>
            <CurrentScreen state={state} commands={commands} checking={checking} width={width} height={bodyHeight} />
          </Box>
          <Line spans={status ? [{ text: status.text, style: status.tone === 'error' ? 'warn' : 'ok' }] : []} width={width} />
          <Line spans={[{ text: HINTS[currentScreen(state).kind], style: 'dim' }]} width={width} />
        </Box>
      </KeyContext.Provider>
    </NavigationContext.Provider>
  );
}
