import { render, type RenderOptions } from 'ink';
import type { Finding } from '../util/message.js';
import { App } from './App.js';
import { loadReviewData, type ReviewData } from './review-data.js';
import { ENTER_ALT_SCREEN, LEAVE_ALT_SCREEN } from './terminal-screen.js';
import { ThemeContext } from './theme.js';

/** Options of {@link runReview}. */
export interface RunReviewOptions {
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr?: NodeJS.WriteStream | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Decided once at start-up (see `decideColor`). */
  readonly color: boolean;
  /** Called after each frame (time to first frame, keypress to frame). */
  readonly onRender?: RenderOptions['onRender'];
}


/** What `urazuke check` finds in a repository (loaded on first use: the first frame does not wait for it). */
async function checkFindings(root: string): Promise<readonly Finding[]> {
  const { runCheck } = await import('../check/run.js');
  return (await runCheck(root)).findings;
}

/**
 * Run the review UI on a terminal until the reviewer quits: in the alternate screen (the
 * shell's scrollback is left as it was), with reloads from disk. Resolves with the exit code.
 */
export async function runReview(initial: ReviewData, options: RunReviewOptions): Promise<number> {
  const { stdout } = options;
  stdout.write(ENTER_ALT_SCREEN);
  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    stdout.write(LEAVE_ALT_SCREEN);
  };
  process.once('exit', leave);
  // Killed (SIGTERM, a closed terminal): give the shell its screen back, then die of the signal.
  const onSignal = (signal: NodeJS.Signals) => {
    leave();
    process.kill(process.pid, signal);
  };
  const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.once(signal, onSignal);
  const instance = render(
    <ThemeContext.Provider value={{ color: options.color }}>
      <App initial={initial} reload={() => loadReviewData(initial.root)} check={() => checkFindings(initial.root)} env={options.env} />
    </ThemeContext.Provider>,
    {
      stdin: options.stdin,
      stdout,
      ...(options.stderr ? { stderr: options.stderr } : {}),
      exitOnCtrlC: true,
      patchConsole: false,
      maxFps: 60,
      ...(options.onRender ? { onRender: options.onRender } : {}),
    },
  );
  // The terminal went away without a SIGHUP reaching us (its input ends or fails): quit, rather
  // than be left running, orphaned, with no one to read the screen.
  const gone = () => instance.unmount();
  for (const event of ['end', 'close', 'error'] as const) options.stdin.once(event, gone);
  try {
    await instance.waitUntilExit();
  } finally {
    for (const event of ['end', 'close', 'error'] as const) options.stdin.off(event, gone);
    process.off('exit', leave);
    for (const signal of signals) process.off(signal, onSignal);
    leave();
  }
  return 0;
}
