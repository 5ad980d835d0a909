import { appendFileSync, cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, removeDir, runCli, tempCopy, tempDir } from '../helpers/cli.js';
import { runInProcess } from './run-in-process.js';

const RULE_IDS = [
  'yaml-syntax', 'schema', 'unsourced', 'source-missing', 'source-outside', 'quote-not-found',
  'quote-ambiguous', 'quote-drifted', 'source-changed', 'duplicate-id', 'unknown-subject',
];

const made: string[] = [];
afterEach(() => {
  while (made.length > 0) removeDir(made.pop()!);
});

/** A temporary copy of a fixture repository. */
function copy(name: string): string {
  const dir = tempCopy(path.join(FIXTURES, 'check', name));
  made.push(dir);
  return dir;
}

/** Append a claim citing `file` with `quote` to the clean fixture's topic file. */
function addClaim(dir: string, id: string, file: string, quote = 'あわせて32回'): void {
  appendFileSync(
    path.join(dir, 'claims/line.yaml'),
    `  - id: ${id}\n    subject: access-count\n    value: 32\n    outlet: 時事通信\n    chain: [時事通信, LINE]\n    source:\n      file: ${JSON.stringify(file)}\n      quote: ${quote}\n`,
  );
}

interface Json {
  findings: Array<{ ruleId: string; file: string; line: number; column: number; claimId: string | null; message: string; severity: string }>;
  summary: { errors: number; warnings: number; infos: number; claims: number };
}

describe('urazuke check (command line)', () => {
  it('documents every rule id, the formats and the exit codes in --help', () => {
    const r = runCli(['check', '--help']);
    expect(r.code).toBe(0);
    for (const id of RULE_IDS) expect(r.stdout).toMatch(new RegExp(`^  ${id} +(error|warning|info) `, 'm'));
    expect(r.stdout).toContain('--format text|json|github|sarif');
    expect(r.stdout).toMatch(/Exit codes: 0 clean.*1 findings at error level,\s+2 usage error or unreadable input/s);
  });

  it('exits 0 on the bundled corpus', () => {
    const r = runCli(['check', '.'], { cwd: ROOT });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^0 errors, \d+ warnings?, \d+ info \(\d+ claims in \d+ files?, 5 sources\)$/m);
  });

  it.each([
    [['check', '--frobnicate'], /Unknown option '--frobnicate'/],
    [['check', '--format', 'xml'], /unknown format 'xml', expected text, json, github or sarif/],
    [['check', 'a', 'b'], /check takes one folder, got 2/],
  ])('treats %j as a usage error (exit 2)', async (args, message) => {
    const r = await runInProcess(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('exits 2 when the folder is missing or is a file, without a stack trace', async () => {
    const missing = await runInProcess(['check', 'no/such/folder']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("urazuke: cannot check 'no/such/folder': no such folder\n");
    const file = await runInProcess(['check', 'package.json']);
    expect(file.code).toBe(2);
    expect(file.stderr).toBe("urazuke: cannot check 'package.json': not a folder\n");
  });

  it('exits 0 with a note when there are captures but no claims/ folder yet', async () => {
    const dir = tempDir();
    made.push(dir);
    mkdirSync(path.join(dir, 'seeds'));
    const r = await runInProcess(['check', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/no claims\/ folder in .*: nothing to check/);
    expect(r.stdout).toContain('0 errors, 0 warnings, 0 info (0 claims in 0 files, 0 sources)');
  });

  it('exits 2 in a folder that is not a repository (no claims/, no seeds/): a wrong working directory never passes', async () => {
    const dir = tempDir();
    made.push(dir);
    const r = await runInProcess(['check', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a urazuke repository');
  });

  it('exits 2 when claims is a file', async () => {
    const dir = tempDir();
    made.push(dir);
    writeFileSync(path.join(dir, 'claims'), 'not a folder');
    const r = await runInProcess(['check', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('claims is not a folder');
  });

  it('makes warnings fail with --strict, and hides them with --quiet', async () => {
    const cwd = path.join(FIXTURES, 'check/quote-ambiguous');
    expect((await runInProcess(['check'], { cwd })).code).toBe(0);
    const strict = await runInProcess(['check', '--strict', '--format', 'json'], { cwd });
    expect(strict.code).toBe(1);
    const json = JSON.parse(strict.stdout) as Json;
    expect(json.findings.map((f) => [f.ruleId, f.severity])).toEqual([['quote-ambiguous', 'error']]);
    const quiet = await runInProcess(['check', '--quiet'], { cwd });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toContain('quote-ambiguous');
    expect(quiet.stdout).toContain('1 warning');
  });

  it('reports a symlink leading outside the repository as source-outside', () => {
    const dir = copy('clean');
    const outside = tempDir();
    made.push(outside);
    writeFileSync(path.join(outside, 'secret.txt'), 'あわせて32回のアクセス');
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'seeds/link.txt'));
    addClaim(dir, 'access-count/linked', 'seeds/link.txt');
    const r = runCli(['check', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const [f] = (JSON.parse(r.stdout) as Json).findings;
    expect(f).toMatchObject({ ruleId: 'source-outside', file: 'claims/line.yaml', line: 32, column: 13, claimId: 'access-count/linked' });
    expect(f!.message).toContain('a symlink to a place outside the repository');
  });

  it('accepts a symlink that stays inside the repository', async () => {
    const dir = copy('clean');
    mkdirSync(path.join(dir, 'mirror'));
    symlinkSync(path.join(dir, 'seeds/article.txt'), path.join(dir, 'mirror/article.txt'));
    addClaim(dir, 'access-count/mirror', 'mirror/article.txt');
    const r = await runInProcess(['check'], { cwd: dir });
    expect(r.stdout).toMatch(/^0 errors/m);
    expect(r.code).toBe(0);
  });

  it.each([
    ['/etc/hostname', 'the path is absolute'],
    ['C:/Windows/win.ini', 'the path is absolute'],
    ['seeds/../../x.txt', 'climbs out with `..`'],
    ['seeds\\article.txt', 'backslash'],
  ])('reports the path %s as source-outside', async (file, why) => {
    const dir = copy('clean');
    addClaim(dir, 'access-count/bad-path', file);
    const r = await runInProcess(['check', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const [f] = (JSON.parse(r.stdout) as Json).findings;
    expect(f).toMatchObject({ ruleId: 'source-outside', line: 32, claimId: 'access-count/bad-path' });
    expect(f!.message).toContain(why);
  });

  it.each([
    ['seeds', 'it is a directory'],
    ['seeds/article.txt/more', 'a part of the path is not a folder'],
  ])('reports %s as source-missing with the reason', async (file, why) => {
    const dir = copy('clean');
    addClaim(dir, 'access-count/odd', file);
    const r = await runInProcess(['check', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const [f] = (JSON.parse(r.stdout) as Json).findings;
    expect(f).toMatchObject({ ruleId: 'source-missing', line: 32, column: 13, claimId: 'access-count/odd' });
    expect(f!.message).toContain(why);
  });

  it('reports a dangling symlink as source-missing', async () => {
    const dir = copy('clean');
    symlinkSync(path.join(dir, 'seeds/nowhere.txt'), path.join(dir, 'seeds/dangling.txt'));
    addClaim(dir, 'access-count/dangling', 'seeds/dangling.txt');
    const r = await runInProcess(['check', '--format', 'json'], { cwd: dir });
    const [f] = (JSON.parse(r.stdout) as Json).findings;
    expect(f).toMatchObject({ ruleId: 'source-missing', claimId: 'access-count/dangling' });
    expect(f!.message).toContain('a symlink to a file that does not exist');
  });

  it('tells "the capture changed" when a quote is gone from an edited capture', async () => {
    const dir = copy('clean');
    const file = path.join(dir, 'seeds/article.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('あわせて32回', 'あわせて38回'));
    const r = await runInProcess(['check'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/claims\/line\.yaml:25:14 +error +Quote not found .* quote-not-found {2}\(access-count\/jnn\)/);
    expect(r.stdout).toContain('The capture changed since seeds/sources.yaml recorded it (sha256 differs)');
    expect(r.stdout).toMatch(/claims\/line\.yaml:24:13 +warning +Unexpected sha256 .* source-changed {2}\(access-count\/jnn\)/);
  });

  it('reports a catalog entry whose capture is missing or outside', async () => {
    const dir = copy('clean');
    appendFileSync(path.join(dir, 'seeds/sources.yaml'), '  - file: seeds/gone.txt\n  - file: ../../etc/passwd\n');
    const r = await runInProcess(['check', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as Json).findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`);
    expect(found).toEqual(['source-missing seeds/sources.yaml:8:11', 'source-outside seeds/sources.yaml:9:11']);
  });

  it('never prints a stack trace on binary or hostile claim files', () => {
    const dir = copy('clean');
    writeFileSync(path.join(dir, 'claims/binary.yaml'), Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x1b, 0x5b, 0x33, 0x31, 0x6d]));
    writeFileSync(path.join(dir, 'claims/alias.yaml'), 'a: &a [*a]\n');
    writeFileSync(path.join(dir, 'claims/list.yaml'), '- 1\n- 2\n');
    const r = runCli(['check'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toMatch(/claims\/binary\.yaml:\d+:\d+ +error/);
    expect(r.stdout).toMatch(/claims\/list\.yaml:1:1 +error +Unexpected sequence at the top of the file/);
  });
});

describe('urazuke check on markdown and HTML captures', () => {
  it('finds quotes across markup and entities', async () => {
    const r = await runInProcess(['check'], { cwd: path.join(FIXTURES, 'check/markup') });
    expect(r.stdout).toBe('0 errors, 0 warnings, 0 info (2 claims in 1 file, 2 sources)\n');
    expect(r.code).toBe(0);
  });

  it('reports a drifted quote in an HTML page at the file\'s own line and column', async () => {
    const dir = copy('markup');
    const file = path.join(dir, 'claims/line.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('quote: あわせて32回のアクセスが"あった"', 'quote: あわせて32回のアクセスが"あった"と報じた'));
    const r = await runInProcess(['check'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^claims\/line\.yaml:25:14 +error +Quote drifted: .*at seeds\/page\.html:6:13 .* quote-drifted {2}\(access-count\/jnn\)$/m);
    expect(r.stdout).toContain('あわせて32回のアクセスが"あった"と[-報じ-]{+伝え+}た');
  });
});

describe('urazuke check --format github and sarif', () => {
  it('writes escaped workflow annotations, a summary line, and appends to $GITHUB_STEP_SUMMARY', () => {
    const dir = copy('quote-drifted');
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, '# before\n');
    const r = runCli(['check', '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: '' } });
    expect(r.code).toBe(1);
    const [line, last] = r.stdout.trimEnd().split('\n');
    expect(line).toMatch(/^::error title=quote-drifted,file=claims\/line\.yaml,line=33,endLine=33,col=14,endColumn=\d+::Quote drifted: /);
    expect(line).toContain('(access-count/drifted)%0AClaim quote against the capture');
    expect(line).not.toMatch(/[\r\n]/);
    expect(last).toBe('urazuke check: 1 error, 0 warnings, 0 info (3 claims in 1 file, 1 source)');
    const md = readFileSync(summary, 'utf8');
    expect(md.startsWith('# before\n## urazuke check\n')).toBe(true);
    expect(md).toContain('| error | claims/line.yaml:33:14 | quote-drifted | access-count/drifted | Quote drifted');
  });

  it('writes SARIF 2.1.0 with rules, levels, locations and stable fingerprints', async () => {
    const cwd = path.join(FIXTURES, 'check/quote-ambiguous');
    const r = await runInProcess(['check', '--format', 'sarif'], { cwd });
    expect(r.code).toBe(0);
    const sarif = JSON.parse(r.stdout) as {
      version: string;
      runs: Array<{ tool: { driver: { name: string; rules: Array<{ id: string; helpUri: string; help: { text: string } }> } }; results: Array<Record<string, unknown>> }>;
    };
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0]!;
    expect(run.tool.driver.name).toBe('urazuke');
    const ids = run.tool.driver.rules.map((rule) => rule.id);
    for (const id of RULE_IDS) expect(ids).toContain(id);
    expect(run.results).toHaveLength(1);
    const result = run.results[0]!;
    expect(result).toMatchObject({
      ruleId: 'quote-ambiguous',
      ruleIndex: ids.indexOf('quote-ambiguous'),
      level: 'warning',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'claims/line.yaml', uriBaseId: 'SRCROOT' }, region: { startLine: 33, startColumn: 14 } } }],
    });
    const again = JSON.parse((await runInProcess(['check', '--format', 'sarif'], { cwd })).stdout) as typeof sarif;
    expect(again.runs[0]!.results[0]!['partialFingerprints']).toEqual(result['partialFingerprints']);
  });

  it('names files alike in SARIF and annotations: relative to the working folder, or to $GITHUB_WORKSPACE when set', async () => {
    const workspace = tempDir();
    try {
      cpSync(path.join(FIXTURES, 'check/quote-not-found'), path.join(workspace, 'corpus'), { recursive: true });
      const uris = (stdout: string): string[] =>
        (JSON.parse(stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> }).runs[0]!.results.map(
          (r) => r.locations[0]!.physicalLocation.artifactLocation.uri,
        );
      const files = (stdout: string): string[] => [...stdout.matchAll(/^::error title=[^,]+,file=([^,]+),/gm)].map((m) => m[1]!);
      // From the root: `check corpus`.
      const fromRoot = await runInProcess(['check', 'corpus', '--format', 'sarif'], { cwd: workspace });
      expect(uris(fromRoot.stdout)).toEqual(['corpus/claims/line.yaml']);
      expect(files((await runInProcess(['check', 'corpus', '--format', 'github'], { cwd: workspace })).stdout)).toEqual(['corpus/claims/line.yaml']);
      // A step with `working-directory: corpus`: paths stay relative to the checkout.
      const inside = path.join(workspace, 'corpus');
      const env = { GITHUB_WORKSPACE: workspace };
      expect(uris((await runInProcess(['check', '--format', 'sarif'], { cwd: inside, env })).stdout)).toEqual(['corpus/claims/line.yaml']);
      expect(files((await runInProcess(['check', '--format', 'github'], { cwd: inside, env })).stdout)).toEqual(['corpus/claims/line.yaml']);
      // Without the variable, relative to the working folder; JSON stays relative to the folder checked.
      expect(uris((await runInProcess(['check', '--format', 'sarif'], { cwd: inside })).stdout)).toEqual(['claims/line.yaml']);
      const json = JSON.parse((await runInProcess(['check', 'corpus', '--format', 'json'], { cwd: workspace, env })).stdout) as { findings: Array<{ file: string }> };
      expect(json.findings.map((f) => f.file)).toEqual(['claims/line.yaml']);
    } finally {
      removeDir(workspace);
    }
  });
});
