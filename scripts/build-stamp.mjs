#!/usr/bin/env node
/**
 * What a build of urazuke is built from, and whether `dist/` is the build of what is there now:
 * the inputs are every file under `src/` and `scripts/`, `package.json`, `package-lock.json` and
 * `tsconfig.json`; their fingerprint is a hash of each one's path, size and modification time.
 *
 *     node scripts/build-stamp.mjs begin   (first step of `npm run build`) notes the fingerprint
 *                                          of the inputs as the build starts reading them
 *     node scripts/build-stamp.mjs end     (last step) makes that note the stamp of `dist/`
 *
 * `scripts/start.mjs` compares the stamp with the inputs' fingerprint now and builds only when
 * they differ. The fingerprint is taken before the build, so a file saved while a build runs
 * makes the next start build again; a failed build leaves the old stamp, or none.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, stat, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The stamp of the last build that ended, and the note of the one running. */
export const STAMP = path.join(root, 'dist', 'build-stamp.json');
const PENDING = path.join(root, 'dist', 'build-stamp.pending.json');
const FILES = ['package.json', 'package-lock.json', 'tsconfig.json'];
const FOLDERS = ['src', 'scripts'];
/** Written by the build into `src/`: an output, not an input. */
const GENERATED = new Set(['src/lang/gazetteer.data.json']);

/** Every input file (repository-relative, POSIX), sorted. */
async function inputs() {
  const found = [];
  const walk = async (dir) => {
    const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const file = `${dir}/${entry.name}`;
      if (entry.isDirectory()) await walk(file);
      else if (entry.isFile() && !GENERATED.has(file)) found.push(file);
    }
  };
  for (const dir of FOLDERS) await walk(dir);
  return [...found, ...FILES].sort();
}

/** The fingerprint of the inputs as they are now. */
export async function fingerprint() {
  const hash = createHash('sha256');
  for (const file of await inputs()) {
    const info = await stat(path.join(root, file)).catch(() => undefined);
    hash.update(`${file}\0${info ? `${info.size}\0${info.mtimeMs}` : 'missing'}\n`);
  }
  return hash.digest('hex');
}

/** The fingerprint `dist/` was built from, or undefined without a finished build. */
export async function stamped() {
  try {
    return JSON.parse(await readFile(STAMP, 'utf8')).inputs;
  } catch {
    return undefined;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const step = process.argv[2];
  if (step === 'begin') {
    await mkdir(path.dirname(PENDING), { recursive: true });
    await writeFile(PENDING, `${JSON.stringify({ inputs: await fingerprint() })}\n`);
  } else if (step === 'end') {
    await rename(PENDING, STAMP).catch(async (error) => {
      if (error.code !== 'ENOENT') throw error;
      // A build run without its first step: stamp what is there now.
      await writeFile(STAMP, `${JSON.stringify({ inputs: await fingerprint() })}\n`);
    });
  } else {
    process.stderr.write('usage: node scripts/build-stamp.mjs begin|end\n');
    process.exitCode = 2;
  }
}
