import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { removeDir, tempCopy } from '../helpers/cli.js';
import { drive, KEY, LINE_FIXTURE, tick, type Driven } from './helpers.js';

let app: Driven | undefined;
let dir = '';
afterEach(() => {
  app?.unmount();
  app = undefined;
  if (dir) removeDir(dir);
  dir = '';
});

const TOPIC = 'claims/line-2021.yaml';
const INBOX = 'claims/inbox.yaml';
const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

async function open(props = {}): Promise<Driven> {
  dir = tempCopy(LINE_FIXTURE);
  app = await drive(dir, props);
  return app;
}

/** Subjects → access-count → Resolve: status resolved, accept JNN's claim, a note; then s. */
async function proposeResolution(ui: Driven): Promise<void> {
  await ui.press(KEY.enter, 'j', 'a');
  expect(ui.frame()).toContain('Resolve access-count');
  expect(ui.frame()).toMatch(/Accepted: 32 times — JNN \(jnn\)/);
  await ui.press(KEY.enter);
  await ui.type('JNN reads the log; 朝日 counts differently.');
  await ui.press(KEY.enter, 's');
}

describe('saving', () => {
  it('shows a resolution as a YAML diff, writes it on y with comments kept, and u undoes it', async () => {
    const ui = await open();
    const original = read(TOPIC);
    await proposeResolution(ui);
    let frame = ui.frame();
    expect(frame).toContain('Save: resolve access-count (resolved) → claims/line-2021.yaml');
    expect(frame).toContain('+    resolution:');
    expect(frame).toContain('+      status: resolved');
    expect(frame).toContain('+      accepted: access-count/jnn');
    expect(read(TOPIC)).toBe(original);
    await ui.press('y');
    frame = await ui.waitFor('Saved claims/line-2021.yaml');
    const saved = read(TOPIC);
    expect(parse(saved).subjects[0].resolution).toEqual({ status: 'resolved', accepted: 'access-count/jnn', note: 'JNN reads the log; 朝日 counts differently.' });
    expect(saved).toContain("# LINE's own figure, as 中日新聞 printed it.");
    expect(saved).toContain('value: { min: 32 }');
    // Back on the subject, which now shows the resolution.
    await ui.waitFor('resolution: resolved (accepted jnn)');

    await ui.press('u');
    expect(ui.frame()).toContain('Undo: undo resolve access-count');
    expect(ui.frame()).toContain('-      status: resolved');
    await ui.press('y');
    await ui.waitFor('Undone: resolve access-count');
    expect(read(TOPIC)).toBe(original);
    await ui.press('u');
    expect(ui.frame()).toContain('Nothing to undo in this session.');
  });

  it('keeps the end of a long note in view while it is typed', async () => {
    const ui = await open();
    await ui.press(KEY.enter, 'r', 'j', 'j', KEY.enter);
    const long = `${'長い説明。'.repeat(30)}END`;
    await ui.press(long);
    expect(await ui.waitFor('END█', 20_000)).toMatch(/Note: …[^\n]*END█/);
  });

  it('drops a proposed change on n: nothing is written', async () => {
    const ui = await open();
    const original = read(TOPIC);
    await proposeResolution(ui);
    await ui.press('n');
    expect(ui.frame()).toContain('Resolve access-count');
    await ui.press(KEY.escape, KEY.escape);
    expect(ui.frame()).toContain('Subjects 1/3');
    expect(read(TOPIC)).toBe(original);
  });

  it('deprecates a claim with a reason', async () => {
    const ui = await open();
    await ui.press(KEY.enter, 'j', 'j', 'd');
    expect(ui.frame()).toContain('Deprecate access-count/asahi — reason:');
    await ui.type('A reader comment, not 朝日 itself');
    await ui.press(KEY.enter);
    expect(ui.frame()).toContain('+    rank: deprecated');
    await ui.press(KEY.enter);
    await ui.waitFor('Saved claims/line-2021.yaml');
    const claim = parse(read(TOPIC)).claims.find((c: { id: string }) => c.id === 'access-count/asahi');
    expect(claim.rank).toBe('deprecated');
    expect(claim.reason).toBe('A reader comment, not 朝日 itself');
    await ui.waitFor('deprecated: A reader co');
  });

  it('refuses to overwrite a file changed on disk, shows the change, and re-applies on r', async () => {
    const ui = await open();
    await proposeResolution(ui);
    const edited = read(TOPIC).replace('title: LINE user data reachable from China (March 2021)', 'title: Edited elsewhere');
    writeFileSync(path.join(dir, TOPIC), edited);
    await ui.press('y');
    const frame = await ui.waitFor('Not saved: the file changed on disk since it was loaded.');
    expect(frame).toContain('+title: Edited elsewhere');
    expect(read(TOPIC)).toBe(edited);
    await ui.press('r');
    await ui.waitFor('Re-applied to the file as it is on disk now');
    expect(ui.frame()).toContain('+      status: resolved');
    await ui.press('y');
    await ui.waitFor('Saved claims/line-2021.yaml');
    const saved = read(TOPIC);
    expect(saved).toContain('title: Edited elsewhere');
    expect(parse(saved).subjects[0].resolution.status).toBe('resolved');
  });

  it('on a conflict, c cancels and keeps the file on disk; o overwrites', async () => {
    const ui = await open();
    await proposeResolution(ui);
    const edited = `${read(TOPIC)}# a comment added elsewhere\n`;
    writeFileSync(path.join(dir, TOPIC), edited);
    await ui.press('y');
    await ui.waitFor('changed on disk');
    await ui.press('c');
    await ui.waitFor('Cancelled: the file on disk was kept');
    expect(read(TOPIC)).toBe(edited);
    // The form is as it was left: nothing typed is lost.
    expect(ui.frame()).toContain('Note:     JNN reads the log; 朝日 counts differently.');

    // Propose again (the app reloaded the edited file), change the disk again, and overwrite.
    await ui.press('s');
    await ui.waitFor('Save: resolve access-count');
    writeFileSync(path.join(dir, TOPIC), `${edited}# and another\n`);
    await ui.press('y');
    await ui.waitFor('changed on disk');
    await ui.press('o');
    await ui.waitFor('Saved claims/line-2021.yaml');
    const saved = read(TOPIC);
    expect(saved).not.toContain('# and another');
    expect(saved).toContain('# a comment added elsewhere');
    expect(parse(saved).subjects[0].resolution.status).toBe('resolved');
  });

  it('does not undo over a file changed on disk since the save: no re-apply, only overwrite or cancel', async () => {
    const ui = await open();
    await proposeResolution(ui);
    await ui.press('y');
    await ui.waitFor('Saved claims/line-2021.yaml');
    const changed = `${read(TOPIC)}# edited after the save\n`;
    writeFileSync(path.join(dir, TOPIC), changed);
    await ui.press('u', 'y');
    const frame = await ui.waitFor('Not saved: the file changed on disk');
    expect(frame).not.toContain('r: reload and re-apply');
    expect(frame).toContain('o: overwrite with my change');
    await ui.press('c');
    await ui.waitFor('Cancelled');
    expect(read(TOPIC)).toBe(changed);
  });

  it('reloads a claim file edited while the UI runs', async () => {
    const ui = await open({ watch: true });
    writeFileSync(path.join(dir, TOPIC), read(TOPIC).replace('When did the access become possible?', 'Since when could the data be reached?'));
    await ui.waitFor('Since when could the data be reached?', 5000);
  });
});

describe('after a save', () => {
  it('keeps the cursor on the subject it was on when the save moves that subject in the order', async () => {
    dir = tempCopy(LINE_FIXTURE);
    // A second subject whose claims agree, filed after `engineers`: resolving `engineers` moves it below.
    const more = [
      'topic: more',
      'subjects:',
      '  - { id: staff, question: How many staff were told?, kind: count }',
      'claims:',
      '  - { id: staff/a, subject: staff, value: 9, outlet: A, source: { file: seeds/jnn-transcript.txt, quote: LINE } }',
      '  - { id: staff/b, subject: staff, value: 9, outlet: B, source: { file: seeds/jnn-transcript.txt, quote: LINE } }',
      '',
    ].join('\n');
    writeFileSync(path.join(dir, 'claims/more.yaml'), more);
    const ui = (app = await drive(dir));
    await ui.press('j', 'j');
    expect(ui.frame()).toMatch(/▸ = agree +How many engineers/);
    expect(ui.frame()).toMatch(/\n {2}= agree +How many staff/);
    await ui.press('r', KEY.right, 's', 'y');
    await ui.waitFor('Saved claims/line-2021.yaml');
    await ui.waitFor(/ {2}= agree +How many staff[^\n]*\n▸ = agree +How many engineers[^\n]*resolved/);
    expect(ui.frame()).toContain('Subjects 4/4');
  });

  it('keeps the cursor on the claim a deprecation moves, and marks the accepted claim', async () => {
    const ui = await open();
    await ui.press(KEY.enter, 'j');
    expect(ui.frame()).toMatch(/▸ ✗ JNN/);
    await ui.press('d');
    await ui.type('a transcript, not the release');
    await ui.press(KEY.enter, 'y');
    await ui.waitFor('Saved claims/line-2021.yaml');
    // JNN no longer votes: it moved to the end, and the cursor went with it.
    const frame = await ui.waitFor('not voting (deprecated or unreadable)');
    expect(frame).toMatch(/not voting[^\n]*\n▸ . JNN[^\n]*deprecated: a transcript/);

    await ui.press('k', 'a', 's', 'y');
    await ui.waitFor('resolution: resolved (accepted');
    const accepted = ui.frame().split('\n').find((row) => row.includes('✓ accepted'));
    expect(accepted).toMatch(/^▸ . (中日新聞|JBpress)/);
    expect(ui.frame().split('\n').filter((row) => row.includes('✓ accepted'))).toHaveLength(1);
  });
});

describe('inbox', () => {
  it('accepts a candidate into an existing subject: the claim is filed and leaves the inbox', async () => {
    const ui = await open();
    await ui.press('i');
    let frame = ui.frame();
    expect(frame).toContain('Inbox 1/2');
    expect(frame).toContain('Record China');
    expect(frame).toContain('「中国の従業員が少なくともこれらの個人情報に⟦32回⟧アクセスしている」');
    await ui.press('a');
    expect(ui.frame()).toContain('Accept into which subject?');
    expect(ui.frame()).toMatch(/▸ access-count · How many times/);
    await ui.press(KEY.enter);
    frame = ui.frame();
    expect(frame).toContain('Save: accept access-count/Record-China → claims/line-2021.yaml, claims/inbox.yaml');
    expect(frame).toContain('+  - id: access-count/Record-China');
    await ui.press('y');
    await ui.waitFor('Saved claims/line-2021.yaml, claims/inbox.yaml');
    const topic = parse(read(TOPIC));
    const filed = topic.claims.find((c: { id: string }) => c.id === 'access-count/Record-China');
    expect(filed).toMatchObject({ subject: 'access-count', outlet: 'Record China', value: { min: 32 } });
    expect(filed.source.quote).toBe('中国の従業員が少なくともこれらの個人情報に32回アクセスしている');
    const inbox = parse(read(INBOX));
    expect(inbox.candidates).toHaveLength(1);
    expect(inbox.candidates[0].outlet).toBe('JNN');
    expect(read(INBOX)).toContain('# Candidates proposed by `urazuke extract`.');
    await ui.waitFor('Inbox 1/1');
  });

  it('accepts a place candidate into a new subject of kind place and offers its aliases to the topic', async () => {
    dir = tempCopy(LINE_FIXTURE);
    writeFileSync(
      path.join(dir, INBOX),
      [
        'candidates:',
        '  - value: 上海',
        '    outlet: Record China',
        '    chain: [Record China]',
        '    source:',
        '      file: seeds/003_c1eae5f5e3785943.txt',
        '      quote: 上海の企業に外部委託しており',
        '      line: 3',
        '    kind: place',
        '    aliases: [Shanghai, 上海市]',
        '',
      ].join('\n'),
    );
    const ui = (app = await drive(dir, {}));
    await ui.press('i', 'n');
    await ui.type('affiliate-city');
    await ui.press(KEY.enter);
    await ui.type('Where is the affiliate?');
    await ui.press(KEY.enter);
    expect(ui.frame()).toMatch(/▸ place/);
    await ui.press(KEY.enter);
    expect(ui.frame()).toContain('+  上海: [ Shanghai, 上海市 ]');
    await ui.press('y');
    await ui.waitFor('Saved');
    const topic = parse(read(TOPIC));
    expect(topic.aliases).toEqual({ 上海: ['Shanghai', '上海市'] });
    expect(topic.subjects.at(-1)).toMatchObject({ id: 'affiliate-city', kind: 'place' });
    expect(topic.claims.at(-1)).toMatchObject({ subject: 'affiliate-city', value: '上海' });
  });

  it('accepts a candidate into a new subject', async () => {
    const ui = await open();
    await ui.press('i', 'j', 'n');
    expect(ui.frame()).toContain('New subject id:');
    await ui.type('staff-count');
    await ui.press(KEY.enter);
    await ui.type('How many staff could see the data?');
    await ui.press(KEY.enter);
    expect(ui.frame()).toContain('Kind of the new subject staff-count');
    await ui.press(KEY.enter);
    expect(ui.frame()).toContain('accept staff-count/JNN into new subject staff-count');
    await ui.press('y');
    await ui.waitFor('Saved');
    const topic = parse(read(TOPIC));
    expect(topic.subjects.at(-1)).toEqual({ id: 'staff-count', question: 'How many staff could see the data?', kind: 'count' });
    expect(topic.claims.at(-1)).toMatchObject({ id: 'staff-count/JNN', subject: 'staff-count', value: 4 });
    expect(parse(read(INBOX)).candidates).toHaveLength(1);
    await ui.press(KEY.escape);
    await ui.waitFor('4 subjects');
  });

  it('warns before filing a candidate already filed (same outlet, value and passage): n leaves it, y files it again', async () => {
    dir = tempCopy(LINE_FIXTURE);
    const again = ['  - subject: access-count', '    value: 32', '    outlet: JNN', '    source:', '      file: seeds/jnn-transcript.txt', '      quote: 32回、日本のサーバー', ''].join('\n');
    writeFileSync(path.join(dir, INBOX), `${read(INBOX)}${again}`);
    const ui = (app = await drive(dir));
    // Grouped by subject: the duplicate stands second, under access-count with Record China.
    await ui.press('i', 'j', 'a', KEY.enter);
    expect(ui.frame()).toContain('Already filed as access-count/jnn (same outlet, value and passage). Accept it anyway? y yes');
    expect(ui.frame()).not.toContain('Save:');
    await ui.press('n');
    expect(ui.frame()).not.toContain('Already filed');
    expect(ui.frame()).toContain('Inbox 2/3');
    await ui.press('a', KEY.enter, 'y');
    expect(ui.frame()).toContain('Save: accept access-count/JNN →');
    // A candidate with another value from the same passage is no duplicate.
    await ui.press('n', 'j', 'a', KEY.enter);
    expect(ui.frame()).not.toContain('Already filed');
    expect(ui.frame()).toContain('Save: accept');
  });

  it('rejects a candidate with x and edits one in the editor with e', async () => {
    const ui = await open();
    await ui.press('i', 'j', 'e');
    expect(ui.edits).toEqual([{ file: path.join(realpathSync(dir), INBOX), line: 11, readOnly: false }]);
    await ui.press('x');
    expect(ui.frame()).toContain('Save: reject candidate JNN');
    await ui.press('y');
    await ui.waitFor('Saved claims/inbox.yaml');
    // Kept, marked rejected (so extract never proposes it again), and no longer shown.
    expect(parse(read(INBOX)).candidates.map((c: { outlet: string; status?: string }) => [c.outlet, c.status])).toEqual([
      ['Record China', undefined],
      ['JNN', 'rejected'],
    ]);
    await ui.waitFor('Inbox 1/1');
    await tick();
  });
});
