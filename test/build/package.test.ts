import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, removeDir, tempDir } from '../helpers/cli.js';

/**
 * The npm package as a user gets it: `npm pack`, then an install of the tarball alone in a fresh
 * folder (from the npm cache when it has the dependencies; the registry is the only network), and
 * the installed `urazuke` run there. What the package declares is what it needs at run time.
 */

/**
 * At most a few hundred kB packed (about 720 kB now: the review UI's React reconciler and Yoga,
 * the place-name gazetteer, the YAML, zod and HTML parsers, all bundled; 2.6 MB unpacked).
 */
const MAX_PACKED_BYTES = 800 * 1024;

interface PackResult {
  readonly filename: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly files: readonly { readonly path: string }[];
}

/** The environment of npm and the installed CLI: npm's own settings of the parent run left out. */
function env(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig']);
  const out: NodeJS.ProcessEnv = { NO_COLOR: '1', FORCE_COLOR: '0' };
  for (const [key, value] of Object.entries(process.env)) if (!key.toLowerCase().startsWith('npm_') || keep.has(key.toLowerCase())) out[key] = value;
  // Paths in annotations are relative to the working folder here, whatever workflow runs the suite.
  delete out['GITHUB_WORKSPACE'];
  return out;
}

function run(command: string, args: readonly string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, env: env(), encoding: 'utf8', timeout: 120_000, input: '' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the npm package', () => {
  let work: string;
  let packed: PackResult;
  let app: string;
  let bin: string;
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
    license?: string;
    repository?: { url?: string };
    homepage?: string;
    bugs?: { url?: string };
  };

  beforeAll(() => {
    work = tempDir();
    const pack = run('npm', ['pack', '--json', '--pack-destination', work], ROOT);
    expect(pack.code, pack.stderr).toBe(0);
    packed = (JSON.parse(pack.stdout) as PackResult[])[0]!;
    app = path.join(work, 'app');
    cpSync(path.join(FIXTURES, 'check/clean'), path.join(app, 'repo'), { recursive: true });
    writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true }));
    const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(work, packed.filename)], app);
    expect(install.code, install.stderr).toBe(0);
    bin = path.join(app, 'node_modules/.bin/urazuke');
  }, 240_000);
  afterAll(() => removeDir(work));

  it('is at most a few hundred kB and ships the CLI, its worker, the licence and the documents the README links', () => {
    expect(packed.size).toBeLessThan(MAX_PACKED_BYTES);
    const files = packed.files.map((f) => f.path);
    for (const file of ['LICENSE', 'README.md', 'DESIGN.md', 'package.json', 'dist/bin.js', 'dist/extract/worker.js', 'claims/claims.schema.json']) expect(files).toContain(file);
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('seeds/'))).toEqual([]);
    // Every relative link of the README leads to a file in the package.
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:|^#/.test(l));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(files, link).toContain(decodeURIComponent(link.replace(/#.*$/, '')));
  });

  it('declares an MIT licence, the repository, homepage and issue tracker', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} The urazuke authors\n/);
    expect(pkg.repository?.url).toBe('git+https://github.com/urazuke/urazuke.git');
    expect(pkg.homepage).toMatch(/^https:\/\/github\.com\/urazuke\/urazuke/);
    expect(pkg.bugs?.url).toBe('https://github.com/urazuke/urazuke/issues');
  });

  it('depends at run time only on what the bundle loads from node_modules', () => {
    const dist = path.join(ROOT, 'dist');
    const bundled = [path.join(dist, 'bin.js'), path.join(dist, 'extract/worker.js'), ...readdirSync(path.join(dist, 'chunks')).map((f) => path.join(dist, 'chunks', f))];
    const text = bundled.map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const name of Object.keys(pkg.dependencies ?? {})) expect(text, `${name} is a dependency the bundle never loads`).toMatch(new RegExp(`\\("${name.replace(/[/.-]/g, '\\$&')}"\\)`));
    // Every package the bundle inlines is a devDependency (or below one), not a runtime one.
    for (const name of ['yaml', 'zod', 'ink', 'react', 'unified']) {
      expect(pkg.dependencies ?? {}).not.toHaveProperty(name);
      expect(pkg.devDependencies ?? {}).toHaveProperty(name);
    }
  });

  it('installs with its own dependencies only, and the installed urazuke checks, reports and extracts', () => {
    const installed = readdirSync(path.join(app, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed.sort()).toEqual(['urazuke', ...Object.keys(pkg.dependencies ?? {})].sort());
    const clean = run(bin, ['check', 'repo'], app);
    expect(clean.stderr).toBe('');
    expect(clean).toMatchObject({ code: 0 });
    expect(clean.stdout).toMatch(/^0 errors, 0 warnings/m);
    writeFileSync(path.join(app, 'repo/claims/line.yaml'), readFileSync(path.join(app, 'repo/claims/line.yaml'), 'utf8').replace(/quote: (.*)三十二(.*)/, 'quote: $1三十三$2'));
    const stale = run(bin, ['check', 'repo', '--format', 'github'], app);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toMatch(/^::error title=quote-not-found,file=repo\/claims\/line\.yaml,line=\d+,/m);
    const report = run(bin, ['report', 'repo', '--format', 'json'], app);
    expect(JSON.parse(report.stdout)).toHaveProperty('subjects');
    // Worker threads (two files, two threads): the bundled worker beside the CLI, with no node_modules of its own.
    cpSync(path.join(app, 'repo/seeds/article.txt'), path.join(app, 'repo/seeds/copy.txt'));
    const extract = run(bin, ['extract', 'repo/seeds/article.txt', 'repo/seeds/copy.txt', '--dir', 'repo', '--threads', '2', '--format', 'json'], app);
    expect(extract.stderr).toBe('');
    expect((JSON.parse(extract.stdout) as { candidates: unknown[] }).candidates.length).toBeGreaterThan(0);
  });
});
