import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import { runCheck } from '../../src/check/run.js';
import { severityOf } from '../../src/util/message.js';
import { FIXTURES, ROOT, removeDir, tempCopy, writeRepo } from '../helpers/cli.js';

const made: string[] = [];
afterEach(() => {
  while (made.length > 0) removeDir(made.pop()!);
});

function repo(files: Record<string, string>): string {
  const dir = writeRepo(files);
  made.push(dir);
  return dir;
}

const SUBJECT = (id: string) => `  - id: ${id}\n    question: q?\n    kind: count\n`;

describe('the rule registry', () => {
  it('lists every rule file once, under its own id, kebab-case, with a description', () => {
    const files = readdirSync(path.join(ROOT, 'src/check/rules'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3));
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(files).toContain(rule.id);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
    }
    // Every file but shared helpers is a listed rule.
    expect(files.filter((f) => !ids.includes(f))).toEqual(['source-failure']);
  });

  it('documents every rule id in the README table', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const rule of RULES) expect(readme).toContain(`<a id="rules-${rule.id}"></a>\`${rule.id}\``);
  });
});

describe('runCheck', () => {
  it('finds duplicate subject ids across topic files, at the second, naming the first', async () => {
    const dir = repo({
      'claims/a.yaml': `topic: a\nsubjects:\n${SUBJECT('s')}`,
      'claims/b.yaml': `topic: b\nsubjects:\n${SUBJECT('t')}${SUBJECT('s')}`,
    });
    const { findings } = await runCheck(dir);
    expect(findings.map((f) => [f.ruleId, f.file, f.line, f.column, f.claimId])).toEqual([['duplicate-id', 'claims/b.yaml', 6, 9, 's']]);
    expect(findings[0]!.reason).toContain('first at claims/a.yaml:3:9');
  });

  it('says so when no subject is defined at all', async () => {
    const dir = repo({ 'claims/a.yaml': 'topic: a\nclaims:\n  - id: c\n    subject: s\n    value: 1\n    outlet: A\n    source: { file: x.txt, quote: x }\n', 'x.txt': 'x' });
    const { findings } = await runCheck(dir);
    expect(findings.map((f) => f.ruleId)).toContain('unknown-subject');
    expect(findings.find((f) => f.ruleId === 'unknown-subject')!.reason).toContain('no subject is defined');
  });

  it('places unsourced findings on the source when it lacks file or quote', async () => {
    const dir = repo({
      'claims/a.yaml': `topic: a\nsubjects:\n${SUBJECT('s')}claims:\n  - id: c1\n    subject: s\n    value: 1\n    outlet: A\n    source: { quote: x }\n  - id: c2\n    subject: s\n    value: 1\n    outlet: B\n    source:\n      file: x.txt\n`,
      'x.txt': 'x',
    });
    const { findings } = await runCheck(dir);
    const unsourced = findings.filter((f) => f.ruleId === 'unsourced');
    expect(unsourced.map((f) => [f.line, f.column, f.claimId])).toEqual([
      [11, 13, 'c1'],
      [17, 7, 'c2'],
    ]);
    expect(unsourced[0]!.reason).toContain('without `file`');
    expect(unsourced[1]!.reason).toContain('without `quote`');
  });

  it('reports a changed capture that no claim cites on its catalog entry', async () => {
    const dir = tempCopy(path.join(FIXTURES, 'check/clean'));
    made.push(dir);
    writeFileSync(path.join(dir, 'seeds/other.txt'), 'changed');
    writeFileSync(path.join(dir, 'seeds/sources.yaml'), `${readFileSync(path.join(dir, 'seeds/sources.yaml'), 'utf8')}  - file: seeds/other.txt\n    sha256: ${'a'.repeat(64)}\n`);
    const { findings, stats } = await runCheck(dir);
    expect(findings.map((f) => [f.ruleId, f.file, f.line, f.column, severityOf(f)])).toEqual([['source-changed', 'seeds/sources.yaml', 9, 13, 'warning']]);
    expect(stats).toMatchObject({ errors: 0, warnings: 1, sources: 2, claims: 2, topicFiles: 1 });
  });

  it('raises warnings to errors when strict', async () => {
    const dir = path.join(FIXTURES, 'check/quote-ambiguous');
    expect((await runCheck(dir)).stats).toMatchObject({ errors: 0, warnings: 1 });
    expect((await runCheck(dir, { strict: true })).stats).toMatchObject({ errors: 1, warnings: 0 });
  });

  it('loads and hashes each capture once however many claims cite it', async () => {
    const dir = path.join(FIXTURES, 'check/clean');
    const { stats } = await runCheck(dir);
    expect(stats.sources).toBe(1);
    expect(stats.claims).toBe(2);
  });
});
