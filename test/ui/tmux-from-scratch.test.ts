import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { privateTmux, until } from '../helpers/tmux.js';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, removeDir, runCli, tempDir } from '../helpers/cli.js';

/**
 * A new case from nothing to a checked, reported one, as a new user goes: `init`, `capture` of
 * three pages (HTML, markdown with front matter, a Japanese plain text), `extract`, the Inbox of
 * `review` in a real terminal (a new subject from the first candidate, two more accepted into
 * it), then `check` and `report`. No YAML is written by hand.
 */

/** A private tmux server, so the test never touches anyone's sessions. */
const { tmux, kill } = privateTmux('urazuke-from-scratch');
const CAPTURES = path.join(FIXTURES, 'ui/from-scratch');
let dir = '';

afterEach(() => {
  kill();
  if (dir) removeDir(dir);
  dir = '';
});

describe('a new case from scratch (init, capture, extract, review in tmux, check, report)', () => {
  it('ends checked and reported, its subject made in the Inbox', async () => {
    dir = tempDir();
    const init = runCli(['init', 'harbour'], { cwd: dir });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    const root = path.join(dir, 'harbour');
    const files = readdirSync(CAPTURES).sort().map((name) => path.join(CAPTURES, name));
    const captured = runCli(['capture', ...files], { cwd: root });
    expect(captured.stderr).toBe('');
    expect(captured.code).toBe(0);
    const extracted = runCli(['extract', 'seeds'], { cwd: root });
    expect(extracted.stderr).toBe('');
    expect(extracted.code).toBe(0);
    const proposed = Number(/(\d+) added to claims\/inbox\.yaml/.exec(extracted.stdout)?.[1]);
    expect(proposed).toBeGreaterThanOrEqual(3);

    const exitFile = path.join(dir, 'exit-code');
    tmux('new-session', '-d', '-s', 'case', '-x', '110', '-y', '32', `cd ${JSON.stringify(root)} && ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} review; echo $? > ${JSON.stringify(exitFile)}; sleep 30`);
    const screen = () => tmux('capture-pane', '-p', '-t', 'case');
    const keys = (...k: string[]) => tmux('send-keys', '-t', 'case', ...k);
    const type = async (text: string, shown: string) => {
      keys('-l', text);
      await until(screen, (s) => s.includes(shown));
    };
    /** Move the Inbox cursor (j) to the candidate whose row holds every one of `parts`. */
    const moveTo = async (...parts: string[]) => {
      for (let tries = 0; tries < 20; tries++) {
        const row = screen().split('\n').find((line) => line.startsWith('▸')) ?? '';
        if (parts.every((p) => row.includes(p))) return;
        keys('j');
        await until(screen, (s) => (s.split('\n').find((line) => line.startsWith('▸')) ?? '') !== row);
      }
      throw new Error(`no candidate ${parts.join(' ')} in the inbox:\n${screen()}`);
    };
    /** Confirm the save the accept shows (its diff first), and wait for the inbox to hold `left`. */
    const save = async (left: number) => {
      await until(screen, (s) => s.includes('Save: accept'));
      keys('y');
      await until(screen, (s) => /inbox (\d+)\s*$/.exec(s.split('\n')[0] ?? '')?.[1] === String(left));
    };

    // No subjects yet: review opens on the Inbox.
    await until(screen, (s) => s.includes(`Inbox 1/${proposed}`));
    // n: a new subject from the Bay Times candidate: its id, its question, its kind.
    await moveTo('Bay Times', '{approx: 450000}');
    keys('n');
    // The id offered (the extractor's, people-1) is replaced by the user's.
    const offered = /New subject id: (\S*)█/.exec(await until(screen, (s) => /New subject id: \S*█/.test(s)))![1]!;
    expect(offered).not.toBe('');
    // One key at a time: keys that arrive together are read as one input.
    for (let left = offered.length - 1; left >= 0; left--) {
      keys('BSpace');
      await until(screen, (s) => s.includes(`New subject id: ${offered.slice(0, left)}█`));
    }
    await type('attendance', 'New subject id: attendance');
    keys('Enter');
    await until(screen, (s) => s.includes('Question of attendance:'));
    await type('How many people attended the festival?', 'Question of attendance: How many people attended the festival?');
    keys('Enter');
    await until(screen, (s) => s.includes('Kind of the new subject attendance') && s.includes('▸ count'));
    keys('Enter');
    await save(proposed - 1);
    // a: two more into it, the English page and the Japanese one.
    await moveTo('Harbor Daily', '{approx: 450000}');
    keys('a');
    await until(screen, (s) => s.includes('Accept into which subject?') && s.includes('▸ attendance · How many people attended the festival?'));
    keys('Enter');
    await save(proposed - 2);
    await moveTo('{approx: 420000}', 'seeds/minato-shimpo.txt:5');
    keys('a');
    await until(screen, (s) => s.includes('Accept into which subject?'));
    keys('Enter');
    await save(proposed - 3);
    expect(screen()).toContain('1 subjects: 0 conflict · 1 differ · 0 agree');
    keys('q');
    const code = () => (existsSync(exitFile) ? readFileSync(exitFile, 'utf8').trim() : '');
    expect(await until(code, (s) => s !== '')).toBe('0');

    const check = runCli(['check'], { cwd: root });
    expect(check.stdout).toMatch(/^0 errors, 0 warnings/);
    expect(check.code).toBe(0);
    const report = runCli(['report', '--format', 'json'], { cwd: root });
    expect(report.code).toBe(0);
    const { subjects } = JSON.parse(report.stdout) as { subjects: Array<{ id: string; question: string; verdict: string; origins: number; claims: Array<{ outlet: string; value: unknown; source: { file: string } }> }> };
    expect(subjects).toHaveLength(1);
    // both English pages credit the organisers (the organisers said): one origin; the Japanese page's 実行委員会 is another
    expect(subjects[0]).toMatchObject({ id: 'attendance', question: 'How many people attended the festival?', verdict: 'differ', origins: 2 });
    expect(subjects[0]!.claims.map((c) => [c.outlet, c.value, c.source.file])).toEqual([
      ['Bay Times', { approx: 450000 }, 'seeds/bay-times.md'],
      ['Harbor Daily', { approx: 450000 }, 'seeds/harbor-daily.html'],
      ['(unattributed)', { approx: 420000 }, 'seeds/minato-shimpo.txt'],
    ]);
    const markdown = runCli(['report'], { cwd: root });
    expect(markdown.stdout).toContain('## How many people attended the festival?');
    // What the user would otherwise have written by hand: the topic file and the catalog.
    expect(readFileSync(path.join(root, 'claims/harbour.yaml'), 'utf8')).toContain('- id: attendance\n');
    expect(readFileSync(path.join(root, 'seeds/sources.yaml'), 'utf8')).toContain('site: Harbor Daily');
  }, 90_000);
});
