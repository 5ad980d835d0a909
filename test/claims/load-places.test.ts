import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { parseTopic, YAML_OPTIONS } from '../../src/claims/parse-topic.js';
import { placeOf, type YamlPath } from '../../src/yaml/positions.js';

/** Every path of a Document: each map entry and sequence item, at any depth. */
function pathsOf(node: unknown, prefix: YamlPath = []): YamlPath[] {
  const out: YamlPath[] = [prefix];
  if (isMap(node)) {
    for (const item of node.items) if (isPair(item) && isScalar(item.key)) out.push(...pathsOf(item.value, [...prefix, String(item.key.value)]));
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => out.push(...pathsOf(item as Node, [...prefix, i])));
  }
  return out;
}

/** The places parseTopic gives equal the Document's, for every path, its key and some paths that do not exist. */
function expectSamePlaces(text: string): number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
  const { topic } = parseTopic('claims/t.yaml', text);
  const paths = pathsOf(doc.contents);
  for (const p of paths) {
    for (const extra of [[], ['missing'], [7]] as YamlPath[]) {
      const at = [...p, ...extra];
      expect(topic.placeOf(at), JSON.stringify(at)).toEqual(placeOf(doc, lineCounter, at));
      expect(topic.placeOf(at, { key: true }), JSON.stringify(at)).toEqual(placeOf(doc, lineCounter, at, { key: true }));
    }
  }
  return paths.length;
}

const SHAPES = [
  'a: x y  # c\nb: "q\\"x"  \nc:\n  - id: 1\n    v: { min: 3 }\n  - k: [1, 2]\n    w: \'s\'\'t\'\nd: plain\n',
  'topic: t\nsubjects:\n- id: s1\n  question: How many?\n  kind: count\nclaims:\n- id: s1/c1\n  subject: s1\n  value: 3\n  source:\n    file: seeds/a.txt\n    quote: "三人が"\n    line: 4\n',
  'claims:\n  - id: a\n    says: |\n      two\n      lines\n    chain: [A, B]\n  -   id: b\n      value:\n        min: 2\n        max: 5\n',
  'list:\n  - - 1\n    - 2\n  - x\nempty:\nnull_value: ~\nlast: "end"',
  '# comment\nkey: value # trailing\n\n\nother:   spaced   \n',
  '"quoted key": 1\nplain: 2\n',
];

describe('places of claim-file values without the Document', () => {
  it('equal the Document places for every path of varied shapes', () => {
    for (const text of SHAPES) expect(expectSamePlaces(text)).toBeGreaterThan(1);
  });

  it('equal the Document places for every path of the bundled claim files', () => {
    const dir = path.resolve(__dirname, '../../claims');
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(expectSamePlaces(readFileSync(path.join(dir, f), 'utf8'))).toBeGreaterThan(1);
  });

  it('equal the Document places for every path of generated claim stores', async () => {
    // @ts-expect-error: the bench generators are plain JavaScript.
    const { claimStore, realisticStore } = await import('../bench/generate.mjs');
    for (const store of [claimStore(200), realisticStore(200)]) {
      for (const f of store.claimFiles.slice(0, 5)) expect(expectSamePlaces(readFileSync(path.join(store.dir, f), 'utf8'))).toBeGreaterThan(20);
    }
  });
});
