import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, removeDir, tempDir, writeRepo } from '../helpers/cli.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Run node with `args` in `cwd`; returns status and output. */
function node(args: readonly string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    input: '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Packages (`node_modules/<name>/`) whose code was loaded, among the loaded module URLs: directly,
 * or inlined in a bundle file (as `dist/bundle-meta.json`, written by the bundler, lists).
 */
function packagesIn(urls: readonly string[], names: readonly string[]): string[] {
  const metaFile = path.join(ROOT, 'dist/bundle-meta.json');
  const meta = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, { inputs: string[] }>) : {};
  const found = new Set<string>();
  for (const url of urls) {
    if (!url.startsWith('file:')) continue;
    const file = fileURLToPath(url);
    const inDist = path.relative(path.join(ROOT, 'dist'), file).split(path.sep).join('/');
    const sources = [file, ...(meta[inDist]?.inputs ?? [])];
    for (const name of names) if (sources.some((s) => s.includes(`node_modules/${name}/`))) found.add(name);
  }
  return [...found].sort();
}

describe('the bundled CLI (scripts/bundle.mjs)', () => {
  let root: string;

  beforeAll(() => {
    // A copy of the built tree with its own package.json, so the version read by the bundle is
    // provably the one next to its dist/, not the repository's.
    root = tempDir();
    cpSync(path.join(ROOT, 'dist'), path.join(root, 'dist'), { recursive: true });
    // The entries' sources, which the bundler reads (the CLI and the extraction worker).
    mkdirSync(path.join(root, 'src/extract'), { recursive: true });
    cpSync(path.join(ROOT, 'src/bin.ts'), path.join(root, 'src/bin.ts'));
    cpSync(path.join(ROOT, 'src/extract/worker.ts'), path.join(root, 'src/extract/worker.ts'));
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ ...pkg, version: '9.8.7-bundle' }));
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  });
  afterAll(() => removeDir(root));

  it('writes dist/bin.js as an ESM bundle, twice in a row, and keeps VERSION right', () => {
    for (let run = 0; run < 2; run += 1) {
      const bundled = node([path.join(ROOT, 'scripts/bundle.mjs'), '--root', root]);
      expect(bundled.stderr).toBe('');
      expect(bundled.code).toBe(0);
    }
    const bin = readFileSync(path.join(root, 'dist/bin.js'), 'utf8');
    expect(bin.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(bin).toContain('/* urazuke bundle */');
    // The CLI's own modules are inlined, not imported from tsc's output; so are the worker's.
    expect(bin).not.toMatch(/from ["']\.\/cli\//);
    const worker = readFileSync(path.join(root, 'dist/extract/worker.js'), 'utf8');
    expect(worker).toContain('/* urazuke bundle */');
    expect(worker).not.toMatch(/from ["']\.\/files\.js/);
    const version = node([path.join(root, 'dist/bin.js'), '--version']);
    expect(version).toMatchObject({ code: 0, stdout: '9.8.7-bundle\n' });
    const help = node([path.join(root, 'dist/bin.js'), '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: urazuke <command>');
  });

  it('loads neither Ink nor React for check, report or extract', () => {
    const bin = path.join(ROOT, 'dist/bin.js');
    for (const command of ['check', 'report', 'extract']) {
      const dir = tempDir();
      const trace = path.join(dir, 'trace.txt');
      try {
        writeFileSync(trace, '');
        node(['--import', path.join(HERE, 'trace-loads.mjs'), bin, command, '--help'], { URAZUKE_TRACE_FILE: trace });
        const urls = readFileSync(trace, 'utf8').split('\n').filter(Boolean);
        expect(urls, `${command} loaded no module at all`).toContain(`file://${bin}`);
        expect(packagesIn(urls, ['ink', 'react', 'yoga-layout']), command).toEqual([]);
      } finally {
        removeDir(dir);
      }
    }
  });

  /** The packages of `names` that `urazuke <args>` loads, its trace and check cache kept in `scratch`. */
  function loadedBy(args: readonly string[], names: readonly string[], scratch: string): string[] {
    const trace = path.join(scratch, 'trace.txt');
    writeFileSync(trace, '');
    const bin = path.join(ROOT, 'dist/bin.js');
    const run = node(['--import', path.join(HERE, 'trace-loads.mjs'), bin, ...args], { URAZUKE_TRACE_FILE: trace, URAZUKE_CACHE_DIR: path.join(scratch, 'cache') });
    expect(run.stderr).toBe('');
    const urls = readFileSync(trace, 'utf8').split('\n').filter(Boolean);
    expect(urls).toContain(`file://${bin}`);
    return packagesIn(urls, names);
  }

  /** What `check` needs only when there is something to parse, anchor or compare. */
  const PARSERS = ['diff', 'js-yaml', 'micromark', 'parse5', 'remark-parse', 'yaml', 'zod'];

  it('loads no parser for check on an empty store, cold or answered by the cache', () => {
    const scratch = tempDir();
    try {
      mkdirSync(path.join(scratch, 'repo/claims'), { recursive: true });
      for (const run of ['cold', 'cached']) {
        expect(loadedBy(['check', path.join(scratch, 'repo')], PARSERS, scratch), run).toEqual([]);
        expect(readdirSync(path.join(scratch, 'cache')).length, `${run}: the cache was written`).toBeGreaterThan(0);
      }
    } finally {
      removeDir(scratch);
    }
  });

  it('loads the parsers check needs once there is a claim file, a catalog and a markdown capture, and none when the cache answers', () => {
    const scratch = tempDir();
    const repo = writeRepo({
      'seeds/a.md': '# Access\n\nThe servers were **accessed** 32 times.\n',
      'seeds/sources.yaml': 'sources:\n  - file: seeds/a.md\n    outlet: Example News\n',
      'claims/t.yaml': [
        'topic: t',
        'subjects:',
        '  - id: access-count',
        '    question: How many times were the servers accessed?',
        '    kind: count',
        '    unit: times',
        'claims:',
        '  - id: access-count/example',
        '    subject: access-count',
        '    value: 32',
        '    outlet: Example News',
        '    source:',
        '      file: seeds/a.md',
        '      quote: The servers were accessed 32 times.',
        '',
      ].join('\n'),
    });
    try {
      const all = ['diff', 'js-yaml', 'micromark', 'remark-parse', 'yaml', 'zod'];
      expect(loadedBy(['check', repo, '--no-cache'], PARSERS, scratch)).toEqual(all);
      expect(loadedBy(['check', repo], PARSERS, scratch), 'cold, filling the cache').toEqual(all);
      expect(loadedBy(['check', repo], PARSERS, scratch), 'answered by the cache').toEqual([]);
    } finally {
      removeDir(scratch);
      removeDir(repo);
    }
  });
});
