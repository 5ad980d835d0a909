import { describe, expect, it } from 'vitest';
import { isSentenceEnd } from '../../src/lang/sentences.js';

/** The sentences of a text, cut where isSentenceEnd says one ends. */
function sentences(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    if (isSentenceEnd(text, k)) {
      out.push(text.slice(from, k + 1).trim());
      from = k + 1;
    }
  }
  if (text.slice(from).trim() !== '') out.push(text.slice(from).trim());
  return out;
}

describe('sentence bounds', () => {
  it.each([
    ['The president declared an emergency at the southern U.S. border on Friday. Lawmakers objected.', 2],
    ['Mr. Smith and Dr. Jones met Sen. Brown. They talked.', 2],
    ['The vote is set for Jan. 20 in the Senate. It may slip.', 2],
    ['He lives at No. 10 with John D. Podesta. Nobody else does.', 2],
    ['U.S. President Obama spoke. Then he left.', 2],
    ['The hearing ended at 2 p.m. The judge left.', 2],
    ['It happened in the U.S.', 1],
    ['首相は会見した。記者が質問した！', 2],
    ['Sales rose 3.5 percent. Costs fell.', 2],
  ])('%s → %i sentences', (text, count) => {
    expect(sentences(text)).toHaveLength(count);
  });

  it('ends a sentence at a full stop before a capital after a month abbreviation only when no digit follows', () => {
    expect(sentences('It began in Sept. 11 people died.')).toHaveLength(1);
    expect(sentences('The deal closed in Dec. Prices rose.')).toHaveLength(2);
  });
});
