import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { privateTmux, until } from '../helpers/tmux.js';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, removeDir, runCli, tempDir } from '../helpers/cli.js';

/**
 * A proposed subject accepted whole in a real terminal: `init`, `capture` of three pages,
 * `extract`, then in the Inbox of `review` `A` on the group of the festival's attendance (its id
 * and drafted question rewritten, one diff), the Japanese page's figure moved into it with `m` when
 * `extract` proposed it elsewhere and accepted with `A` again; `check` and `report` show the subject.
 */

/** A private tmux server, so the test never touches anyone's sessions. */
const { tmux, kill } = privateTmux('urazuke-accept-subject');
const CAPTURES = path.join(FIXTURES, 'ui/from-scratch');
let dir = '';

afterEach(() => {
  kill();
  if (dir) removeDir(dir);
  dir = '';
});

describe('accepting a proposed subject whole (tmux)', () => {
  it('files the group as one subject, and check and report show it', async () => {
    dir = tempDir();
    expect(runCli(['init', 'harbour'], { cwd: dir }).code).toBe(0);
    const root = path.join(dir, 'harbour');
    const files = readdirSync(CAPTURES).sort().map((name) => path.join(CAPTURES, name));
    expect(runCli(['capture', ...files], { cwd: root }).code).toBe(0);
    const extracted = runCli(['extract', 'seeds'], { cwd: root });
    expect(extracted.code).toBe(0);
    const proposed = Number(/(\d+) added to claims\/inbox\.yaml/.exec(extracted.stdout)?.[1]);

    const exitFile = path.join(dir, 'exit-code');
    tmux('new-session', '-d', '-s', 'case', '-x', '120', '-y', '36', `cd ${JSON.stringify(root)} && ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} review; echo $? > ${JSON.stringify(exitFile)}; sleep 30`);
    const screen = () => tmux('capture-pane', '-p', '-t', 'case');
    const keys = (...k: string[]) => tmux('send-keys', '-t', 'case', ...k);
    const selectedRow = () => screen().split('\n').find((line) => line.startsWith('▸')) ?? '';
    const inboxCount = () => /inbox (\d+)\s*$/.exec(screen().split('\n')[0] ?? '')?.[1] ?? '0';
    /** Move the cursor to the first candidate whose row holds every one of `parts` (false when there is none). */
    const moveTo = async (...parts: string[]): Promise<boolean> => {
      keys('g');
      await until(screen, (s) => /Inbox 1\//.test(s));
      for (let tries = 0; tries < 30; tries++) {
        const row = selectedRow();
        if (parts.every((p) => row.includes(p))) return true;
        keys('j');
        const moved = await until(screen, (s) => (s.split('\n').find((line) => line.startsWith('▸')) ?? '') !== row, 1500).catch(() => '');
        if (!moved) return false;
      }
      return false;
    };
    /** Replace what a field holds (Ctrl+U, then the text, one write) and wait for it. */
    const fill = async (label: string, text: string) => {
      await until(screen, (s) => new RegExp(`${label}: .*█`).test(s));
      keys('C-u');
      await until(screen, (s) => s.includes(`${label}: █`));
      keys('-l', text);
      await until(screen, (s) => s.includes(`${label}: ${text}█`));
      keys('Enter');
    };

    await until(screen, (s) => s.includes(`Inbox 1/${proposed}`));
    expect(await moveTo('Bay Times', '{approx: 450000}')).toBe(true);
    // The group's header names its candidates; A takes them all.
    keys('A');
    await fill('Subject id', 'attendance');
    await fill('Question of attendance', 'How many people attended the festival?');
    await until(screen, (s) => /Save: accept \d+ candidates? into new subject attendance/.test(s));
    const before = Number(inboxCount());
    keys('y');
    await until(screen, () => Number(inboxCount()) < before);

    // The Japanese page's figure: moved into the subject when extract proposed it elsewhere, then accepted into it.
    if (await moveTo('{approx: 420000}', 'seeds/minato-shimpo.txt')) {
      keys('m');
      await until(screen, (s) => s.includes('Move the candidate into which subject?'));
      keys('/');
      keys('-l', 'attendance');
      await until(screen, (s) => s.includes('narrow: attendance'));
      keys('Enter');
      await until(screen, (s) => !s.includes('narrow: attendance'));
      keys('Enter');
      await until(screen, (s) => s.includes('Save: move candidate'));
      keys('y');
      await until(screen, (s) => s.includes('Saved claims/inbox.yaml: move candidate'));
      // The cursor followed it into the filed subject's group.
      await until(screen, (s) => /filed \(\d claims?\)/.test(s));
      keys('A');
      await until(screen, (s) => s.includes('Save: accept 1 candidate into attendance'));
      const left = Number(inboxCount());
      keys('y');
      await until(screen, () => Number(inboxCount()) === left - 1);
    }
    keys('Escape');
    await until(screen, (s) => s.includes('How many people attended the festival?') && /1 subjects: 0 conflict · 1 differ/.test(s));
    keys('q');
    const code = () => (existsSync(exitFile) ? readFileSync(exitFile, 'utf8').trim() : '');
    expect(await until(code, (s) => s !== '')).toBe('0');

    const check = runCli(['check'], { cwd: root });
    expect(check.stdout).toMatch(/^0 errors, 0 warnings/);
    expect(check.code).toBe(0);
    const report = runCli(['report', '--format', 'json'], { cwd: root });
    const { subjects } = JSON.parse(report.stdout) as { subjects: Array<{ id: string; question: string; verdict: string; claims: Array<{ outlet: string; value: unknown }> }> };
    expect(subjects).toHaveLength(1);
    expect(subjects[0]).toMatchObject({ id: 'attendance', question: 'How many people attended the festival?', verdict: 'differ' });
    expect(subjects[0]!.claims.map((c) => c.value).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([{ approx: 420000 }, { approx: 450000 }, { approx: 450000 }]);
    const topic = readFileSync(path.join(root, 'claims/harbour.yaml'), 'utf8');
    expect(topic).toContain('- id: attendance\n');
    expect(topic).toContain('unit: people');
  }, 90_000);
});
