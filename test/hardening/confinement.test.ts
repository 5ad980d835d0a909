import { mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE, CASE_TIMEOUT_MS, claimEntry, claimFile, cleanUp, expectSafeExit, repo, run, write } from './helpers.js';

afterAll(cleanUp);

/**
 * Nothing outside the repository is read or written: every file urazuke opens is reached through
 * its real path, which must be inside the repository root. Each case plants a symlink leading out
 * and runs the built CLI.
 */

const QUOTE = 'あわせて32回のアクセスがあった';
const TOPIC = claimFile([claimEntry('access-count/jnn')]);

/** A folder outside the repository holding `files`, and the repository beside it. */
function outsideAndRepo(outsideFiles: Readonly<Record<string, string>>, repoFiles: Readonly<Record<string, string>>): { outside: string; dir: string } {
  return { outside: repo(outsideFiles), dir: repo(repoFiles) };
}

const read = (file: string): string => readFileSync(file, 'utf8');

describe('extract never writes an inbox outside the repository', { timeout: 3 * CASE_TIMEOUT_MS }, () => {
  it.each([
    ['an empty file', ''],
    ['a YAML map', 'secret: keep me\n'],
    ['a YAML sequence', '- keep\n- me\n'],
  ])('refuses claims/inbox.yaml linked to %s outside, and leaves it as it was', (_, content) => {
    const { outside, dir } = outsideAndRepo({ 'target.yaml': content }, { 'seeds/article.txt': ARTICLE, 'claims/line.yaml': TOPIC });
    symlinkSync(path.join(outside, 'target.yaml'), path.join(dir, 'claims/inbox.yaml'));
    const r = run(['extract', 'seeds/article.txt'], { cwd: dir });
    expectSafeExit(r, [2]);
    expect(r.stderr).toMatch(/^urazuke: cannot read claims\/inbox\.yaml: a symlink to a place outside the repository$/m);
    expect(read(path.join(outside, 'target.yaml'))).toBe(content);
  });

  it('refuses to write the inbox into a claims/ folder linked outside', () => {
    const { outside, dir } = outsideAndRepo({ 'elsewhere/keep.txt': 'x\n' }, { 'seeds/article.txt': ARTICLE });
    symlinkSync(path.join(outside, 'elsewhere'), path.join(dir, 'claims'));
    const r = run(['extract', 'seeds/article.txt'], { cwd: dir });
    expectSafeExit(r, [2]);
    expect(r.stderr).toMatch(/^urazuke: cannot write claims\/inbox\.yaml: the folder claims is a symlink to a place outside the repository$/m);
    expect(readdirSync(path.join(outside, 'elsewhere'))).toEqual(['keep.txt']);
  });

  it('does not read a capture linked outside the repository (inbox or --format json)', () => {
    const { outside, dir } = outsideAndRepo({ 'secret.txt': ARTICLE }, { 'claims/line.yaml': TOPIC });
    mkdirSync(path.join(dir, 'seeds'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'seeds/link.txt'));
    for (const args of [['extract', 'seeds/link.txt'], ['extract', '--format', 'json', 'seeds/link.txt']]) {
      const r = run(args, { cwd: dir });
      expectSafeExit(r, [2]);
      expect(r.stderr).toMatch(/^urazuke: cannot read seeds\/link\.txt: a symlink to a place outside the repository$/m);
      expect(r.stdout).not.toContain('32');
    }
    expect(readdirSync(path.join(dir, 'claims'))).toEqual(['line.yaml']);
  });
});

describe('add never reads or writes outside the repository', { timeout: 4 * CASE_TIMEOUT_MS }, () => {
  it('refuses the only topic file when it is a symlink to a file outside, and leaves that file as it was', () => {
    const { outside, dir } = outsideAndRepo({ 'topic.yaml': TOPIC }, { 'seeds/article.txt': ARTICLE });
    mkdirSync(path.join(dir, 'claims'));
    symlinkSync(path.join(outside, 'topic.yaml'), path.join(dir, 'claims/line.yaml'));
    const r = run(['add', 'seeds/article.txt', '--quote', QUOTE, '--subject', 'access-count', '--id', 'access-count/again'], { cwd: dir });
    expectSafeExit(r, [2]);
    expect(r.stderr).toMatch(/claims\/line\.yaml: a symlink to a place outside the repository/);
    expect(read(path.join(outside, 'topic.yaml'))).toBe(TOPIC);
  });

  it.each([
    ['an absolute path', (outside: string) => path.join(outside, 'claims/x.yaml')],
    ['a path climbing out', () => '../../elsewhere/claims/x.yaml'],
    ['a symlinked topic file', () => 'claims/link.yaml'],
    ['a file in a symlinked folder', () => 'claims/sub/x.yaml'],
  ])('refuses --topic naming %s', (_, topicOf) => {
    const { outside, dir } = outsideAndRepo({ 'claims/x.yaml': TOPIC, 'sub/keep.txt': 'x\n' }, { 'seeds/article.txt': ARTICLE, 'claims/line.yaml': TOPIC });
    symlinkSync(path.join(outside, 'claims/x.yaml'), path.join(dir, 'claims/link.yaml'));
    symlinkSync(path.join(outside, 'sub'), path.join(dir, 'claims/sub'));
    const r = run(['add', 'seeds/article.txt', '--quote', QUOTE, '--subject', 'access-count', '--id', 'access-count/again', '--topic', topicOf(outside)], { cwd: dir });
    expectSafeExit(r, [2]);
    expect(r.stderr).toMatch(/--topic must name a topic file under claims|outside the repository/);
    expect(read(path.join(outside, 'claims/x.yaml'))).toBe(TOPIC);
    expect(readdirSync(path.join(outside, 'sub'))).toEqual(['keep.txt']);
    expect(read(path.join(dir, 'claims/line.yaml'))).toBe(TOPIC);
  });

  it('refuses a capture linked outside the repository', () => {
    const { outside, dir } = outsideAndRepo({ 'secret.txt': ARTICLE }, { 'claims/line.yaml': TOPIC });
    mkdirSync(path.join(dir, 'seeds'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'seeds/link.txt'));
    const r = run(['add', 'seeds/link.txt', '--quote', QUOTE, '--subject', 'access-count', '--id', 'access-count/again'], { cwd: dir });
    expectSafeExit(r, [2]);
    expect(r.stderr).toMatch(/^urazuke: cannot read seeds\/link\.txt: a symlink to a place outside the repository$/m);
    expect(read(path.join(dir, 'claims/line.yaml'))).toBe(TOPIC);
  });
});

describe('seeds/sources.yaml linked outside the repository is not read', { timeout: 3 * CASE_TIMEOUT_MS }, () => {
  /** A catalog saying the capture has another hash and another outlet: if it were read, check would say source-changed. */
  const CATALOG = ['sources:', '  - file: seeds/article.txt', `    sha256: ${'ab'.repeat(32)}`, '    outlet: 偽新聞', ''].join('\n');

  it('check reports file-outside at seeds/sources.yaml and judges no hash by it', () => {
    const { outside, dir } = outsideAndRepo({ 'sources.yaml': CATALOG }, { 'seeds/article.txt': ARTICLE, 'claims/line.yaml': TOPIC });
    symlinkSync(path.join(outside, 'sources.yaml'), path.join(dir, 'seeds/sources.yaml'));
    const r = run(['check', '--format', 'json'], { cwd: dir });
    expectSafeExit(r, [1]);
    const findings = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; file: string; message: string }> }).findings;
    expect(findings.filter((f) => f.ruleId === 'file-outside')).toEqual([
      expect.objectContaining({ file: 'seeds/sources.yaml', message: expect.stringContaining('a symlink to a place outside the repository') }),
    ]);
    expect(findings.map((f) => f.ruleId)).not.toContain('source-changed');
    // The same catalog inside the repository is read, and its hash judged.
    renameSync(path.join(outside, 'sources.yaml'), path.join(dir, 'seeds/sources.yaml'));
    const inside = run(['check', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(inside.stdout) as { findings: Array<{ ruleId: string }> }).findings.map((f) => f.ruleId)).toContain('source-changed');
  });

  it('check does not read /proc/self/environ through a linked catalog', () => {
    const dir = repo({ 'seeds/article.txt': ARTICLE, 'claims/line.yaml': TOPIC });
    symlinkSync('/proc/self/environ', path.join(dir, 'seeds/sources.yaml'));
    const r = run(['check'], { cwd: dir, env: { URAZUKE_CANARY: 'canary-value-4711' } });
    expectSafeExit(r, [1]);
    expect(r.stdout).toMatch(/^seeds\/sources\.yaml:1:1 +error +Unexpected catalog that is a symlink to a place outside the repository/m);
    expect(r.stdout + r.stderr).not.toContain('canary-value-4711');
  });

  it('extract takes no outlet from a linked catalog', () => {
    // A page that names no outlet of its own: its candidates' outlet can only come from the catalog.
    const page = '四人はサーバーに少なくとも三十二回アクセスしていたことが確認された。\n';
    const { outside, dir } = outsideAndRepo({ 'sources.yaml': CATALOG }, { 'seeds/article.txt': page, 'claims/line.yaml': TOPIC });
    // The same catalog inside the repository is read: the outlet comes from it.
    symlinkSync(path.join(outside, 'sources.yaml'), path.join(dir, 'seeds/sources.yaml'));
    const linked = run(['extract', '--format', 'json', 'seeds/article.txt'], { cwd: dir });
    expectSafeExit(linked, [0]);
    expect(linked.stdout).toContain('"candidates"');
    expect(linked.stdout).not.toContain('偽新聞');
    write(dir, 'seeds/real.yaml', CATALOG);
    renameSync(path.join(dir, 'seeds/real.yaml'), path.join(dir, 'seeds/sources.yaml'));
    const inside = run(['extract', '--format', 'json', 'seeds/article.txt'], { cwd: dir });
    expect(inside.stdout).toContain('偽新聞');
  });
});

describe('check on a claims/ folder linked outside', { timeout: CASE_TIMEOUT_MS }, () => {
  it('reads none of its files and reports each as file-outside', () => {
    const { outside, dir } = outsideAndRepo({ 'elsewhere/line.yaml': TOPIC }, { 'seeds/article.txt': ARTICLE });
    symlinkSync(path.join(outside, 'elsewhere'), path.join(dir, 'claims'));
    write(outside, 'elsewhere/inbox.yaml', 'candidates: []\n');
    const r = run(['check', '--format', 'json'], { cwd: dir });
    expectSafeExit(r, [1]);
    const findings = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; file: string }> }).findings;
    // The capture inside is there, without a sources.yaml entry (info); nothing of elsewhere/ is read.
    expect(findings.map((f) => [f.ruleId, f.file])).toEqual([
      ['file-outside', 'claims/line.yaml'],
      ['capture-undescribed', 'seeds/article.txt'],
    ]);
  });
});
