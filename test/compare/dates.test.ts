import { describe, expect, it } from 'vitest';
import { dayOf, formatDays, isoDay, parseDate } from '../../src/compare/dates.js';

const span = (written: string | number) => {
  const d = parseDate(written);
  if ('error' in d) throw new Error(d.error);
  return [isoDay(d.first), isoDay(d.last)];
};

describe('parseDate: a year, month or day is the interval of days it covers', () => {
  it.each([
    [2018, '2018-01-01', '2018-12-31'],
    ['2018', '2018-01-01', '2018-12-31'],
    ['2018-08', '2018-08-01', '2018-08-31'],
    ['2020-02', '2020-02-01', '2020-02-29'],
    ['2021-02', '2021-02-01', '2021-02-28'],
    ['2018-08-01', '2018-08-01', '2018-08-01'],
    ['2018/8/1', '2018-08-01', '2018-08-01'],
    ['2021-03-17T10:00:00+09:00', '2021-03-17', '2021-03-17'],
    ['2018年8月', '2018-08-01', '2018-08-31'],
    ['二〇一八年八月一日', '2018-08-01', '2018-08-01'],
    ['２０１８年', '2018-01-01', '2018-12-31'],
    ['平成30年', '2018-01-01', '2018-12-31'],
    ['令和元年5月', '2019-05-01', '2019-05-31'],
    ['August 2018', '2018-08-01', '2018-08-31'],
    ['1 August 2018', '2018-08-01', '2018-08-01'],
    ['Aug 1, 2018', '2018-08-01', '2018-08-01'],
    ['summer 2018', '2018-06-01', '2018-08-31'],
    ['2018年夏', '2018-06-01', '2018-08-31'],
    ['winter 2018', '2018-12-01', '2019-02-28'],
    ['2018年8月上旬', '2018-08-01', '2018-08-10'],
    ['2018年8月下旬', '2018-08-21', '2018-08-31'],
  ])('%s covers %s – %s', (written, first, last) => {
    expect(span(written)).toEqual([first, last]);
  });

  it.each(['2018-13', '2021-02-29', 'soon', '2018-5-40', 2018.5, '18-08'])('refuses %j', (written) => {
    expect(parseDate(written)).toHaveProperty('error');
  });
});

describe('formatDays', () => {
  it.each([
    ['2018-01-01', '2018-12-31', '2018'],
    ['2018-08-01', '2018-08-31', '2018-08'],
    ['2018-06-01', '2018-08-31', '2018-06 – 2018-08'],
    ['2018-08-01', '2018-08-01', '2018-08-01'],
    ['2018-08-03', '2018-08-05', '2018-08-03 – 2018-08-05'],
    ['2018-01-01', '2020-12-31', '2018 – 2020'],
  ])('%s – %s is written %s', (a, b, text) => {
    const [ya, ma, da] = a.split('-').map(Number) as [number, number, number];
    const [yb, mb, db] = b.split('-').map(Number) as [number, number, number];
    expect(formatDays(dayOf(ya, ma, da), dayOf(yb, mb, db))).toBe(text);
  });

  it('writes open ends', () => {
    expect(formatDays(dayOf(2018, 8, 1), Infinity)).toBe('2018-08 or later');
    expect(formatDays(-Infinity, dayOf(2021, 6, 30))).toBe('2021-06 or earlier');
    expect(formatDays(-Infinity, dayOf(2021, 6, 29))).toBe('2021-06-29 or earlier');
  });
});
