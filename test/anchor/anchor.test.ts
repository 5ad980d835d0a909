import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, type AnchorResult } from '../../src/anchor/anchor.js';
import { changesFigure } from '../../src/anchor/approximate.js';
import { renderDiff } from '../../src/anchor/drift-diff.js';
import { LineIndex } from '../../src/sources/line-index.js';

function anchor(text: string, quote: string, extra: { prefix?: string; suffix?: string; lineHint?: number } = {}): AnchorResult {
  return anchorQuote({ text, lines: new LineIndex(text) }, { quote, prefix: extra.prefix, suffix: extra.suffix }, { lineHint: extra.lineHint });
}

const ARTICLE = [
  'LINE問題 続報',
  '中日新聞によると、四人はサーバーに少なくとも三十二回アクセスしていたことが確認された。',
  'JNNは、あわせて32回のアクセスがあったと伝えた。',
  '朝日新聞の報道では、中国人スタッフ4人は、2018年8月から「少なくとも38回」日本のサーバーにアクセスしていた。',
].join('\n');

describe('anchorQuote: exact', () => {
  it('finds an exact quote once, with its offsets', () => {
    const r = anchor(ARTICLE, 'あわせて32回のアクセス');
    expect(r).toMatchObject({ kind: 'exact', via: 'file' });
    const { start, end } = r as { start: number; end: number };
    expect(ARTICLE.slice(start, end)).toBe('あわせて32回のアクセス');
  });

  it('is exact: width and spacing differences are not an exact match', () => {
    expect(anchor(ARTICLE, 'あわせて３２回のアクセス').kind).toBe('drifted');
    expect(anchor(ARTICLE, 'あわせて 32回のアクセス').kind).toBe('drifted');
  });
});

describe('anchorQuote: repeated quotes', () => {
  const text = '関係者は「確認を急ぐ」と述べた。\n別の関係者も「確認を急ぐ」と述べた。\n三人目も「確認を急ぐ」と述べた。';

  it('is ambiguous without context, and names the prefix or suffix that picks each occurrence', () => {
    const r = anchor(text, '「確認を急ぐ」と述べた');
    expect(r.kind).toBe('ambiguous');
    const occurrences = (r as Extract<AnchorResult, { kind: 'ambiguous' }>).occurrences;
    expect(occurrences.map((o) => o.line)).toEqual([1, 2, 3]);
    for (const o of occurrences) {
      // The suggestion really picks that occurrence and no other.
      const picked = anchor(text, '「確認を急ぐ」と述べた', o.add as { prefix?: string; suffix?: string });
      expect(picked).toMatchObject({ kind: 'exact', start: o.start });
    }
    expect(occurrences[0]!.add).toEqual({ prefix: '係者は' });
  });

  it('is disambiguated by prefix or suffix (W3C TextQuoteSelector)', () => {
    expect(anchor(text, '「確認を急ぐ」と述べた', { prefix: '三人目も' })).toMatchObject({ kind: 'exact' });
    const r = anchor(text, '「確認を急ぐ」と述べた', { prefix: '関係者も' });
    expect(text.slice((r as { start: number }).start - 6, (r as { start: number }).start)).toBe('別の関係者も');
  });

  it('takes the occurrence nearest the line hint, but still reports the ambiguity', () => {
    const r = anchor(text, '「確認を急ぐ」と述べた', { lineHint: 3 });
    expect(r.kind).toBe('ambiguous');
    expect(new LineIndex(text).pointAt((r as { start: number }).start).line).toBe(3);
  });

  it('reports a context that changed while the quote stayed', () => {
    const r = anchor(ARTICLE, 'あわせて32回', { prefix: 'TBSは、' });
    expect(r).toMatchObject({ kind: 'exact', contextDrift: { prefix: 'JNNは、' } });
  });

  it('finds the context that tells apart a repeated block', () => {
    const block = 'A社は「対応を急ぐ」と述べた。B社も同じ。\n';
    const page = `見出し一\n${block}見出し二\n${block}`;
    const r = anchor(page, '「対応を急ぐ」') as Extract<AnchorResult, { kind: 'ambiguous' }>;
    expect(r.occurrences.map((o) => o.add)).toEqual([{ prefix: '一\nA社は' }, { prefix: '二\nA社は' }]);
  });
});

describe('anchorQuote: approximate match', () => {
  it('re-anchors a quote whose words drifted, with a character diff', () => {
    const r = anchor(ARTICLE, '四人はサーバーに少なくとも三十二回アクセスしていたことが確認されました');
    expect(r.kind).toBe('drifted');
    const drifted = r as Extract<AnchorResult, { kind: 'drifted' }>;
    expect(drifted.found).toBe('四人はサーバーに少なくとも三十二回アクセスしていたことが確認された');
    expect(renderDiff(drifted.diff)).toBe('四人はサーバーに少なくとも三十二回アクセスしていたことが確認され[-まし-]た');
    expect(drifted.score).toBeGreaterThan(0.9);
  });

  it('folds width and line breaks (NFKC, white space) only when approximating', () => {
    const text = 'ＪＮＮは、あわせて\n３２回のアクセスがあったと伝えた。';
    const r = anchor(text, 'JNNは、あわせて32回のアクセスがあった');
    expect(r).toMatchObject({ kind: 'drifted' });
    expect((r as { found: string }).found).toBe('ＪＮＮは、あわせて\n３２回のアクセスがあった');
  });

  it.each([
    ['32 → 38', 'あわせて38回のアクセスがあったと伝えた'],
    ['32 → 320', 'あわせて320回のアクセスがあったと伝えた'],
    ['32 → 3.2', 'あわせて3.2回のアクセスがあったと伝えた'],
    ['32 → ３８ (full width)', 'あわせて３８回のアクセスがあったと伝えた'],
    ['三十二 → 三十三', '四人はサーバーに少なくとも三十三回アクセスしていた'],
    ['三十二 → 三十', '四人はサーバーに少なくとも三十回アクセスしていた'],
    ['2018 → 2019', '中国人スタッフ4人は、2019年8月から「少なくとも38回」'],
  ])('never counts an edit touching a figure as a match: %s', (_, quote) => {
    const r = anchor(ARTICLE, quote);
    expect(r.kind).toBe('not-found');
    expect((r as Extract<AnchorResult, { kind: 'not-found' }>).figureMiss).toBeDefined();
  });

  it('reports nothing at all when no passage is close', () => {
    expect(anchor(ARTICLE, '総務省はLINEの利用を停止すると発表した')).toEqual({ kind: 'not-found' });
  });

  it('never matches a quote whose figure was changed (property)', () => {
    const figures = fc.constantFrom(...'0123456789０１２３４５６７８９〇一二三四五六七八九十百千万億兆');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), figures, (at, replacement) => {
        // Replace one character of the 38-figure sentence with a figure character that differs.
        const sentence = '中国人スタッフ4人は、2018年8月から「少なくとも38回」日本のサーバーにアクセスしていた';
        const figureAt = [...sentence.matchAll(/[0-9]/g)].map((m) => m.index);
        const i = figureAt[at % figureAt.length]!;
        if (sentence[i]!.normalize('NFKC') === replacement.normalize('NFKC')) return;
        const quote = sentence.slice(0, i) + replacement + sentence.slice(i + 1);
        expect(anchor(ARTICLE, quote).kind).not.toBe('drifted');
        expect(anchor(ARTICLE, quote).kind).not.toBe('exact');
      }),
      { numRuns: 200 },
    );
  });

  it('tells figure edits from other edits', () => {
    expect(changesFigure('少なくとも32回', '少なくとも38回')).toBe(true);
    expect(changesFigure('8,600万人', '8600万人')).toBe(true);
    expect(changesFigure('少なくとも32回', '少なくとも32回も')).toBe(false);
    expect(changesFigure('確認された', '確認されました')).toBe(false);
  });

  it('stays fast on a 50 MB capture', () => {
    // 50 MB of UTF-8, as a capture on disk would be: about 17 million Japanese characters.
    const filler = 'LINEの利用者の個人情報が業務委託先の会社から閲覧できる状態になっていた問題で、関係者が説明した。\n';
    const half = filler.repeat(Math.ceil(25_000_000 / Buffer.byteLength(filler)));
    const big = `${half}${ARTICLE}\n${half}`;
    expect(Buffer.byteLength(big)).toBeGreaterThan(50_000_000);
    const target = { text: big, lines: new LineIndex(big) };
    const started = performance.now();
    const drifted = anchorQuote(target, { quote: '四人はサーバーに少なくとも三十二回アクセスしていたことが確認されました' });
    const missing = anchorQuote(target, { quote: '四人はサーバーに少なくとも三十三回アクセスしていたことが確認された' });
    const elapsed = performance.now() - started;
    expect(drifted.kind).toBe('drifted');
    expect(target.lines.pointAt((drifted as { start: number }).start).line).toBe(half.split('\n').length + 1);
    expect(missing.kind).toBe('not-found');
    // About 0.3 s each on an idle machine; the bound leaves room for a busy CI runner.
    expect(elapsed).toBeLessThan(10_000);
  }, 60_000);
});

describe('anchorQuote: line endings', () => {
  it('finds a quote written over two lines (LF, as YAML writes it) in a CRLF capture', () => {
    const text = '一行目\r\n四人はサーバーに\r\n少なくとも三十二回アクセスしていた\r\n';
    const r = anchor(text, '四人はサーバーに\n少なくとも三十二回');
    expect(r).toMatchObject({ kind: 'exact', via: 'file' });
    const { start, end } = r as { start: number; end: number };
    expect(text.slice(start, end)).toBe('四人はサーバーに\r\n少なくとも三十二回');
  });
});

describe('anchorQuote: qualifiers and short quotes', () => {
  const text = 'LINEによると、技術者がサーバーに32回以上アクセスしていたことが分かった。';

  it.each([
    ['以上 → 以下', '技術者がサーバーに32回以下アクセスしていたことが分かった'],
    ['32回以上 → 約32回', '技術者がサーバーに約32回アクセスしていたことが分かった'],
    ['at least → at most', 'engineers accessed the servers at most 32 times'],
    ['8月から → 8月まで', '技術者が2018年8月までサーバーにアクセスしていたことが分かった'],
    ['以内 → 以上', '委託先は3年以上前からサーバーにアクセスしていたことが分かった'],
  ])('treats an edit of a qualifier as a figure edit: %s', (_, quote) => {
    const english = 'LINE said engineers accessed the servers at least 32 times, it found.';
    const dated = 'LINEによると、技術者が2018年8月からサーバーにアクセスしていたことが分かった。';
    const within = 'LINEによると、委託先は3年以内前からサーバーにアクセスしていたことが分かった。';
    const r = anchor(quote.startsWith('engineers') ? english : quote.includes('2018') ? dated : quote.includes('3年') ? within : text, quote);
    expect(r.kind).toBe('not-found');
  });

  it('still re-anchors an edit away from figures and qualifiers', () => {
    expect(anchor(text, '技術者がサーバーに32回以上アクセスしていたことが判明した').kind).toBe('drifted');
  });

  it('matches quotes shorter than eight characters only exactly', () => {
    expect(anchor(text, 'サーバーへ32').kind).toBe('not-found');
    expect(anchor(text, 'サーバーに32').kind).toBe('exact');
  });
});
