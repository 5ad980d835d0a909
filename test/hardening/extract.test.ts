import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, CASE_TIMEOUT_MS, cleanUp, expectSafeExit, RAW_CONTROL, repo, run, runUnprivileged, write } from './helpers.js';

afterAll(cleanUp);

interface Candidate {
  readonly value: unknown;
  readonly outlet: string;
  readonly source: { readonly file: string; readonly quote: string; readonly line: number };
}

/** Random bytes from a fixed seed. */
function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) bytes[i] = (state = (state * 1103515245 + 12345) & 0x7fffffff) >> 16;
  return bytes;
}

/** Escape sequences and controls a hostile page may carry, next to real figures. */
const HOSTILE_LINE =
  '\u001b[31m赤\u001b[0m \u001b]0;title\u0007 \u001b]8;;http://evil.example\u001b\\link\u001b]8;;\u001b\\ \u001bPdcs\u001b\\ \u0007\u0008\r \u202e反転\u202c \u2066隔離\u2069 \u009b31m';
const HOSTILE = `${HOSTILE_LINE}JNNは、あわせて32回のアクセスがあったと伝えた。\n中日新聞によると、\u202e四人は\u202cサーバーに少なくとも三十二回アクセスしていた。\n`;

const SENTENCE = '関係者によると、サーバーへの接続は複数回にわたり確認されたという。';

describe('urazuke extract on hostile captures (built CLI)', () => {
  let dir: string;
  const extract = (args: readonly string[], env: Record<string, string> = {}) => run(['extract', ...args], { cwd: dir, env, timeout: 2 * CASE_TIMEOUT_MS });
  const candidates = (stdout: string) => (JSON.parse(stdout) as { candidates: Candidate[] }).candidates;

  beforeAll(() => {
    dir = repo({ 'seeds/random.bin': noise(100_000, 11), 'seeds/hostile.txt': HOSTILE, 'seeds/folder/article.txt': ARTICLE });
    // 50 MB of prose without figures, and a 30 MB single line, each with one figure at the end.
    const line = `${SENTENCE}\n`;
    write(dir, 'seeds/big.txt', `${line.repeat(Math.ceil(50_000_000 / Buffer.byteLength(line)))}${ARTICLE}`);
    write(dir, 'seeds/line.txt', `${`${SENTENCE} `.repeat(Math.ceil(30_000_000 / Buffer.byteLength(SENTENCE)))}中日新聞によると、四人はサーバーに少なくとも三十八回アクセスしていた。`);
    execFileSync('mkfifo', [path.join(dir, 'seeds/pipe.txt')]);
  });

  it('reads random bytes into candidates (or none), safely printed', () => {
    const r = extract(['--format', 'json', 'seeds/random.bin']);
    expectSafeExit(r, [0]);
    for (const c of candidates(r.stdout)) expect(c.source.file).toBe('seeds/random.bin');
  });

  it.each([
    ['json', {}],
    ['json (streamed)', { URAZUKE_STREAM_BYTES: '0' }],
    ['yaml', {}],
  ] as const)('keeps escape sequences and bidi controls in the data but never raw on the terminal (%s)', (name, env) => {
    const r = extract(['--format', name.split(' ')[0]!, 'seeds/hostile.txt'], env);
    expectSafeExit(r, [0]);
    const found = name === 'yaml' ? (parse(r.stdout) as { candidates: Candidate[] }).candidates : candidates(r.stdout);
    expect(found.map((c) => c.value)).toEqual(expect.arrayContaining([32, { min: 32 }]));
    // The data read back holds the capture's characters verbatim.
    expect(found.some((c) => RAW_CONTROL.test(c.source.quote))).toBe(true);
  });

  it('writes hostile quotes into claims/inbox.yaml and prints only a safe summary', () => {
    const r = extract(['seeds/hostile.txt']);
    expectSafeExit(r, [0]);
    expect(r.stdout).toMatch(/^\d+ candidates? \(confidence ≥ 0\.5\) from 1 file:\n {2}\d+ added to claims\/inbox\.yaml/);
    const inbox = parse(readFileSync(path.join(dir, 'claims/inbox.yaml'), 'utf8')) as { candidates: Candidate[] };
    expect(inbox.candidates.some((c) => c.source.quote.includes('\u202e四人は\u202c'))).toBe(true);
  });

  it('finds the figure at the end of a 50 MB capture and of a 30 MB line in bounded time', () => {
    const r = extract(['--format', 'json', 'seeds/big.txt', 'seeds/line.txt']);
    expectSafeExit(r, [0]);
    const found = candidates(r.stdout);
    expect(found.find((c) => c.value === 32)?.source.file).toBe('seeds/big.txt');
    expect(found.find((c) => JSON.stringify(c.value) === '{"min":38}')?.source).toMatchObject({ file: 'seeds/line.txt', line: 1 });
  });

  it('exits 2 naming each capture it cannot read (missing, FIFO), and still extracts the others', () => {
    const r = extract(['--format', 'json', 'seeds/no-such.txt', 'seeds/pipe.txt', 'seeds/folder']);
    expectSafeExit(r, [2]);
    expect(r.stderr).toMatch(/^urazuke: cannot read seeds\/no-such\.txt: no such file/m);
    expect(r.stderr).toMatch(/^urazuke: cannot read seeds\/pipe\.txt: not a regular file/m);
    expect(candidates(r.stdout).map((c) => c.source.file)).toContain('seeds/folder/article.txt');
  });

  it('refuses an inbox that is a FIFO (extract exits 2, review still prints its report)', () => {
    const piped = repo({ 'seeds/article.txt': ARTICLE, 'claims/line.yaml': 'topic: line\nsubjects: []\nclaims: []\n' });
    execFileSync('mkfifo', [path.join(piped, 'claims/inbox.yaml')]);
    const r = run(['extract', 'seeds/article.txt'], { cwd: piped });
    expectSafeExit(r, [2]);
    expect(r.stderr).toMatch(/^urazuke: cannot read claims\/inbox\.yaml: not a regular file/m);
    expectSafeExit(run(['review', '.'], { cwd: piped }), [0]);
  });

  it('exits 2 on a capture it may not read (as nobody when run as root)', () => {
    const locked = repo({ 'seeds/locked.txt': ARTICLE });
    chmodSync(locked, 0o755);
    chmodSync(path.join(locked, 'seeds'), 0o755);
    chmodSync(path.join(locked, 'seeds/locked.txt'), 0o000);
    const r = runUnprivileged(['extract', '--format', 'json', '--dir', locked, path.join(locked, 'seeds/locked.txt')]);
    expectSafeExit(r, [2]);
    expect(r.stderr).toMatch(/cannot read .*locked\.txt: permission denied/);
  });
});
