import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, removeDir, runCli, tempDir } from '../helpers/cli.js';

/**
 * Who says it, read from the page's structure, through the built CLI over pages written for it
 * (test/fixtures/extract/whosays): a press release, a wire story and an aggregator's copy of it,
 * an English page with a dateline and `said`, a blog with a named reader comment, a page whose
 * publisher is only in its <title>, and names that start in hiragana. No sources.yaml.
 */

interface JsonCandidate {
  readonly figure: string;
  readonly outlet: string;
  readonly chain: string[];
  readonly confidence: number;
  readonly copyOf?: { file: string; line: number };
  readonly source: { file: string; quote: string; line: number };
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) removeDir(dir);
});

function extract(setup?: (dir: string) => void): JsonCandidate[] {
  const dir = tempDir();
  dirs.push(dir);
  cpSync(path.join(FIXTURES, 'extract/whosays'), dir, { recursive: true });
  setup?.(dir);
  const result = runCli(['extract', 'seeds', '--format', 'json'], { cwd: dir });
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { candidates: JsonCandidate[] }).candidates;
}

const at = (all: readonly JsonCandidate[], file: string, figure: string): JsonCandidate[] =>
  all.filter((c) => c.source.file === `seeds/${file}` && c.figure === figure && c.confidence >= 0.5);

describe('who says it, on pages of every kind (built CLI, no sources.yaml)', () => {
  const all = extract();

  it('a press release is its signing company’s word', () => {
    const [claim] = at(all, 'press-release.txt', '30万人を超え');
    expect(claim).toMatchObject({ outlet: '株式会社ヨリミチ', chain: ['株式会社ヨリミチ'] });
  });

  it('an aggregator copying a wire story is its own candidate, its chain through the wire page', () => {
    const [wire] = at(all, 'wire-daiwa.txt', '30万人を超え');
    expect(wire).toMatchObject({ outlet: '大和通信', chain: ['大和通信', '株式会社ヨリミチ'] });
    expect(wire!.copyOf).toBeUndefined();
    const [copy] = at(all, 'navi-copy.html', '30万人を超え');
    expect(copy).toMatchObject({ outlet: 'ニュース速報ナビ', chain: ['ニュース速報ナビ', '大和通信', '株式会社ヨリミチ'], copyOf: { file: 'seeds/wire-daiwa.txt' } });
  });

  it('an English page: its name on the first line, the wire of its dateline, the source that said it', () => {
    const [claim] = at(all, 'monitor.txt', '12 percent');
    expect(claim).toMatchObject({ outlet: 'Pacific Wire', chain: ['The East Asia Monitor', 'Pacific Wire', 'port authority'] });
  });

  it('a reader comment keeps its commenter, in a chain that starts with the comment section', () => {
    const comment = all.find((c) => c.source.file === 'seeds/nas-blog.html' && c.figure === '3年');
    expect(comment).toMatchObject({ outlet: '読者コメント', chain: ['ITと暮らしのメモ帳', '読者コメント', '通りすがりのSE'] });
    expect(comment!.confidence).toBeLessThan(0.5);
    expect(at(all, 'nas-blog.html', '8年')[0]).toMatchObject({ outlet: 'ITと暮らしのメモ帳' });
  });

  it('a page whose publisher is only in its <title>', () => {
    expect(at(all, 'harbor.html', '8 percent')[0]).toMatchObject({ outlet: 'Harbor Tech Daily', chain: ['Harbor Tech Daily'] });
  });

  it('names that start in hiragana are not cut', () => {
    const credited = at(all, 'minato-fire.txt', '3人').find((c) => c.chain.length > 1);
    expect(credited).toMatchObject({ outlet: 'みなと新聞', chain: ['みなと新聞', 'みなと市消防局'] });
  });

  it('reading times, share counters and comment-section furniture stay below 0.5', () => {
    const furniture = all.filter((c) => ['3 min', '24', '4分', '128'].includes(c.figure));
    expect(furniture.length).toBeGreaterThanOrEqual(3);
    expect(furniture.filter((c) => c.confidence >= 0.5)).toEqual([]);
  });

  it('seeds/outlets.yaml adds a repository’s outlets; a wrong entry is reported with its line', () => {
    const found = extract((dir) => {
      writeFileSync(path.join(dir, 'seeds/outlets.yaml'), 'outlets:\n  - name: 大和通信\n    spellings: [大和]\n  - spellings: [nameless]\n');
      writeFileSync(path.join(dir, 'seeds/short.txt'), '大和 2026年4月8日\n\n倉庫の在庫は約2万点だった。\n');
    });
    expect(found.find((c) => c.source.file === 'seeds/short.txt' && c.figure === '約2万点')).toMatchObject({ outlet: '大和通信' });
    const dir = tempDir();
    dirs.push(dir);
    cpSync(path.join(FIXTURES, 'extract/whosays'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'seeds/outlets.yaml'), 'outlets:\n  - name: 大和通信\n  - spellings: [nameless]\n');
    const result = runCli(['extract', 'seeds', '--format', 'json'], { cwd: dir });
    expect(result.stderr).toMatch(/seeds\/outlets\.yaml:3:\d+: .*name/);
  });
});

describe('one capture reader', () => {
  it('a quote add files from an HTML capture, figure in its own element, is one check finds', () => {
    const dir = tempDir();
    dirs.push(dir);
    cpSync(path.join(FIXTURES, 'extract/whosays/seeds'), path.join(dir, 'seeds'), { recursive: true });
    writeFileSync(
      path.join(dir, 'seeds/figure.html'),
      '<html><head><title>個人情報の閲覧を調査 | みなと新聞</title></head><body><p>技術者は中国から個人情報に<figure>少なくとも三十二回</figure>アクセスしていた。</p></body></html>',
    );
    const candidates = JSON.parse(runCli(['extract', 'seeds/figure.html', '--format', 'json'], { cwd: dir }).stdout) as { candidates: JsonCandidate[] };
    const claim = candidates.candidates.find((c) => c.figure === '少なくとも三十二回')!;
    expect(claim.outlet).toBe('みなと新聞');
    const added = runCli(['add', 'seeds/figure.html', '--quote', claim.source.quote], { cwd: dir });
    expect(added.code, added.stderr).toBe(0);
    const checked = runCli(['check', '--format', 'json'], { cwd: dir });
    const findings = (JSON.parse(checked.stdout) as { findings: Array<{ ruleId: string }> }).findings.map((f) => f.ruleId);
    expect(findings.filter((r) => /quote-(?:not-found|drifted)/.test(r))).toEqual([]);
  });
});
