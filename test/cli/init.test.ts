import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runInProcess } from '../check/run-in-process.js';
import { removeDir, ROOT, tempDir, writeInto } from '../helpers/cli.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) removeDir(dir);
});

function fresh(): string {
  const dir = tempDir();
  made.push(dir);
  return dir;
}

describe('urazuke init', () => {
  it('lays out seeds/, a commented sources.yaml, claims/ with the schema and a topic file, and prints the next steps', async () => {
    const dir = path.join(fresh(), 'Festival 2024');
    const r = await runInProcess(['init', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const file of ['seeds/', 'seeds/sources.yaml', 'claims/', 'claims/claims.schema.json', 'claims/festival-2024.yaml']) {
      expect(r.stdout).toContain(`created  ${file}`);
      expect(existsSync(path.join(dir, file))).toBe(true);
    }
    // The schema editors load is the one the loader validates with (the committed copy).
    expect(readFileSync(path.join(dir, 'claims/claims.schema.json'), 'utf8')).toBe(readFileSync(path.join(ROOT, 'claims/claims.schema.json'), 'utf8'));
    const topic = readFileSync(path.join(dir, 'claims/festival-2024.yaml'), 'utf8');
    expect(topic.split('\n')[0]).toBe('# yaml-language-server: $schema=./claims.schema.json');
    expect(parse(topic)).toEqual({ topic: 'festival-2024', subjects: [], claims: [] });
    expect(parse(readFileSync(path.join(dir, 'seeds/sources.yaml'), 'utf8'))).toEqual({ sources: [] });
    expect(r.stdout).toMatch(/1\. urazuke capture[\s\S]*2\. urazuke extract seeds\/[\s\S]*3\. urazuke review/);
    // A fresh repository passes the gate: nothing to report, nothing wrong.
    const checked = await runInProcess(['check'], { cwd: dir });
    expect([checked.code, checked.stdout.trim()]).toEqual([0, '0 errors, 0 warnings, 0 info (0 claims in 1 file, 0 sources)']);
  });

  it('never overwrites: run again, it keeps every file as the user left it and adds only what is missing', async () => {
    const dir = fresh();
    expect((await runInProcess(['init'], { cwd: dir })).code).toBe(0);
    const name = path.basename(dir).toLowerCase().replace(/[^a-z0-9]+/g, '-');
    writeFileSync(path.join(dir, 'seeds/sources.yaml'), '# mine\nsources: []\n');
    writeFileSync(path.join(dir, `claims/${name}.yaml`), 'topic: mine\nsubjects: []\nclaims: []\n');
    removeDir(path.join(dir, 'claims/claims.schema.json'));
    const again = await runInProcess(['init'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('kept     seeds/sources.yaml');
    expect(again.stdout).toContain(`kept     claims/${name}.yaml`);
    expect(again.stdout).toContain('created  claims/claims.schema.json');
    expect(readFileSync(path.join(dir, 'seeds/sources.yaml'), 'utf8')).toBe('# mine\nsources: []\n');
    expect(readFileSync(path.join(dir, `claims/${name}.yaml`), 'utf8')).toBe('topic: mine\nsubjects: []\nclaims: []\n');
  });

  it('adds no second topic file to a repository that has one', async () => {
    const dir = fresh();
    writeInto(dir, 'claims/story.yaml', 'topic: story\nsubjects: []\nclaims: []\n');
    const r = await runInProcess(['init'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kept     claims/story.yaml');
    expect(r.stdout).toContain('filed in claims/story.yaml');
  });

  it('exits 2 naming the path it cannot make, with what it made before', async () => {
    const dir = fresh();
    writeFileSync(path.join(dir, 'claims'), 'a file where the folder goes');
    const r = await runInProcess(['init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('created  seeds/sources.yaml');
    expect(r.stderr).toMatch(/^urazuke: cannot init '\.': claims\/: /);
    expect(readFileSync(path.join(dir, 'claims'), 'utf8')).toBe('a file where the folder goes');
  });
});
