import { it } from 'vitest';
import { buildCandidates } from '../src/extract/candidates.js';
import { extractFromText } from '../src/extract/document.js';
it('dbg', () => {
  for (const t of process.env.DBG!.split('|')) {
    console.log(t, '=>', JSON.stringify(buildCandidates([extractFromText(t, { file: 'p.txt', published: '2021-03-19' })]).map((c) => [c.figure, c.value, c.unit, c.kind])));
  }
});
