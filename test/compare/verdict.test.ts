import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareClaimSet } from '../../src/compare/index.js';
import type { SubjectResult } from '../../src/compare/types.js';
import { claimSetOf, subjectYaml } from './helpers.js';

function only(yaml: string): SubjectResult {
  const { subjects } = compareClaimSet(claimSetOf(yaml));
  expect(subjects).toHaveLength(1);
  return subjects[0]!;
}

describe('verdicts', () => {
  it.each<[string, string, readonly string[], 'agree' | 'differ' | 'conflict']>([
    ['same figure', 'kind: count\nunit: times', ['32', '三十二回', '"32 times"'], 'agree'],
    ['at least 32 vs at least 38', 'kind: count\nunit: times', ['{min: 32}', '{min: 38}'], 'differ'],
    ['32 in total vs at least 38', 'kind: count\nunit: times', ['{min: 32}', '32', '{min: 38}'], 'conflict'],
    ['approx covers the figure', 'kind: count', ['{approx: 3000}', '3200'], 'differ'],
    ['approx misses the figure', 'kind: count', ['{approx: 3000}', '3400'], 'conflict'],
    ['about a figure and the figure', 'kind: quantity\nunit: USD', ['{approx: 8000000000}', '8000000000', '"about $8 billion"'], 'agree'],
    ['about a figure, the figure, and a bound both meet', 'kind: count', ['{approx: 3000}', '3000', '{min: 2900}'], 'differ'],
    ['about one figure and about another', 'kind: count', ['{approx: 3000}', '{approx: 3100}'], 'differ'],
    ['more than a round figure and the figure', 'kind: count\nunit: people', ['{gt: 800000}', '800000', '"more than 800,000"'], 'differ'],
    ['less than a round figure and the figure', 'kind: quantity\nunit: USD', ['{lt: 250000}', '250000'], 'differ'],
    ['more than a figure that is not round and the figure', 'kind: count', ['{gt: 1234}', '1234'], 'conflict'],
    ['more than a small figure and the figure', 'kind: count', ['{gt: 30}', '30'], 'conflict'],
    ['subject tolerance widens approx', 'kind: count\ntolerance: 0.2', ['{approx: 3000}', '3400'], 'differ'],
    ['value tolerance overrides the subject', 'kind: count\ntolerance: 0.2', ['{approx: 3000, tolerance: 0.01}', '3400'], 'conflict'],
    ['share × base against a figure', 'kind: count\nunit: people\nbase: 1億2570万', ['"8600万"', '{share: {min: 0.7}}'], 'conflict'],
    ['share × base that fits', 'kind: count\nunit: people\nbase: 125700000', ['"8600万人"', '{share: {min: 0.6}}'], 'differ'],
    ['2018 vs 2018-08', 'kind: date', ['2018', '2018-08'], 'differ'],
    ['summer 2018 vs August 2018', 'kind: date', ['{from: 2018-06, to: 2018-08}', '2018-08'], 'differ'],
    ['summer 2018 vs September 2018', 'kind: date', ['{from: 2018-06, to: 2018-08}', '2018-09'], 'conflict'],
    ['the same season twice', 'kind: date', ['{from: 2018-06, to: 2018-08}', '2018年夏'], 'agree'],
    ['by June vs from July', 'kind: date', ['{to: 2021-06}', '{from: 2021-07}'], 'conflict'],
    ['before vs after the same day', 'kind: date', ['{before: 2021-06-30}', '{after: 2021-06-29}'], 'conflict'],
    ['open ends that meet', 'kind: date', ['{to: 2021-06}', '{from: 2021-06}'], 'differ'],
    ['periods that overlap', 'kind: period', ['{from: 2018-08, to: 2021-02}', '{from: 2018, to: 2021}'], 'differ'],
    ['periods apart', 'kind: period', ['{from: 2015, to: 2016}', '{from: 2018}'], 'conflict'],
    ['aliases', 'kind: place\naliases: {大連: [Dalian, 大连]}', ['大連', 'Dalian', '大连', 'ＤＡＬＩＡＮ'], 'agree'],
    ['Dalian vs Shanghai', 'kind: place\naliases: {大連: [Dalian]}', ['Dalian', 'Shanghai'], 'conflict'],
    ['yes vs no', 'kind: boolean', ['true', 'false'], 'conflict'],
    ['one claim', 'kind: count', ['32'], 'agree'],
    ['shares written three ways', 'kind: share', ['0.7', '"70%"', '7割'], 'agree'],
    ['money in a scaled unit', 'kind: quantity\nunit: million yen', ['1200', '12億円', '"1.2 billion yen"', '"¥1,200 million"'], 'agree'],
    ['people in 万人', 'kind: count\nunit: 万人\nbase: 1億2570万人', ['8600', '8600万人', '"86 million"', '{share: 0.6842}'], 'agree'],
    ['a scaled unit against a share of the base', 'kind: count\nunit: 万人\nbase: 1億2570万人', ['8600', '{share: {min: 0.7}}'], 'conflict'],
  ])('%s → %s', (_, subject, values, verdict) => {
    expect(only(subjectYaml(subject, values)).verdict).toBe(verdict);
  });

  it('words a share of the base as the share it states', () => {
    const result = only(subjectYaml('kind: count\nunit: people\nbase: 1億2570万', ['"8600万"', '{share: {min: 0.7}}']));
    expect(result.claims[1]!.display).toBe('≥ 87,990,000 people (≥ 70% of 125,700,000)');
    expect(result.claims[1]!.words).toBe('at least 70% of 125,700,000 (≥ 87,990,000 people)');
    expect(result.claims[0]!.words).toBe('86,000,000 people in total');
  });

  it('uses the topic alias table too', () => {
    const yaml = subjectYaml('kind: place', ['大連', 'Dalian'], 'aliases:\n  大連: [Dalian, 大连]\n');
    expect(only(yaml).verdict).toBe('agree');
    expect(only(subjectYaml('kind: place', ['大連', 'Dalian'])).verdict).toBe('conflict');
  });

  it('lists conflicting and differing pairs and groups of the same value', () => {
    const result = only(subjectYaml('kind: count\nunit: times', ['{min: 32}', '32', '{min: 32}', '{min: 38}']));
    expect(result.conflicts).toEqual([['c1', 'c3']]);
    expect(result.differences).toEqual([
      ['c0', 'c1'],
      ['c0', 'c3'],
      ['c1', 'c2'],
      ['c2', 'c3'],
    ]);
    expect(result.groups.map((g) => g.claimIds)).toEqual([['c0', 'c2'], ['c1'], ['c3']]);
    expect(result.claims[1]!.words).toBe('32 times in total');
    expect(result.claims[3]!.words).toBe('at least 38 times');
  });

  it('shows deprecated claims and unreadable values but does not count their votes', () => {
    const yaml = `topic: t
subjects:
  - {id: s, question: Q?, kind: count, unit: times}
claims:
  - {id: a, subject: s, outlet: A, value: 32}
  - {id: b, subject: s, outlet: B, value: {min: 38}, rank: deprecated, reason: misread}
  - {id: c, subject: s, outlet: C, value: 32人}
  - {id: d, subject: s, outlet: D, value: lots}
`;
    const result = only(yaml);
    expect(result.verdict).toBe('agree');
    expect(result.claims.map((c) => c.votes)).toEqual([true, false, false, false]);
    expect(result.claims[1]!.reading).toBeDefined();
    expect(result.claims[2]!.problem?.ruleId).toBe('unit-mismatch');
    expect(result.claims[3]!.error).toMatch(/^Unexpected "lots"/);
    expect(result.origins).toBe(1);
  });

  it('compares in the first unit the claims use when the subject has none', () => {
    const result = only(subjectYaml('kind: quantity', ['"3 km"', '"3000 m"', '"3 kg"']));
    expect(result.unit).toBe('km');
    expect(result.claims.map((c) => c.problem?.ruleId)).toEqual([undefined, undefined, 'unit-mismatch']);
    expect(result.verdict).toBe('agree');
  });
});

describe('origins', () => {
  it('counts the distinct last links of the chains, falling back to the outlet', () => {
    const yaml = `topic: t
aliases:
  朝日新聞: [Asahi Shimbun]
subjects:
  - {id: s, question: Q?, kind: count}
claims:
  - {id: a, subject: s, outlet: 中日新聞, value: 32, chain: [てらまち・ねっと, 中日新聞, LINE]}
  - {id: b, subject: s, outlet: JNN, value: 32, chain: [ブログ, JNN, LINE]}
  - {id: c, subject: s, outlet: 環球時報, value: 32, chain: [Record China, 環球時報, LINE], stance: reports}
  - {id: d, subject: s, outlet: JBpress, value: 32, chain: [読者コメント, JBpress, 朝日新聞]}
  - {id: e, subject: s, outlet: Asahi Shimbun, value: 32}
  - {id: f, subject: s, outlet: NHK, value: 32}
  - {id: g, subject: s, outlet: X, value: 32, chain: [X, Y], rank: deprecated}
`;
    const result = only(yaml);
    expect(result.originNames).toEqual(['LINE', '朝日新聞', 'NHK']);
    expect(result.origins).toBe(3);
    expect(result.claims.map((c) => c.origin)).toEqual(['LINE', 'LINE', 'LINE', '朝日新聞', 'Asahi Shimbun', 'NHK', 'Y']);
  });

  it('a relayed claim without a chain counts for its outlet, and votes', () => {
    const yaml = `topic: t
subjects:
  - {id: s, question: Where?, kind: place}
claims:
  - {id: a, subject: s, outlet: VnExpress, value: Hanoi}
  - {id: b, subject: s, outlet: VnExpress, value: Da Nang, stance: reports}
  - {id: c, subject: s, outlet: Wire, value: Hanoi, stance: reports, chain: [Wire, Japanese outlets]}
`;
    const result = only(yaml);
    expect(result.verdict).toBe('conflict');
    expect(result.conflicts).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(result.originNames).toEqual(['VnExpress', 'Japanese outlets']);
  });

  it('five outlets repeating one figure are one origin', () => {
    const claims = [1, 2, 3, 4, 5].map((i) => `  - {id: c${i}, subject: s, outlet: O${i}, value: 32, chain: [O${i}, LINE]}`).join('\n');
    const result = only(`topic: t\nsubjects:\n  - {id: s, question: Q?, kind: count}\nclaims:\n${claims}\n`);
    expect(result.origins).toBe(1);
  });
});

describe('compareClaimSet', () => {
  it('sorts conflicts first, then differ, then agree, and places value findings on the value node', () => {
    const yaml = `topic: t
subjects:
  - {id: agree, question: A?, kind: count}
  - {id: differ, question: D?, kind: count}
  - {id: conflict, question: C?, kind: count}
claims:
  - {id: a1, subject: agree, outlet: A, value: 1}
  - {id: d1, subject: differ, outlet: A, value: {min: 1}}
  - {id: d2, subject: differ, outlet: B, value: 2}
  - {id: c1, subject: conflict, outlet: A, value: 1}
  - id: c2
    subject: conflict
    outlet: B
    value:
      min: 二十個
      max: lots
`;
    const { subjects, findings } = compareClaimSet(claimSetOf(yaml));
    expect(subjects.map((s) => s.loaded.subject.id)).toEqual(['differ', 'agree', 'conflict']);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.ruleId).toBe('invalid-value');
    expect(findings[0]!.claimId).toBe('c2');
    expect([findings[0]!.line, findings[0]!.column]).toEqual([16, 12]);
  });

  it('reports an unreadable base on the subject', () => {
    const { findings } = compareClaimSet(claimSetOf(subjectYaml('kind: count\nbase: many', ['{share: 0.5}'])));
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['invalid-value', 6],
      ['unit-mismatch', 11],
    ]);
  });
});

describe('verdict properties', () => {
  const value = fc.oneof(
    fc.integer({ min: 0, max: 50 }).map(String),
    fc.integer({ min: 0, max: 50 }).map((n) => `{min: ${n}}`),
    fc.integer({ min: 0, max: 50 }).map((n) => `{max: ${n}}`),
    fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 20 })).map(([a, b]) => `{min: ${a}, max: ${a + b}}`),
    fc.integer({ min: 1, max: 50 }).map((n) => `{approx: ${n * 10}}`),
  );

  it('agree implies neither differ nor conflict; conflict exactly when a pair is disjoint', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 0, maxLength: 5 }), (values) => {
        const result = only(subjectYaml('kind: count', values));
        if (result.verdict === 'agree') return result.conflicts.length === 0 && result.differences.length === 0 && result.groups.length <= 1;
        if (result.verdict === 'differ') return result.conflicts.length === 0 && result.differences.length > 0;
        return result.conflicts.length > 0;
      }),
      { numRuns: 200 },
    );
  });

  it('the verdict does not depend on the order of the claims', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 5 }), (values) => {
        const forward = only(subjectYaml('kind: count', values));
        const backward = only(subjectYaml('kind: count', [...values].reverse()));
        return forward.verdict === backward.verdict && forward.conflicts.length === backward.conflicts.length;
      }),
      { numRuns: 100 },
    );
  });
});
