import { describe, expect, it } from 'vitest';
import { looksEnglish } from '../../src/lang/script.js';

describe('looksEnglish', () => {
  it('tells an English sentence from a Japanese one', () => {
    expect(looksEnglish('At least 47 people were killed, officials said.')).toBe(true);
    expect(looksEnglish('少なくとも47人が死亡したと県が発表した。')).toBe(false);
  });

  it('counts neither digits nor signs, so a short line of figures is English by its letters', () => {
    expect(looksEnglish('The range is 2014-2018.')).toBe(true);
    expect(looksEnglish('2014-2018')).toBe(false);
  });

  it('reads a Japanese sentence quoting an English name as Japanese', () => {
    expect(looksEnglish('LINEの利用者は8600万人に上る。')).toBe(false);
  });

  it('looks only at the part it is given', () => {
    const text = '県によると、The toll rose to 55.';
    expect(looksEnglish(text, text.indexOf('The'), text.length)).toBe(true);
    expect(looksEnglish(text, 0, text.indexOf('The'))).toBe(false);
  });
});
