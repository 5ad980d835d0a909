import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticReviewData } from '../helpers/synthetic-review.js';
import { removeDir, runCli, tempCopy, tempDir } from '../helpers/cli.js';
import { drive, KEY, LINE_FIXTURE, type Driven } from './helpers.js';

let app: Driven | undefined;
const dirs: string[] = [];
afterEach(() => {
  app?.unmount();
  app = undefined;
  for (const dir of dirs.splice(0)) removeDir(dir);
});

describe('ten thousand subjects', () => {
  it('draws only the visible rows and scrolls to the end and back', async () => {
    const data = syntheticReviewData(10_000);
    app = await drive(data.root, {}, data);
    const rows = () => app!.frame().split('\n');
    expect(rows()).toHaveLength(29);
    expect(app.frame()).toContain('10000 subjects: 2500 conflict · 2500 differ · 5000 agree');
    expect(rows().filter((line) => /^[▸ ] [✗≈=] /.test(line))).toHaveLength(24);
    await app.press('G');
    expect(app.frame()).toContain('Subjects 10000/10000');
    expect(app.frame()).toContain('case 9999?');
    await app.press(KEY.up, KEY.up);
    expect(app.frame()).toContain('Subjects 9998/10000');
    expect(app.frame()).toContain('case 9999?');
    await app.press('g');
    expect(app.frame()).toContain('Subjects 1/10000');
    expect(rows()).toHaveLength(29);
    await app.press(KEY.enter);
    expect(app.frame()).toContain('subject-0 · How many accesses');
  });
});

describe('a long inbox', () => {
  it('lays out only the visible candidates and pages to the last', async () => {
    const dir = tempCopy(LINE_FIXTURE);
    dirs.push(dir);
    const entries = Array.from({ length: 500 }, (_, i) => `  - {value: ${i}, outlet: Outlet${i}, source: {file: seeds/jnn-transcript.txt, quote: "q${i}"}}`);
    writeFileSync(path.join(dir, 'claims/inbox.yaml'), `candidates:\n${entries.join('\n')}\n`);
    app = await drive(dir);
    await app.press('i');
    expect(app.frame()).toContain('Inbox 1/500');
    expect(app.frame()).not.toContain('Outlet20 ');
    await app.press('G');
    expect(app.frame()).toContain('Inbox 500/500');
    expect(app.frame()).toContain('Outlet499');
    expect(app.frame().split('\n')).toHaveLength(29);
    await app.press(KEY.up);
    expect(app.frame()).toMatch(/▸ Outlet498/);
  });
});

describe('a long inbox of proposed subjects', () => {
  it('groups 3000 candidates into 300 subjects, conflicts first, and keeps the window to the screen', async () => {
    const dir = tempCopy(LINE_FIXTURE);
    dirs.push(dir);
    // Every third subject's candidates conflict (exact counts 0 … 9), the others agree (one count each).
    const entries = Array.from({ length: 3000 }, (_, i) => {
      const group = Math.floor(i / 10);
      const value = group % 3 === 0 ? i % 10 : group;
      return `  - {subject: s${group}, value: ${value}, outlet: O${i % 10}, chain: [O${i % 10}], kind: count, unit: times, source: {file: seeds/jnn-transcript.txt, quote: "q${i}"}}`;
    });
    const subjects = Array.from({ length: 300 }, (_, g) => `  - {id: s${g}, question: "Question ${g}?", kind: count, unit: times}`);
    writeFileSync(path.join(dir, 'claims/inbox.yaml'), `candidates:\n${entries.join('\n')}\nsubjects:\n${subjects.join('\n')}\n`);
    const started = Date.now();
    app = await drive(dir);
    await app.press('i');
    const opened = Date.now() - started;
    const frame = await app.waitFor('Inbox 1/3000 · 300 proposed subjects');
    expect(frame.split('\n')).toHaveLength(29);
    expect(frame).toMatch(/✗ conflict s0 {2}10 candidates · 10 origins {2}Question 0\?/);
    expect(frame).not.toContain('= agree');
    await app.press('G');
    const last = app.frame();
    expect(last).toContain('Inbox 3000/3000');
    // The agreeing subjects come last, in inbox order: s299 is the last of them.
    expect(last).toMatch(/= agree +s299 {2}10 candidates/);
    expect(last.split('\n')).toHaveLength(29);
    // Generous: the grouping and its 300 previews take well under a second on an idle machine.
    expect(opened).toBeLessThan(15_000);
  });
});

describe('untrusted text', () => {
  it('strips escape sequences, control and bidi characters from outlets, quotes and questions', async () => {
    const dir = tempDir();
    dirs.push(dir);
    mkdirSync(path.join(dir, 'claims'));
    writeFileSync(
      path.join(dir, 'claims/evil.yaml'),
      [
        'topic: evil',
        'subjects:',
        '  - id: s',
        '    question: "Who \\e[2Jwins?\\a"',
        '    kind: count',
        'claims:',
        '  - id: s/a',
        '    subject: s',
        '    value: 1',
        '    outlet: "\\e]0;owned\\aEvil\\e[31m Daily"',
        '    source: { file: seeds/x.txt, quote: "\\u202Egnp.exe 1回\\b" }',
        '',
      ].join('\n'),
    );
    app = await drive(dir);
    await app.press(KEY.enter);
    const frame = app.frame();
    expect(frame).toContain('Evil Daily');
    expect(frame).toContain('Who wins?');
    expect(frame).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('captures', () => {
  it('never shows a capture outside the repository', async () => {
    const outside = tempDir();
    const dir = tempDir();
    dirs.push(outside, dir);
    writeFileSync(path.join(outside, 'secret.txt'), 'TOP SECRET 32回\n');
    mkdirSync(path.join(dir, 'claims'));
    writeFileSync(
      path.join(dir, 'claims/t.yaml'),
      `topic: t\nsubjects:\n  - {id: s, question: Q?, kind: count}\nclaims:\n  - {id: s/a, subject: s, value: 32, outlet: A, source: {file: ${JSON.stringify(path.relative(dir, path.join(outside, 'secret.txt')))}, quote: 32回}}\n`,
    );
    app = await drive(dir);
    await app.press(KEY.enter, KEY.enter);
    const frame = await app.waitFor('the path climbs out');
    expect(frame).not.toContain('TOP SECRET');
  });
});

describe('urazuke review without a terminal', () => {
  it('prints the plain report and exits 0', () => {
    const dir = tempCopy(LINE_FIXTURE);
    dirs.push(dir);
    const result = runCli(['review', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('3 subjects: 1 conflict, 1 differ, 1 agree');
    expect(result.stdout.indexOf('CONFLICT')).toBeLessThan(result.stdout.indexOf('DIFFER'));
    expect(result.stdout).not.toContain('\u001B');
  });

  it('exits 2 with a message for a missing folder or two folders', () => {
    const missing = runCli(['review', 'no/such/folder']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot review 'no/such/folder': no such folder");
    const two = runCli(['review', 'a', 'b']);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('review takes one folder');
  });
});
