import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { Candidate } from '../../src/extract/candidates.js';
import { markRejected, mergeInbox } from '../../src/extract/inbox.js';

/** A candidate of the festival capture, as an extract reads it. */
function candidate(figure: string, value: Candidate['value'], quote: string, outlet = '(unattributed)'): Candidate {
  return {
    id: `people/${outlet.replace(/[()]/g, '')}/${figure}`,
    value,
    says: `${JSON.stringify(value)} people (${figure})`,
    outlet,
    chain: [outlet],
    confidence: outlet === '(unattributed)' ? 0.6 : 0.75,
    kind: 'count',
    unit: 'people',
    source: { file: 'seeds/festival.txt', quote, line: 3 },
    figure,
  };
}

const attended = (outlet?: string): Candidate => candidate('450,000 people', { approx: 450000 }, 'About 450,000 people attended the festival', outlet);
const injured = (outlet?: string): Candidate => candidate('15 people', { min: 15 }, 'At least 15 people were injured', outlet);
const staff = (outlet?: string): Candidate => candidate('300 volunteers', 300, '300 volunteers worked at the festival', outlet);

type Entry = Record<string, unknown> & { outlet: string; chain: string[]; status?: string; says: string; extracted_as?: string };
const entries = (text: string): Entry[] => (parseDocument(text).toJS() as { candidates: Entry[] }).candidates;

describe('mergeInbox: candidates read again', () => {
  it('refreshes a waiting entry whose reading changed, and keeps rejected and hand-edited ones as they are', () => {
    const first = mergeInbox(undefined, [attended(), injured(), staff()], []);
    expect(first.summary).toMatchObject({ added: 3, refreshed: 0 });
    expect(entries(first.text).every((e) => typeof e.extracted_as === 'string')).toBe(true);
    // The reviewer rejects one, edits another, comments the file; another tool adds a section.
    const doc = parseDocument(first.text);
    markRejected(doc, 1);
    (doc.getIn(['candidates', 2]) as { set(k: string, v: unknown): void }).set('says', '300 volunteers, the organisers said');
    const reviewed = `${String(doc)}# proposed subjects\nsubjects:\n  - { id: crowd, question: How many attended?, kind: count, unit: people }\n`;
    const rejectedBefore = reviewed.slice(reviewed.indexOf('- id: people/unattributed/15 people'), reviewed.indexOf('- id: people/unattributed/300 volunteers'));
    expect(rejectedBefore).toContain('status: rejected');

    // The outlet is known now.
    const second = mergeInbox(reviewed, [attended('Harbor Daily'), injured('Harbor Daily'), staff('Harbor Daily')], []);
    expect(second.summary).toEqual({ added: 0, known: 0, refreshed: 1, edited: 1, accepted: 0, rejected: 1, subjects: 0 });
    const [a, i, s] = entries(second.text);
    expect(a).toMatchObject({ id: 'people/Harbor Daily/450,000 people', outlet: 'Harbor Daily', chain: ['Harbor Daily'], confidence: 0.75 });
    expect(i).toMatchObject({ outlet: '(unattributed)', status: 'rejected' });
    expect(s).toMatchObject({ outlet: '(unattributed)', says: '300 volunteers, the organisers said' });
    expect(second.text).toContain(rejectedBefore);
    expect(second.text).toContain('# proposed subjects\nsubjects:\n  - { id: crowd, question: How many attended?, kind: count, unit: people }\n');

    // Read the same once more: nothing changes.
    const third = mergeInbox(second.text, [attended('Harbor Daily'), injured('Harbor Daily'), staff('Harbor Daily')], []);
    expect(third.summary).toEqual({ added: 0, known: 1, refreshed: 0, edited: 1, accepted: 0, rejected: 1, subjects: 0 });
    expect(third.text).toBe(second.text);
  });

  it('refreshes a value read anew from the same figure, and files a new figure as new', () => {
    const first = mergeInbox(undefined, [attended()], []);
    const second = mergeInbox(first.text, [{ ...attended(), value: { min: 450000 } }, staff()], []);
    expect(second.summary).toMatchObject({ added: 1, refreshed: 1 });
    expect(entries(second.text).map((e) => e['value'])).toEqual([{ min: 450000 }, 300]);
  });

  it('in an entry written without its hash, renews only the extractor\'s fields (id, outlet, chain, confidence, subject)', () => {
    const old = [
      'candidates:',
      '  - id: people/unattributed/450,000 people',
      '    value: { approx: 450000 }',
      '    says: about 450,000 (my words)',
      '    outlet: (unattributed)',
      '    chain: [ (unattributed) ]',
      '    source:',
      '      file: seeds/festival.txt',
      '      quote: About 450,000 people attended the festival',
      '      line: 3',
      '    confidence: 0.6',
      '    kind: count',
      '    unit: people',
      '    figure: 450,000 people',
      '',
    ].join('\n');
    const merged = mergeInbox(old, [{ ...attended('Harbor Daily'), subject: 'crowd' }], []);
    expect(merged.summary).toMatchObject({ refreshed: 1 });
    const [entry] = entries(merged.text);
    expect(entry).toMatchObject({ id: 'people/Harbor Daily/450,000 people', subject: 'crowd', outlet: 'Harbor Daily', chain: ['Harbor Daily'], confidence: 0.75, says: 'about 450,000 (my words)' });
    // Not all as extract writes it (the words are the reviewer's): no hash, so it stays the reviewer's.
    expect(entry!.extracted_as).toBeUndefined();
    expect(merged.text).toContain('    says: about 450,000 (my words)\n');
    expect(merged.text).toContain('    source:\n      file: seeds/festival.txt\n      quote: About 450,000 people attended the festival\n      line: 3\n');
  });
});
