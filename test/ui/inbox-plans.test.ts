import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { candidateToClaim, parseInbox } from '../../src/claims/inbox.js';
import { acceptGroupPlan, moveCandidatePlan, rejectGroupPlan, splitCandidatePlan } from '../../src/ui/inbox-plans.js';

/** The edits of whole proposed subjects, as functions of the files' texts: what they do to the YAML. */

const TOPIC = ['# the case', 'topic: line', 'subjects: []', 'claims: []', ''].join('\n');

const INBOX = [
  '# Candidates proposed by `urazuke extract`.',
  'candidates:',
  '  - id: place/a/1',
  '    subject: city',
  '    value: 上海',
  '    outlet: Record China',
  '    source: {file: seeds/a.txt, quote: 上海の企業に外部委託}',
  '    kind: place',
  '    aliases: [Shanghai]',
  '  - id: place/b/1',
  '    subject: city',
  '    value: 大連',
  '    outlet: JNN # hand note',
  '    source: {file: seeds/b.txt, quote: 大連の関連会社}',
  '    kind: place',
  '  - id: count/c/1',
  '    value: 4',
  '    outlet: NHK',
  '    source: {file: seeds/c.txt, quote: 技術者4人}',
  'subjects:',
  '  - id: city',
  '    question: 委託先はどこ？',
  '    kind: place',
  '  - id: other',
  '    question: ほか',
  '    kind: count',
  '',
].join('\n');

const inbox = parseInbox(INBOX);
const [shanghai, dalian, nhk] = inbox.candidates as [typeof inbox.candidates[0], typeof inbox.candidates[0], typeof inbox.candidates[0]];
const claimOf = (candidate: typeof shanghai, taken: Set<string>) => {
  const made = candidateToClaim(candidate, 'city', taken);
  if ('error' in made) throw new Error(made.error);
  taken.add(made.claim.id);
  return made.claim;
};

describe('accepting a group', () => {
  const taken = new Set<string>();
  const accepted = [shanghai, dalian].map((candidate) => ({ candidate, claim: claimOf(candidate, taken) }));
  const plan = acceptGroupPlan('claims/line.yaml', 'claims/inbox.yaml', 'city', accepted, { id: 'city', question: 'Where is the affiliate?', kind: 'place' });

  it('files the subject and every candidate, offers the aliases, and takes the candidates and their proposed subject out of the inbox', () => {
    expect(plan.label).toBe('accept 2 candidates into new subject city');
    const [topic, rest] = plan.apply([TOPIC, INBOX]) as [string, string];
    expect(topic.startsWith('# the case\n')).toBe(true);
    const filed = parse(topic);
    expect(filed.subjects).toEqual([{ id: 'city', question: 'Where is the affiliate?', kind: 'place' }]);
    expect(filed.claims.map((c: { id: string; value: string }) => [c.id, c.value])).toEqual([
      ['city/Record-China', '上海'],
      ['city/JNN', '大連'],
    ]);
    expect(filed.aliases).toEqual({ 上海: ['Shanghai'] });
    const left = parse(rest);
    expect(left.candidates.map((c: { outlet: string }) => c.outlet)).toEqual(['NHK']);
    expect(left.subjects.map((s: { id: string }) => s.id)).toEqual(['other']);
    expect(rest.startsWith('# Candidates proposed by `urazuke extract`.\n')).toBe(true);
  });

  it('applied again to a topic file that files them already (a save cut short), files nothing twice', () => {
    const [topic] = plan.apply([TOPIC, INBOX]) as [string, string];
    const [again] = plan.apply([topic, INBOX]) as [string, string];
    expect(again).toBe(topic);
  });

  it('refuses when a candidate has left the inbox meanwhile', () => {
    const without = plan.apply([TOPIC, INBOX])[1]!;
    expect(() => plan.apply([TOPIC, without])).toThrow(/no longer in the inbox/);
  });
});

describe('moving, splitting and rejecting', () => {
  it('m writes the subject of a candidate that had none after its id, and changes one that had', () => {
    const moved = moveCandidatePlan('claims/inbox.yaml', nhk, 'city').apply([INBOX])[0]!;
    expect(moved).toContain('  - id: count/c/1\n    subject: city\n    value: 4\n');
    const back = moveCandidatePlan('claims/inbox.yaml', dalian, 'other').apply([INBOX])[0]!;
    expect(parse(back).candidates[1].subject).toBe('other');
    // Everything else stays as written, the hand note too.
    expect(back).toContain('    outlet: JNN # hand note\n');
  });

  it('s gives the candidate a proposed subject of its own, creating `subjects` when the inbox has none', () => {
    const old = INBOX.replace(/\nsubjects:[\s\S]*$/, '\n');
    const split = splitCandidatePlan('claims/inbox.yaml', dalian, { id: 'city-2', question: '委託先はどこ？', kind: 'place' }).apply([old])[0]!;
    const parsed = parse(split);
    expect(parsed.candidates[1].subject).toBe('city-2');
    expect(parsed.subjects).toEqual([{ id: 'city-2', question: '委託先はどこ？', kind: 'place' }]);
  });

  it('X marks every candidate of the group rejected, and they are no longer read', () => {
    const rejected = rejectGroupPlan('claims/inbox.yaml', [shanghai, dalian], 'city').apply([INBOX])[0]!;
    expect(parse(rejected).candidates.map((c: { status?: string }) => c.status ?? 'new')).toEqual(['rejected', 'rejected', 'new']);
    expect(parseInbox(rejected).candidates.map((c) => c.data['outlet'])).toEqual(['NHK']);
  });
});

describe('the inbox reader', () => {
  it('reads the proposed subjects, tolerating missing fields and entries without id', () => {
    const read = parseInbox('candidates: []\nsubjects:\n  - id: a\n    question: Q?\n    kind: count\n    unit: times\n  - id: b\n  - question: no id\n  - plain\n');
    expect(read.subjects).toEqual([
      { id: 'a', question: 'Q?', kind: 'count', unit: 'times' },
      { id: 'b', question: undefined, kind: undefined, unit: undefined },
    ]);
    expect(parseInbox('- value: 1\n').subjects).toEqual([]);
  });
});
