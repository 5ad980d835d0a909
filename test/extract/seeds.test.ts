import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCandidates, type Candidate } from '../../src/extract/candidates.js';
import { extractFile, isFailure } from '../../src/extract/files.js';
import { loadExtractContext } from '../../src/extract/repository.js';
import { proposeSubjects } from '../../src/extract/subjects.js';
import type { DocumentFigures } from '../../src/extract/document.js';
import { readFileSync } from 'node:fs';
import { decode } from '../../src/sources/decode.js';
import { ROOT } from '../helpers/cli.js';

const SEEDS = [
  'seeds/000_a9c875802af48c65.txt',
  'seeds/001_649b7479d165a670.txt',
  'seeds/002_b41319ef6942950f.txt',
  'seeds/003_c1eae5f5e3785943.txt',
  'seeds/004_b6b6f84c145cc870.txt',
];

let candidates: Candidate[] = [];
let suggested: Candidate[] = [];

beforeAll(async () => {
  const context = await loadExtractContext(ROOT);
  const docs: DocumentFigures[] = [];
  for (const file of SEEDS) {
    const meta = context.metaOf(file);
    const result = await extractFile({ absolute: path.join(ROOT, file), file, ...(meta ? { meta } : {}) });
    if (isFailure(result)) throw new Error(result.reason);
    docs.push(result);
  }
  candidates = buildCandidates(docs);
  suggested = [...proposeSubjects(buildCandidates(docs, { minConfidence: 0.5 }), context.subjects).candidates];
});

/** Candidates of a file whose figure is written so (the file may be one of the places). */
function find(file: string, figure: string): Candidate[] {
  const number = file.slice(0, 3);
  return candidates.filter(
    (c) => c.figure === figure && (c.source.file.includes(`/${number}_`) || (c.places ?? []).some((p) => p.file.includes(`/${number}_`))),
  );
}

function only(file: string, figure: string, outlet?: string): Candidate {
  const found = find(file, figure).filter((c) => outlet === undefined || c.outlet === outlet);
  expect(found.map((c) => `${c.outlet}: ${c.figure}`), `${figure} in ${file}`).toHaveLength(1);
  return found[0]!;
}

describe('the figures that matter on the five seeds', () => {
  it('中日新聞: at least 32 accesses, from LINE, relayed by てらまち・ねっと', () => {
    const c = only('001', '少なくとも三十二回');
    expect(c).toMatchObject({ value: { min: 32 }, unit: 'times', outlet: '中日新聞', chain: ['てらまち・ねっと', '中日新聞', 'LINE'], published: '2021-03-17' });
    expect(c.source.quote).toContain('四人はサーバーに少なくとも三十二回アクセスしていた');
    expect(c.source.line).toBe(67);
    expect(c.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('JNN: 32 accesses in total (あわせて), one candidate for the pasted block and its copy', () => {
    const c = only('003', 'あわせて32回');
    expect(c).toMatchObject({ value: 32, unit: 'times', outlet: 'JNN', chain: ['JNN'] });
    expect(c.places?.map((p) => p.line)).toEqual([18]);
  });

  it('Record China relaying 環球時報 relaying Japanese media and LINE: at least 32, 環球時報 the outlet', () => {
    const c = only('003', '32回');
    expect(c.value).toEqual({ min: 32 });
    expect(c.outlet).toBe('環球時報');
    expect(c.chain).toEqual(['Record China', '環球時報', '日本メディア', 'LINE']);
    // the pasted copy of the block is the same statement
    expect(c.places?.map((p) => p.line)).toEqual([12]);
  });

  it('the reader comment quoting JBpress, which cites 朝日新聞: at least 38, 朝日新聞 the outlet', () => {
    const c = only('000', '少なくとも38回');
    expect(c).toMatchObject({ value: { min: 38 }, unit: 'times', outlet: '朝日新聞', chain: ['読者コメント', 'JBpress', '朝日新聞'] });
    expect(c.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('four engineers, in kanji and in digits', () => {
    expect(find('001', '四人').every((c) => c.value === 4 && c.unit === 'people' && c.outlet === '中日新聞')).toBe(true);
    expect(find('001', '四人').length).toBeGreaterThan(0);
    expect(only('001', '4人', '時事通信').chain).toEqual(['てらまち・ねっと', '時事通信', 'LINE']);
    const jbpress = find('000', '4人');
    expect(jbpress.map((c) => c.value)).toEqual([4, 4]);
    expect(jbpress.map((c) => c.outlet)).toEqual(['JBpress', '朝日新聞']);
  });

  it('86 million users: 時事通信, the blog itself, and the JBpress headline in the comment', () => {
    const outlets = candidates.filter((c) => c.figure === '8600万人').map((c) => c.outlet).sort();
    expect(outlets).toEqual(['JBpress', 'てらまち・ねっと', '時事通信']);
    expect(candidates.filter((c) => c.figure === '8600万人').every((c) => c.value === 86_000_000 && c.unit === 'people')).toBe(true);
  });

  it('7割以上 of Japanese, a share of a base', () => {
    const c = only('004', '7割以上');
    expect(c.value).toEqual({ share: { min: 0.7 } });
    expect(c.outlet).toBe('日本全国自由に旅する!夢のレンタカー回送ドライバー生活');
  });

  it('when the access began and ended', () => {
    expect(only('001', '二〇一八年夏ごろから', '中日新聞').value).toEqual({ from: '2018-06', to: '2018-08' });
    expect(only('001', '2018年8月から今年2月まで').value).toEqual({ from: '2018-08', to: '2021-02' });
    expect(only('003', '2018年から今年2月まで').value).toEqual({ from: 2018, to: '2021-02' });
    expect(only('000', '2018年8月から').value).toBe('2018-08');
  });

  it('deadlines and plans: 3月26日まで, 26日までに, ことし6月まで, 今年半ば以降', () => {
    const nhk = only('002', '3月26日までに');
    expect(nhk).toMatchObject({ value: { to: '2021-03-26' }, outlet: 'NHK' });
    // NHK's paragraph appears in three captures: each its own candidate; NHK's two pages are its
    // own word, the blog's copy runs its chain through the NHK page it repeats
    const said = candidates.filter((c) => c.figure === '3月26日までに' && c.source.quote === nhk.source.quote);
    expect(said.map((c) => c.source.file.slice(6, 9)).sort()).toEqual(['000', '001', '002']);
    expect(only('000', '3月26日までに').copyOf).toBeUndefined();
    expect(nhk.copyOf).toBeUndefined();
    expect(only('001', '3月26日までに', 'NHK')).toMatchObject({ chain: ['てらまち・ねっと', 'NHK'], copyOf: { file: nhk.source.file } });
    expect(only('001', '26日までに')).toMatchObject({ value: { to: '2021-03-26' }, outlet: '時事通信' });
    expect(only('002', 'ことし6月までに')).toMatchObject({ value: { to: '2021-06' }, outlet: 'NHK' });
    expect(only('004', '今年半ば以降').value).toEqual({ from: '2021-05' });
  });

  it('dates said in the text are claims; bylines and times of day are not', () => {
    expect(only('003', '2021年3月18日')).toMatchObject({ value: '2021-03-18', outlet: '環球時報', chain: ['Record China', '環球時報'] });
    // the headline list: no figure of its bylines, and a headline's shorthand place (中国子会社) stays below 0.5
    const bylines = candidates.filter(
      (c) => c.source.file.includes('/001_') && c.source.line >= 13 && c.source.line <= 20 && (c.confidence >= 0.5 || (c.kind !== 'place' && c.kind !== 'boolean')),
    );
    expect(bylines).toEqual([]);
    expect(candidates.some((c) => /\d時\d|:\d\d/.test(c.figure))).toBe(false);
  });

  it('no traffic counter, ranking or navigation link is proposed with confidence ≥ 0.5', () => {
    const noisy = candidates.filter((c) => /閲覧数|訪問者数|1000件以上|4000件以上|2位|10点|ランキング|急減|コメント \(/.test(c.source.quote) || /2位|10点/.test(c.figure));
    expect(noisy.length).toBeGreaterThanOrEqual(6);
    expect(noisy.filter((c) => c.confidence >= 0.5).map((c) => `${c.figure} ${c.source.quote}`)).toEqual([]);
  });

  it('every quote is a verbatim substring of its decoded capture, on the line given', () => {
    for (const c of candidates) {
      const text = decode(readFileSync(path.join(ROOT, c.source.file))).text;
      const lines = text.split(/\r?\n/);
      expect(lines[c.source.line - 1], `${c.id}`).toContain(c.source.quote);
    }
  });

  it('suggests the subjects of the claim store for the figures it already files', () => {
    const subjectOf = (figure: string, outlet: string): string | undefined => suggested.find((c) => c.figure === figure && c.outlet === outlet)?.subject;
    expect(subjectOf('少なくとも三十二回', '中日新聞')).toBe('access-count');
    expect(subjectOf('あわせて32回', 'JNN')).toBe('access-count');
    expect(subjectOf('少なくとも38回', '朝日新聞')).toBe('access-count');
    expect(subjectOf('8600万人', '時事通信')).toBe('user-count');
    expect(subjectOf('7割以上', '日本全国自由に旅する!夢のレンタカー回送ドライバー生活')).toBe('user-count');
    expect(subjectOf('ことし6月までに', 'NHK')).toBe('media-move-to-japan');
  });
});
