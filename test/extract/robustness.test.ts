import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimSchema } from '../../src/claims/schema.js';
import { buildCandidates } from '../../src/extract/candidates.js';
import { extractFromText } from '../../src/extract/document.js';

/** Pieces that real captures are made of, to build hostile documents from. */
const PIECES = [
  '少なくとも', '三十二', '回', '8600万', '人', '7割', '以上', '2018年', '8月', 'から', '今年', '2月', 'まで', 'ことし', '半ば', '以降',
  '●', '／', '中日', ' 2021年3月17日', '\n', '\r\n', '\r', '> ', '- ', '【', '】', '「', '」', '、', '。', 'によると', 'は', 'と報じた',
  'https://www3.nhk.or.jp/x', '閲覧数', '3,928', '２０２１', '〜', '~', '11/9', '14:32', '19時02分', 'according to ', 'at least ', '32 times',
  'between ', ' and ', 'March 17, 2021', '<p>', '</p>', '<b>', '&nbsp;', '---\n', 'title: x\n', '```', '__proto__', 'constructor', '\u0000', '\u202e', '🙂',
];

describe('extraction never throws and keeps its promises on any text', () => {
  it('quotes are cut from the text, lines are in range, confidences in 0–1', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.constantFrom('text', 'markdown', 'html') as fc.Arbitrary<'text' | 'markdown' | 'html'>, (parts, format) => {
        const text = parts.join('');
        const doc = extractFromText(text, { file: 'x', format, published: '2021-03-19' });
        const lines = text.split(/\r\n|\n|\r/).length;
        for (const c of buildCandidates([doc])) {
          expect(c.confidence).toBeGreaterThanOrEqual(0);
          expect(c.confidence).toBeLessThanOrEqual(1);
          expect(c.source.line).toBeGreaterThanOrEqual(1);
          expect(c.source.line).toBeLessThanOrEqual(lines);
          if (format !== 'html') expect(text).toContain(c.source.quote);
          expect(c.id).toMatch(/^\S+$/);
          expect(c.outlet.length).toBeGreaterThan(0);
          expect(c.chain.every((link) => link.length > 0)).toBe(true);
          expect(c.source.quote.length).toBeGreaterThan(0);
          const claim = { id: c.id, subject: c.subject ?? 's', value: c.value, says: c.says, outlet: c.outlet, ...(c.published ? { published: c.published } : {}), chain: [...c.chain], source: c.source };
          expect(ClaimSchema.safeParse(claim).success).toBe(true);
        }
      }),
      { numRuns: 300, seed: 20210317 },
    );
  });
});
