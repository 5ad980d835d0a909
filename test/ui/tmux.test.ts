import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, removeDir, tempCopy } from '../helpers/cli.js';
import { LINE_FIXTURE } from './helpers.js';

/** A private tmux server, so the test never touches anyone's sessions. */
const SOCKET = `urazuke-test-${process.pid}`;
const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
let dir = '';

afterEach(() => {
  spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  if (dir) removeDir(dir);
  dir = '';
});

async function until(what: () => string, predicate: (text: string) => boolean, timeoutMs = 15_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const text = what();
    if (predicate(text)) return text;
    if (Date.now() > end) throw new Error(`timed out; the screen is:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('urazuke review in a real terminal (tmux)', () => {
  it('opens on the subjects, goes into the conflict subject, and quits with exit code 0', async () => {
    dir = tempCopy(LINE_FIXTURE);
    const exitFile = path.join(dir, 'exit-code');
    tmux('new-session', '-d', '-s', 'review', '-x', '100', '-y', '30', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} review ${JSON.stringify(dir)}; echo $? > ${JSON.stringify(exitFile)}; sleep 30`);
    const screen = () => tmux('capture-pane', '-p', '-t', 'review');
    let text = await until(screen, (s) => s.includes('Subjects 1/3'));
    expect(text).toContain('3 subjects: 1 conflict · 1 differ · 1 agree');
    expect(text).toMatch(/▸ ✗ conflict How many times/);

    tmux('send-keys', '-t', 'review', 'Enter');
    text = await until(screen, (s) => s.includes('Conflicting pairs'));
    expect(text).toContain('access-count · How many times');
    expect(text).toContain('≥ 38 times  ✗ vs JNN  読者コメント → JBpress → 朝日新聞');

    tmux('send-keys', '-t', 'review', 'q');
    const code = () => (existsSync(exitFile) ? readFileSync(exitFile, 'utf8').trim() : '');
    expect(await until(code, (s) => s !== '')).toBe('0');
    // Back on the shell's screen: the UI used the alternate screen and left it.
    expect(screen()).not.toContain('Conflicting pairs');
  });
});
