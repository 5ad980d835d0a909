import path from 'node:path';
import { render } from 'ink-testing-library';
import { App, type AppProps } from '../../src/ui/App.js';
import { loadReviewData, type ReviewData } from '../../src/ui/review-data.js';
import { ThemeContext } from '../../src/ui/theme.js';
import { FIXTURES } from '../helpers/cli.js';

/** The UI fixture repository. */
export const LINE_FIXTURE = path.join(FIXTURES, 'ui/line');

/** Keys as a terminal sends them. */
export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  enter: '\r',
  escape: '\u001B',
  backspace: '\u007F',
} as const;

/** Wait for React and Ink to settle after input. */
export function tick(ms = 30): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A rendered App and ways to drive it. */
export interface Driven {
  readonly frame: () => string;
  /** Type keys one at a time, waiting a tick after each. */
  press(...keys: string[]): Promise<void>;
  /** Type text into a field (one write), then wait until the field shows it. */
  type(text: string): Promise<void>;
  /** Wait until the frame contains `text` (async saves and reloads). */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
  readonly edits: Array<{ readonly file: string; readonly line: number; readonly readOnly: boolean }>;
  unmount(): void;
}

/** Render the App on a repository, 100×30, without colour, with a recording editor. */
export async function drive(root: string, props: Partial<AppProps> = {}, data?: ReviewData): Promise<Driven> {
  const initial = data ?? (await loadReviewData(root));
  const edits: Array<{ file: string; line: number; readOnly: boolean }> = [];
  const instance = render(
    <ThemeContext.Provider value={{ color: false }}>
      <App
        initial={initial}
        reload={() => loadReviewData(root)}
        width={100}
        height={30}
        watch={false}
        openEditor={(file, line, { readOnly }) => {
          edits.push({ file, line, readOnly });
          return undefined;
        }}
        {...props}
      />
    </ThemeContext.Provider>,
  );
  await tick();
  const frame = () => instance.lastFrame() ?? '';
  // Send input, then wait for the frame it causes (the machine may be slow: no fixed sleeps),
  // or give up after a while for keys that change nothing on screen.
  const settle = async (send: () => void): Promise<void> => {
    const before = frame();
    send();
    const end = Date.now() + 1500;
    while (frame() === before && Date.now() < end) await tick(5);
    await tick(15);
  };
  return {
    frame,
    edits,
    async press(...keys) {
      for (const key of keys) await settle(() => instance.stdin.write(key));
    },
    async type(text) {
      // Typed text is handled key by key; wait until the field shows all of it before its cursor.
      instance.stdin.write(text);
      const end = Date.now() + 15_000;
      while (!frame().includes(`${text}█`) && Date.now() < end) await tick(5);
      await tick(15);
    },
    async waitFor(text, timeoutMs = 3000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const now = frame();
        if (typeof text === 'string' ? now.includes(text) : text.test(now)) return now;
        if (Date.now() > end) throw new Error(`timed out waiting for ${String(text)}; the frame is:\n${now}`);
        await tick(20);
      }
    },
    unmount: () => instance.unmount(),
  };
}
