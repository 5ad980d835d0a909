import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, removeDir, tempDir } from '../helpers/cli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) removeDir(dir);
});

/** Run the built CLI with a preloaded module `preload` (its text). */
function withPreload(preload: string, args: readonly string[]) {
  const dir = tempDir();
  dirs.push(dir);
  const file = path.join(dir, 'preload.mjs');
  writeFileSync(file, preload.replaceAll('MARKER', JSON.stringify(path.join(dir, 'called'))));
  const result = spawnSync(process.execPath, ['--import', file, BIN, ...args], { encoding: 'utf8', input: '', env: { ...process.env, NO_COLOR: '1' } });
  return { ...result, called: existsSync(path.join(dir, 'called')) ? readFileSync(path.join(dir, 'called'), 'utf8') : undefined };
}

describe('the compile cache (src/cli/compile-cache.ts)', () => {
  it('is enabled through module.enableCompileCache where Node has it, before a command loads', () => {
    const run = withPreload(
      [
        "import module from 'node:module';",
        "import { writeFileSync } from 'node:fs';",
        'module.enableCompileCache = () => { writeFileSync(MARKER, "enabled"); return { status: 1 }; };',
      ].join('\n'),
      ['--version'],
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(run.called).toBe('enabled');
  });

  it('is no error when enabling it throws, and does nothing on a Node without it', () => {
    const throwing = withPreload("import module from 'node:module';\nmodule.enableCompileCache = () => { throw new Error('no cache here'); };", ['--version']);
    expect(throwing).toMatchObject({ status: 0, stderr: '' });
    const without = withPreload("import module from 'node:module';\ndelete module.enableCompileCache;", ['--version']);
    expect(without).toMatchObject({ status: 0, stderr: '', called: undefined });
  });
});
