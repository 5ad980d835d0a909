import { describe, expect, it } from 'vitest';
import { oneFigure as one } from '../helpers/extract.js';

describe('hedged figures', () => {
  it.each([
    ['死者は8人か、警察が確認している。', '8人', { approx: 8 }, 'か'],
    ['死者は8人に上るとみられる。', '8人', { approx: 8 }, 'とみられる'],
    ['The fire reportedly killed 8 people.', '8 people', { approx: 8 }, 'reportedly'],
  ])('%s keeps its hedge and is never exact', (text, figure, value, hedge) => {
    const c = one(text, figure);
    expect(c.value).toEqual(value);
    expect(c.says).toContain('not confirmed');
    const plain = one(text.replace(hedge, hedge === 'か' ? '' : hedge === 'reportedly' ? 'certainly' : 'だった'), figure);
    expect(c.confidence).toBeLessThan(plain.confidence);
  });

  it('does not read か that begins a word as a hedge', () => {
    expect(one('工事に3人かかわった。', '3人').value).toBe(3);
  });

  it('says both bounds of a two-bound figure', () => {
    expect(one('対象は20歳以上65歳未満の人だ。', '20歳以上65歳未満').says).toMatch(/at least 20 and less than 65/);
  });
});
