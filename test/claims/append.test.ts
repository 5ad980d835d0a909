import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { addAliases, appendClaim, appendSubject } from '../../src/claims/append.js';
import { parseTopic } from '../../src/claims/parse-topic.js';

const TOPIC = `# yaml-language-server: $schema=./claims.schema.json
topic: line-2021 # the affair
subjects:
  # counted by LINE
  - id: access-count   # how many
    question: How many accesses?
    kind: count
claims:
  - id: access-count/jnn
    subject: access-count
    value: 32 # "あわせて"
    outlet: JNN
`;

describe('appendClaim / appendSubject', () => {
  it('appends a claim and keeps every comment of the file', () => {
    const doc = parseDocument(TOPIC);
    const id = appendClaim(doc, {
      id: 'access-count/chunichi',
      subject: 'access-count',
      value: { min: 32 },
      outlet: '中日新聞',
      chain: ['てらまち・ねっと', '中日新聞', 'LINE'],
      source: { line: 67, quote: '四人はサーバーに少なくとも三十二回アクセスしていた', file: 'seeds/001.txt' },
    });
    expect(id).toBe('access-count/chunichi');
    const text = String(doc);
    for (const comment of ['# yaml-language-server', '# the affair', '# counted by LINE', '# how many', '# "あわせて"']) {
      expect(text).toContain(comment);
    }
    expect(text).toContain('value: { min: 32 }');
    expect(text).toContain('chain: [ てらまち・ねっと, 中日新聞, LINE ]');
    expect(text.indexOf('file: seeds/001.txt')).toBeLessThan(text.indexOf('quote: 四人は'));
    const { topic, findings } = parseTopic('claims/line-2021.yaml', text);
    expect(findings).toEqual([]);
    expect(topic.claims.map((c) => c.claim.value)).toEqual([32, { min: 32 }]);
  });

  it('makes a taken id unique and creates missing sequences', () => {
    const doc = parseDocument('topic: t # keep\n');
    expect(appendSubject(doc, { id: 's', question: 'Q?', kind: 'count' })).toBe('s');
    expect(appendClaim(doc, { id: 'c', subject: 's', value: 1, outlet: 'A' })).toBe('c');
    expect(appendClaim(doc, { id: 'c', subject: 's', value: 2, outlet: 'B' })).toBe('c-2');
    const text = String(doc);
    expect(text).toContain('# keep');
    const { topic, findings } = parseTopic('claims/t.yaml', text);
    expect(findings).toEqual([]);
    expect(topic.subjects.map((s) => s.subject.id)).toEqual(['s']);
    expect(topic.claims.map((c) => c.claim.id)).toEqual(['c', 'c-2']);
  });

  it('turns an empty flow sequence into a block one', () => {
    const doc = parseDocument('topic: t\nsubjects: []\nclaims: []\n');
    appendClaim(doc, { id: 'c', subject: 's', value: '2018-08', outlet: 'A' });
    expect(String(doc)).toMatch(/claims:\n {2}- id: c\n/);
  });

  it('refuses a file whose claims are not a sequence', () => {
    const doc = parseDocument('topic: t\nclaims: oops\n');
    expect(() => appendClaim(doc, { id: 'c', subject: 's', value: 1, outlet: 'A' })).toThrow(/not a sequence/);
  });
});

describe('addAliases', () => {
  it('adds a new entry keyed by the value before subjects, in flow style, and keeps the rest', () => {
    const doc = parseDocument(TOPIC);
    expect(addAliases(doc, '大連', ['Dalian', '大连'])).toEqual(['Dalian', '大连']);
    const text = String(doc);
    expect(text).toContain('aliases:\n  大連: [ Dalian, 大连 ]\nsubjects:');
    expect(text).toContain('# counted by LINE');
    const { topic, findings } = parseTopic('claims/t.yaml', text);
    expect(findings).toEqual([]);
    expect(topic.aliases).toEqual({ 大連: ['Dalian', '大连'] });
  });

  it('adds only the names not yet listed, to the entry that already names the value', () => {
    const doc = parseDocument(`topic: t\naliases:\n  Dalian: [大連] # kept\nclaims: []\n`);
    expect(addAliases(doc, '大連', ['Dalian', '大连', 'DALIAN'])).toEqual(['大连']);
    expect(String(doc)).toContain('Dalian: [ 大連, 大连 ] # kept');
    expect(addAliases(doc, '大連', ['大连'])).toEqual([]);
  });

  it('leaves a topic whose aliases are not a map alone', () => {
    const doc = parseDocument(`topic: t\naliases: [x]\n`);
    expect(addAliases(doc, '大連', ['Dalian'])).toEqual([]);
    expect(String(doc)).toBe('topic: t\naliases: [ x ]\n');
  });
});
