import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClaimSet, type ClaimSet, type LoadedClaim } from '../../src/claims/load.js';
import { compareClaimSet, type SubjectResult } from '../../src/compare/index.js';
import { decode } from '../../src/sources/decode.js';
import { ROOT, runCli } from '../helpers/cli.js';

/**
 * The bundled corpus, loaded from the real `claims/` and compared with the real library. These
 * are the verdicts a careful reader of the five captures reaches without doubt; if an edit of the
 * claim file or of the value algebra changes one of them, it is the edit that must explain itself.
 */

let set: ClaimSet;
let subjects: ReadonlyMap<string, SubjectResult>;

beforeAll(async () => {
  set = await loadClaimSet(ROOT);
  subjects = new Map(compareClaimSet(set).subjects.map((result) => [result.loaded.subject.id, result]));
});

function subject(id: string): SubjectResult {
  const result = subjects.get(id);
  if (!result) throw new Error(`subject ${id} is missing from claims/`);
  return result;
}

function corpusClaims(): readonly LoadedClaim[] {
  return set.claims.filter((claim) => claim.topic.file === 'claims/line-2021.yaml');
}

const captures = new Map<string, string>();
function capture(file: string): string {
  let text = captures.get(file);
  if (text === undefined) {
    text = decode(readFileSync(path.join(ROOT, file))).text;
    captures.set(file, text);
  }
  return text;
}

/** Offsets where the selector (quote with its prefix and suffix) matches. */
function matches(text: string, quote: string, prefix: string | undefined, suffix: string | undefined): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (prefix !== undefined && !text.slice(0, at).endsWith(prefix)) continue;
    if (suffix !== undefined && !text.startsWith(suffix, at + quote.length)) continue;
    found.push(at);
  }
  return found;
}

const pair = (a: string, b: string) => (x: readonly [string, string]) => (x[0] === a && x[1] === b) || (x[0] === b && x[1] === a);

describe('claims/line-2021.yaml', () => {
  it('loads without a YAML or schema finding', () => {
    expect(set.findings.map(String)).toEqual([]);
    expect(corpusClaims().length).toBeGreaterThanOrEqual(40);
  });

  it('has values the compare library reads, each in the form its subject expects', () => {
    expect(compareClaimSet(set).findings.map(String)).toEqual([]);
    for (const result of subjects.values()) {
      for (const claim of result.claims) expect(claim.error, claim.loaded.claim.id).toBeUndefined();
    }
  });

  it('states every subject in at least two places', () => {
    for (const result of subjects.values()) {
      if (result.loaded.topic.file !== 'claims/line-2021.yaml') continue;
      expect(result.claims.length, result.loaded.subject.id).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('verdicts beyond doubt', () => {
  it('the engineer count agrees: four, from LINE and from 朝日新聞', () => {
    const engineers = subject('engineer-count');
    expect(engineers.verdict).toBe('agree');
    expect(engineers.groups).toHaveLength(1);
    expect(engineers.originNames).toEqual(expect.arrayContaining(['LINE', '朝日新聞']));
  });

  it('the access count conflicts: JNN\'s "32 in total" against Asahi\'s "at least 38"', () => {
    const accesses = subject('access-count');
    expect(accesses.verdict).toBe('conflict');
    expect(accesses.conflicts.some(pair('access-count/jnn', 'access-count/asahi'))).toBe(true);
  });

  it('"at least 32" only differs from "at least 38"; it conflicts with nothing', () => {
    const accesses = subject('access-count');
    expect(accesses.conflicts.some(pair('access-count/chunichi', 'access-count/asahi'))).toBe(false);
    expect(accesses.differences.some(pair('access-count/chunichi', 'access-count/asahi'))).toBe(true);
    expect(accesses.conflicts).toHaveLength(1);
  });

  it('the access count has two origins, LINE and 朝日新聞, however many pages repeat LINE', () => {
    const accesses = subject('access-count');
    expect(accesses.claims.length).toBeGreaterThan(accesses.origins);
    expect([...accesses.originNames].sort()).toEqual(['LINE', '朝日新聞'].sort());
  });

  it('the access count is left open: the pages cannot settle it', () => {
    expect(subject('access-count').loaded.subject.resolution?.status).toBe('open');
    expect(subject('access-count').loaded.subject.resolution?.accepted ?? null).toBeNull();
  });

  it('86 million users conflicts with "over 70% of the Japanese" at a base of 125.7 million', () => {
    const users = subject('user-count');
    expect(users.loaded.subject.base).toBe(125_700_000);
    expect(users.verdict).toBe('conflict');
    expect(users.conflicts.some(pair('user-count/jiji', 'user-count/travel-blog'))).toBe(true);
  });

  it('Dalian and Shanghai conflict, and the conflict is resolved as a naming confusion', () => {
    const place = subject('affiliate-location');
    expect(place.verdict).toBe('conflict');
    expect(place.loaded.subject.resolution?.status).toBe('resolved');
    expect(place.loaded.subject.resolution?.accepted).toBe('affiliate-location/impress-watch');
  });

  it('the affiliate name agrees once the alias table joins the English and Japanese names', () => {
    expect(subject('affiliate-name').verdict).toBe('agree');
  });

  it('municipalities were asked to report by 26 March: NHK and 時事 agree', () => {
    expect(subject('report-deadline').verdict).toBe('agree');
  });

  it('when the access began only differs in precision (around summer 2018, August 2018, 2018)', () => {
    expect(subject('access-start').verdict).toBe('differ');
  });

  it('every conflict but the access count and the leak carries a resolution', () => {
    const open = [...subjects.values()]
      .filter((result) => result.verdict === 'conflict' && result.loaded.subject.resolution?.status !== 'resolved')
      .map((result) => result.loaded.subject.id)
      .sort();
    expect(open).toEqual(['access-count', 'data-leaked']);
  });
});

describe('quotes', () => {
  it('every quote is found verbatim in its capture, once with its context, on its line', () => {
    for (const { claim } of corpusClaims()) {
      const source = claim.source;
      expect(source?.file, claim.id).toMatch(/^seeds\//);
      expect(source?.quote, claim.id).toBeTruthy();
      const text = capture(source!.file!);
      const found = matches(text, source!.quote!, source!.prefix, source!.suffix);
      expect(found, claim.id).toHaveLength(1);
      const line = text.slice(0, found[0]).split(/\r\n|\r|\n/).length;
      expect(line, claim.id).toBe(source!.line);
    }
  });

  it('no claim quotes a traffic counter, a ranking, a sidebar or the unrelated outage notice', () => {
    /** Passages that are not about the affair, from a marker to the end of its line or section. */
    const notAboutTheAffair: ReadonlyArray<{ file: string; from: string; to?: string }> = [
      { file: 'seeds/001_649b7479d165a670.txt', from: '毎日、1000件以上のアクセス' },
      { file: 'seeds/001_649b7479d165a670.txt', from: 'なお、昨日3月18日の私のブログへのアクセス', to: 'ワン・クリックで10点' },
      { file: 'seeds/001_649b7479d165a670.txt', from: '三重県教育委員会は2018年から' },
      { file: 'seeds/003_c1eae5f5e3785943.txt', from: '≪ 「まるで宇宙船みたい」', to: '\u0000' },
      { file: 'seeds/004_b6b6f84c145cc870.txt', from: 'LINEからお詫び', to: '\u0000' },
    ];
    const ranges = notAboutTheAffair.map(({ file, from, to }) => {
      const text = capture(file);
      const start = text.indexOf(from);
      expect(start, from).toBeGreaterThanOrEqual(0);
      const end = to === '\u0000' ? text.length : to === undefined ? text.indexOf('\n', start) : text.indexOf(to, start) + to.length;
      return { file, start, end };
    });
    for (const { claim } of corpusClaims()) {
      const text = capture(claim.source!.file!);
      const [at] = matches(text, claim.source!.quote!, claim.source!.prefix, claim.source!.suffix);
      const end = at! + claim.source!.quote!.length;
      for (const range of ranges) {
        if (range.file !== claim.source!.file) continue;
        expect(at! >= range.end || end <= range.start, `${claim.id} quotes ${text.slice(range.start, range.start + 20)}…`).toBe(true);
      }
      expect(claim.source!.quote, claim.id).not.toMatch(/閲覧数|訪問者数|ランキング|クリック|11\/9|不具合/);
    }
  });
});

describe('urazuke check on the repository (built CLI)', () => {
  it('passes without --strict: no error, the two open conflicts are warnings', () => {
    const result = runCli(['check', '.', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const findings = corpusFindings(result.stdout);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'warning').map((f) => `${f.ruleId} ${f.claimId}`).sort()).toEqual([
      'unresolved-conflict access-count',
      'unresolved-conflict data-leaked',
    ]);
  });

  it('fails with --strict only on the conflicts deliberately left open', () => {
    const result = runCli(['check', '.', '--strict', '--format', 'json']);
    expect(result.code).toBe(1);
    const errors = corpusFindings(result.stdout).filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.ruleId} ${f.claimId}`).sort()).toEqual([
      'unresolved-conflict access-count',
      'unresolved-conflict data-leaked',
    ]);
  });
});

describe('urazuke report on the repository (built CLI)', () => {
  it('lists the conflicts a careful reader finds, first, with JNN against Asahi among the pairs', () => {
    const result = runCli(['report', '.', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      subjects: { id: string; verdict: string; origins: number; conflicts?: [string, string][] }[];
    };
    const conflicts = report.subjects.filter((s) => s.verdict === 'conflict').map((s) => s.id);
    expect([...conflicts].sort()).toEqual(
      ['access-count', 'affiliate-location', 'came-to-light', 'data-leaked', 'talk-text-storage', 'user-count'].sort(),
    );
    expect(report.subjects.slice(0, conflicts.length).every((s) => s.verdict === 'conflict')).toBe(true);
    const accesses = report.subjects.find((s) => s.id === 'access-count');
    expect(accesses?.origins).toBe(2);
    expect(accesses?.conflicts?.some(pair('access-count/jnn', 'access-count/asahi'))).toBe(true);
    expect(report.subjects.find((s) => s.id === 'engineer-count')?.verdict).toBe('agree');
  });
});

interface JsonFinding {
  readonly file?: string;
  readonly ruleId?: string;
  readonly severity?: string;
  readonly claimId?: string;
}

/** The findings of `check --format json` on this corpus's claim file. */
function corpusFindings(stdout: string): JsonFinding[] {
  const parsed = JSON.parse(stdout) as unknown;
  const list = (Array.isArray(parsed) ? parsed : (parsed as { findings?: unknown }).findings) as JsonFinding[] | undefined;
  if (!Array.isArray(list)) throw new Error(`unexpected check --format json output: ${stdout.slice(0, 200)}`);
  return list.filter((f) => f.file === undefined || f.file === 'claims/line-2021.yaml');
}
