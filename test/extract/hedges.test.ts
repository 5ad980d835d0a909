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

describe('figures taken back', () => {
  it.each([
    ['2度目の震度7は「誤り」、実際には震度3だった。', '震度7', '震度3'],
    ['県は当初、死者を7人としたのは誤りだったと訂正した。死者は5人だった。', '7人', '5人'],
    ['気象台は最大震度7を観測したと発表したが、その後最大震度を3に訂正した。', '最大震度7', '最大震度を3'],
    ['The mayor falsely claimed that 3 million people had voted. Officials said 2 million people voted.', '3 million people', '2 million people'],
  ])('%s: the figure called wrong stays out of the inbox, the one put in its place stays in', (text, wrong, right) => {
    expect(one(text, wrong).confidence).toBeLessThan(0.3);
    expect(one(text, right).confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('a figure merely near a word of error is not taken back', () => {
    expect(one('誤りを防ぐため、職員3人が確認した。', '3人').confidence).toBeGreaterThanOrEqual(0.5);
    expect(one('けが人は3人と発表したが、詳しい状況を調べている。', '3人').confidence).toBeGreaterThanOrEqual(0.5);
    expect(one('The firm wrongly billed 40 customers last year.', '40 customers').confidence).toBeGreaterThanOrEqual(0.5);
  });
});
