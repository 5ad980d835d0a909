import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeDir, ROOT, tempDir } from '../helpers/cli.js';

/**
 * `npm start` (scripts/start.mjs) in a checkout of its own: the real start and stamp scripts, a
 * stand-in build that counts its runs and writes a `dist/bin.js` printing its arguments.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) removeDir(dir);
});

function checkout(): string {
  const dir = tempDir();
  dirs.push(dir);
  mkdirSync(path.join(dir, 'scripts'));
  mkdirSync(path.join(dir, 'src/cli'), { recursive: true });
  for (const name of ['start.mjs', 'build-stamp.mjs']) copyFileSync(path.join(ROOT, 'scripts', name), path.join(dir, 'scripts', name));
  writeFileSync(
    path.join(dir, 'scripts/fake-build.mjs'),
    [
      "import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';",
      "appendFileSync('builds', 'built\\n');",
      "if (readFileSync('src/cli/index.ts', 'utf8').includes('BROKEN')) { console.error('tsc: error'); process.exit(1); }",
      "mkdirSync('dist', { recursive: true });",
      "writeFileSync('dist/bin.js', \"console.log('BIN ' + process.argv.slice(2).join(' '));\\n\");",
    ].join('\n'),
  );
  writeFileSync(path.join(dir, 'src/cli/index.ts'), 'export {};\n');
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'start-test',
      type: 'module',
      private: true,
      scripts: { build: 'node scripts/build-stamp.mjs begin && node scripts/fake-build.mjs && node scripts/build-stamp.mjs end', start: 'node scripts/start.mjs' },
    }),
  );
  writeFileSync(path.join(dir, 'package-lock.json'), '{}\n');
  writeFileSync(path.join(dir, 'tsconfig.json'), '{}\n');
  return dir;
}

function start(dir: string): { code: number | null; stdout: string; stderr: string; builds: number } {
  const r = spawnSync('npm', ['start', '--silent'], { cwd: dir, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' }, timeout: 60_000 });
  const builds = existsSync(path.join(dir, 'builds')) ? readFileSync(path.join(dir, 'builds'), 'utf8').split('\n').filter(Boolean).length : 0;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, builds };
}

describe('npm start (scripts/start.mjs)', () => {
  it('builds a fresh checkout once, then starts from the last build until a source changes', () => {
    const dir = checkout();
    const fresh = start(dir);
    expect(fresh.stderr).toBe('');
    expect(fresh.code).toBe(0);
    expect(fresh.stdout).toContain('BIN review .');
    expect(fresh.builds).toBe(1);
    expect(existsSync(path.join(dir, 'dist/build-stamp.json'))).toBe(true);

    const again = start(dir);
    expect(again.stdout).toContain('BIN review .');
    expect(again.builds).toBe(1);

    // A source saved later (its time moved on): built again, once.
    const later = new Date(Date.now() + 5_000);
    utimesSync(path.join(dir, 'src/cli/index.ts'), later, later);
    expect(start(dir).builds).toBe(2);
    expect(start(dir).builds).toBe(2);
    // A new file under src/, and package.json, count too.
    writeFileSync(path.join(dir, 'src/cli/new.ts'), 'export {};\n');
    expect(start(dir).builds).toBe(3);
    utimesSync(path.join(dir, 'package.json'), later, new Date(Date.now() + 9_000));
    expect(start(dir).builds).toBe(4);
  });

  it('stops with the build\'s failure, and builds again next time rather than start a stale build', () => {
    const dir = checkout();
    expect(start(dir).builds).toBe(1);
    writeFileSync(path.join(dir, 'src/cli/index.ts'), 'BROKEN\n');
    const failed = start(dir);
    expect(failed.code).not.toBe(0);
    expect(failed.stdout).not.toContain('BIN');
    expect(failed.stderr).toContain('start: the build failed');
    expect(start(dir).builds).toBe(3);
  });
});
