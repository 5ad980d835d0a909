import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { parseCatalog } from '../../src/sources/catalog-parse.js';
import { placeOf } from '../../src/yaml/positions.js';
import { ROOT } from '../helpers/cli.js';

/** Every entry's places (the entry, each key's value, a missing key) equal the Document's. */
function expectSamePlaces(text: string, base: readonly (string | number)[]): number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const catalog = parseCatalog('/repo', 'seeds/sources.yaml', text);
  let compared = 0;
  for (const loaded of catalog.entries) {
    const at = [...base, loaded.index];
    expect(loaded.placeOf()).toEqual(placeOf(doc, lineCounter, at));
    for (const key of [...Object.keys(loaded.entry), 'missing']) {
      expect(loaded.placeOf(key), `${loaded.index}.${key}`).toEqual(placeOf(doc, lineCounter, [...at, key]));
      compared += 1;
    }
  }
  return compared;
}

describe('places in seeds/sources.yaml without the Document', () => {
  it('equal the Document places for the bundled catalog', () => {
    expect(expectSamePlaces(readFileSync(path.join(ROOT, 'seeds/sources.yaml'), 'utf8'), ['sources'])).toBeGreaterThan(20);
  });

  it('equal the Document places for the bare-list form and for values with comments and quotes', () => {
    const text = '- file: seeds/a.txt   # first\n  title: "A \\"quoted\\" title"\n  sha256: \'0000000000000000000000000000000000000000000000000000000000000000\'\n- path: seeds/b.txt\n  outlets: [X, Y]\n';
    expect(expectSamePlaces(text, [])).toBeGreaterThan(4);
  });

  it('equal the Document places for a generated catalog of 700 captures', async () => {
    // @ts-expect-error: the bench generators are plain JavaScript.
    const { realisticStore } = await import('../bench/generate.mjs');
    const store = realisticStore(1000);
    expect(expectSamePlaces(readFileSync(path.join(store.dir, 'seeds/sources.yaml'), 'utf8'), ['sources'])).toBeGreaterThan(300);
  });
});
