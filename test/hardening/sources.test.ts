import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import Encoding from 'encoding-japanese';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, CASE_TIMEOUT_MS, claimEntry, claimFile, cleanUp, expectSafeExit, repo, run, runUnprivileged, write, type TimedRun } from './helpers.js';

afterAll(cleanUp);

interface JsonFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly claimId: string | null;
  readonly note: string | null;
}

/** Bytes of `text` in a legacy Japanese encoding, through encoding-japanese (no TextEncoder). */
function legacy(text: string, to: 'SJIS' | 'EUCJP'): Buffer {
  return Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to, from: 'UNICODE' }));
}

const QUOTE = 'あわせて32回のアクセスがあった';

/** Captures with a case each, and the claim that cites each (id = capture name). */
const CAPTURES: Readonly<Record<string, string | Uint8Array>> = {
  'bom.txt': `\uFEFF${ARTICLE}`,
  'crlf.txt': ARTICLE.replace(/\n/g, '\r\n'),
  'cr-only.txt': ARTICLE.replace(/\n/g, '\r'),
  'sjis.txt': legacy(ARTICLE, 'SJIS'),
  'eucjp.txt': legacy(ARTICLE, 'EUCJP'),
  'utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]),
  'invalid-utf8.txt': Buffer.concat([Buffer.from('LINE問題\nabc'), Buffer.from([0xff, 0xc3, 0x28, 0x80]), Buffer.from(`\n${ARTICLE}`)]),
  'nul.txt': `\u0000\u0000${ARTICLE}`,
  'empty.txt': '',
};

describe('hostile sources (urazuke check through the built CLI)', () => {
  let dir: string;
  let result: TimedRun;
  let findings: readonly JsonFinding[];
  const of = (claimId: string) => findings.filter((f) => f.claimId === claimId);

  beforeAll(() => {
    const entries: string[] = [];
    const files: Record<string, string | Uint8Array> = {};
    for (const [name, content] of Object.entries(CAPTURES)) {
      files[`seeds/${name}`] = content;
      entries.push(claimEntry(name, { file: `seeds/${name}`, quote: QUOTE }));
    }
    const outside = repo({ 'outside.txt': ARTICLE });
    const cited: Record<string, string> = {
      directory: 'seeds/folder.txt',
      missing: 'seeds/no-such-file.txt',
      absolute: path.join(outside, 'outside.txt'),
      climbing: '../outside.txt',
      'climbing-inside': 'seeds/../../outside.txt',
      backslash: 'seeds\\..\\..\\outside.txt',
      'symlink-out': 'seeds/link.txt',
      'symlink-dir-out': 'seeds/linked-dir/outside.txt',
      'dangling-symlink': 'seeds/dangling.txt',
      fifo: 'seeds/pipe.txt',
      'nul-in-path': 'seeds/a\u0000.txt',
      'root-itself': '.',
    };
    for (const [id, file] of Object.entries(cited)) entries.push(claimEntry(id, { file, quote: QUOTE }));
    dir = repo({ ...files, 'claims/line.yaml': claimFile(entries) });
    mkdirSync(path.join(dir, 'seeds/folder.txt'));
    symlinkSync(path.join(outside, 'outside.txt'), path.join(dir, 'seeds/link.txt'));
    symlinkSync(outside, path.join(dir, 'seeds/linked-dir'));
    symlinkSync(path.join(dir, 'seeds/gone.txt'), path.join(dir, 'seeds/dangling.txt'));
    execFileSync('mkfifo', [path.join(dir, 'seeds/pipe.txt')]);
    result = run(['check', '.', '--format', 'json'], { cwd: dir });
    findings = (JSON.parse(result.stdout || '{"findings": []}') as { findings: JsonFinding[] }).findings;
  }, 2 * CASE_TIMEOUT_MS);

  it('ends in time with exit 1, no stack trace and no raw control character', () => {
    expectSafeExit(result, [1]);
  });

  it.each(['bom.txt', 'crlf.txt', 'cr-only.txt', 'sjis.txt', 'eucjp.txt', 'utf16le.txt', 'invalid-utf8.txt', 'nul.txt'])(
    'finds the quote in a capture in %s',
    (name) => {
      expect(of(name).filter((f) => f.severity === 'error')).toEqual([]);
    },
  );

  it('says where a capture stops being valid UTF-8 when the quote is not in it', () => {
    const r = run(['check', '.', '--format', 'json'], {
      cwd: repo({
        'seeds/bad.txt': Buffer.concat([Buffer.from('LINE問題\nabc'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]),
        'claims/line.yaml': claimFile([claimEntry('bad', { file: 'seeds/bad.txt', quote: QUOTE })]),
      }),
    });
    expectSafeExit(r, [1]);
    const [finding] = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.claimId === 'bad');
    expect(finding?.ruleId).toBe('quote-not-found');
    expect(finding?.note).toContain('not valid utf-8 from seeds/bad.txt:2:4');
  });

  it('reports an empty capture as not holding the quote', () => {
    expect(of('empty.txt').map((f) => f.ruleId)).toEqual(['quote-not-found']);
  });

  it.each([
    ['directory', 'source-missing', /it is a directory/],
    ['missing', 'source-missing', /no such file/],
    ['fifo', 'source-missing', /not a regular file/],
    ['dangling-symlink', 'source-missing', /symlink to a file that does not exist/],
    ['absolute', 'source-outside', /absolute/],
    ['climbing', 'source-outside', /climbs out with `\.\.`/],
    ['climbing-inside', 'source-outside', /climbs out with `\.\.`/],
    ['backslash', 'source-outside', /backslash/],
    ['symlink-out', 'source-outside', /symlink to a place outside the repository/],
    ['symlink-dir-out', 'source-outside', /symlink to a place outside the repository/],
    ['nul-in-path', 'source-outside', /NUL/],
    ['root-itself', 'source-outside', /repository root/],
  ])('reports a source that is %s (%s) at the claim’s file:line:col', (id, ruleId, message) => {
    const found = of(id);
    expect(found.map((f) => f.ruleId)).toEqual([ruleId]);
    expect(found[0]!.message).toMatch(message);
    expect(found[0]!.file).toBe('claims/line.yaml');
    expect(found[0]!.line).toBeGreaterThan(1);
    expect(found[0]!.column).toBeGreaterThan(1);
  });

  it('never prints the content of a file outside the repository', () => {
    expect(result.stdout).not.toContain('少なくとも三十二回アクセスしていたことが確認された');
  });

  it('reports a capture it may not read as permission denied (as nobody when run as root)', () => {
    const repoDir = repo({ 'seeds/article.txt': ARTICLE, 'claims/line.yaml': claimFile([claimEntry('locked')]) });
    chmodSync(repoDir, 0o755);
    for (const sub of ['claims', 'seeds']) chmodSync(path.join(repoDir, sub), 0o755);
    chmodSync(path.join(repoDir, 'claims/line.yaml'), 0o644);
    chmodSync(path.join(repoDir, 'seeds/article.txt'), 0o000);
    const r = runUnprivileged(['check', repoDir, '--format', 'json']);
    expectSafeExit(r, [1]);
    const found = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.claimId === 'locked');
    expect(found.map((f) => [f.ruleId, f.message])).toEqual([['source-missing', 'Cannot read source `seeds/article.txt`: permission denied']]);
  });
});

describe('large sources (quote anchoring in bounded time and memory)', () => {
  let result: TimedRun;
  let findings: readonly JsonFinding[];

  beforeAll(() => {
    // 50 MB of Japanese prose in lines, and a 30 MB single line, each with the quote near the end.
    const sentence = '関係者によると、サーバーへの接続は複数回にわたり確認されたという。';
    const lines = `${sentence}\n`.repeat(Math.ceil(50_000_000 / Buffer.byteLength(`${sentence}\n`)));
    const oneLine = `${sentence} `.repeat(Math.ceil(30_000_000 / Buffer.byteLength(`${sentence} `)));
    const dir = repo({
      'claims/line.yaml': claimFile([
        claimEntry('big-found', { file: 'seeds/big.txt', quote: QUOTE }),
        claimEntry('big-missing', { file: 'seeds/big.txt', quote: '四人はサーバーに少なくとも三十八回アクセスしていた' }),
        claimEntry('line-found', { file: 'seeds/line.txt', quote: QUOTE }),
        claimEntry('line-missing', { file: 'seeds/line.txt', quote: '四人はサーバーに少なくとも三十八回アクセスしていた' }),
        claimEntry('big-repeated', { file: 'seeds/big.txt', quote: 'サーバーへの接続' }),
      ]),
    });
    write(dir, 'seeds/big.txt', `${lines}${ARTICLE}`);
    write(dir, 'seeds/line.txt', `${oneLine}${QUOTE}${oneLine.slice(0, 1000)}`);
    result = run(['check', '.', '--format', 'json'], { cwd: dir, timeout: 2 * CASE_TIMEOUT_MS });
    findings = (JSON.parse(result.stdout || '{"findings": []}') as { findings: JsonFinding[] }).findings;
  }, 3 * CASE_TIMEOUT_MS);

  it('ends in time with exit 1 (two quotes are not there, one is everywhere), no stack trace, no raw control character', () => {
    expectSafeExit(result, [1]);
  });

  it('finds a quote at the end of a 50 MB document and of a 30 MB line', () => {
    expect(findings.filter((f) => f.claimId === 'big-found' || f.claimId === 'line-found')).toEqual([]);
  });

  it('reports a quote found on each of a million lines in a message of bounded length', () => {
    const [finding] = findings.filter((f) => f.claimId === 'big-repeated');
    expect(finding?.ruleId).toBe('quote-ambiguous');
    expect(finding!.message).toMatch(/^Quote occurs \d{6,} times in `seeds\/big\.txt` \(lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and \d+ more\)/);
    expect(finding!.message.length).toBeLessThan(1000);
  });

  it('reports quotes that are not there as not found, not as approximate matches of other figures', () => {
    for (const id of ['big-missing', 'line-missing']) {
      expect(findings.filter((f) => f.claimId === id).map((f) => f.ruleId)).toEqual(['quote-not-found']);
    }
  });
});
