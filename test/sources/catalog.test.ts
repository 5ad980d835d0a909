import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/sources/catalog.js';
import { parseCatalog } from '../../src/sources/catalog-parse.js';
import { ROOT, removeDir, tempDir } from '../helpers/cli.js';

const made: string[] = [];
afterEach(() => {
  while (made.length > 0) removeDir(made.pop()!);
});

describe('seeds/sources.yaml', () => {
  it('describes each of the five seeds with its true sha256', async () => {
    const catalog = await loadCatalog(ROOT);
    expect(catalog.findings).toEqual([]);
    const seeds = ['000_a9c875802af48c65', '001_649b7479d165a670', '002_b41319ef6942950f', '003_c1eae5f5e3785943', '004_b6b6f84c145cc870'];
    expect(catalog.entries.map((e) => e.relative)).toEqual(seeds.map((s) => `seeds/${s}.txt`));
    for (const loaded of catalog.entries) {
      const bytes = readFileSync(path.join(ROOT, loaded.relative!));
      expect(loaded.entry.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(loaded.entry).toMatchObject({ language: 'ja', encoding: 'utf-8' });
      expect(loaded.entry.title).toBeTruthy();
    }
  });

  it('only gives urls that the page itself names', async () => {
    const catalog = await loadCatalog(ROOT);
    for (const loaded of catalog.entries) {
      const text = readFileSync(path.join(ROOT, loaded.relative!), 'utf8');
      for (const url of [loaded.entry.url, ...(loaded.entry.cites ?? [])]) if (url !== undefined) expect(text).toContain(url);
    }
  });

  it('reports schema errors at their line and column and keeps the valid entries', () => {
    const text = 'sources:\n  - file: seeds/a.txt\n    sha256: nothex\n  - file: seeds/b.txt\n    outlets: [1]\n  - file: seeds/c.txt\n';
    const catalog = parseCatalog('/repo', 'seeds/sources.yaml', text);
    expect(catalog.entries.map((e) => e.relative)).toEqual(['seeds/c.txt']);
    expect(catalog.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['schema', 3, 13],
      ['schema', 5, 14],
    ]);
  });

  it('reports YAML errors and a repeated entry', () => {
    expect(parseCatalog('/repo', 'seeds/sources.yaml', 'sources: [\n').findings[0]!.ruleId).toBe('yaml-syntax');
    const twice = parseCatalog('/repo', 'seeds/sources.yaml', 'sources:\n  - file: seeds/a.txt\n  - file: ./seeds/a.txt\n');
    expect(twice.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['duplicate-id', 3, 11]]);
    expect(twice.findings[0]!.reason).toContain('first at seeds/sources.yaml:2');
  });

  it('accepts a bare list and paths relative to the catalog folder', async () => {
    const dir = tempDir();
    made.push(dir);
    mkdirSync(path.join(dir, 'seeds'));
    writeFileSync(path.join(dir, 'seeds/a.txt'), 'a');
    writeFileSync(path.join(dir, 'seeds/sources.yaml'), '- file: a.txt\n  title: A\n');
    const catalog = await loadCatalog(dir);
    expect(catalog.findings).toEqual([]);
    expect([...catalog.byFile.keys()]).toEqual(['seeds/a.txt']);
    expect(catalog.entries[0]!.placeOf('title')).toMatchObject({ start: { line: 2, column: 10 } });
  });

  it('accepts a map from path to entry, `path` for `file`, and one outlet as a string', () => {
    const text = 'seeds/a.txt:\n  title: A\n  outlets: 中日新聞\n  sha256: 12ab\nseeds/b.txt:\n';
    const catalog = parseCatalog('/repo', 'seeds/sources.yaml', text);
    expect(catalog.entries.map((e) => [e.relative, e.entry.outlets])).toEqual([['seeds/b.txt', undefined]]);
    expect(catalog.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['schema', 4, 11]]);
    const fixed = parseCatalog('/repo', 'seeds/sources.yaml', text.replace('12ab', 'ab'.repeat(32)));
    expect(fixed.entries[0]!.entry.outlets).toEqual(['中日新聞']);
    expect(fixed.entries[0]!.placeOf('title')).toMatchObject({ start: { line: 2, column: 10 } });
    const byPath = parseCatalog('/repo', 'seeds/sources.yaml', 'sources:\n  - path: seeds/c.txt\n');
    expect(byPath.entries.map((e) => e.relative)).toEqual(['seeds/c.txt']);
  });

  it('is empty when the repository has none', async () => {
    const dir = tempDir();
    made.push(dir);
    expect(await loadCatalog(dir)).toMatchObject({ file: undefined, entries: [], findings: [] });
  });
});
