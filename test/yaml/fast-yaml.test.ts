import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readYamlFast } from '../../src/yaml/fast-yaml.js';
import { YAML_OPTIONS } from '../../src/claims/parse-topic.js';
import { ROOT } from '../helpers/cli.js';

/** What the loader's `yaml` path reads: errors, and the value when there are none. */
function slow(text: string): { readonly errors: number; readonly value?: unknown } {
  const doc = parseDocument(text, YAML_OPTIONS);
  if (doc.errors.length > 0) return { errors: doc.errors.length };
  try {
    return { errors: 0, value: doc.toJS({ maxAliasCount: 100 }) };
  } catch {
    return { errors: 1 };
  }
}

/** The property: whenever the fast reader answers, `yaml` finds no error and the same value. */
function agrees(text: string): void {
  const fast = readYamlFast(text);
  if (fast === undefined) return;
  const reference = slow(text);
  expect(reference.errors, `yaml rejects what the fast reader accepted:\n${text}`).toBe(0);
  expect(fast.value, `values differ for:\n${text}`).toStrictEqual(reference.value);
}

const CLAIM_FILE = `# yaml-language-server: $schema=./claims.schema.json
topic: line-2021
title: LINE user data reachable from China and Korea (March 2021)
subjects:
  - id: access-count
    question: How many times did the affiliate's engineers access servers in Japan?
    kind: count            # count | quantity | share
    unit: times
    resolution:
      status: disputed
      accepted: null
      note: JNN's "32 in total" cannot be Asahi's "at least 38".
claims:
  - id: access-count/chunichi
    subject: access-count
    value: { min: 32 }
    says: At least 32 accesses to servers in Japan were confirmed.
    outlet: 中日新聞
    published: 2021-03-17
    chain: [てらまち・ねっと, 中日新聞, LINE]
    source:
      file: seeds/001_649b7479d165a670.txt
      quote: 四人はサーバーに少なくとも三十二回アクセスしていた
      suffix: "ことが確認された"
      line: 67
  - id: access-count/jnn
    subject: access-count
    value: 32
    outlet: 'JNN'
    published: 2021
    stance: reports
    note: |
      Two lines
      kept as written.
    reason: >
      Folded
      into one.
`;

describe('readYamlFast', () => {
  it('reads a claim file to the same value as yaml, with dates kept as strings', () => {
    const fast = readYamlFast(CLAIM_FILE);
    expect(fast).toBeDefined();
    expect(fast!.value).toStrictEqual(slow(CLAIM_FILE).value);
    const claims = (fast!.value as { claims: { published: unknown; value: unknown }[] }).claims;
    expect(claims[0]!.published).toBe('2021-03-17');
    expect(claims[0]!.value).toStrictEqual({ min: 32 });
    expect(claims[1]!.published).toBe(2021);
  });

  it('resolves scalars by the YAML 1.2 core schema of yaml', () => {
    const text = [
      'a: 2021-03-17',
      'b: 1_000',
      'c: 0b11',
      'd: 0o17',
      'e: 0x1F',
      'f: 012',
      'g: 1.50',
      'h: -.inf',
      'i: .NaN',
      'j: 1e3',
      'k: yes',
      'l: On',
      'm: TRUE',
      'n: ~',
      'o:',
      'p: "3"',
      'q: 2021-03-17T10:00:00Z',
      'r: +12',
      's: 1.',
      't: .5',
      'u: 12:30',
      '',
    ].join('\n');
    const fast = readYamlFast(text);
    expect(fast).toBeDefined();
    expect(fast!.value).toStrictEqual(slow(text).value);
    expect(fast!.value).toMatchObject({ a: '2021-03-17', b: '1_000', c: '0b11', d: 15, e: 31, f: 12, k: 'yes', l: 'On', m: true, n: null, o: null, p: '3' });
  });

  it.each([
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['a tab in indentation', 'a:\n\tb: 1\n'],
    ['a tab after a value', 'a: 1\t# c\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a complex key', '? a\n: 1\n'],
    ['a null key', '~: 1\n'],
    ['an empty key', ': 1\n'],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n'],
    ['a key over 1024 characters', `${'k'.repeat(1100)}: 1\n`],
    ['a bad indentation', 'a:\n  b: 1\n c: 2\n'],
    ['an unclosed quote', 'a: "open\n'],
    ['a block scalar with an indentation digit', '- |2\n    \n'],
    ['a block scalar keeping trailing lines', 'a: >+\n  b\n\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a multi-line flow sequence', 'a: [1,\n  2]\n'],
    ['an empty key in a flow map', 'a: {: 1}\n'],
  ])('declines %s, leaving it to yaml', (_name, text) => {
    expect(readYamlFast(text)).toBeUndefined();
  });

  it('agrees with yaml on the claim files of this repository and of the fixtures', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== 'node_modules') walk(full);
        else if (/\.ya?ml$/.test(entry.name)) files.push(full);
      }
    };
    walk(path.join(ROOT, 'claims'));
    walk(path.join(ROOT, 'test/fixtures'));
    walk(path.join(ROOT, 'seeds'));
    expect(files.length).toBeGreaterThan(0);
    let read = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      agrees(text);
      if (readYamlFast(text)) read += 1;
    }
    // Most real files take the fast path; a file it declines is only slower.
    expect(read).toBeGreaterThan(0);
  });

  it('never accepts what yaml rejects, nor reads a different value (mutated claim files)', () => {
    const tricky = [' ', '  ', '\n', '\n  ', ':', ': ', '-', '- ', '#', ' #', '[', ']', '{', '}', ',', '"', "'", '\\', '|', '>', '&', '*', '!', '%', '@', '`', '?', '~', '\t', '\r', '0', '1e3', '.5', 'null', 'true', '2021-03-17', 'あ', '三十二', '\u00a0', '\u3000', '---', '...', '\\u0041'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...tricky), fc.nat(3)), { minLength: 1, maxLength: 4 }),
        (edits) => {
          let text = CLAIM_FILE;
          for (const [at, piece, mode] of edits) {
            const i = at % (text.length + 1);
            if (mode === 0) text = text.slice(0, i) + text.slice(i + 1);
            else text = text.slice(0, i) + piece + text.slice(i);
          }
          agrees(text);
        },
      ),
      { numRuns: 800, seed: 20210317 },
    );
  });

  it('never accepts what yaml rejects, nor reads a different value (random small documents)', () => {
    const token = fc.constantFrom(
      'a', 'b', 'id', 'x y', '32', '-1', '0o7', '0x1f', '1.0', 'null', '~', 'true', 'False', '2021-03', 'あいう', '中日新聞',
      ': ', ':', '- ', '-', '\n', '\n  ', '\n    ', '\n- ', '\n  - ', ' ', '#c', ' #c', '[', ']', '{', '}', ', ', ',',
      '"', "'", '"q"', "'q'", '|', '|-', '>', '>+', '|2', '>-', '\\', '\\n', '?', '%', '@', '`', '&', '*', '!', '<<', '---', '...', '\t',
      '\n\n', '\n   \n', '  ', '- : ', '{: 1}', '[~: 1]', '? ', ' ?x', 'a!b', ' !b', '\r\n',
    );
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 24 }), (tokens) => {
        agrees(tokens.join(''));
      }),
      { numRuns: 8000, seed: 17 },
    );
  });
});
