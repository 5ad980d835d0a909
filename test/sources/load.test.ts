import { symlinkSync } from 'node:fs';
import path from 'node:path';
import Encoding from 'encoding-japanese';
import { afterEach, describe, expect, it } from 'vitest';
import { anchorQuote } from '../../src/anchor/anchor.js';
import { describeFsError, isSourceFailure, loadSource, type Source } from '../../src/sources/load.js';
import { removeDir, runCli, writeRepo } from '../helpers/cli.js';

const made: string[] = [];
afterEach(() => {
  while (made.length > 0) removeDir(made.pop()!);
});

function repo(files: Record<string, string | Uint8Array>): string {
  const dir = writeRepo(files);
  made.push(dir);
  return dir;
}

function encode(text: string, to: 'SJIS' | 'EUCJP'): Uint8Array {
  return Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to, from: 'UNICODE' }));
}

async function load(dir: string, file: string): Promise<Source> {
  const source = await loadSource(dir, file);
  if (isSourceFailure(source)) throw new Error(`${source.ruleId}: ${source.reason}`);
  return source;
}

const TEXT = '見出し\r\n四人はサーバーに少なくとも三十二回アクセスしていた。\r\n終わり\r\n';

describe('loadSource: encodings and line endings', () => {
  it.each([
    ['shift_jis', encode(TEXT, 'SJIS')],
    ['euc-jp', encode(TEXT, 'EUCJP')],
    ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])],
    ['utf-8', Buffer.from(TEXT)],
  ] as const)('decodes %s and reports the capture\'s own line and column (CRLF)', async (encoding, bytes) => {
    const dir = repo({ 'seeds/a.txt': bytes });
    const source = await load(dir, 'seeds/a.txt');
    expect(source.encoding).toBe(encoding);
    expect(source.text).toBe(TEXT);
    const anchor = anchorQuote(source, { quote: '三十二回' });
    expect(anchor.kind).toBe('exact');
    expect(source.lines.pointAt((anchor as { start: number }).start)).toMatchObject({ line: 2, column: 14 });
  });

  it('hashes the bytes, not the text', async () => {
    const dir = repo({ 'seeds/a.txt': encode(TEXT, 'SJIS') });
    const source = await load(dir, 'seeds/a.txt');
    expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(source.sha256).not.toBe((await load(repo({ 'seeds/a.txt': TEXT }), 'seeds/a.txt')).sha256);
  });

  it('finds a quote in a Shift_JIS capture through the built CLI, at the capture\'s own lines', () => {
    const sjis = encode('一行目\r\n「確認を急ぐ」と述べた。\r\n三行目\r\n「確認を急ぐ」と述べた。\r\n', 'SJIS');
    const dir = repo({
      'seeds/sjis.txt': sjis,
      'claims/t.yaml': 'topic: t\nsubjects:\n  - id: s\n    question: q?\n    kind: text\nclaims:\n  - id: s/a\n    subject: s\n    value: 急ぐ\n    outlet: A\n    source:\n      file: seeds/sjis.txt\n      quote: 「確認を急ぐ」と述べた\n',
    });
    const r = runCli(['check', '--format', 'json'], { cwd: dir });
    const json = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; message: string }> };
    const ambiguous = json.findings.find((f) => f.ruleId === 'quote-ambiguous');
    expect(ambiguous?.message).toContain('(lines 2, 4)');
    expect(json.findings.map((f) => f.ruleId)).not.toContain('quote-not-found');
  });
});

describe('loadSource: paths and failures', () => {
  it.each([
    ['/etc/passwd', 'source-outside', 'absolute'],
    ['../x.txt', 'source-outside', '`..`'],
    ['a/../../x.txt', 'source-outside', '`..`'],
    ['a\\b.txt', 'source-outside', 'backslash'],
    ['missing.txt', 'source-missing', 'no such file'],
    ['seeds', 'source-missing', 'directory'],
    ['.', 'source-outside', 'repository root'],
    ['https://www3.nhk.or.jp/news/a.html', 'source-outside', 'it is a URL'],
    ['file:///etc/passwd', 'source-outside', 'it is a URL'],
  ])('%s → %s (%s)', async (file, ruleId, why) => {
    const dir = repo({ 'seeds/a.txt': 'x' });
    const result = await loadSource(dir, file);
    expect(isSourceFailure(result)).toBe(true);
    expect(result).toMatchObject({ ruleId, file });
    expect((result as { reason: string }).reason).toContain(why);
  });

  it('refuses a symlink that leads out of the repository, and follows one that stays in', async () => {
    const outside = repo({ 'secret.txt': 'secret' });
    const dir = repo({ 'seeds/a.txt': 'inside' });
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'seeds/out.txt'));
    symlinkSync(path.join(dir, 'seeds'), path.join(dir, 'alias'));
    expect(await loadSource(dir, 'seeds/out.txt')).toMatchObject({ ruleId: 'source-outside' });
    expect((await load(dir, 'alias/a.txt')).text).toBe('inside');
  });

  it('caps the size of a capture, naming the size', async () => {
    const dir = repo({ 'seeds/big.txt': 'x'.repeat(2048) });
    const result = await loadSource(dir, 'seeds/big.txt', { maxBytes: 1024 });
    expect(result).toMatchObject({ ruleId: 'source-missing' });
    expect((result as { reason: string }).reason).toBe('it has 2048 bytes, more than the 1024 a capture may have');
  });

  it('names file system errors in plain words', () => {
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission denied');
    expect(describeFsError(Object.assign(new Error('x'), { code: 'ELOOP' }))).toBe('too many levels of symlinks');
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EWEIRD' }))).toBe('cannot read it (EWEIRD)');
  });
});

describe('loadSource: markdown and HTML captures', () => {
  it('reads markdown front matter as metadata and matches quotes in the file text', async () => {
    const md = '---\ntitle: 続報\npublished: 2021-03-17\n---\n\n# 続報\n\n四人は**少なくとも三十二回**アクセスしていた。\n';
    const dir = repo({ 'seeds/a.md': md });
    const source = await load(dir, 'seeds/a.md');
    expect(source.format).toBe('markdown');
    expect(source.metadata).toMatchObject({ title: '続報', published: '2021-03-17' });
    const raw = anchorQuote(source, { quote: '**少なくとも三十二回**' });
    expect(raw).toMatchObject({ kind: 'exact', via: 'file' });
    // Across the emphasis markup: found in the text content, reported at the file position.
    const prose = anchorQuote(source, { quote: '四人は少なくとも三十二回アクセスしていた' });
    expect(prose).toMatchObject({ kind: 'exact', via: 'view' });
    expect(source.lines.pointAt((prose as { start: number }).start)).toMatchObject({ line: 8, column: 1 });
  });

  it('finds a quote in an HTML page\'s text content and maps it back to the file', async () => {
    const html = '<!doctype html><html><head><title>続報</title><meta name="author" content="記者"></head>\n<body>\n<p>JNNは、<b>あわせて32回</b>のアクセスが&amp;あったと伝えた。</p>\n<script>var x = "あわせて99回";</script>\n</body></html>\n';
    const dir = repo({ 'seeds/a.html': html });
    const source = await load(dir, 'seeds/a.html');
    expect(source.format).toBe('html');
    expect(source.metadata).toMatchObject({ title: '続報', author: '記者' });
    const found = anchorQuote(source, { quote: 'あわせて32回のアクセスが&あった' });
    expect(found).toMatchObject({ kind: 'exact', via: 'view' });
    const start = (found as { start: number }).start;
    expect(html.slice(start, start + 4)).toBe('あわせて');
    expect(source.lines.pointAt(start)).toMatchObject({ line: 3, column: 12 });
    expect(anchorQuote(source, { quote: 'あわせて99回のアクセス' }).kind).toBe('not-found');
  });
});

describe('loadSource: special files', () => {
  it('refuses a FIFO without opening it (which would block)', async () => {
    const { execFileSync } = await import('node:child_process');
    const dir = repo({ 'seeds/a.txt': 'x' });
    execFileSync('mkfifo', [path.join(dir, 'seeds/pipe.txt')]);
    expect(await loadSource(dir, 'seeds/pipe.txt')).toMatchObject({ ruleId: 'source-missing', reason: 'it is not a regular file' });
  });
});

describe('isWithin', () => {
  it('tells a folder named like `..x` from a climb out', async () => {
    const { isWithin } = await import('../../src/util/repo-path.js');
    expect(isWithin('/repo', '/repo/..x/a.txt')).toBe(true);
    expect(isWithin('/repo', '/repo')).toBe(true);
    expect(isWithin('/repo', '/other/a.txt')).toBe(false);
    expect(isWithin('/repo', '/repository/a.txt')).toBe(false);
  });
});
