import { describe, expect, it } from 'vitest';
import type { Subject } from '../../src/claims/schema.js';
import { chooseSubject, kindUnitMisfit, placeholderQuestion, questionFit } from '../../src/extract/subject-fit.js';

const injured: Subject = { id: 'injured', question: 'How many people were injured at the festival?', kind: 'count', unit: 'people' };
const accesses: Subject = { id: 'access-count', question: 'How many times did the engineers access the servers?', kind: 'count', unit: 'times' };
const opened: Subject = { id: 'opened', question: 'When did the festival open?', kind: 'date' };
const people = { kind: 'count', unit: 'people', value: { approx: 450000 } } as const;

describe('kindUnitMisfit', () => {
  it('lets a figure into a subject of its kind and a unit it converts to, and says why not otherwise', () => {
    expect(kindUnitMisfit(people, injured)).toBeUndefined();
    expect(kindUnitMisfit({ kind: 'count', unit: '人', value: 12 }, injured)).toBeUndefined();
    expect(kindUnitMisfit(people, accesses)).toBe('it is a count in times, the figure is in people');
    expect(kindUnitMisfit(people, opened)).toBe('it is a date, the figure a count');
    expect(kindUnitMisfit({ kind: 'date', value: '2024-05-01' }, opened)).toBeUndefined();
    expect(kindUnitMisfit({ kind: 'count', value: { share: 0.7 } }, injured)).toBe('it is a count in people with no base, the figure a share');
    expect(kindUnitMisfit({ kind: 'count', value: { share: 0.7 } }, { ...injured, base: 1000 })).toBeUndefined();
  });
});

describe('questionFit', () => {
  it('reads the words that name something, inflections folded, function words and units left out', () => {
    expect(questionFit(injured.question, 'Twelve people were injured').shared).toEqual(['injured']);
    expect(questionFit(injured.question, 'injuries at the festival')).toEqual({ judged: true, shared: ['injured', 'festival'], of: 2, likeness: 1 });
    // half of the words in common: "Twelve" is a number, no word
    expect(questionFit(injured.question, 'Twelve people were injured')).toMatchObject({ shared: ['injured'], likeness: 0.5 });
    expect(questionFit(injured.question, 'About 450,000 people attended the festival')).toMatchObject({ shared: ['festival'], likeness: 1 / 3 });
    // every word of the question in the clause around the quote
    expect(questionFit(injured.question, 'Fifteen were injured', 'at the festival on Saturday, police said').shared).toEqual(['injured', 'festival']);
    expect(questionFit('何人が負傷したか', '15人が負傷したと消防が発表した').shared).toEqual(['負傷']);
  });

  it('cannot judge a question in another script than the text', () => {
    expect(questionFit(accesses.question, '四人はサーバーに少なくとも三十二回アクセスしていた').judged).toBe(false);
  });

  it('reads the quote inside the question written for a new subject', () => {
    const fit = questionFit(placeholderQuestion('At least 15 people were injured'), 'Twelve people were injured');
    expect(fit).toEqual({ judged: true, shared: ['injured'], of: 1, likeness: 1 });
  });
});

describe('chooseSubject', () => {
  const base = { figure: people, subjects: [accesses, opened, injured], newId: 'people-1' } as const;

  it('never files an attendance under a subject whose question is about injuries, even when suggested', () => {
    const choice = chooseSubject({ ...base, suggested: 'injured', quote: 'About 450,000 people attended the festival' });
    expect(choice).toMatchObject({ status: 'chosen', id: 'people-1', existing: false });
    if (choice.status === 'chosen') expect(choice.reason).toContain("injured: a count in people, but its question shares only 'festival' with the quote");
  });

  it('chooses an existing subject whose kind, unit and question fit, and says why', () => {
    const choice = chooseSubject({ ...base, figure: { kind: 'count', unit: 'people', value: 15 }, quote: 'At least 15 people were injured at the festival' });
    expect(choice).toEqual({
      status: 'chosen',
      id: 'injured',
      existing: true,
      reason: "a count in people like the figure, and its question speaks of 'injured', 'festival' as the quote does",
    });
  });

  it('takes the subject the extractor found alike when the question cannot be read against the quote', () => {
    const choice = chooseSubject({ ...base, figure: { kind: 'count', unit: 'times', value: { min: 32 } }, suggested: 'access-count', quote: '少なくとも三十二回アクセスしていた' });
    expect(choice).toMatchObject({ status: 'chosen', id: 'access-count', existing: true });
    expect(chooseSubject({ ...base, figure: { kind: 'count', unit: 'times', value: { min: 32 } }, quote: '少なくとも三十二回アクセスしていた' })).toMatchObject({ id: 'people-1', existing: false });
  });

  it('files under the subject named, new or existing, and refuses one that cannot hold the figure', () => {
    expect(chooseSubject({ ...base, named: 'crowd', quote: '' })).toEqual({ status: 'chosen', id: 'crowd', existing: false, reason: 'new, named with --subject' });
    expect(chooseSubject({ ...base, named: 'injured', quote: 'attended' })).toMatchObject({ status: 'chosen', id: 'injured', existing: true });
    expect(chooseSubject({ ...base, named: 'access-count', quote: '' })).toEqual({ status: 'misfit', id: 'access-count', reason: 'it is a count in times, the figure is in people' });
  });
});
