import { describe, expect, it } from 'vitest';
import { compareClaimSet } from '../../src/compare/index.js';
import { formatClaimReview } from '../../src/report/verdicts/claimreview.js';
import { formatJson } from '../../src/report/verdicts/json.js';
import { formatMarkdown } from '../../src/report/verdicts/markdown.js';
import { renderPlainReport } from '../../src/report/verdicts/text.js';
import { claimSetOf } from '../compare/helpers.js';

const YAML = `topic: t
subjects:
  - id: s
    question: "How many? | \\u001b]0;title\\u0007really"
    kind: count
    unit: times
    resolution: {status: resolved, accepted: a, note: "line one\\nline two"}
claims:
  - id: a
    subject: s
    outlet: "Evil\\u202Eowt\\u001b[2J"
    value: 32
    chain: [Blog, "Wire | Service", Origin]
    source: {file: seeds/a.txt, quote: "first line\\nsecond | line *bold* <b>", line: 3}
  - id: b
    subject: s
    outlet: Other
    value: {min: 38}
`;

describe('verdict formatters', () => {
  const { subjects } = compareClaimSet(claimSetOf(YAML));

  it('markdown keeps each table row on one line and escapes markup', () => {
    const md = formatMarkdown({ subjects });
    const row = md.split('\n').find((l) => l.startsWith('| Evil'))!;
    expect(row).toBe('| Evilowt | 32 | 32 times | Blog → Wire \\| Service → Origin | first line&#xA;second \\| line \\*bold\\* \\<b> | seeds/a.txt:3 |');
    expect(md).toContain('## How many? | really');
    expect(md).toContain('**Resolution:** resolved (accepted: a) — line one\nline two');
    expect(md).toContain("- Evilowt's 32 times in total contradicts Other's at least 38 times");
    expect(md).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(md).toContain('**Values stated:** 32 times (Evilowt) · ≥ 38 times (Other)');
  });

  it('the plain report strips control and bidi characters', () => {
    const text = renderPlainReport(subjects, { width: 60 });
    expect(text).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(text).toContain('✗ CONFLICT  How many? | really  [s]');
    expect(text).toContain('via Blog → Wire | Service → Origin');
    expect(text).toContain("✗ Evilowt's 32 times in total contradicts Other's at least 38 times");
  });

  it('json and claimreview write control characters as escapes', () => {
    for (const out of [formatJson({ subjects }), formatClaimReview({ subjects })]) {
      expect(out).not.toMatch(/[\u001b\u0007\u202e]/);
      expect(out).toContain('\\u202e');
    }
    expect(JSON.parse(formatJson({ subjects })).subjects[0].claims[0].outlet).toBe('Evil\u202Eowt\u001b[2J');
  });

  it('claimreview rates the accepted claim, or else how the sources relate', () => {
    const accepted = JSON.parse(formatClaimReview({ subjects }))[0].reviewRating;
    expect([accepted.ratingValue, accepted.alternateName]).toEqual([3, 'Accepted']);
    const open = compareClaimSet(claimSetOf(YAML.replace('accepted: a,', 'accepted: null,'))).subjects;
    const review = JSON.parse(formatClaimReview({ subjects: open }))[0];
    expect([review.reviewRating.ratingValue, review.reviewRating.alternateName]).toEqual([1, 'Sources conflict']);
    expect(review.claimReviewed).toBe(open[0]!.loaded.subject.question);
    const unresolved = compareClaimSet(claimSetOf(YAML.replace('status: resolved', 'status: disputed'))).subjects;
    expect(JSON.parse(formatClaimReview({ subjects: unresolved }))).toEqual([]);
  });

  it('the plain report cuts a long quote to the width, quickly', () => {
    const long = YAML.replace('source: {file: seeds/a.txt, quote: "first line\\nsecond | line *bold* <b>", line: 3}', `source: {file: seeds/a.txt, quote: ${'あ'.repeat(300_000)}}`);
    const big = compareClaimSet(claimSetOf(long)).subjects;
    const started = performance.now();
    const text = renderPlainReport(big, { width: 60 });
    expect(performance.now() - started).toBeLessThan(2000);
    const quoteLine = text.split('\n').find((l) => l.includes('「あ'))!;
    expect(quoteLine.endsWith('…」')).toBe(true);
    expect(quoteLine.length).toBeLessThan(60);
  });
});
