import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

type Rng = () => number;
/** The bench's generators: plain JavaScript under test/bench/, run by `npm run bench`. */
const gen = (await import('../bench/generate.mjs' as string)) as {
  claimStore: (claims: number, seed?: number) => { dir: string; claimFiles: string[]; claims: number; subjects: number };
  realisticStore: (claims: number, seed?: number) => { dir: string; claimFiles: string[]; claims: number; subjects: number; captures: number };
  generateDocument: (rng: Rng, sentences: readonly string[], bytes: number, format: 'md' | 'txt', index: number) => string;
  prng: (seed: number) => Rng;
  seedSentences: () => string[];
  varyFigures: (rng: Rng, sentence: string) => string;
};

describe('bench input generators', () => {
  it('make the same documents from the same seed, and others from another seed', () => {
    const sentences = gen.seedSentences();
    expect(sentences.length).toBeGreaterThan(100);
    const a = gen.generateDocument(gen.prng(7), sentences, 20_000, 'md', 0);
    const b = gen.generateDocument(gen.prng(7), sentences, 20_000, 'md', 0);
    const c = gen.generateDocument(gen.prng(8), sentences, 20_000, 'md', 0);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(Buffer.byteLength(a)).toBeGreaterThanOrEqual(20_000);
    expect(a.startsWith('# ')).toBe(true);
    // Japanese text from the seeds.
    expect(a).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]{5}/);
  });

  it('vary the figures of a sentence and keep its words', () => {
    const rng = gen.prng(1);
    const sentence = 'LINEの調査では、中国の従業員が少なくとも32回アクセスしていた。';
    const varied = new Set(Array.from({ length: 20 }, () => gen.varyFigures(rng, sentence)));
    expect(varied.size).toBeGreaterThan(5);
    for (const v of varied) expect(v).toMatch(/^LINEの調査では、中国の従業員が少なくとも[0-9]+回アクセスしていた。$/);
  });

  it('make a claim store that check finds clean: every quote exists once in its capture', () => {
    const store = gen.claimStore(1_000);
    expect(store.claimFiles).toHaveLength(100);
    expect(store.claims).toBe(1_000);
    const text = readFileSync(path.join(store.dir, store.claimFiles[0]!), 'utf8');
    expect(text).toContain('published: 2021-03-');
    const result = runCli(['check', store.dir, '--format', 'json'], { timeout: 120_000 });
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout) as { findings: { ruleId: string; severity: string }[]; summary: { claims: number } };
    expect(json.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(json.summary.claims).toBe(1_000);
    expect(result.code).toBe(0);
  });

  it('make a realistic store: 7 captures per 100 claims, half markdown, quote-ambiguous warnings spread over the claim files and nothing else', () => {
    const store = gen.realisticStore(1_000);
    expect(store.claims).toBe(1_000);
    expect(store.captures).toBe(70);
    const catalog = readFileSync(path.join(store.dir, 'seeds/sources.yaml'), 'utf8');
    expect(catalog.match(/file: seeds\/real-\d+\.md$/gm)).toHaveLength(35);
    expect(catalog.match(/file: seeds\/real-\d+\.txt$/gm)).toHaveLength(35);
    const result = runCli(['check', store.dir, '--format', 'json'], { timeout: 120_000 });
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout) as { findings: { ruleId: string; severity: string; file: string }[] };
    const warnings = json.findings.filter((f) => f.severity !== 'info');
    expect(new Set(warnings.map((f) => f.ruleId))).toEqual(new Set(['quote-ambiguous']));
    expect(new Set(warnings.map((f) => f.file)).size).toBeGreaterThan(10);
    // About one quote in five is ambiguous.
    expect(warnings.length).toBeGreaterThan(100);
    expect(warnings.length).toBeLessThan(400);
  });
});
