import { describe, expect, it } from 'vitest';
import { candidatesOf as read, oneFigure as one } from '../helpers/extract.js';

describe('digits that are no figure', () => {
  it.each([
    '詳細はhttps://example.jp/a%28b%29を参照。',
    '問い合わせは03-1234-5678まで。',
    '電話 (03) 1234-5678 で受け付ける。',
    '記事番号133-03-03-2020の内容。',
    'Call 555-123-4567 for details.',
    'See https://example.com/a%20b%2Cc for the page.',
  ])('%s gives no figure', (text) => {
    expect(read(text).map((c) => c.figure)).toEqual([]);
  });

  it('still reads a range written with a hyphen before a counter', () => {
    expect(one('参加者は30-40人だった。', '30-40人').value).toEqual({ min: 30, max: 40 });
  });
});

describe('number words that are figures of speech', () => {
  it('reads zero before a singular noun as no figure, and before a plural as one', () => {
    expect(read('It actually creates zero precedent.').map((c) => c.figure)).toEqual([]);
    expect(one('There were zero deaths reported.', 'zero deaths').value).toBe(0);
  });
});

describe('元 of a word is no currency', () => {
  it('reads 一元化 as no figure, and 5人民元 as yuan', () => {
    expect(read('窓口を一元化する方針だ。').map((c) => c.figure)).toEqual([]);
    expect(one('代金は5人民元だった。', '5人民元').unit).toBe('yuan');
  });
});
