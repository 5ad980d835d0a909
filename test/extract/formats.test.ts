import { readFileSync, writeFileSync } from 'node:fs';
import Encoding from 'encoding-japanese';
import path from 'node:path';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildCandidates, type Candidate } from '../../src/extract/candidates.js';
import { extractFile, isFailure } from '../../src/extract/files.js';
import { decode } from '../../src/sources/decode.js';
import { FIXTURES, removeDir, tempDir } from '../helpers/cli.js';

const DIR = path.join(FIXTURES, 'extract/formats');

async function candidatesOf(name: string): Promise<Candidate[]> {
  const result = await extractFile({ absolute: path.join(DIR, name), file: name });
  if (isFailure(result)) throw new Error(result.reason);
  return buildCandidates([result]);
}

function byFigure(candidates: readonly Candidate[], figure: string): Candidate {
  const found = candidates.filter((c) => c.figure === figure);
  expect(found.map((c) => c.figure), figure).toEqual([figure]);
  return found[0]!;
}

function expectVerbatim(name: string, candidates: readonly Candidate[]): void {
  const text = decode(readFileSync(path.join(DIR, name))).text;
  const lines = text.split(/\r\n|\n|\r/);
  for (const c of candidates) expect(lines[c.source.line - 1], c.figure).toContain(c.source.quote);
}

describe('HTML in English (rehype-parse)', () => {
  it('reads the page with its site name and date, qualifiers and inline sources', async () => {
    const candidates = await candidatesOf('english.html');
    expect(byFigure(candidates, 'at least 32 times')).toMatchObject({ value: { min: 32 }, unit: 'times', outlet: 'The Japan Times', chain: ['The Japan Times', 'LINE'], published: '2021-03-18' });
    expect(byFigure(candidates, 'about 86 million users').value).toEqual({ approx: 86_000_000 });
    expect(byFigure(candidates, 'from August 2018 to February 2021').value).toEqual({ from: '2018-08', to: '2021-02' });
    expect(byFigure(candidates, 'More than 70 percent').value).toEqual({ gt: 0.7 });
    expect(byFigure(candidates, 'by June 2021').value).toEqual({ to: '2021-06' });
    expect(byFigure(candidates, 'between 30 and 40 engineers').chain.at(-1)).toBe('共同通信');
    expectVerbatim('english.html', candidates);
  });

  it('scripts are not read; sidebars, footers, page views and rankings stay below 0.5', async () => {
    const candidates = await candidatesOf('english.html');
    expect(candidates.some((c) => c.figure.includes('123456'))).toBe(false);
    const noise = candidates.filter((c) => /page views|visitors|surveys|Copyright/.test(c.source.quote));
    expect(noise.length).toBeGreaterThanOrEqual(3);
    expect(noise.every((c) => c.confidence < 0.5)).toBe(true);
    expect(candidates.some((c) => c.figure === '2')).toBe(false);
  });
});

describe('markdown with front matter (remark-frontmatter)', () => {
  it('takes outlet and date from the front matter, skips code, follows inline sources', async () => {
    const candidates = await candidatesOf('front-matter.md');
    expect(byFigure(candidates, '3種類')).toMatchObject({ value: 3, outlet: '時事通信', chain: ['時事通信', '総務省'], published: '2021-03-19' });
    expect(byFigure(candidates, '今月下旬までに')).toMatchObject({ value: { to: '2021-03-31' }, chain: ['時事通信', '内閣官房'] });
    expect(candidates.some((c) => c.figure.includes('999'))).toBe(false);
    expectVerbatim('front-matter.md', candidates);
  });
});

describe('a Shift_JIS capture with full-width digits', () => {
  it('decodes it and finds the figures with the byline outlet and date', async () => {
    const candidates = await candidatesOf('shift-jis.txt');
    expect(byFigure(candidates, '少なくとも１２０団体')).toMatchObject({ value: { min: 120 }, outlet: '毎日新聞', chain: ['毎日新聞', '総務省'], published: '2021-03-19' });
    expect(byFigure(candidates, '２６日までに').value).toEqual({ to: '2021-03-26' });
    expect(byFigure(candidates, '約８６００万人').value).toEqual({ approx: 86_000_000 });
    expect(candidates.some((c) => c.figure.includes('2021年3月19日'))).toBe(false);
    expectVerbatim('shift-jis.txt', candidates);
  });
});

describe('HTML whose figures are split by inline markup', () => {
  it('reads the text content, so qualifier and source stay with the figure, and quotes are in it', async () => {
    const candidates = await candidatesOf('inline-markup.html');
    expect(byFigure(candidates, '少なくとも32回')).toMatchObject({ value: { min: 32 }, outlet: '毎日新聞', chain: ['毎日新聞', 'LINE'], source: { line: 3 } });
    expect(byFigure(candidates, '約\u00a08600万人').value).toEqual({ approx: 86_000_000 });
    const html = readFileSync(path.join(DIR, 'inline-markup.html'), 'utf8');
    const content = toText(unified().use(rehypeParse).parse(html));
    for (const c of candidates) expect(content).toContain(c.source.quote);
  });
});

describe('other encodings', () => {
  it('reads EUC-JP and UTF-16 captures with CRLF line ends, lines counted in the file', async () => {
    const text = '●LINE問題／時事 2021年3月18日\r\n同社によると、少なくとも３２回のアクセスがあった。\r\n';
    const dir = tempDir();
    try {
      const euc = path.join(dir, 'euc.txt');
      writeFileSync(euc, Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: 'EUCJP', from: 'UNICODE' })));
      const utf16 = path.join(dir, 'utf16.txt');
      writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      for (const file of [euc, utf16]) {
        const result = await extractFile({ absolute: file, file: path.basename(file) });
        if (isFailure(result)) throw new Error(result.reason);
        const [c] = buildCandidates([result]).filter((x) => x.figure === '少なくとも３２回');
        expect(c, file).toMatchObject({ value: { min: 32 }, outlet: '時事通信', published: '2021-03-18', source: { line: 2, quote: '同社によると、少なくとも３２回のアクセスがあった' } });
      }
    } finally {
      removeDir(dir);
    }
  });
});
