import { describe, expect, it } from 'vitest';
import { conversionFactor, isPercentUnit, unitInfo } from '../../src/compare/units.js';

describe('units', () => {
  it.each([
    ['人', 'people', 1],
    ['persons', 'people', 1],
    ['名', '人', 1],
    ['users', 'people', 1],
    ['回', 'times', 1],
    ['件', 'cases', 1],
    ['社', 'companies', 1],
    ['円', 'yen', 1],
    ['JPY', '円', 1],
    ['km', 'm', 1000],
    ['m', 'km', 0.001],
    ['GB', 'MB', 1000],
    ['servers', 'server', 1],
    ['Servers', 'ｓｅｒｖｅｒｓ', 1],
    ['回', 'accesses', 1],
    ['個', 'containers', 1],
    ['人', 'victims', 1],
    ['件', 'times', 1],
  ])('%s converts into %s (× %d)', (from, to, factor) => {
    expect(conversionFactor(from, to)).toBe(factor);
  });

  it.each([
    ['人', 'times'],
    ['people', '回'],
    ['yen', 'USD'],
    ['円', 'times'],
    ['km', 'kg'],
    ['yen', 'containers'],
    ['servers', 'machines'],
    ['%', 'people'],
    // a position is no count: third place, the third time
    ['位', '回'],
    ['rank', 'containers'],
  ])('%s does not compare with %s', (from, to) => {
    expect(conversionFactor(from, to)).toBeUndefined();
  });

  it('knows percent and labels', () => {
    expect(isPercentUnit('%')).toBe(true);
    expect(isPercentUnit('percent')).toBe(true);
    expect(isPercentUnit('people')).toBe(false);
    expect(unitInfo('回').label).toBe('times');
    expect(unitInfo('widgets').label).toBe('widgets');
  });
});

describe('units with a scale', () => {
  it.each([
    ['円', 'million yen', 1e-6],
    ['億円', '百万円', 100],
    ['人', '万人', 1e-4],
    ['people', 'thousands of people', 1e-3],
    ['人', 'million', 1e-6],
  ])('%s converts into %s (× %d)', (from, to, factor) => {
    expect(conversionFactor(from, to)).toBeCloseTo(factor, 12);
  });

  it('keeps the dimension of the unit after the scale', () => {
    expect(conversionFactor('USD', 'million yen')).toBeUndefined();
    expect(unitInfo('million yen').scale).toBe(1e6);
    expect(unitInfo('万人').label).toBe('万人');
  });
});
