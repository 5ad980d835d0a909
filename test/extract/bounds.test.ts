import { describe, expect, it } from 'vitest';
import { oneFigure as one } from '../helpers/extract.js';

describe('signs, fractions and two bounds', () => {
  it.each([
    ['売上高は前年比-5%だった。', '-5%', -5, '%'],
    ['物価はマイナス5%となった。', 'マイナス5%', -5, '%'],
    ['営業利益は▲3億円だった。', '▲3億円', -300_000_000, 'yen'],
    ['The index fell minus five percent.', 'minus five percent', -5, '%'],
    ['2018-19年の予算は100億円だった。', '100億円', 10_000_000_000, 'yen'],
    ['対象は20歳以上65歳未満の人だ。', '20歳以上65歳未満', { min: 20, lt: 65 }, 'years of age'],
    ['基準は100以上310以下とされた。', '100以上310以下', { min: 100, max: 310 }, undefined],
    ['The survey found more than 100 and less than 300 people there.', 'more than 100 and less than 300 people', { gt: 100, lt: 300 }, 'people'],
    ['It counted greater than or equal to 30 people.', 'greater than or equal to 30 people', { min: 30 }, 'people'],
    ['打率は3割8分7厘だった。', '3割8分7厘', 0.387, 'share'],
    ['女子は5割半を占める。', '5割半', 0.55, 'share'],
    ['賛成は三分の二以上だった。', '三分の二以上', { min: 0.666666666666667 }, 'share'],
    ['値は4分の1より大きい。', '4分の1より大きい', { gt: 0.25 }, 'share'],
    ['会議は3分で終わった。', '3分', 3, 'minutes'],
  ])('%s → %s', (text, figure, value, unit) => {
    const c = one(text, figure);
    expect(c.value).toEqual(value);
    expect(c.unit).toBe(unit);
  });
});
