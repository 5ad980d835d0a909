import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareClaimSet } from '../../src/compare/index.js';
import { FIXTURES, removeDir, runCli, tempCopy } from '../helpers/cli.js';
import { claimSetOf } from './helpers.js';

/**
 * Figures that move: an origin's successive figures form a timeline by `as_of`; its latest word
 * votes, earlier ones are superseded, and a relay carrying a replaced figure is stale.
 */

const runway = path.join(FIXTURES, 'report', 'runway-as-of');
const temps: string[] = [];
afterAll(() => temps.forEach(removeDir));

interface JsonClaim {
  id: string;
  asOf: string | null;
  superseded: { status: string; by: string; note: string } | null;
}
interface JsonSubject {
  id: string;
  verdict: string;
  origins: number;
  claims: JsonClaim[];
  conflicts: string[][];
  revisions: { origin: string; from: string; to: string }[];
}

describe('a fire department correcting itself (report --format json, built CLI)', () => {
  const result = runCli(['report', runway, '--format', 'json']);
  const subjects = (JSON.parse(result.stdout) as { subjects: JsonSubject[] }).subjects;
  const injured = subjects.find((s) => s.id === 'injured')!;
  const byId = new Map(injured.claims.map((c) => [c.id, c]));

  it('agrees: 17 at 21:22 revised to 14 at 23:40 is one revision, not a conflict with the airline’s 14', () => {
    expect(result.code).toBe(0);
    expect(injured.verdict).toBe('agree');
    expect(injured.conflicts).toEqual([]);
    expect(injured.origins).toBe(2);
    expect(injured.revisions).toEqual([{ origin: 'みなと市消防局', from: 'injured/minato-tv-early', to: 'injured/minato-tv-late' }]);
  });

  it('marks the earlier figure superseded and the outlet still carrying 17 after 23:40 a stale relay', () => {
    expect(byId.get('injured/minato-tv-early')!.superseded).toEqual({ status: 'superseded', by: 'injured/minato-tv-late', note: 'revised from 17 people to 14 people at 23:40' });
    expect(byId.get('injured/minato-web')!.superseded).toEqual({
      status: 'stale',
      by: 'injured/minato-tv-late',
      note: 'carries 17 people; みなと市消防局 said 14 people at 23:40 on 2024-01-02',
    });
    expect(byId.get('injured/minato-tv-late')!.superseded).toBeNull();
    expect(byId.get('injured/wangan')!.asOf).toBe('2024-01-02T23:10+09:00');
  });

  it('still reports a real contradiction between two origins (367 aboard against 379)', () => {
    const aboard = subjects.find((s) => s.id === 'aboard')!;
    expect(aboard.verdict).toBe('conflict');
    expect(aboard.conflicts).toEqual([['aboard/minato-tv', 'aboard/wangan']]);
    expect(aboard.revisions).toEqual([]);
  });

  it('without as_of the same claims conflict as before', () => {
    const dir = tempCopy(runway);
    temps.push(dir);
    const file = path.join(dir, 'claims/runway.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^ {4}as_of(?:_from)?: .*\n/gm, ''));
    const plain = (JSON.parse(runCli(['report', dir, '--format', 'json']).stdout) as { subjects: JsonSubject[] }).subjects.find((s) => s.id === 'injured')!;
    expect(plain.verdict).toBe('conflict');
    expect(plain.revisions).toEqual([]);
    expect(plain.claims.every((c) => c.asOf === null && c.superseded === null)).toBe(true);
  });
});

describe('the plain report and check', () => {
  it('says in the text report why a claim does not vote', () => {
    const text = runCli(['report', runway, '--format', 'text']).stdout;
    expect(text).toContain('(revised from 17 people to 14 people at 23:40, does not vote)');
    expect(text).toContain('(stale relay: carries 17 people; みなと市消防局 said 14 people at 23:40 on 2024-01-02, does not vote)');
  });

  it('check reports the stale relay at info level, on its value, and still passes', () => {
    const result = runCli(['check', runway, '--format', 'json', '--strict']);
    expect(result.code).toBe(1); // the open conflict on `aboard` is an error with --strict; the stale relay stays info
    const { findings } = JSON.parse(result.stdout) as { findings: { ruleId: string; line: number; column: number; severity: string; claimId: string; message: string }[] };
    const stale = findings.filter((f) => f.ruleId === 'stale-relay');
    expect(stale.map((f) => [f.severity, f.line, f.column, f.claimId])).toEqual([['info', 46, 12, 'injured/minato-web']]);
    expect(stale[0]!.message).toContain('みなと市消防局 said 14 people at 23:40');
    expect(runCli(['check', runway]).code).toBe(0);
  });
});

const topic = (claims: string): string => `topic: t
subjects:
  - id: s
    question: How many?
    kind: count
    unit: people
claims:
${claims}`;
const claim = (id: string, value: number, chain: string, asOf?: string, extra = ''): string =>
  `  - id: ${id}\n    subject: s\n    value: ${value}\n    outlet: ${chain.split(',')[0]}\n    chain: [${chain}]\n${asOf ? `    as_of: ${asOf}\n` : ''}${extra}`;

describe('timelines in compare', () => {
  const subjectOf = (yaml: string) => compareClaimSet(claimSetOf(yaml)).subjects[0]!;

  it('leaves claims said on one day without times side by side: they vote and conflict', () => {
    const s = subjectOf(topic(claim('a', 17, 'TV, 消防局', '2024-01-02') + claim('b', 14, 'TV, 消防局', '2024-01-02')));
    expect(s.verdict).toBe('conflict');
    expect(s.revisions).toEqual([]);
  });

  it('orders claims of one moment by their words: the one that says it corrects is the later', () => {
    const quote = (q: string) => `    source: { file: seeds/a.txt, quote: ${q} }\n`;
    const s = subjectOf(topic(claim('a', 14, 'TV, 消防局', '2024-01-02', quote('けが人を14人に訂正した')) + claim('b', 17, 'TV, 消防局', '2024-01-02', quote('けが人は17人'))));
    expect(s.verdict).toBe('agree');
    expect(s.revisions).toEqual([{ origin: '消防局', from: 'b', to: 'a' }]);
  });

  it('an origin saying an earlier figure again, dated by its text, is its latest word (no stale relay)', () => {
    const s = subjectOf(
      topic(claim('a', 17, 'TV, 消防局', '2024-01-02T21:00+09:00') + claim('b', 14, 'TV, 消防局', '2024-01-02T22:00+09:00') + claim('c', 17, 'Web, 消防局', '2024-01-02T23:00+09:00', '    as_of_from: text\n')),
    );
    expect(s.claims.map((c) => [c.loaded.claim.id, c.votes, c.superseded?.status])).toEqual([
      ['a', false, 'superseded'],
      ['b', false, 'superseded'],
      ['c', true, undefined],
    ]);
    expect(s.revisions).toHaveLength(2);
  });

  it('compares moments in their zones: 23:40 in Tokyo is after 14:00 UTC', () => {
    const s = subjectOf(topic(claim('a', 14, 'TV, 消防局', '2024-01-02T23:40+09:00') + claim('b', 17, 'TV, 消防局', '2024-01-02T14:00Z')));
    expect(s.claims.find((c) => c.loaded.claim.id === 'b')!.superseded?.sentence).toBe('revised from 17 people to 14 people at 23:40');
  });

  it('claims without as_of vote as before beside a timeline', () => {
    const s = subjectOf(topic(claim('a', 17, 'TV, 消防局', '2024-01-02T21:00+09:00') + claim('b', 14, 'TV, 消防局', '2024-01-02T22:00+09:00') + claim('c', 17, 'Web, 消防局')));
    expect(s.verdict).toBe('conflict');
    expect(s.conflicts).toEqual([['b', 'c']]);
  });

  it('rejects an as_of that is no moment, with its place', () => {
    const set = claimSetOf(topic(claim('a', 17, 'TV, 消防局', '2024-01-02T21:00')));
    expect(set.findings.map((f) => [f.ruleId, f.line, f.reason.includes('as_of')])).toEqual([['schema', 13, true]]);
  });
});

describe('stale relays need a later moment', () => {
  it('a page giving an earlier figure at the same moment as the later one is no stale relay: both vote', () => {
    const s = compareClaimSet(
      claimSetOf(
        topic(
          claim('a', 2, 'TV, 警察庁', '2024-01-01T18:00+09:00') +
            claim('b', 4, 'Wire, 警察庁', '2024-01-01T22:10+09:00', '    as_of_from: published\n') +
            claim('c', 2, 'Wire, 警察庁', '2024-01-01T22:10+09:00', '    as_of_from: published\n') +
            claim('d', 2, 'Web, 警察庁', '2024-01-01T23:00+09:00', '    as_of_from: published\n'),
        ),
      ),
    ).subjects[0]!;
    expect(s.claims.map((c) => [c.loaded.claim.id, c.votes, c.superseded?.status])).toEqual([
      ['a', false, 'superseded'],
      ['b', true, undefined],
      ['c', true, undefined],
      ['d', true, undefined],
    ]);
    expect(s.verdict).toBe('conflict');
  });
});

describe('an outlet updating its own story', () => {
  it('its own tally (50 at 22:45) is replaced by its later report crediting the prefecture (55 at 23:08)', () => {
    const s = compareClaimSet(
      claimSetOf(
        topic(
          claim('own', 50, '通信社', '2024-01-02T22:45+09:00') +
            claim('relay', 55, '通信社, 石川県', '2024-01-02T23:08+09:00') +
            claim('other', 55, '新聞社, 石川県', '2024-01-02T23:30+09:00'),
        ),
      ),
    ).subjects[0]!;
    expect(s.verdict).toBe('agree');
    expect(s.revisions).toEqual([{ origin: '通信社', from: 'own', to: 'relay' }]);
    expect(s.claims.map((c) => [c.loaded.claim.id, c.votes])).toEqual([
      ['own', false],
      ['relay', true],
      ['other', true],
    ]);
    expect(s.timelines!.map((t) => [t.origin, t.entries.map((e) => `${e.claimId}:${e.status}`)])).toEqual([
      ['通信社', ['own:superseded', 'relay:latest']],
      ['石川県', ['relay:latest', 'other:latest']],
    ]);
  });

  it('an outlet relaying an origin’s two figures adds no revision of its own', () => {
    const s = compareClaimSet(claimSetOf(topic(claim('a', 17, 'TV, 消防局', '2024-01-02T21:00+09:00') + claim('b', 14, 'TV, 消防局', '2024-01-02T22:00+09:00')))).subjects[0]!;
    expect(s.revisions).toEqual([{ origin: '消防局', from: 'a', to: 'b' }]);
    expect(s.timelines!.map((t) => t.origin)).toEqual(['消防局']);
  });
});
