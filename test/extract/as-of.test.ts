import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/extract/candidates.js';
import { FIXTURES, removeDir, runCli, tempDir, writeInto } from '../helpers/cli.js';
import { candidatesOf } from '../helpers/extract.js';
import { buildCandidates } from '../../src/extract/candidates.js';
import { proposeSubjects } from '../../src/extract/subjects.js';
import { extractFromText } from '../../src/extract/document.js';
import { cpSync, readFileSync } from 'node:fs';

/**
 * extract dates each figure (`as_of`) from its sentence (`2日午後9時22分現在`, `時点で`,
 * `これまでに`, `as of 10 p.m.`, `as of Tuesday`, `so far`) or else from its page's publication
 * time (a byline with a time, article:published_time, JSON-LD datePublished, front matter,
 * sources.yaml), and says which (`as_of_from`).
 */

const temps: string[] = [];
afterAll(() => temps.forEach(removeDir));

function extracted(): Candidate[] {
  const dir = tempDir();
  temps.push(dir);
  cpSync(path.join(FIXTURES, 'extract/as-of'), dir, { recursive: true });
  const result = runCli(['extract', 'seeds', '--format', 'json'], { cwd: dir });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { candidates: Candidate[] }).candidates;
}

const candidates = extracted();
const dated = (file: string, figure: string): [string | undefined, string | undefined, string | undefined] => {
  const found = candidates.filter((c) => c.source.file === `seeds/${file}` && c.figure === figure);
  expect(found.map((c) => c.figure), `${file}: ${figure}`).toEqual([figure]);
  return [found[0]!.as_of, found[0]!.as_of_from, found[0]!.published];
};

describe('as-of phrases in Japanese', () => {
  it('reads 2日午後9時22分現在 and 午後11時40分時点で as Japan time on the page’s day', () => {
    expect(dated('ja-byline.txt', '17人')).toEqual(['2024-01-02T21:22+09:00', 'text', '2024-01-02']);
    const corrected = candidates.filter((c) => c.source.file === 'seeds/ja-byline.txt' && c.figure === '14人');
    expect(corrected.map((c) => [c.as_of, c.as_of_from])).toEqual([
      ['2024-01-02T23:45+09:00', 'published'], // the headline: dated by the byline
      ['2024-01-02T23:40+09:00', 'text'],
    ]);
  });

  it('reads これまでに as the count at the page’s publication, said by the text', () => {
    expect(dated('ja-byline.txt', '382人')).toEqual(['2024-01-02T23:45+09:00', 'text', '2024-01-02']);
  });

  it('dates a figure without a phrase by the byline’s time (2024年1月2日(火) 23時45分)', () => {
    expect(dated('ja-byline.txt', '3000人あまり')).toEqual(['2024-01-02T23:45+09:00', 'published', '2024-01-02']);
  });

  it('reads a byline written 2024-01-02 23:08配信, for the headline too', () => {
    expect(dated('ja-yahoo.txt', '計55人')).toEqual(['2024-01-02T23:08+09:00', 'published', '2024-01-02']);
    expect(dated('ja-yahoo.txt', '55人')).toEqual(['2024-01-02T23:08+09:00', 'published', '2024-01-02']);
  });
});

describe('as-of phrases in English', () => {
  it('takes the phrase nearest each figure: 17 as of 9:22 p.m., revised to 14 as of 11:40 p.m. on Tuesday', () => {
    expect(dated('en-wire.txt', '17 passengers')).toEqual(['2024-01-02T21:22+09:00', 'text', '2024-01-02']);
    const revised = candidates.filter((c) => c.source.file === 'seeds/en-wire.txt' && c.figure === '14' && c.as_of_from === 'text');
    expect(revised.map((c) => c.as_of)).toEqual(['2024-01-02T23:40+09:00']);
  });

  it('reads as of Tuesday as the latest Tuesday on or before the page’s day, and so far as its publication', () => {
    expect(dated('en-wire.txt', '379 people')).toEqual(['2024-01-02', 'text', '2024-01-02']);
    expect(dated('en-wire.txt', 'more than 20 flights')).toEqual(['2024-01-02T23:50+09:00', 'text', '2024-01-02']);
  });

  it('dates other figures by the stamp line with its zone (Published: January 2, 2024 11:50 p.m. JST)', () => {
    expect(dated('en-wire.txt', 'Some 3,000 travelers')).toEqual(['2024-01-02T23:50+09:00', 'published', '2024-01-02']);
  });
});

describe('publication times from metadata', () => {
  it('reads <meta property="article:published_time">', () => {
    expect(dated('metadata.html', '12 ships')).toEqual(['2024-01-03T08:15+09:00', 'published', '2024-01-03']);
  });

  it('reads JSON-LD datePublished inside an @graph, with a zone written +0900', () => {
    expect(dated('jsonld.html', '15隻')).toEqual(['2024-01-03T09:30+09:00', 'published', '2024-01-03']);
  });

  it('reads a date and time in front matter', () => {
    expect(dated('front-matter.md', '42便')).toEqual(['2024-01-03T10:05+09:00', 'published', '2024-01-03']);
  });

  it('reads a time in seeds/sources.yaml published', () => {
    expect(dated('catalog.txt', '8か所')).toEqual(['2024-01-03T06:00+09:00', 'published', '2024-01-03']);
  });

  it('keeps only the day of a time without a zone, and gives no as_of to an undated page', () => {
    const dir = tempDir();
    temps.push(dir);
    writeInto(dir, 'seeds/a.md', '---\ndate: 2024-01-03T10:05:00\n---\n\n港湾局によると、欠航は42便になった。\n');
    writeInto(dir, 'seeds/b.txt', '空港によると、欠航は42便に増えた。\n');
    const found = (JSON.parse(runCli(['extract', 'seeds', '--format', 'json'], { cwd: dir }).stdout) as { candidates: Candidate[] }).candidates.filter((c) => c.figure === '42便');
    expect(found.map((c) => [c.source.file, c.as_of ?? null, c.as_of_from ?? null])).toEqual([
      ['seeds/a.md', '2024-01-03', 'published'],
      ['seeds/b.txt', null, null],
    ]);
  });
});

describe('the inbox and filed claims keep as_of', () => {
  it('writes as_of and as_of_from into claims/inbox.yaml, and check accepts a claim filed with them', () => {
    const dir = tempDir();
    temps.push(dir);
    cpSync(path.join(FIXTURES, 'extract/as-of'), dir, { recursive: true });
    expect(runCli(['extract', 'seeds/ja-byline.txt'], { cwd: dir }).code).toBe(0);
    const inbox = readFileSync(path.join(dir, 'claims/inbox.yaml'), 'utf8');
    expect(inbox).toContain('as_of: 2024-01-02T21:22+09:00');
    expect(inbox).toContain('as_of_from: text');
    const added = runCli(['add', 'seeds/ja-byline.txt', '--quote', '消防局は午後11時40分時点でけが人を14人と訂正しました', '--subject', 'injured'], { cwd: dir });
    expect(added.code).toBe(0);
    const topic = readFileSync(path.join(dir, 'claims/extracted.yaml'), 'utf8');
    expect(topic).toContain('as_of: 2024-01-02T23:40+09:00');
    expect(runCli(['check', dir], { cwd: dir }).code).toBe(0);
  });
});

describe('a headline restates its story', () => {
  it('a figure of the title line that the body credits to a source is that source’s too', () => {
    const text = '3県に災害救助法を適用\n湾岸通信　2024年1月1日 21時53分\n\n内閣府によると、石川、富山、福井の3県に災害救助法が適用された。\n政府は3県の知事と協議する。\n';
    const found = candidatesOf(text, '2024-01-01').filter((c) => c.figure === '3県');
    expect(found.map((c) => [c.source.line, c.chain.at(-1), c.as_of])).toEqual([
      [1, '内閣府', '2024-01-01T21:53+09:00'],
      [4, '内閣府', '2024-01-01T21:53+09:00'],
      [5, '湾岸通信', '2024-01-01T21:53+09:00'],
    ]);
  });

  it('keeps its own chain when the body credits another figure', () => {
    const text = '4県に災害救助法を適用\n湾岸通信　2024年1月1日 21時53分\n\n内閣府によると、3県に災害救助法が適用された。\n';
    // The title comes before the byline, so nobody is named for it.
    expect(candidatesOf(text, '2024-01-01').find((c) => c.figure === '4県')!.chain).toEqual(['(unattributed)']);
  });
});

describe('proposed subjects group an outlet’s successive figures', () => {
  const doc = (file: string, text: string, published: string) => extractFromText(text, { file, outlet: 'みなと通信', published });

  it('two reports of one outlet at two moments, saying alike things, share a subject', () => {
    const found = proposeSubjects(
      buildCandidates([
        doc('a.txt', '市によると、地震による死者は計50人となった。\n', '2024-01-02T22:45+09:00'),
        doc('b.txt', '市によると、地震による死者は計55人となった。\n', '2024-01-02T23:08+09:00'),
      ]),
    ).candidates.filter((c) => c.kind === 'count');
    expect(found.map((c) => [c.value, c.as_of])).toEqual([
      [50, '2024-01-02T22:45+09:00'],
      [55, '2024-01-02T23:08+09:00'],
    ]);
    expect(found[0]!.subject).toBeDefined();
    expect(found[1]!.subject).toBe(found[0]!.subject);
  });

  it('but not two figures of one report, nor two captures of one moment', () => {
    const subjectsOf = (found: readonly Candidate[]) => found.filter((c) => c.kind === 'count').map((c) => c.subject);
    const one = proposeSubjects(buildCandidates([doc('a.txt', '市によると、地震による死者は計50人となった。\n県によると、地震による死者は計55人となった。\n', '2024-01-02T22:45+09:00')])).candidates;
    const [a, b] = subjectsOf(one);
    expect(a).toBeDefined();
    expect(b).not.toBe(a);
    const same = proposeSubjects(
      buildCandidates([
        doc('a.txt', '市によると、地震による死者は計50人となった。\n', '2024-01-02T22:45+09:00'),
        doc('b.txt', '市によると、地震による死者は計55人となった。\n', '2024-01-02T22:45+09:00'),
      ]),
    ).candidates;
    const [c, d] = subjectsOf(same);
    expect(c).toBeDefined();
    expect(d).not.toBe(c);
  });
});

describe('kanji numerals in as-of phrases', () => {
  it('reads 二日午後十時現在 like 2日午後10時現在', () => {
    const [kanji] = candidatesOf('消防局によると、二日午後十時現在、けが人は17人だ。\n', '2024-01-02T23:45+09:00').filter((c) => c.figure === '17人');
    expect([kanji!.as_of, kanji!.as_of_from]).toEqual(['2024-01-02T22:00+09:00', 'text']);
  });
});
