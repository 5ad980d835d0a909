import { describe, expect, it } from 'vitest';
import type { Kind, Value } from '../../src/claims/schema.js';
import { dayOf } from '../../src/compare/dates.js';
import { aliasResolver } from '../../src/compare/text.js';
import type { Interval } from '../../src/compare/types.js';
import { readValue, type SubjectContext } from '../../src/compare/values.js';

const I = Infinity;
const ctx = (kind: Kind, extra: Partial<SubjectContext> = {}): SubjectContext => ({
  kind,
  unit: undefined,
  base: undefined,
  tolerance: 0.1,
  aliases: aliasResolver([]),
  ...extra,
});
const iv = (lo: number, hi: number, loOpen = lo === -I, hiOpen = hi === I): Interval => ({ lo, hi, loOpen, hiOpen });

function read(value: Value, context: SubjectContext): Interval {
  const result = readValue(value, context);
  if (result.problem) throw new Error(result.problem.message);
  if (result.reading?.type !== 'interval') throw new Error('not an interval');
  return result.reading.interval;
}

describe('count and quantity values', () => {
  const times = ctx('count', { unit: 'times' });
  it.each<[string, Value, Interval]>([
    ['exact', 32, iv(32, 32)],
    ['at least', { min: 32 }, iv(32, I)],
    ['at most', { max: 5 }, iv(-I, 5)],
    ['range', { min: 30, max: 40 }, iv(30, 40)],
    ['more than (whole numbers)', { gt: 10 }, iv(11, I)],
    ['less than (whole numbers)', { lt: 10 }, iv(-I, 9)],
    ['about, ±10% by default', { approx: 3000 }, iv(2700, 3300)],
    ['about, with its own tolerance', { approx: 3000, tolerance: 0.05 }, iv(2850, 3150)],
    ['kanji numeral with qualifier', '少なくとも三十二回', iv(32, I)],
    ['in total', 'あわせて32回', iv(32, 32)],
    ['English qualifier', 'at least 38 times', iv(38, I)],
    ['suffix qualifier', '38回以上', iv(38, I)],
    ['range in a string', '30〜40回', iv(30, 40)],
    ['full-width digits', '３２回', iv(32, 32)],
    ['unit on the value', { min: 32, unit: '回' }, iv(32, I)],
    ['string bounds', { min: '三十二', max: '40回' }, iv(32, 40)],
  ])('%s: %j', (_, value, expected) => {
    expect(read(value, times)).toEqual(expected);
  });

  it('reads open and closed ends of quantities as written', () => {
    const q = ctx('quantity', { unit: 'km' });
    expect(read({ gt: 10 }, q)).toEqual(iv(10, I, true, true));
    expect(read({ gt: 1, lt: 2 }, q)).toEqual(iv(1, 2, true, true));
    expect(read('500 m', q)).toEqual(iv(0.5, 0.5));
    expect(read({ approx: 10 }, q)).toEqual(iv(9, 11));
  });

  it('uses the subject tolerance unless the value sets its own', () => {
    const loose = ctx('quantity', { tolerance: 0.5 });
    expect(read({ approx: 100 }, loose)).toEqual(iv(50, 150));
    expect(read({ approx: 100, tolerance: 0 }, loose)).toEqual(iv(100, 100));
    expect(read('約100', loose)).toEqual(iv(50, 150));
    expect(read({ approx: 100, tolerance: 20 }, loose)).toEqual(iv(80, 120));
  });

  it('applies scales: 8600万, 1.2 million, 1億2570万', () => {
    const people = ctx('count', { unit: 'people' });
    expect(read('8600万', people)).toEqual(iv(86_000_000, 86_000_000));
    expect(read('8600万人', people)).toEqual(iv(86_000_000, 86_000_000));
    expect(read('1.2 million users', people)).toEqual(iv(1_200_000, 1_200_000));
    expect(read({ min: '1億2570万' }, people)).toEqual(iv(125_700_000, I));
  });

  it('reads a share of the base as share × base', () => {
    const japanese = ctx('count', { unit: 'people', base: 125_700_000 });
    expect(read({ share: { min: 0.7 } }, japanese)).toEqual(iv(87_990_000, I));
    expect(read({ share: '7割' }, japanese)).toEqual(iv(87_990_000, 87_990_000));
    expect(read({ share: '70%' }, japanese)).toEqual(iv(87_990_000, 87_990_000));
    expect(read('7割以上', japanese)).toEqual(iv(87_990_000, I));
    expect(read({ share: { min: 0.5, max: 0.6 } }, japanese)).toEqual(iv(62_850_000, 75_420_000));
  });

  it.each<[string, Value, SubjectContext, string, readonly (string | number)[]]>([
    ['a unit of another dimension', '32人', ctx('count', { unit: 'times' }), 'unit-mismatch', []],
    ['a unit key of another dimension', { min: 32, unit: 'yen' }, ctx('count', { unit: 'times' }), 'unit-mismatch', ['unit']],
    ['a bound in another unit', { min: '32人' }, ctx('count', { unit: 'times' }), 'unit-mismatch', ['min']],
    ['a share without base', { share: 0.7 }, ctx('count', { unit: 'people' }), 'unit-mismatch', ['share']],
    ['a percent without base', '70%', ctx('count', { unit: 'people' }), 'unit-mismatch', []],
    ['a share above 1', { share: 70 }, ctx('count', { base: 100 }), 'invalid-value', ['share']],
    ['words', 'many', ctx('count'), 'invalid-value', []],
    ['a boolean', true, ctx('count'), 'invalid-value', []],
    ['date keys', { from: 2018 }, ctx('count'), 'invalid-value', ['from']],
    ['min above max', { min: 40, max: 30 }, ctx('count'), 'invalid-value', ['max']],
    ['min and gt', { min: 1, gt: 2 }, ctx('count'), 'invalid-value', ['gt']],
    ['approx with a bound', { approx: 10, min: 5 }, ctx('count'), 'invalid-value', ['min']],
    ['tolerance alone', { min: 5, tolerance: 0.2 }, ctx('count'), 'invalid-value', ['tolerance']],
    ['an empty value', {}, ctx('count'), 'invalid-value', []],
    ['no whole number', { gt: 10, lt: 11 }, ctx('count'), 'invalid-value', []],
    ['two qualifiers', '約32回以上', ctx('count'), 'invalid-value', []],
  ])('refuses %s', (_, value, context, ruleId, path) => {
    const result = readValue(value, context);
    expect(result.reading).toBeUndefined();
    expect(result.problem?.ruleId).toBe(ruleId);
    expect(result.problem?.path).toEqual(path);
    expect(result.problem?.message).toMatch(/^Unexpected/);
  });
});

describe('share values', () => {
  it.each<[Value, Interval]>([
    [0.7, iv(0.7, 0.7)],
    [{ min: 0.7 }, iv(0.7, I)],
    ['7割', iv(0.7, 0.7)],
    ['70%', iv(0.7, 0.7)],
    ['42 percent', iv(0.42, 0.42)],
    ['7割以上', iv(0.7, I)],
    [{ share: 0.5 }, iv(0.5, 0.5)],
  ])('%j', (value, expected) => {
    expect(read(value, ctx('share'))).toEqual(expected);
  });

  it('reads bare numbers as percents when the subject unit is %', () => {
    expect(read(70, ctx('share', { unit: '%' }))).toEqual(iv(0.7, 0.7));
    expect(read('70%', ctx('share', { unit: '%' }))).toEqual(iv(0.7, 0.7));
  });

  it('refuses a share above 1 and a share in people', () => {
    expect(readValue(70, ctx('share')).problem?.ruleId).toBe('invalid-value');
    expect(readValue('70人', ctx('share')).problem?.ruleId).toBe('unit-mismatch');
  });
});

describe('date and period values', () => {
  const d = dayOf;
  it.each<[string, Value, Interval]>([
    ['a number is a year', 2018, iv(d(2018, 1, 1), d(2018, 12, 31))],
    ['a month', '2018-08', iv(d(2018, 8, 1), d(2018, 8, 31))],
    ['a day', '2018-08-01', iv(d(2018, 8, 1), d(2018, 8, 1))],
    ['a season as {from, to}', { from: '2018-06', to: '2018-08' }, iv(d(2018, 6, 1), d(2018, 8, 31))],
    ['open end: from', { from: '2021-07' }, iv(d(2021, 7, 1), I)],
    ['open end: to', { to: '2021-06' }, iv(-I, d(2021, 6, 30))],
    ['before', { before: '2021-06-30' }, iv(-I, d(2021, 6, 29))],
    ['after', { after: '2021-07-01' }, iv(d(2021, 7, 2), I)],
    ['after a month', { after: '2021-06' }, iv(d(2021, 7, 1), I)],
    ['from and before', { from: 2018, before: 2021 }, iv(d(2018, 1, 1), d(2020, 12, 31))],
    ['Japanese, kanji digits', '二〇一八年八月', iv(d(2018, 8, 1), d(2018, 8, 31))],
    ['a span in a string', '2018-08〜2021-02', iv(d(2018, 8, 1), d(2021, 2, 28))],
    ['since: the date something began', 'since 2018-08', iv(d(2018, 8, 1), d(2018, 8, 31))],
    ['a lone から: the date something began', '2018年8月から', iv(d(2018, 8, 1), d(2018, 8, 31))],
    ['以降', '2018年8月以降', iv(d(2018, 8, 1), I)],
    ['以後 is inclusive like 以降', '2018年8月以後', iv(d(2018, 8, 1), I)],
    ['より前 is strict', '2018年8月より前', iv(-I, d(2018, 7, 31))],
    ['or later', '2018-08 or later', iv(d(2018, 8, 1), I)],
    ['まで', '2021年6月まで', iv(-I, d(2021, 6, 30))],
    ['ごろ', '2018年夏ごろ', iv(d(2018, 6, 1), d(2018, 8, 31))],
  ])('%s: %j', (_, value, expected) => {
    expect(read(value, ctx('date'))).toEqual(expected);
  });

  it('reads a period as the days from the first of `from` to the last of `to`', () => {
    expect(read({ from: '2018-08', to: '2021-02' }, ctx('period'))).toEqual(iv(d(2018, 8, 1), d(2021, 2, 28)));
    expect(read({ from: 2018 }, ctx('period'))).toEqual(iv(d(2018, 1, 1), I));
  });

  it.each<[Value, readonly (string | number)[]]>([
    [{ min: 2018 }, ['min']],
    [{ from: 2021, to: 2018 }, ['to']],
    [{ from: 2018, after: 2017 }, ['after']],
    [{ to: 2018, before: 2019 }, ['before']],
    [{ from: '2018-13' }, ['from']],
    ['next year', []],
    [true, []],
  ])('refuses %j', (value, path) => {
    const result = readValue(value, ctx('date'));
    expect(result.problem?.ruleId).toBe('invalid-value');
    expect(result.problem?.path).toEqual(path);
  });
});

describe('place, text and boolean values', () => {
  const places = ctx('place', { aliases: aliasResolver([{ 大連: ['Dalian', '大连'] }]) });
  it('folds and resolves aliases', () => {
    const key = (v: Value) => {
      const r = readValue(v, places).reading;
      return r?.type === 'text' ? r.key : undefined;
    };
    expect(key('Dalian')).toBe(key('大連'));
    expect(key('大连')).toBe(key('大連'));
    expect(key('ＤＡＬＩＡＮ')).toBe(key('大連'));
    expect(key('Shanghai')).not.toBe(key('大連'));
    expect(readValue('Dalian', places).display).toBe('大連 (Dalian)');
  });

  it('keeps messages short when a value is huge', () => {
    const problem = readValue('x'.repeat(100_000), ctx('count')).problem!;
    expect(problem.message.length).toBeLessThan(200);
    expect(problem.message).toContain('x…"');
  });

  it('reads yes and no', () => {
    expect(readValue(true, ctx('boolean')).reading).toEqual({ type: 'boolean', value: true });
    expect(readValue('いいえ', ctx('boolean')).reading).toEqual({ type: 'boolean', value: false });
    expect(readValue('maybe', ctx('boolean')).problem?.ruleId).toBe('invalid-value');
    expect(readValue({ min: 1 }, ctx('place')).problem?.ruleId).toBe('invalid-value');
  });
});
