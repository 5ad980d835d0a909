import { expect } from 'vitest';
import { buildCandidates, type Candidate } from '../../src/extract/candidates.js';
import { extractFromText } from '../../src/extract/document.js';

/** The candidates of a text read as one page published on `published`. */
export function candidatesOf(text: string, published = '2021-03-19'): Candidate[] {
  return buildCandidates([extractFromText(text, { file: 'page.txt', published })]);
}

/** The one candidate whose figure is `figure` (the test fails when there is none or several). */
export function oneFigure(text: string, figure: string, published?: string): Candidate {
  const found = candidatesOf(text, published).filter((c) => c.figure === figure);
  expect(found.map((c) => c.figure), `figures of ${text}`).toEqual([figure]);
  return found[0]!;
}
