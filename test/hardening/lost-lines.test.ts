import { appendFileSync, cpSync, readFileSync, watch } from 'node:fs';
import path from 'node:path';
import { diffLines } from 'diff';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { ARTICLE, CASE_TIMEOUT_MS, claimEntry, claimFile, cleanUp, expectSafeExit, repo, run, runAll } from './helpers.js';

afterAll(cleanUp);

/**
 * Saves that lose no line: what is on disk is compared just before the rename, and an append
 * changes only the lines it adds (built CLI).
 */

/** The parts of a line diff: every removed line, and the added lines as one block per place. */
function changes(before: string, after: string): { removed: string[]; added: string[][] } {
  const parts = diffLines(before, after);
  return {
    removed: parts.filter((p) => p.removed).flatMap((p) => p.value.split('\n').filter((l) => l !== '')),
    added: parts.filter((p) => p.added).map((p) => p.value.split('\n').filter((l) => l !== '')),
  };
}

/** An inbox of `count` candidates, about 280 bytes each. */
function bigInbox(count: number): string {
  const lines = ['candidates:'];
  for (let i = 0; i < count; i++) {
    lines.push(
      `  - id: "times/x/${i}"`,
      `    value: ${i}`,
      `    says: "${i} times, a figure said somewhere in a sentence long enough"`,
      '    outlet: JNN',
      '    chain: [JNN, LINE]',
      '    source:',
      `      file: seeds/other-${i % 100}.txt`,
      `      quote: "quote number ${i} of the inbox"`,
      '      line: 3',
      '    confidence: 0.9',
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('a line another process appends while extract saves is never lost', { timeout: 6 * CASE_TIMEOUT_MS }, () => {
  it('extract over a 4 MB inbox: the appended line stays, and extract says the inbox changed', async () => {
    const inbox = bigInbox(15_000);
    expect(inbox.length).toBeGreaterThan(4_000_000);
    const dir = repo({ 'seeds/article.txt': ARTICLE, 'claims/inbox.yaml': inbox });
    const inboxPath = path.join(dir, 'claims/inbox.yaml');
    const line = '# appended by another process\n';
    let appended = false;
    // The moment extract's temporary file appears (it is being written), another process appends.
    const watcher = watch(path.join(dir, 'claims'), (_, name) => {
      if (!appended && typeof name === 'string' && /^\.inbox\.yaml\..*\.tmp$/.test(name)) {
        appended = true;
        appendFileSync(inboxPath, line);
      }
    });
    let result;
    try {
      // A large inbox takes a while to parse on a loaded machine: a longer bound than one case's.
      [result] = await runAll([{ args: ['extract', 'seeds/article.txt'], cwd: dir }], 1, 3 * CASE_TIMEOUT_MS);
    } finally {
      watcher.close();
    }
    expect(appended, 'extract wrote no temporary file beside the inbox').toBe(true);
    const after = readFileSync(inboxPath, 'utf8');
    expect(after.endsWith(line) || after.includes(`\n${line}`), 'the appended line was lost').toBe(true);
    expectSafeExit(result!, [1]);
    expect(result!.stderr).toMatch(/^urazuke: claims\/inbox\.yaml changed on disk while extracting; nothing was written\. Run extract again\.$/m);
    expect(result!.stdout).not.toMatch(/added/);
    expect(after).toBe(inbox + line);
  });
});

describe('an append changes only the lines it adds', { timeout: 4 * CASE_TIMEOUT_MS }, () => {
  it('add --subject access-count on the bundled corpus keeps every other line byte for byte', () => {
    const dir = repo({});
    cpSync(path.join(ROOT, 'claims'), path.join(dir, 'claims'), { recursive: true });
    cpSync(path.join(ROOT, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
    const topic = path.join(dir, 'claims/line-2021.yaml');
    const before = readFileSync(topic, 'utf8');
    // What the issue saw rewritten: flow sequences as written, lines over 80 columns, hand-wrapped notes.
    expect(before).toContain('[Dalian, 大连]');
    expect(before.split('\n').some((l) => l.length > 100)).toBe(true);
    const r = run(['add', 'seeds/001_649b7479d165a670.txt', '--quote', '少なくとも三十二回アクセス', '--subject', 'access-count', '--id', 'access-count/again'], { cwd: dir });
    expectSafeExit(r, [0]);
    const after = readFileSync(topic, 'utf8');
    const { removed, added } = changes(before, after);
    expect(removed).toEqual([]);
    expect(added).toHaveLength(1);
    expect(added[0]!.find((l) => l.includes('- id:'))).toBe('  - id: access-count/again');
    // A new subject too: two blocks of new lines, nothing else.
    const r2 = run(['add', 'seeds/001_649b7479d165a670.txt', '--quote', '少なくとも三十二回アクセス', '--subject', 'new-subject', '--id', 'new-subject/x'], { cwd: dir });
    expectSafeExit(r2, [0]);
    const third = changes(after, readFileSync(topic, 'utf8'));
    expect(third.removed).toEqual([]);
    expect(third.added.map((block) => block.find((l) => l.includes('- id:')))).toEqual(['  - id: new-subject', '  - id: new-subject/x']);
    expectSafeExit(run(['check'], { cwd: dir }), [0, 1]);
  });

  it("extract's inbox merge keeps hand-edited inbox lines byte for byte", () => {
    const handEdited = [
      '# my inbox, edited by hand',
      'candidates:',
      '  - id: "times/x/1"',
      '    value: {min: 32}        # flow map, unpadded, with a comment',
      '    says: "a says line in double quotes that runs on well past the eighty columns the serializer folds at"',
      "    outlet: 'JNN'",
      '    chain: [ JNN,   LINE ]',
      '    note: a note wrapped',
      '      by hand over',
      '      three lines',
      '    source:',
      '      file: seeds/other.txt',
      '      quote: "a quote"',
      '',
      '  - id: "times/x/2"',
      '    value: 7',
      '    status: rejected',
      '    source: {file: seeds/other.txt, quote: another}',
      '',
    ].join('\n');
    const dir = repo({ 'seeds/article.txt': ARTICLE, 'claims/inbox.yaml': handEdited, 'claims/line.yaml': claimFile([claimEntry('access-count/x', { quote: 'LINE問題', value: '"LINE"' })]) });
    const r = run(['extract', 'seeds/article.txt'], { cwd: dir });
    expectSafeExit(r, [0]);
    expect(r.stdout).toMatch(/[1-9]\d* added to claims\/inbox\.yaml/);
    const { removed, added } = changes(handEdited, readFileSync(path.join(dir, 'claims/inbox.yaml'), 'utf8'));
    expect(removed).toEqual([]);
    expect(added).toHaveLength(1);
    expect(added[0]!.length).toBeGreaterThan(5);
  });

  it('an inbox with CRLF line ends and a byte-order mark keeps both', () => {
    const text = `\uFEFF${['candidates:', '  - id: "times/x/1"', '    value: [ 1, 2 ]', '    source: {file: seeds/other.txt, quote: q}', ''].join('\r\n')}`;
    const dir = repo({ 'seeds/article.txt': ARTICLE, 'claims/inbox.yaml': text });
    const r = run(['extract', 'seeds/article.txt'], { cwd: dir });
    expectSafeExit(r, [0]);
    const after = readFileSync(path.join(dir, 'claims/inbox.yaml'), 'utf8');
    expect(after.startsWith(text)).toBe(true);
    expect(after.slice(text.length)).not.toMatch(/(?<!\r)\n/);
    expect(after.length).toBeGreaterThan(text.length);
  });
});
