import { describe, expect, it } from 'vitest';
import { parseTopic } from '../../src/claims/parse-topic.js';
import { startOf } from '../../src/util/message.js';

/** A valid claim file; each case below breaks one line of it. */
const BASE = `topic: t
subjects:
  - id: a
    question: Q?
    kind: count
claims:
  - id: a/x
    subject: a
    value: 3
    outlet: X
    source:
      file: seeds/a.txt
      quote: three
`;

/** The findings of a claim file, as `line:col reason`. */
function findingsOf(text: string): Array<{ readonly at: string; readonly reason: string; readonly note: string | undefined }> {
  return parseTopic('claims/t.yaml', text).findings.map((f) => {
    const start = startOf(f);
    return { at: `${start.line}:${start.column}`, reason: f.reason, note: f.note };
  });
}

describe('YAML mistakes, worded for people, once each, at the line to fix', () => {
  it('the valid base file has no finding', () => {
    expect(findingsOf(BASE)).toEqual([]);
  });

  const cases: ReadonlyArray<readonly [string, string, string, RegExp]> = [
    ['a key indented one space too far', BASE.replace('    outlet: X', '     outlet: X'), '10:6', /line 10 is indented 5 spaces, more than `value` on the line above \(4\), so it reads as part of that value; expected 4 spaces/],
    ['a key indented one space too little', BASE.replace('    outlet: X', '   outlet: X'), '10:4', /line 10 is indented 3 spaces, less than the line above \(4\); expected 4 spaces/],
    ['a tab as indentation', BASE.replace('    outlet: X', '\toutlet: X'), '10:1', /a tab in the indentation; YAML indents with spaces only/],
    ['no space after a colon', BASE.replace('outlet: X', 'outlet:X'), '10:12', /expected a space after the colon in `outlet:X`/],
    ['no colon', BASE.replace('outlet: X', 'outlet X'), '10:5', /`outlet X` is not `key: value`/],
    ['an unclosed quote', BASE.replace('quote: three', 'quote: "three'), '13:14', /the quote " opened here is never closed/],
    ['an unclosed flow map', BASE.replace('value: 3', 'value: { min: 3'), '9:12', /the \{ opened here is not closed; expected a \}/],
    ['a key twice', BASE.replace('    outlet: X', '    outlet: X\n    outlet: Y'), '11:5', /the key `outlet` appears twice in one entry \(first on line 10\)/],
    ['a list dash without its space', BASE.replace('  - id: a/x', '  -id: a/x'), '7:4', /`-id` needs a space after the dash to start a list item \(`- id`\)/],
    ['": " inside a plain value', BASE.replace('outlet: X', 'outlet: X: Y'), '10:13', /the value `X: Y` holds ": "; put it in quotes \("X: Y"\)/],
  ];
  for (const [name, text, at, reason] of cases) {
    it(`${name}: one finding at ${at}`, () => {
      const found = findingsOf(text);
      expect(found.map((f) => f.at)).toEqual([at]);
      expect(found[0]!.reason).toMatch(/^Invalid YAML: /);
      expect(found[0]!.reason).toMatch(reason);
    });
  }

  it('the note shows the line before and the line of the mistake, with a caret under the column', () => {
    const [finding] = findingsOf(BASE.replace('    outlet: X', '     outlet: X'));
    expect(finding!.note).toBe([' 9 |     value: 3', '10 |      outlet: X', '   |      ^'].join('\n'));
  });

  it('two mistakes far apart are two findings, in file order', () => {
    const text = BASE.replace('    question: Q?', '   question: Q?').replace('    outlet: X', '     outlet: X');
    expect(findingsOf(text).map((f) => f.at)).toEqual(['4:4', '10:6']);
  });
});
