#!/usr/bin/env node
/**
 * `npm start`: `urazuke review .` from the last build when it is the build of the sources as they
 * are (`scripts/build-stamp.mjs`), else after `npm run build` — so a start after no change opens
 * the review at once instead of rebuilding first, and a fresh clone (no `dist/`) builds once.
 * `URAZUKE_START_DRY=1` prints what it would do instead (for tests).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fingerprint, stamped } from './build-stamp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'dist', 'bin.js');
const current = existsSync(bin) && (await stamped()) === (await fingerprint());
const dry = process.env.URAZUKE_START_DRY === '1';

if (!current) {
  if (dry) process.stdout.write('start: building (the sources changed since the last build, or there is none)\n');
  else {
    const npm = process.env.npm_execpath;
    // Through the npm that runs this script when there is one (npm_execpath), else the one on PATH.
    const built = npm
      ? spawnSync(process.execPath, [npm, 'run', 'build', '--silent'], { cwd: root, stdio: 'inherit' })
      : spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    if (built.status !== 0) {
      process.stderr.write('start: the build failed (see above); fix it and run npm start again\n');
      process.exit(built.status ?? 1);
    }
  }
} else if (dry) process.stdout.write('start: the last build is current\n');

if (dry) process.exit(0);
// The review in this process: one Node start-up, the terminal and its signals as they are.
process.argv = [process.argv[0], bin, 'review', '.', ...process.argv.slice(2)];
await import(pathToFileURL(bin).href);
