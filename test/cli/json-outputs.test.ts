import { afterAll, describe, expect, it } from 'vitest';
import { removeDir, runCli, writeRepo } from '../helpers/cli.js';

/**
 * Every JSON output can be pasted into HTML as it is (a `<script type="application/ld+json">`, a
 * page's data block): `<`, `>` and `&` only ever appear as `\u003c`, `\u003e`, `\u0026`, and the
 * data parses back to the text as written, markup and entities included.
 */

const MARKUP = '</script><b>&amp;';
const repo = writeRepo({
  'seeds/page.txt': `記事 ${MARKUP}\n関係者によると、${MARKUP}の利用者は少なくとも32人にのぼった。\n`,
  'claims/t.yaml': [
    'topic: t',
    'subjects:',
    `  - id: users`,
    `    question: "How many users ${MARKUP}?"`,
    '    kind: count',
    '    resolution: { status: resolved, note: "Checked </script> & done" }',
    'claims:',
    '  - id: users/a',
    '    subject: users',
    '    value: { min: 32 }',
    `    outlet: "Outlet ${MARKUP}"`,
    '    source:',
    '      file: seeds/page.txt',
    `      quote: "${MARKUP}の利用者は少なくとも32人"`,
    '  - id: users/b',
    '    subject: users',
    '    value: 33',
    '    outlet: B',
    '    source:',
    '      file: seeds/page.txt',
    `      quote: "${MARKUP}の利用者は少なくとも33人"`,
    '',
  ].join('\n'),
});
afterAll(() => removeDir(repo));

describe('JSON outputs escape <, > and & (safe inside HTML) and keep the data', () => {
  it.each([
    [['report', '.', '--format', 'json']],
    [['report', '.', '--format', 'claimreview']],
    [['check', '.', '--format', 'json']],
    [['check', '.', '--format', 'sarif']],
    [['extract', 'seeds/page.txt', '--format', 'json']],
  ])('%j', (args) => {
    const r = runCli(args, { cwd: repo });
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(r.stdout).not.toMatch(/[<>&]/);
    expect(r.stdout).toContain('\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;');
    expect(JSON.stringify(JSON.parse(r.stdout))).toContain(MARKUP);
  });
});
