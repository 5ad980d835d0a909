import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { privateTmux, until } from '../helpers/tmux.js';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, removeDir, tempCopy } from '../helpers/cli.js';
import { LINE_FIXTURE } from './helpers.js';

/** A private tmux server, so the test never touches anyone's sessions. */
const { tmux, kill } = privateTmux('urazuke-test');
let dir = '';

afterEach(() => {
  kill();
  if (dir) removeDir(dir);
  dir = '';
});

describe('urazuke review in a real terminal (tmux)', () => {
  it('opens on the subjects, goes into the conflict subject, and quits with exit code 0', async () => {
    dir = tempCopy(LINE_FIXTURE);
    const exitFile = path.join(dir, 'exit-code');
    // With colour: NO_COLOR and FORCE_COLOR (set for the other tests) are taken out of the environment.
    tmux('new-session', '-d', '-s', 'review', '-x', '100', '-y', '30', `env -u NO_COLOR -u FORCE_COLOR TERM=xterm-256color ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} review ${JSON.stringify(dir)}; echo $? > ${JSON.stringify(exitFile)}; sleep 30`);
    const screen = () => tmux('capture-pane', '-p', '-t', 'review');
    let text = await until(screen, (s) => s.includes('Subjects 1/3'));
    expect(text).toContain('3 subjects: 1 conflict · 1 differ · 1 agree');
    expect(text).toMatch(/▸ ✗ conflict How many times/);

    tmux('send-keys', '-t', 'review', 'Enter');
    text = await until(screen, (s) => s.includes('Conflicting pairs'));
    expect(text).toContain('access-count · How many times');
    expect(text).toContain('≥ 38 times  ✗ vs JNN  読者コメント → JBpress → 朝日新聞');
    // Colour carries the verdict and the figure (red conflict marks), and no bracket marks are needed.
    const styled = tmux('capture-pane', '-p', '-e', '-t', 'review');
    expect(styled).toMatch(/\u001B\[[0-9;]*31m\s*✗ vs JNN/);
    expect(text).toContain('少なくとも三十二回');
    expect(text).not.toContain('⟦');

    tmux('send-keys', '-t', 'review', 'q');
    const code = () => (existsSync(exitFile) ? readFileSync(exitFile, 'utf8').trim() : '');
    expect(await until(code, (s) => s !== '')).toBe('0');
    // Back on the shell's screen: the UI used the alternate screen and left it.
    expect(screen()).not.toContain('Conflicting pairs');
  });

  it('pauses for the editor (a capture read-only), draws again afterwards, follows a resize, and leaves no frame on the shell\'s screen', async () => {
    dir = tempCopy(LINE_FIXTURE);
    const record = path.join(dir, 'editor-args');
    // A stand-in for vi: it takes the alternate screen and leaves it, as vi, less and nano do.
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    const editor = path.join(bin, 'vi');
    writeFileSync(editor, `#!/bin/sh\nprintf '%s\\n' "$@" > ${JSON.stringify(record)}\nprintf '\\033[?1049h\\033[2JSTAND-IN EDITOR'\nsleep 0.3\nprintf '\\033[?1049l'\n`);
    chmodSync(editor, 0o755);
    tmux('new-session', '-d', '-s', 'review', '-x', '100', '-y', '30', `echo BEFORE-REVIEW; EDITOR=${JSON.stringify(editor)} ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} review ${JSON.stringify(dir)}; echo EXIT=$?; sleep 30`);
    const screen = () => tmux('capture-pane', '-p', '-t', 'review');
    await until(screen, (s) => s.includes('Subjects 1/3'));
    tmux('send-keys', '-t', 'review', 'Enter');
    await until(screen, (s) => s.includes('Conflicting pairs'));
    tmux('send-keys', '-t', 'review', 'Enter');
    await until(screen, (s) => s.includes('seeds/001_649b7479d165a670.txt:67'));
    tmux('send-keys', '-t', 'review', 'o');
    const args = await until(() => (existsSync(record) ? readFileSync(record, 'utf8') : ''), (s) => s.endsWith('\n'));
    // A capture opens read-only: vi's -R.
    expect(args.trim().split('\n')).toEqual(['-R', '+67', path.join(realpathSync(dir), 'seeds/001_649b7479d165a670.txt')]);
    await until(screen, (s) => s.includes('seeds/001_649b7479d165a670.txt:67') && s.includes('Back from the read-only editor') && s.includes('o open read-only'));
    rmSync(record);
    tmux('send-keys', '-t', 'review', 'O');
    const edit = await until(() => (existsSync(record) ? readFileSync(record, 'utf8') : ''), (s) => s.endsWith('\n'));
    expect(edit.trim().split('\n')).toEqual(['+67', path.join(realpathSync(dir), 'seeds/001_649b7479d165a670.txt')]);
    await until(screen, (s) => s.includes('Back from the editor') && s.includes('o open read-only'));

    tmux('resize-window', '-t', 'review', '-x', '80', '-y', '24');
    // Once the resize settles, every row fits 80 cells (East Asian width) and the keys line is on screen.
    const fits = (text: string) =>
      text.startsWith('urazuke review') && text.includes('67▶') && text.includes('↑↓ scroll') && text.split('\n').every((line) => stringWidth(line) <= 80);
    const small = await until(screen, fits);
    expect(small).toContain('67▶');
    tmux('send-keys', '-t', 'review', 'q');
    // The shell's screen as it was: no frame of the UI under the prompt.
    const after = await until(screen, (s) => s.includes('EXIT=0'));
    expect(after).toContain('BEFORE-REVIEW');
    expect(after).not.toContain('o open read-only');
    expect(after).not.toContain('67▶');
    expect(after).not.toContain('STAND-IN EDITOR');
  });

  it('with no $EDITOR and no $VISUAL shows a capture in less, never in a plain vi', async () => {
    dir = tempCopy(LINE_FIXTURE);
    const record = path.join(dir, 'pager-args');
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    for (const name of ['less', 'vi']) {
      writeFileSync(path.join(bin, name), `#!/bin/sh\nprintf '${name} %s\\n' "$@" >> ${JSON.stringify(record)}\n`);
      chmodSync(path.join(bin, name), 0o755);
    }
    tmux('new-session', '-d', '-s', 'review', '-x', '100', '-y', '30', `env -u EDITOR -u VISUAL PATH=${JSON.stringify(`${bin}:${process.env['PATH'] ?? ''}`)} ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} review ${JSON.stringify(dir)}; sleep 30`);
    const screen = () => tmux('capture-pane', '-p', '-t', 'review');
    await until(screen, (s) => s.includes('Subjects 1/3'));
    tmux('send-keys', '-t', 'review', 'Enter');
    await until(screen, (s) => s.includes('Conflicting pairs'));
    tmux('send-keys', '-t', 'review', 'Enter');
    await until(screen, (s) => s.includes('seeds/001_649b7479d165a670.txt:67'));
    tmux('send-keys', '-t', 'review', 'o');
    const args = await until(() => (existsSync(record) ? readFileSync(record, 'utf8') : ''), (s) => s.endsWith('\n'));
    expect(args.trim().split('\n')).toEqual(['less +67g', `less ${path.join(realpathSync(dir), 'seeds/001_649b7479d165a670.txt')}`]);
    await until(screen, (s) => s.includes('Back from the read-only editor'));
    tmux('send-keys', '-t', 'review', 'q');
  });

  it('gives the shell its screen back when killed with SIGTERM', async () => {
    dir = tempCopy(LINE_FIXTURE);
    tmux('new-session', '-d', '-s', 'review', '-x', '100', '-y', '30', `echo BEFORE-REVIEW; ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} review ${JSON.stringify(dir)}; echo EXIT=$?; sleep 30`);
    const screen = () => tmux('capture-pane', '-p', '-t', 'review');
    await until(screen, (s) => s.includes('Subjects 1/3'));
    const shell = tmux('display-message', '-p', '-t', 'review', '#{pane_pid}').trim();
    const node = execFileSync('pgrep', ['-P', shell], { encoding: 'utf8' }).trim().split('\n')[0]!;
    process.kill(Number(node), 'SIGTERM');
    const after = await until(screen, (s) => s.includes('EXIT='));
    expect(after).toContain('BEFORE-REVIEW');
    expect(after).toContain('EXIT=143');
    expect(after).not.toContain('Subjects 1/3');
  });
  it('ends when its terminal closes (SIGHUP), leaving no process behind', async () => {
    dir = tempCopy(LINE_FIXTURE);
    tmux('new-session', '-d', '-s', 'review', '-x', '100', '-y', '30', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} review ${JSON.stringify(dir)}; sleep 30`);
    const screen = () => tmux('capture-pane', '-p', '-t', 'review');
    await until(screen, (s) => s.includes('Subjects 1/3'));
    const shell = tmux('display-message', '-p', '-t', 'review', '#{pane_pid}').trim();
    const node = Number(execFileSync('pgrep', ['-P', shell], { encoding: 'utf8' }).trim().split('\n')[0]);
    const alive = (): boolean => {
      try {
        process.kill(node, 0);
        return true;
      } catch {
        return false;
      }
    };
    expect(alive()).toBe(true);
    // closing the window hangs up the terminal the review runs in
    tmux('kill-session', '-t', 'review');
    await until(() => (alive() ? 'alive' : 'gone'), (s) => s === 'gone', 5000);
  });
});
