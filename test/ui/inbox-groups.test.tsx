import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, removeDir, tempCopy } from '../helpers/cli.js';
import { drive, KEY, type Driven } from './helpers.js';

/** Captures and an inbox whose candidates `extract` grouped into proposed subjects (with `subjects:`), no topic file. */
const PROPOSED = path.join(FIXTURES, 'ui/proposed');
const INBOX = 'claims/inbox.yaml';
const TOPIC = 'claims/line.yaml';

let app: Driven | undefined;
let dir = '';
afterEach(() => {
  app?.unmount();
  app = undefined;
  if (dir) removeDir(dir);
  dir = '';
});

const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
const rows = (frame: string) => frame.split('\n');

/** Press j until the selected row matches (at most ten times). */
async function moveTo(ui: Driven, selected: RegExp): Promise<void> {
  for (let i = 0; i < 10 && !selected.test(ui.frame()); i++) await ui.press('j');
  expect(ui.frame()).toMatch(selected);
}

/** A topic file with one filed subject (engineers) and its claim. */
const FILED_TOPIC = [
  'topic: line',
  'subjects:',
  '  - id: engineers',
  '    question: How many engineers could read the data?',
  '    kind: count',
  '    unit: people',
  'claims:',
  '  - id: engineers/jnn',
  '    subject: engineers',
  '    value: 4',
  '    outlet: JNN',
  '    source:',
  '      file: seeds/jnn-transcript.txt',
  '      quote: 中国の関連会社に委託していた',
  '',
].join('\n');

describe('the Inbox by proposed subject', () => {
  it('groups the candidates under a header each (verdict, drafted question, candidates and origins), conflicts first', async () => {
    dir = tempCopy(PROPOSED);
    const ui = (app = await drive(dir));
    const frame = ui.frame();
    expect(frame).toContain('Inbox 1/5 · 3 proposed subjects');
    const lines = rows(frame);
    const headers = lines.filter((l) => /^(✗ conflict|≈ differ|= agree)/.test(l));
    expect(headers).toHaveLength(3);
    expect(headers[0]).toMatch(/^✗ conflict access-times {2}3 candidates · 3 origins {2}委託先がサーバーにアクセスした回数は？/);
    expect(headers[1]).toMatch(/^= agree +engineers-people {2}1 candidate · 1 origin {2}従業員の人数は？/);
    // A candidate without subject is a group of its own.
    expect(headers[2]).toMatch(/^= agree +\(no subject\) {2}1 candidate/);
    // The cursor is on the conflict's first candidate, which shows whom it conflicts with.
    expect(lines[lines.indexOf(headers[0]!) + 1]).toMatch(/^▸ JNN|^▸ Record China/);
    expect(frame).toMatch(/JNN +32 +✗ vs Daily Notes/);
  });

  it('A accepts a proposed subject whole: the first topic file, the id and the drafted question (rewritten), one diff, then the candidates leave the inbox', async () => {
    dir = tempCopy(PROPOSED);
    const ui = (app = await drive(dir));
    await ui.press('A');
    expect(ui.frame()).toContain('New topic file:');
    await ui.press('\u0015');
    await ui.type(TOPIC);
    await ui.press(KEY.enter);
    await ui.waitFor('Subject id: access-times█');
    await ui.press(KEY.enter);
    expect(ui.frame()).toContain('Question of access-times: 委託先がサーバーにアクセスした回数は？█');
    await ui.press('\u0015');
    await ui.type('How many times did the affiliate access the data?');
    await ui.press(KEY.enter);
    const diff = await ui.waitFor('Save: accept 3 candidates into new subject access-times');
    expect(diff).toContain('+  - id: access-times');
    await ui.press('y');
    await ui.waitFor(`Saved ${TOPIC}, ${INBOX}`);
    const topic = parse(read(TOPIC));
    expect(topic.subjects).toEqual([{ id: 'access-times', question: 'How many times did the affiliate access the data?', kind: 'count', unit: 'times' }]);
    expect(topic.claims.map((c: { id: string; subject: string; value: unknown }) => [c.id, c.subject, c.value])).toEqual([
      ['access-times/Record-China', 'access-times', { min: 32 }],
      ['access-times/JNN', 'access-times', 32],
      ['access-times/Daily-Notes', 'access-times', { min: 38 }],
    ]);
    const inbox = parse(read(INBOX));
    expect(inbox.candidates.map((c: { outlet: string }) => c.outlet)).toEqual(['Record China', 'Daily Notes']);
    // Filed now: its proposed entry leaves the inbox's subjects; the other stays with its comment.
    expect(inbox.subjects.map((s: { id: string }) => s.id)).toEqual(['engineers-people']);
    expect(read(INBOX)).toContain('# drafted by extract; a reviewer rewrites them');
    await ui.waitFor('Inbox 1/2 · 2 proposed subjects');
    // An ordinary subject now: Subjects lists it with its verdict.
    await ui.press(KEY.escape);
    await ui.waitFor('Subjects 1/1');
    expect(ui.frame()).toMatch(/✗ conflict How many times did the affiliate access the data\? +3 +3 +3/);
  });

  it('A on a group proposed into a filed subject appends its candidates as claims of it', async () => {
    dir = tempCopy(PROPOSED);
    writeFileSync(path.join(dir, TOPIC), FILED_TOPIC);
    writeFileSync(path.join(dir, INBOX), read(INBOX).replaceAll('subject: engineers-people', 'subject: engineers'));
    const ui = (app = await drive(dir));
    await ui.press('i');
    const frame = ui.frame();
    expect(frame).toMatch(/engineers {2}1 candidate · 2 origins · filed \(1 claim\) {2}How many engineers could read the/);
    const lines = rows(frame);
    const at = lines.findIndex((l) => l.includes('How many engineers'));
    // To the candidate under that header (the conflict's three come first).
    await ui.press('j', 'j', 'j');
    expect(rows(ui.frame())[at + 1]).toMatch(/^▸ Record China/);
    await ui.press('A');
    const diff = await ui.waitFor('Save: accept 1 candidate into engineers');
    expect(diff).not.toContain('+  - id: engineers\n');
    await ui.press('y');
    await ui.waitFor('Saved');
    const topic = parse(read(TOPIC));
    expect(topic.subjects).toHaveLength(1);
    expect(topic.claims.map((c: { id: string }) => c.id)).toEqual(['engineers/jnn', 'engineers/Record-China']);
  });

  it('m moves a candidate into another group, s splits one out, X rejects a whole group; each through a diff', async () => {
    dir = tempCopy(PROPOSED);
    const ui = (app = await drive(dir));
    // The last candidate (no subject) moves into engineers-people.
    await ui.press('G', 'm');
    expect(ui.frame()).toContain('Move the candidate into which subject?');
    expect(ui.frame()).toContain('access-times · 委託先がサーバーにアクセスした回数は？  (conflict, 3 candidates)');
    await ui.press('/');
    await ui.type('engineers');
    await ui.press(KEY.enter, KEY.enter);
    await ui.waitFor('Save: move candidate Daily Notes at line');
    expect(ui.frame()).toContain('+  - subject: engineers-people');
    await ui.press('y');
    await ui.waitFor('Saved claims/inbox.yaml');
    expect(parse(read(INBOX)).candidates[4]).toMatchObject({ outlet: 'Daily Notes', subject: 'engineers-people' });
    let frame = await ui.waitFor('2 proposed subjects');
    expect(frame).toMatch(/engineers-people {2}2 candidates · 2 origins {2}従業員の人数は？/);
    // The cursor followed the moved candidate.
    expect(frame).toMatch(/▸ Daily Notes +4/);

    // Split JNN out of access-times: a proposed subject of its own, its question drafted from the group's.
    await ui.press('g');
    await moveTo(ui, /▸ JNN/);
    await ui.press('s');
    await ui.waitFor('Save: split candidate JNN at line');
    await ui.press('y');
    await ui.waitFor('Saved claims/inbox.yaml');
    const inbox = parse(read(INBOX));
    expect(inbox.candidates.find((c: { outlet: string }) => c.outlet === 'JNN').subject).toBe('access-times-2');
    expect(inbox.subjects.at(-1)).toEqual({ id: 'access-times-2', question: '委託先がサーバーにアクセスした回数は？', kind: 'count', unit: 'times' });
    frame = await ui.waitFor('3 proposed subjects');
    expect(frame).toMatch(/access-times-2 {2}1 candidate · 1 origin {2}委託先がサーバーにアクセスした回数は？/);

    // The cursor followed JNN into its own group, last (it agrees with itself); reject the whole engineers-people group.
    expect(frame).toMatch(/access-times-2[^\n]*\n▸ JNN/);
    await ui.press('g');
    await moveTo(ui, /▸ Daily Notes +4/);
    await ui.press('X');
    await ui.waitFor('Save: reject 2 candidates of engineers-people');
    await ui.press('y');
    await ui.waitFor('Saved claims/inbox.yaml');
    const after = parse(read(INBOX)).candidates.filter((c: { subject?: string }) => c.subject === 'engineers-people');
    expect(after.map((c: { status?: string }) => c.status)).toEqual(['rejected', 'rejected']);
    await ui.waitFor('Inbox 3/3 · 2 proposed subjects');
    // s on a candidate alone changes nothing.
    await ui.press('G', 's');
    expect(ui.frame()).toContain('The candidate is a subject of its own already.');
  });

  it('warns when candidates of the group are filed already: s accepts the others only', async () => {
    dir = tempCopy(PROPOSED);
    writeFileSync(
      path.join(dir, TOPIC),
      FILED_TOPIC.replace('claims:\n', 'claims:\n  - id: engineers/jnn-32\n    subject: engineers\n    value: 32\n    outlet: JNN\n    source:\n      file: seeds/jnn-transcript.txt\n      quote: 個人情報のデータにあわせて32回アクセス\n'),
    );
    const ui = (app = await drive(dir));
    await ui.press('i', 'A');
    await ui.waitFor('Subject id: access-times█');
    await ui.press(KEY.enter, KEY.enter);
    expect(ui.frame()).toContain('1 filed already (as engineers/jnn-32): y accept all anyway · s skip it · n/Esc cancel');
    await ui.press('s');
    const diff = await ui.waitFor('Save: accept 2 candidates into new subject access-times');
    expect(diff).not.toContain('access-times/JNN');
    await ui.press('y');
    await ui.waitFor('Saved');
    expect(parse(read(INBOX)).candidates.map((c: { outlet: string }) => c.outlet)).toEqual(['Record China', 'JNN', 'Daily Notes']);
  });

  it('reads an inbox without `subjects` (an older extract): the subject id stands as the question, kind and unit from the candidates', async () => {
    dir = tempCopy(PROPOSED);
    writeFileSync(path.join(dir, INBOX), read(INBOX).replace(/\nsubjects:[\s\S]*$/, '\n'));
    const ui = (app = await drive(dir));
    expect(ui.frame()).toMatch(/✗ conflict access-times {2}3 candidates · 3 origins {2}access-times/);
    await ui.press('A', '\u0015');
    await ui.type(TOPIC);
    await ui.press(KEY.enter);
    await ui.waitFor('Subject id: access-times█');
    await ui.press(KEY.enter);
    expect(ui.frame()).toContain('Question of access-times: access-times█');
    await ui.press('\u0015');
    await ui.type('How many accesses?');
    await ui.press(KEY.enter, 'y');
    await ui.waitFor('Saved');
    expect(parse(read(TOPIC)).subjects).toEqual([{ id: 'access-times', question: 'How many accesses?', kind: 'count', unit: 'times' }]);
  });
});
