import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, CASE_TIMEOUT_MS, claimEntry, claimFile, cleanUp, expectSafeExit, repo, run, runUnprivileged, write, type TimedRun } from './helpers.js';

afterAll(cleanUp);

const CLEAN = claimFile([claimEntry('access-count/jnn')]);

/** Random bytes from a fixed seed. */
function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) bytes[i] = (state = (state * 1103515245 + 12345) & 0x7fffffff) >> 16;
  return bytes;
}

function aliasBomb(): string {
  const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

function indentedMaps(depth: number): string {
  const lines = ['topic: line', 'claims:'];
  for (let d = 1; d <= depth; d++) lines.push(`${' '.repeat(d)}k:`);
  return `${lines.join('\n')}\n`;
}

/** Hostile claim files, each beside a valid one in one repository; `check` runs once on all of them. */
const HOSTILE: Readonly<Record<string, string | Uint8Array>> = {
  'malformed.yaml': 'topic: line\nsubjects: [a, b\nclaims:\n  - id: [\n',
  'not-utf8.yaml': Buffer.concat([Buffer.from('topic: line\nti'), Buffer.from([0xff, 0xfe, 0x80, 0x00, 0x1b]), Buffer.from('\n')]),
  'random.yaml': noise(4096, 7),
  'controls.yaml': 'topic: line\u0000\u0007\nclaims:\n  - id: "\u001b]0;owned\u0007x"\n    outlet: "\u001b[31mred"\n',
  'bomb.yaml': aliasBomb(),
  'flow-seq.yaml': `topic: line\nclaims: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
  'flow-map.yaml': `topic: line\nclaims: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}\n`,
  'block-seq.yaml': `topic: line\nclaims:\n${'- '.repeat(20_000)}x\n`,
  'unclosed.yaml': `topic: line\nclaims: ${'['.repeat(20_000)}\n`,
  'indented.yaml': indentedMaps(1500),
  'empty.yaml': '',
  'blank.yaml': '\n\n   \n',
  'comment-only.yaml': '# nothing yet\n',
  'bom-only.yaml': '\uFEFF',
  'crlf-broken.yaml': CLEAN.replace('topic: line', 'topic: crlf').replaceAll('access-count', 'crlf-count').replace('    value: 32', '    value: [32]').replace(/\n/g, '\r\n'),
};

describe('hostile claim files (urazuke check through the built CLI)', () => {
  let dir: string;
  let result: TimedRun;
  /** The text-format lines about one claim file. */
  const about = (file: string) => result.stdout.split('\n').filter((line) => line.startsWith(`claims/${file}:`)).join('\n');

  beforeAll(() => {
    dir = repo({ 'seeds/article.txt': ARTICLE, 'claims/line.yaml': CLEAN });
    for (const [file, content] of Object.entries(HOSTILE)) write(dir, `claims/${file}`, content);
    // 65 MB on paper, no blocks on disk: refused by its size, never read.
    writeFileSync(path.join(dir, 'claims/huge.yaml'), '');
    execFileSync('truncate', ['-s', String(65 * 1024 * 1024), path.join(dir, 'claims/huge.yaml')]);
    execFileSync('mkfifo', [path.join(dir, 'claims/pipe.yaml')]);
    execFileSync('mkfifo', [path.join(dir, 'seeds/sources.yaml')]);
    const outside = repo({ 'secret.yaml': 'root:x:0:0:root:/root:/bin/bash\n' });
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'claims/outside.yaml'));
    mkdirSync(path.join(dir, 'claims/folder.yaml'));
    write(dir, 'claims/folder.yaml/inner.yaml', 'topic: [\n');
    result = run(['check', '.'], { cwd: dir, timeout: 2 * CASE_TIMEOUT_MS });
  }, 3 * CASE_TIMEOUT_MS);

  it('ends in time with exit 1, no stack trace and no raw control character, and still checks the valid file', () => {
    expectSafeExit(result, [1]);
    expect(result.stdout).toMatch(/\(1 claim in \d+ files, 1 source\)/);
    expect(about('line.yaml')).not.toMatch(/ error /);
  });

  it('reports malformed YAML at file:line:col', () => {
    expect(about('malformed.yaml')).toMatch(/^claims\/malformed\.yaml:\d+:\d+ +error +Invalid YAML: .+yaml-syntax/m);
  });

  it('reports bytes that are not UTF-8 at the first bad byte', () => {
    expect(about('not-utf8.yaml')).toMatch(/^claims\/not-utf8\.yaml:2:3 +error +Unexpected bytes that are not UTF-8/);
  });

  it('reports a file of random bytes at a place', () => {
    expect(about('random.yaml')).toMatch(/^claims\/random\.yaml:\d+:\d+ +error /);
  });

  it('reports control characters (NUL, ESC, BEL) in UTF-8 YAML without printing them', () => {
    expect(about('controls.yaml')).toMatch(/^claims\/controls\.yaml:3:\d+ +error /m);
    expect(about('controls.yaml')).not.toContain('owned');
  });

  it('refuses an alias bomb (billion laughs)', () => {
    expect(about('bomb.yaml')).toMatch(/^claims\/bomb\.yaml:\d+:\d+ +error +Invalid YAML: .*alias/im);
  });

  it.each(['flow-seq', 'flow-map', 'block-seq', 'unclosed', 'indented'])('reports 20,000-deep (or 1,500-deep indented) nesting in %s.yaml at a place', (name) => {
    expect(about(`${name}.yaml`)).toMatch(new RegExp(`^claims/${name}\\.yaml:\\d+:\\d+ +error +Invalid YAML: nested too deeply to read`, 'm'));
    // The same parser error at the same place is reported once, and a few at most.
    expect(about(`${name}.yaml`).split('\n').length).toBeLessThanOrEqual(21);
  });

  it.each(['empty', 'blank', 'comment-only', 'bom-only'])('reports the %s claim file at 1:1', (name) => {
    expect(about(`${name}.yaml`)).toMatch(new RegExp(`^claims/${name}\\.yaml:1:1 +error +Unexpected empty claim file`));
  });

  it('places findings of a CRLF file on the right line and column', () => {
    const line = CLEAN.split('\n').findIndex((l) => l === '    value: 32') + 1;
    expect(about('crlf-broken.yaml')).toMatch(new RegExp(`^claims/crlf-broken\\.yaml:${line}:12 +error +Invalid \`claims\\.0\\.value\``));
  });

  it('refuses a claim file over the size cap without reading it', () => {
    expect(about('huge.yaml')).toMatch(/^claims\/huge\.yaml:1:1 +error +Unexpected claim file of 68157440 bytes, expected at most \d+: split it into topics/);
  });

  it('reports a claim file that is a FIFO instead of waiting for a writer', () => {
    expect(about('pipe.yaml')).toMatch(/^claims\/pipe\.yaml:1:1 +error +Unexpected claim file that is not a regular file/);
  });

  it('reports a catalog (seeds/sources.yaml) that is a FIFO instead of waiting for a writer', () => {
    expect(result.stdout).toMatch(/^seeds\/sources\.yaml:1:1 +error +Cannot read the catalog: .*not a regular file/m);
  });

  it('reports a claim file symlinked outside the repository without reading it', () => {
    expect(about('outside.yaml')).toMatch(/^claims\/outside\.yaml:1:1 +error +Unexpected claim file that is a symlink to a place outside the repository/);
    expect(result.stdout).not.toContain('root:x');
  });

  it('reads a folder named like a YAML file as a folder', () => {
    expect(about('folder.yaml/inner.yaml')).toMatch(/^claims\/folder\.yaml\/inner\.yaml:\d+:\d+ +error +Invalid YAML/);
  });
});

describe('claim files that are fine but unusual', { timeout: 2 * CASE_TIMEOUT_MS }, () => {
  it('reads a byte-order mark and CRLF line ends like plain LF files', () => {
    const bom = `\uFEFF${CLEAN.replace('topic: line', 'topic: bom').replaceAll('access-count', 'bom-count')}`;
    const crlf = CLEAN.replace('topic: line', 'topic: crlf').replaceAll('access-count', 'crlf-count').replace(/\n/g, '\r\n');
    const r = run(['check', '.'], { cwd: repo({ 'seeds/article.txt': ARTICLE, 'claims/bom.yaml': bom, 'claims/crlf.yaml': crlf }) });
    expectSafeExit(r, [0]);
    expect(r.stdout).toMatch(/^0 errors, .*\(2 claims in 2 files, 1 source\)/m);
  });

  it('reads a 50 MB claim file in bounded time and memory', () => {
    const title = 'あいうえお かきくけこ '.repeat(Math.ceil(50_000_000 / 32));
    const dir = repo({ 'seeds/article.txt': ARTICLE, 'claims/line.yaml': `topic: line\ntitle: ${title}\n${CLEAN.slice('topic: line\n'.length)}` });
    const r = run(['check', '.'], { cwd: dir });
    expectSafeExit(r, [0]);
    expect(r.stdout).toMatch(/\(1 claim in 1 file, 1 source\)/);
  });

  it('checks 20,000 claims of one subject in bounded time', () => {
    // One value written three ways: the verdict must not relate every pair of claims.
    const values = ['32', '{min: 32, max: 32}', '"32回"'];
    const entries = Array.from({ length: 20_000 }, (_, i) => claimEntry(`access-count/c${i}`, { outlet: `Outlet ${i % 40}`, value: values[i % 3]! }));
    const r = run(['check', '.', '--format', 'json'], { cwd: repo({ 'seeds/article.txt': ARTICLE, 'claims/line.yaml': claimFile(entries) }) });
    expectSafeExit(r, [0]);
    expect((JSON.parse(r.stdout) as { summary: { claims: number } }).summary.claims).toBe(20_000);
  });

  it('reports a claim file it may not read, and exits 2 when claims/ itself is unreadable (as nobody when run as root)', () => {
    const dir = repo({ 'seeds/article.txt': ARTICLE, 'claims/line.yaml': CLEAN });
    chmodSync(dir, 0o755);
    for (const sub of ['claims', 'seeds']) chmodSync(path.join(dir, sub), 0o755);
    chmodSync(path.join(dir, 'seeds/article.txt'), 0o644);
    chmodSync(path.join(dir, 'claims/line.yaml'), 0o000);
    const file = runUnprivileged(['check', dir]);
    expectSafeExit(file, [1]);
    expect(file.stdout).toMatch(/claims\/line\.yaml:1:1 +error +Cannot read claim file: permission denied/);
    chmodSync(path.join(dir, 'claims'), 0o700);
    const folder = runUnprivileged(['check', dir]);
    chmodSync(path.join(dir, 'claims'), 0o755);
    expectSafeExit(folder, [2]);
    expect(folder.stderr).toMatch(/cannot check '.+': claims\/: permission denied/);
  });
});
