import path from 'node:path';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, removeDir, runCli, tempDir } from '../helpers/cli.js';

const fixture = (name: string) => path.join(FIXTURES, 'report', name);
const temps: string[] = [];
afterAll(() => temps.forEach(removeDir));

describe('urazuke report: each fixture case against its expected output', () => {
  it.each([
    ['ja-line', 'markdown', 'expected.md'],
    ['en-port', 'markdown', 'expected.md'],
    ['en-port', 'json', 'expected.json'],
  ])('%s --format %s = %s', (name, format, expected) => {
    const result = runCli(['report', fixture(name), '--format', format]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(path.join(fixture(name), expected), 'utf8'));
  });
});

describe('urazuke report --format markdown (the default off a terminal)', () => {
  const result = runCli(['report', fixture('ja-line')]);

  it('prints one section per subject, conflicts first', () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const headings = result.stdout.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## 技術者は日本のサーバーに何回アクセスしたか', '## いつからアクセスできたか', '## 何人の技術者がアクセスできたか', '## 委託先はどの都市にあるか']);
    expect(result.stdout).toContain('4 subjects: 1 conflict · 1 differ · 2 agree');
  });

  it('shows verdict, origins, the table with chains, and the conflicting pairs in words', () => {
    expect(result.stdout).toContain('**Verdict:** conflict · **Origins:** 2 (LINE, 朝日新聞)');
    expect(result.stdout).toContain('| 朝日新聞 | 少なくとも38回 | ≥ 38 times | 読者コメント → JBpress → 朝日新聞 | 「少なくとも38回」日本のサーバーにアクセスしていた |');
    expect(result.stdout).toContain("- JNN's 32 times in total contradicts 朝日新聞's at least 38 times");
    expect(result.stdout).not.toContain("中日新聞's at least 32 times contradicts");
    expect(result.stdout).toContain('**Resolution:** resolved (accepted: city/jnn) — 大連 と Dalian は同じ都市。');
  });

  it('escapes pipes and strips escape sequences so the table stays whole', () => {
    expect(result.stdout).toContain('| データに\\|あわせて32回 | [JNNのニュース](https://example.org/jnn) |');
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('開発を担っていたのはDalianの拠点');
    for (const line of result.stdout.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Outlet'))) {
      expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(8);
    }
  });

  it('reads English sources, approx, deprecated and relayed claims', () => {
    const en = runCli(['report', fixture('en-port'), '--format', 'markdown']);
    expect(en.code).toBe(0);
    expect(en.stdout.indexOf('## How many containers were seized?')).toBeLessThan(en.stdout.indexOf('## When were they seized?'));
    expect(en.stdout).toContain('**Verdict:** conflict · **Origins:** 2 (Customs, The Daily)');
    expect(en.stdout).toContain("- Port Blog's 3,100 containers in total contradicts The Daily's more than 4,000 containers");
    expect(en.stdout).toContain('| Port Blog (deprecated: The blog confused two raids., does not vote) | Haiphong | ~~Haiphong~~ |');
    expect(en.stdout).toContain('Wire Agency (relayed, not endorsed)');
    expect(en.stdout).toMatch(/## In which port were they seized\?\n\n\*\*Verdict:\*\* agree · \*\*Origins:\*\* 2 \(Japanese outlets, The Daily\)/);
  });
});

describe('urazuke report --format json', () => {
  const result = runCli(['report', fixture('ja-line'), '--format', 'json']);
  const data = JSON.parse(result.stdout) as { subjects: Record<string, unknown>[] };

  it('has exactly the stable shape, plus interval, conflicts and their count, revisions and as-of times', () => {
    expect(result.code).toBe(0);
    expect(Object.keys(data)).toEqual(['subjects']);
    for (const subject of data.subjects) {
      expect(Object.keys(subject).sort()).toEqual(['claims', 'conflictCount', 'conflicts', 'id', 'kind', 'origins', 'question', 'resolution', 'revisions', 'verdict']);
      for (const claim of subject['claims'] as Record<string, unknown>[]) {
        expect(Object.keys(claim).sort()).toEqual(['asOf', 'chain', 'id', 'interval', 'outlet', 'source', 'superseded', 'value']);
        expect(Object.keys(claim['source'] as object).sort()).toEqual(['file', 'line', 'quote']);
      }
    }
  });

  it('gives verdicts, origins, conflicting pairs and intervals', () => {
    const byId = new Map(data.subjects.map((s) => [s['id'], s]));
    const access = byId.get('access-count')!;
    expect([access['verdict'], access['origins'], access['conflicts']]).toEqual(['conflict', 2, [['access-count/jnn', 'access-count/asahi']]]);
    const claims = access['claims'] as { id: string; interval: unknown; value: unknown }[];
    expect(claims[0]).toMatchObject({ value: { min: 32 }, interval: { lo: 32, hi: null, loOpen: false, hiOpen: true } });
    const start = byId.get('access-start')!;
    expect(start['verdict']).toBe('differ');
    expect((start['claims'] as { interval: unknown }[]).map((c) => c.interval)).toEqual([
      { lo: '2018-06-01', hi: '2018-08-31', loOpen: false, hiOpen: false },
      { lo: '2018-08-01', hi: '2018-08-31', loOpen: false, hiOpen: false },
    ]);
    const city = byId.get('city')!;
    expect([city['verdict'], city['origins'], city['resolution']]).toEqual(['agree', 2, { status: 'resolved', accepted: 'city/jnn', note: '大連 と Dalian は同じ都市。' }]);
    expect((city['claims'] as { interval: unknown; chain: unknown }[]).map((c) => [c.interval, c.chain])).toEqual([
      [null, []],
      [null, []],
    ]);
    expect(byId.get('engineer-count')!['origins']).toBe(2);
  });

  it('keeps escape characters as JSON escapes, never raw', () => {
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('\\u001b[31mDalian');
  });
});

describe('urazuke report --format claimreview', () => {
  /** Google's required ClaimReview fields (url, claimReviewed, reviewRating.alternateName) and the recommended ones it says it uses. */
  function expectGoogleFields(review: Record<string, any>): void {
    expect(typeof review['url']).toBe('string');
    expect(new URL(review['url'] as string).protocol).toBe('https:');
    expect(typeof review['claimReviewed']).toBe('string');
    expect(review['reviewRating']['@type']).toBe('Rating');
    expect(String(review['reviewRating']['alternateName']).length).toBeLessThanOrEqual(20);
    expect(review['author']['@type']).toBe('Organization');
    expect(review['datePublished']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(review['itemReviewed']['@type']).toBe('Claim');
  }

  it('writes ClaimReview JSON-LD for resolved subjects only, with the url, author and date from the options', () => {
    const result = runCli(['report', fixture('ja-line'), '-f', 'claimreview', '--review-author', 'Example Checks', '--review-url', 'https://checks.example/{topic}/{subject}', '--review-date', '2026-12-01']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const reviews = JSON.parse(result.stdout) as Record<string, any>[];
    expect(reviews).toHaveLength(1);
    const review = reviews[0]!;
    expectGoogleFields(review);
    expect(review['@context']).toBe('https://schema.org');
    expect(review['@type']).toBe('ClaimReview');
    expect(review['url']).toBe('https://checks.example/line/city');
    expect(review['author']).toEqual({ '@type': 'Organization', name: 'Example Checks' });
    expect(review['reviewRating']).toMatchObject({ '@type': 'Rating', ratingValue: 3, bestRating: 3, worstRating: 1, alternateName: 'Accepted' });
    // The accepted claim's own words (its quote, as it has no says), never "question value".
    expect(review['claimReviewed']).toBe('中国・大連の関連会社');
    expect(review['itemReviewed']['author']).toEqual({ '@type': 'Organization', name: 'JNN' });
    const appearance = review['itemReviewed']['appearance'] as Record<string, any>[];
    // No capture's publisher is known in this fixture: no appearance borrows a capture's address.
    expect(appearance.map((a) => [a['author']['name'], a['url'] ?? null])).toEqual([
      ['JNN', null],
      ['JBpress', null],
    ]);
  });

  it('takes the review block of urazuke.yaml, and gives an appearance the address of its own publisher only', () => {
    const dir = tempDir();
    temps.push(dir);
    cpSync(fixture('ja-line'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'urazuke.yaml'), 'review:\n  author: Yaml Checks\n  author-url: https://yaml.example\n  url: https://yaml.example/r/{subject}\n  date: 2026-11-30\n');
    const catalog = readFileSync(path.join(dir, 'seeds/sources.yaml'), 'utf8')
      .replace('    title: JNNのニュース\n', '    title: JNNのニュース\n    outlet: JNN\n')
      .replace('    title: JBpress\n', '    title: JBpress\n    outlet: Record China\n');
    writeFileSync(path.join(dir, 'seeds/sources.yaml'), catalog);
    const result = runCli(['report', dir, '-f', 'claimreview']);
    const review = (JSON.parse(result.stdout) as Record<string, any>[])[0]!;
    expectGoogleFields(review);
    expect(review['url']).toBe('https://yaml.example/r/city');
    expect(review['author']).toEqual({ '@type': 'Organization', name: 'Yaml Checks', url: 'https://yaml.example/' });
    expect(review['datePublished']).toBe('2026-11-30');
    const appearance = review['itemReviewed']['appearance'] as Record<string, any>[];
    expect(appearance.map((a) => [a['author']['name'], a['url'] ?? null])).toEqual([
      ['JNN', 'https://example.org/jnn'],
      ['JBpress', null],
    ]);
    // Options win over the file; a problem in the file is named with its place.
    writeFileSync(path.join(dir, 'urazuke.yaml'), 'review:\n  author: [x]\n  colour: red\n');
    const over = runCli(['report', dir, '-f', 'claimreview', '--review-url', 'https://o.example/{subject}']);
    expect(over.stderr).toContain('urazuke.yaml:2:11: review.author must be a text');
    expect(over.stderr).toContain('urazuke.yaml:3:3: unknown key review.colour');
    expect((JSON.parse(over.stdout) as Record<string, any>[])[0]!['url']).toBe('https://o.example/city');
    expect(runCli(['report', dir, '-f', 'claimreview', '--review-date', 'soon']).code).toBe(2);
  });
});

describe('urazuke report --format text', () => {
  it('prints the plain report with conflicts and no escape sequences', () => {
    const result = runCli(['report', fixture('en-port'), '--format', 'text']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('3 subjects: 1 conflict, 1 differ, 1 agree\n')).toBe(true);
    expect(result.stdout).toContain('✗ CONFLICT  How many containers were seized?  [containers]');
    expect(result.stdout).toContain("✗ Wire Agency's about 3,000 containers ± 10% contradicts The Daily's more than 4,000 containers");
    expect(result.stdout).toContain('via Wire Agency → Customs');
    const ja = runCli(['report', fixture('ja-line'), '--format', 'text']);
    expect(ja.stdout).not.toContain('\u001b');
    expect(ja.stdout).toContain('開発を担っていたのはDalianの拠点');
  });
});

describe('urazuke report: problems and usage', () => {
  it('prints the report, then unreadable values as file:line:col, and exits 1', () => {
    const result = runCli(['report', fixture('bad-values'), '--format', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).subjects[0].verdict).toBe('agree');
    expect(result.stderr).toContain('claims/bad.yaml:15:12: error: Unexpected unit "people", expected times');
    expect(result.stderr).toContain('(unit-mismatch)');
    expect(result.stderr).toMatch(/claims\/bad\.yaml:22:12: error: Unexpected "lots".*\(invalid-value\)/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports an empty claim store as zero subjects', () => {
    const result = runCli(['report', fixture('empty'), '-f', 'json']);
    expect([result.code, result.stdout]).toEqual([0, '{\n  "subjects": []\n}\n']);
  });

  it.each([
    [['report', 'no/such/dir'], "cannot report on 'no/such/dir': no such folder"],
    [['report', fixture('ja-line'), '--format', 'pdf'], "unknown format 'pdf'"],
    [['report', fixture('ja-line'), '--colour'], 'urazuke:'],
    [['report', path.join(FIXTURES, 'report')], 'not a urazuke repository'],
  ])('%j exits 2 with a message', (args, message) => {
    const result = runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('keeps going past a broken claim file, reporting it with its place', () => {
    const dir = tempDir();
    temps.push(dir);
    mkdirSync(path.join(dir, 'claims'));
    writeFileSync(path.join(dir, 'claims', 'a.yaml'), 'topic: a\nsubjects:\n  - {id: s, question: Q?, kind: count}\nclaims:\n  - {id: c, subject: s, outlet: O, value: 3}\n');
    writeFileSync(path.join(dir, 'claims', 'b.yaml'), 'topic: b\nsubjects: [\n');
    const result = runCli(['report', '.', '-f', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).subjects.map((s: { id: string }) => s.id)).toEqual(['s']);
    expect(result.stderr).toMatch(/^claims\/b\.yaml:\d+:\d+: error: Invalid YAML/m);
  });

  it('documents formats and exit codes in --help', () => {
    const result = runCli(['report', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--format markdown|json|claimreview|text');
    expect(result.stdout).toContain('Exit codes: 0');
  });
});
