import { describe, expect, it } from 'vitest';
import { splitQualifier } from '../../src/compare/qualifiers.js';

describe('splitQualifier', () => {
  it.each([
    ['少なくとも三十二回', 'min', '三十二回'],
    ['38回以上', 'min', '38回'],
    ['at least 38', 'min', '38'],
    ['32+', 'min', '32'],
    ['最大5件', 'max', '5件'],
    ['最大で震度6強', 'max', '震度6強'],
    ['最大震度6強', 'exact', '震度6強'],
    ['最大マグニチュード7.1', 'exact', 'マグニチュード7.1'],
    ['5件以下', 'max', '5件'],
    ['up to 5', 'max', '5'],
    ['10人超', 'gt', '10人'],
    ['more than 10', 'gt', '10'],
    ['10人未満', 'lt', '10人'],
    ['fewer than 10 people', 'lt', '10 people'],
    ['約3000人', 'approx', '3000人'],
    ['about 3,000', 'approx', '3,000'],
    ['3000人程度', 'approx', '3000人'],
    ['あわせて32回', 'exact', '32回'],
    ['32 in total', 'exact', '32'],
    ['32', 'exact', '32'],
  ])('%s → %s %s', (text, bound, amount) => {
    expect(splitQualifier(text)).toEqual({ bound, amount });
  });

  it.each([
    ['30〜40人', '30', '40人'],
    ['30 to 40', '30', '40'],
    ['between 30 and 40', '30', '40'],
    ['1,000-2,000', '1,000', '2,000'],
    ['3万-5万人', '3万', '5万人'],
  ])('reads the range %s', (text, low, high) => {
    expect(splitQualifier(text)).toEqual({ bound: 'range', low, high });
  });

  it('does not read a minus sign as a range', () => {
    expect(splitQualifier('-5')).toEqual({ bound: 'exact', amount: '-5' });
  });

  it('refuses two different bounds', () => {
    expect(splitQualifier('約32回以上')).toHaveProperty('error');
  });
});
