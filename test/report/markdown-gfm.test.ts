import type { Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { compareClaimSet } from '../../src/compare/index.js';
import { formatMarkdown } from '../../src/report/verdicts/markdown.js';
import { parseCatalog } from '../../src/sources/catalog-parse.js';
import { claimSetOf } from '../compare/helpers.js';

/**
 * The markdown report read back by a GFM parser (remark-parse + remark-gfm, as GitHub and most
 * renderers read it): every quote, outlet and question is the text as written, nothing becomes
 * HTML, markup or a link that the data did not ask for, and each source links where
 * `seeds/sources.yaml` gives its web address.
 */

const QUOTES = [
  'Tom &amp; Jerry &copy; said 32',
  'see <https://example.com/x> and <b>bold</b>',
  'a | b \\| c *not bold* _not em_ `not code` [not](a-link) ~~no~~',
  '# not a heading, 1. not a list',
  '- not an item',
  'http://example.com/a_b_c 32 times',
  '\\backslash\\ and &#42; and &lt;',
  '利用者は約120人にのぼった',
];

const yaml = `topic: t
subjects:
  - id: s
    question: "How many <people> & *things* | really?"
    kind: count
    unit: people
claims:
${QUOTES.map(
  (quote, i) => `  - id: c${i}
    subject: s
    outlet: "Outlet ${i} <i>&amp;</i> | x"
    value: ${i === QUOTES.length - 1 ? '{approx: 120}' : 32}
    source: {file: seeds/p${i}.txt, quote: ${JSON.stringify(quote)}}
`,
).join('')}  - id: multi
    subject: s
    outlet: Multi
    value: 32
    source: {file: seeds/evil.txt, quote: "line one\\nline two | 32"}
`;

const catalog = parseCatalog(
  '/repo',
  'seeds/sources.yaml',
  `sources:
  - {file: seeds/p0.txt, title: "Page & <zero>", url: "https://example.com/p0?a=1&b=2"}
  - {file: seeds/p1.txt, url: "https://example.com/p1"}
  - {file: seeds/evil.txt, title: Evil, url: "javascript:alert(1)"}
`,
);

function parse(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

describe('markdown report, read back by remark-gfm', () => {
  const { subjects } = compareClaimSet(claimSetOf(yaml));
  const markdown = formatMarkdown({ subjects, catalog });
  const tree = parse(markdown);
  const tables: Table[] = [];
  visit(tree, 'table', (node) => void tables.push(node));

  it('gives back every quote and outlet verbatim, one row per claim, line breaks too', () => {
    expect(tables).toHaveLength(1);
    const [header, ...rows] = tables[0]!.children;
    expect(header!.children.map((c) => toString(c))).toEqual(['Outlet', 'Value as written', 'As read', 'Chain', 'Quote', 'Source']);
    expect(rows).toHaveLength(QUOTES.length + 1);
    const cell = (row: number, column: number): string => toString(rows[row]!.children[column]!);
    QUOTES.forEach((quote, i) => {
      expect(cell(i, 4)).toBe(quote);
      expect(cell(i, 0)).toBe(`Outlet ${i} <i>&amp;</i> | x`);
    });
    expect(cell(QUOTES.length, 4)).toBe('line one\nline two | 32');
    // Each row is one line of the table, whatever its cells hold.
    expect(markdown.split('\n').filter((l) => l.startsWith('| ')).length).toBe(QUOTES.length + 3);
  });

  it('shows a value as its source writes it, the reading beside it', () => {
    const row = tables[0]!.children.at(-2)!;
    expect(toString(row.children[1]!)).toBe('約120人');
    expect(toString(row.children[2]!)).toMatch(/^≈ 120 people/);
    expect(toString(tables[0]!.children[1]!.children[1]!)).toBe('32');
  });

  it('turns nothing into HTML, emphasis, code, a heading or a list that the data did not ask for', () => {
    const types = new Set<string>();
    visit(tree, (node) => void types.add(node.type));
    expect(types.has('html')).toBe(false);
    expect(types.has('emphasis')).toBe(false);
    const headings: string[] = [];
    visit(tree, 'heading', (node) => void headings.push(toString(node)));
    expect(headings).toEqual(['Verdicts', 'How many <people> & *things* | really?']);
    // No backslash shows before an address written in angle brackets.
    expect(toString(tree)).toContain('see <https://example.com/x> and');
  });

  it('links each source to its web address from sources.yaml, and only to a web address', () => {
    const links: Array<[string, string]> = [];
    visit(tables[0]!, 'link', (node) => void links.push([toString(node), node.url]));
    const sourceLinks = links.filter(([, url]) => url.startsWith('https://example.com/p'));
    expect(sourceLinks).toEqual([
      ['Page & <zero>', 'https://example.com/p0?a=1&b=2'],
      ['seeds/p1.txt', 'https://example.com/p1'],
    ]);
    expect(links.some(([, url]) => url.startsWith('javascript:'))).toBe(false);
    const rows = tables[0]!.children;
    expect(toString(rows.at(-1)!.children[5]!)).toBe('Evil');
    expect(toString(rows[3]!.children[5]!)).toBe('seeds/p2.txt');
  });
});
