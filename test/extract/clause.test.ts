import { describe, expect, it } from 'vitest';
import { oneFigure } from '../helpers/extract.js';

describe('the quote of a figure: its clause', () => {
  it.each([
    ['内閣府は2日、青森、岩手、宮城3県の20市町村に支援を決めた。', '3県', '青森、岩手、宮城3県の20市町村に支援を決めた'],
    ['県によると、みなと市、さくら町の計2万人が避難した。', '計2万人', 'みなと市、さくら町の計2万人が避難した'],
  ])('a list of names before the figure belongs to it: %s', (text, figure, quote) => {
    expect(oneFigure(text, figure).source.quote).toBe(quote);
  });

  it('an age set off after a name keeps the name: who is 56 is the claim', () => {
    expect(oneFigure('Police arrested Ron Dale Jr., 56, of Bayside on Friday.', '56').source.quote).toContain('Ron Dale Jr., 56');
  });

  it('a comma after a clause that says something is still a clause end', () => {
    expect(oneFigure('市は3日、避難所を開設し、住民120人が身を寄せた。', '120人').source.quote).not.toContain('市は3日');
  });
});
