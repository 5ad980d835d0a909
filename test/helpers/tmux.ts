import { execFileSync, spawnSync } from 'node:child_process';

/**
 * A private tmux server per test file (its own socket), so the tests never touch anyone's
 * sessions, and waiting for what a pane shows.
 */

/** Run tmux on the private server `name`; `kill` ends the server and every session on it. */
export function privateTmux(name: string): { readonly tmux: (...args: string[]) => string; kill(): void } {
  const socket = `${name}-${process.pid}`;
  return {
    tmux: (...args: string[]): string => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' }),
    kill: () => {
      spawnSync('tmux', ['-L', socket, 'kill-server']);
    },
  };
}

/** Poll `what` until `predicate` holds (its text returned), or fail showing the last screen. */
export async function until(what: () => string, predicate: (text: string) => boolean, timeoutMs = 15_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const text = what();
    if (predicate(text)) return text;
    if (Date.now() > end) throw new Error(`timed out; the screen is:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
