import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckCache } from '../../src/check/cache.js';
import { runCheck } from '../../src/check/run.js';
import { removeDir, runCli, tempCopy } from '../helpers/cli.js';

const made: string[] = [];
afterEach(() => {
  while (made.length > 0) removeDir(made.pop()!);
});

/** A copy of a generated store of the realistic shape (markdown captures, repeated quotes), and a cache folder of its own. */
async function store(): Promise<{ readonly dir: string; readonly cache: string; readonly claimFiles: readonly string[] }> {
  // @ts-expect-error: the bench generators are plain JavaScript.
  const { realisticStore } = await import('../bench/generate.mjs');
  const generated = realisticStore(300);
  const dir = tempCopy(generated.dir);
  const cache = mkdtempSync(path.join(tmpdir(), 'urazuke-cache-'));
  made.push(dir, cache);
  return { dir, cache, claimFiles: generated.claimFiles };
}

/** `check --format json` and `--format text` with the cache and without it: the outputs must be byte-identical. */
function expectSameWithAndWithout(dir: string, cache: string): string {
  const env = { URAZUKE_CACHE_DIR: cache };
  let json = '';
  for (const format of ['json', 'text']) {
    const cached = runCli(['check', dir, '--format', format], { env, cwd: dir });
    const cold = runCli(['check', dir, '--format', format, '--no-cache'], { env, cwd: dir });
    expect(cached.stderr).toBe(cold.stderr);
    expect(cached.code).toBe(cold.code);
    expect(cached.stdout).toBe(cold.stdout);
    if (format === 'json') json = cached.stdout;
  }
  return json;
}

describe('the check cache', () => {
  it('gives byte for byte the output of a check without it, cold, warm, and after each kind of change', async () => {
    const { dir, cache, claimFiles } = await store();
    const first = expectSameWithAndWithout(dir, cache);
    expect(JSON.parse(first).findings.length).toBeGreaterThan(10);
    expect(readdirSync(cache).length).toBeGreaterThan(0);
    expect(expectSameWithAndWithout(dir, cache)).toBe(first);

    // A claim's quote changed in one claim file: only that file is parsed again, and the finding is there.
    const claimFile = path.join(dir, claimFiles[1]);
    const text = readFileSync(claimFile, 'utf8');
    writeFileSync(claimFile, text.replace(/quote: (\S+)/, 'quote: 誰も書かなかった一文です'));
    const edited = expectSameWithAndWithout(dir, cache);
    expect(edited).not.toBe(first);
    expect(JSON.parse(edited).findings.some((f: { ruleId: string }) => f.ruleId === 'quote-not-found')).toBe(true);

    // Back as it was: the first result again.
    writeFileSync(claimFile, text);
    expect(expectSameWithAndWithout(dir, cache)).toBe(first);

    // A capture changed at the same length (the cache looks at bytes, not sizes or times).
    const capture = path.join(dir, /file: (seeds\/\S+)/.exec(text)![1]!);
    const original = readFileSync(capture, 'utf8');
    const middle = Math.floor(original.length / 2);
    const swapped = `${original.slice(0, middle)}${[...original.slice(middle, middle + 40)].reverse().join('')}${original.slice(middle + 40)}`;
    expect(Buffer.byteLength(swapped)).toBe(Buffer.byteLength(original));
    writeFileSync(capture, swapped);
    expect(expectSameWithAndWithout(dir, cache)).not.toBe(first);

    // The capture replaced by a symlink to a file outside the repository with its old bytes.
    const outside = path.join(cache, 'outside.md');
    writeFileSync(outside, original);
    unlinkSync(capture);
    symlinkSync(outside, capture);
    const linked = expectSameWithAndWithout(dir, cache);
    expect(JSON.parse(linked).findings.some((f: { ruleId: string }) => f.ruleId === 'source-outside')).toBe(true);

    // The capture gone, then a claim file removed, then the catalog removed.
    unlinkSync(capture);
    expect(JSON.parse(expectSameWithAndWithout(dir, cache)).findings.some((f: { ruleId: string }) => f.ruleId === 'source-missing')).toBe(true);
    writeFileSync(capture, original);
    rmSync(path.join(dir, claimFiles[0]));
    expectSameWithAndWithout(dir, cache);
    rmSync(path.join(dir, 'seeds/sources.yaml'));
    expectSameWithAndWithout(dir, cache);
    // --strict is kept apart from the plain check.
    const env = { URAZUKE_CACHE_DIR: cache };
    expect(runCli(['check', dir, '--strict', '--format', 'json'], { env }).stdout).toBe(runCli(['check', dir, '--strict', '--format', 'json', '--no-cache'], { env }).stdout);
  }, 120_000);

  it('starts cold in a fresh copy of the repository, and is not read by another version', async () => {
    const { dir, cache } = await store();
    const options = { file: path.join(cache, 'check.v8'), version: '1.0.0' };
    const first = await runCheck(dir, { cache: options });
    expect(await new CheckCache(dir, options).hit(false)).toBeDefined();
    expect(await new CheckCache(dir, { ...options, version: '1.0.1' }).hit(false)).toBeUndefined();
    expect(await new CheckCache(dir, options).hit(true)).toBeUndefined();
    // The same cache file read for a copy of the repository elsewhere: not its cache.
    const copy = tempCopy(dir);
    made.push(copy);
    expect(await new CheckCache(copy, options).hit(false)).toBeUndefined();
    // Through the CLI, each repository path has its own cache file.
    const env = { URAZUKE_CACHE_DIR: path.join(cache, 'cli') };
    runCli(['check', dir], { env });
    runCli(['check', copy], { env });
    expect(readdirSync(path.join(cache, 'cli')).filter((f) => !f.includes('.topics')).length).toBe(2);
    expect((await runCheck(dir, { cache: options })).findings.map(String)).toEqual(first.findings.map(String));
  }, 120_000);
});
