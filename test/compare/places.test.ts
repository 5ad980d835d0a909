import { describe, expect, it } from 'vitest';
import { previewSubject } from '../../src/compare/preview.js';
import { placeReading, countryKey } from '../../src/compare/places.js';
import type { Claim } from '../../src/claims/schema.js';

const claim = (id: string, value: string): Claim => ({ id, subject: 'where', value, outlet: id });
const relatePlaces = (a: readonly string[], b: readonly string[]): string => {
  const ra = placeReading(a.join('|'), a);
  const rb = placeReading(b.join('|'), b);
  return ra.key === rb.key ? 'same' : ra.within === rb.key || rb.within === ra.key ? 'overlap' : 'disjoint';
};
const verdictOf = (...values: string[]) =>
  previewSubject({ id: 'where', question: 'Where?', kind: 'place' }, values.map((v, i) => claim(`c${i}`, v))).verdict;

describe('places by the gazetteer', () => {
  it('a city lies in its country: 大連 and 中国 differ, they do not conflict', () => {
    expect(relatePlaces(['大連'], ['中国'])).toBe('overlap');
    expect(relatePlaces(['China'], ['Dalian'])).toBe('overlap');
    expect(verdictOf('大連', '中国')).toBe('differ');
  });

  it('one country however written is one place: 日本, 日本国内, Japan', () => {
    expect(relatePlaces(['日本国内'], ['Japan'])).toBe('same');
    expect(verdictOf('日本', '日本国内')).toBe('agree');
  });

  it('two cities, two countries, or 国外 (outside) stay apart', () => {
    expect(relatePlaces(['大連'], ['上海'])).toBe('disjoint');
    expect(relatePlaces(['韓国'], ['日本'])).toBe('disjoint');
    expect(relatePlaces(['日本国外'], ['日本'])).toBe('disjoint');
    expect(verdictOf('大連', '上海')).toBe('conflict');
  });

  it('a place the gazetteer does not know relates only to itself', () => {
    expect(relatePlaces(['みなと市'], ['日本'])).toBe('disjoint');
    expect(placeReading('みなと市', ['みなと市'])).toEqual({ type: 'text', key: 'みなと市' });
    expect(placeReading('x', ['日本']).key).toBe(countryKey('JP'));
  });

  it('differ counts a city and its country, conflict a second city, on many claims alike', () => {
    const result = previewSubject({ id: 'where', question: 'Where?', kind: 'place' }, [claim('a', '大連'), claim('b', '中国'), claim('c', 'China'), claim('d', '上海')]);
    expect(result.verdict).toBe('conflict');
    expect(result.conflicts).toEqual([['a', 'd']]);
    expect(result.differenceCount).toBe(4);
  });
});
