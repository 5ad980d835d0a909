import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { drive, KEY, type Driven } from '../ui/helpers.js';
import { ARTICLE, claimEntry, claimFile, cleanUp, repo } from './helpers.js';

afterAll(cleanUp);

/**
 * Review's saves through the Ink app: a file that starts with a byte-order mark or holds a
 * literal U+FFFD saves; a change across the topic file and the inbox is all or nothing; applying
 * an accept again never files the candidate twice; the editor opens only files inside the
 * repository.
 */

let app: Driven | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const TOPIC = claimFile([claimEntry('access-count/jnn'), claimEntry('access-count/asahi', { outlet: '朝日新聞', value: '{min: 38}', quote: '少なくとも三十二回' })]);
const INBOX = [
  '# the inbox',
  'candidates:',
  '  - id: times/NHK/1a2b3c',
  '    value: 32',
  '    says: 32 accesses in total',
  '    outlet: NHK',
  '    chain: [NHK]',
  '    source:',
  '      file: seeds/article.txt',
  '      quote: あわせて32回のアクセス',
  '      line: 3',
  '    confidence: 0.9',
  '',
].join('\n');

/** True when `chattr +i` works here (root, on a file system that has the flag). */
function canMakeImmutable(): boolean {
  const file = path.join(repo({ 'probe.txt': 'x' }), 'probe.txt');
  const ok = spawnSync('chattr', ['+i', file]).status === 0;
  if (ok) execFileSync('chattr', ['-i', file]);
  return ok;
}

const read = (dir: string, file: string): string => readFileSync(path.join(dir, file), 'utf8');

/** Subjects → access-count → resolve → status cycled → save screen → y. */
async function resolveAndSave(ui: Driven): Promise<void> {
  await ui.press(KEY.enter, 'r');
  expect(ui.frame()).toContain('Resolve access-count');
  await ui.press('l', 's');
  expect(ui.frame()).toContain('Save: resolve access-count');
  await ui.press('y');
}

/** Inbox → a → the first subject → the save screen. */
async function proposeAccept(ui: Driven): Promise<void> {
  await ui.press('i', 'a');
  expect(ui.frame()).toContain('Accept into which subject?');
  await ui.press(KEY.enter);
  expect(ui.frame()).toContain('Save: accept access-count/NHK');
}

describe('review saves a file whose text is not plain ASCII at its edges', () => {
  it.each([
    ['starts with a byte-order mark', `\uFEFF${TOPIC}`],
    ['holds a literal U+FFFD in a comment', `# a replacement character: \uFFFD\n${TOPIC}`],
  ])('saves a topic file that %s, and keeps it', async (_, text) => {
    const dir = repo({ 'seeds/article.txt': ARTICLE, 'claims/line.yaml': text });
    app = await drive(dir);
    await resolveAndSave(app);
    await app.waitFor('Saved claims/line.yaml');
    const saved = read(dir, 'claims/line.yaml');
    expect(saved.startsWith(text.slice(0, 30))).toBe(true);
    expect(parse(saved.replace(/^\uFEFF/, '')).subjects[0].resolution.status).toBeDefined();
  });
});

describe('accepting a candidate writes the topic file and the inbox, or neither', () => {
  it.runIf(canMakeImmutable())(
    'an immutable inbox: the topic file is put back, the UI says no file was changed, and saving again files the claim once',
    async () => {
      const dir = repo({ 'seeds/article.txt': ARTICLE, 'claims/line.yaml': TOPIC, 'claims/inbox.yaml': INBOX });
      const inbox = path.join(dir, 'claims/inbox.yaml');
      app = await drive(dir);
      await proposeAccept(app);
      execFileSync('chattr', ['+i', inbox]);
      try {
        await app.press('y');
        const frame = await app.waitFor(/Not saved: claims\/inbox\.yaml: (permission denied|the file system is read-only)/);
        expect(frame).toContain('No file was changed; your edit is still here.');
        expect(read(dir, 'claims/line.yaml')).toBe(TOPIC);
        expect(read(dir, 'claims/inbox.yaml')).toBe(INBOX);
      } finally {
        execFileSync('chattr', ['-i', inbox]);
      }
      await app.press('y');
      await app.waitFor('Saved claims/line.yaml, claims/inbox.yaml');
      const ids = (parse(read(dir, 'claims/line.yaml')).claims as Array<{ id: string }>).map((c) => c.id);
      expect(ids).toEqual(['access-count/jnn', 'access-count/asahi', 'access-count/NHK']);
      expect(parse(read(dir, 'claims/inbox.yaml')).candidates).toEqual([]);
    },
  );

  it('applied again to a topic file that already files the candidate (a save cut short), it adds no `-2`', async () => {
    const filed = TOPIC + claimEntry('access-count/NHK', { outlet: 'NHK', quote: 'あわせて32回のアクセス' }).replace(/\n$/, '') + '\n';
    const dir = repo({ 'seeds/article.txt': ARTICLE, 'claims/line.yaml': filed, 'claims/inbox.yaml': INBOX });
    app = await drive(dir);
    await proposeAccept(app);
    expect(app.frame()).not.toContain('NHK-2');
    await app.press('y');
    await app.waitFor('Saved claims/inbox.yaml');
    expect(read(dir, 'claims/line.yaml')).toBe(filed);
    expect(parse(read(dir, 'claims/inbox.yaml')).candidates).toEqual([]);
  });

  it('an inbox changed on disk after the diff was shown: neither file is written', async () => {
    const dir = repo({ 'seeds/article.txt': ARTICLE, 'claims/line.yaml': TOPIC, 'claims/inbox.yaml': INBOX });
    app = await drive(dir);
    await proposeAccept(app);
    writeFileSync(path.join(dir, 'claims/inbox.yaml'), `${INBOX}# someone else\n`);
    await app.press('y');
    await app.waitFor('Not saved: the file changed on disk');
    expect(read(dir, 'claims/line.yaml')).toBe(TOPIC);
    expect(read(dir, 'claims/inbox.yaml')).toBe(`${INBOX}# someone else\n`);
  });
});

describe('the editor (o) opens only files inside the repository', () => {
  it.each([
    ['a path climbing out', '../secret/notes.txt', /Not opened in the editor: \.\.\/secret\/notes\.txt: the path climbs out with `\.\.`/],
    ['a symlink leading out', 'seeds/link.txt', /Not opened in the editor: seeds\/link\.txt: a symlink to a place outside the repository/],
  ])('refuses a claim citing %s', async (_, file, message) => {
    const outside = repo({ 'secret/notes.txt': ARTICLE });
    const dir = repo({ 'claims/line.yaml': claimFile([claimEntry('access-count/jnn', { file }), claimEntry('access-count/asahi', { file, value: '{min: 38}' })]) });
    mkdirSync(path.join(dir, 'seeds'));
    symlinkSync(path.join(outside, 'secret/notes.txt'), path.join(dir, 'seeds/link.txt'));
    app = await drive(dir);
    await app.press(KEY.enter, KEY.enter);
    await app.press('o');
    await app.waitFor(message);
    expect(app.edits).toEqual([]);
  });
});
