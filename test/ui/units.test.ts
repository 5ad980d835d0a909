import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { parseDocument } from 'yaml';
import { deprecateClaim, editYamlText, EditError, setResolution } from '../../src/claims/edit.js';
import { figureRanges } from '../../src/ui/figure-spans.js';
import { windowTop } from '../../src/ui/list-window.js';
import { decideColor } from '../../src/ui/color.js';
import { parseInbox, candidateToClaim } from '../../src/claims/inbox.js';
import { locateQuote } from '../../src/ui/capture.js';
import { fit, truncate, wrap } from '../../src/ui/text-width.js';
import { fitChain } from '../../src/ui/format.js';
import { diffWords, wordSegments } from '../../src/ui/word-diff.js';
import { syntheticReviewData } from '../helpers/synthetic-review.js';
import { filterResults, sortResults } from '../../src/ui/subject-order.js';

const figures = (quote: string, value?: unknown) => figureRanges(quote, value as never).map(([a, b]) => quote.slice(a, b));

describe('figure highlighting', () => {
  it('finds kanji, full-width and Arabic figures with their counters, and prefers the claimed value', () => {
    expect(figures('四人はサーバーに少なくとも三十二回アクセスしていた', { min: 32 })).toEqual(['三十二回']);
    expect(figures('四人はサーバーに少なくとも三十二回アクセスしていた')).toEqual(['四人', '三十二回']);
    expect(figures('中国人スタッフ4人は、2018年8月から', '2018-08')).toEqual(['2018年', '8月']);
    expect(figures('利用者の一部が８６００万人', 86_000_000)).toEqual(['８６００万人']);
    expect(figures('一部の利用者')).toEqual([]);
    expect(figures('拠点は大連にあった', '大連')).toEqual(['大連']);
  });
});

describe('word diff', () => {
  it('segments Japanese into words and diffs by word, not by line', () => {
    expect(wordSegments('少なくとも38回アクセス').length).toBeGreaterThan(2);
    const parts = diffWords('少なくとも38回アクセスしていた', 'あわせて32回アクセスしていた');
    expect(parts.some((p) => p.type === 'same' && p.text.includes('アクセス'))).toBe(true);
    expect(parts.filter((p) => p.type === 'removed').map((p) => p.text).join('')).toContain('38');
    expect(parts.filter((p) => p.type === 'added').map((p) => p.text).join('')).toContain('32');
  });
});

describe('display width', () => {
  it('truncates and pads by terminal cells, East Asian characters counting two', () => {
    expect(truncate('中日新聞の報道', 7)).toBe('中日新…');
    expect(stringWidth(truncate('中日新聞の報道', 7))).toBeLessThanOrEqual(7);
    expect(fit('JNN', 6)).toBe('JNN   ');
    expect(stringWidth(fit('読者コメント', 5))).toBe(5);
    expect(wrap('あいうえおかきくけこ', 6)).toEqual(['あいう', 'えおか', 'きくけ', 'こ']);
  });
});

describe('list window', () => {
  it('moves only when the selection leaves the window', () => {
    expect(windowTop(0, 10_000, 20, 0)).toBe(0);
    expect(windowTop(19, 10_000, 20, 0)).toBe(0);
    expect(windowTop(20, 10_000, 20, 0)).toBe(1);
    expect(windowTop(5, 10_000, 20, 10)).toBe(5);
    expect(windowTop(9_999, 10_000, 20, 0)).toBe(9_980);
    expect(windowTop(3, 5, 20, 7)).toBe(0);
  });
});

describe('colour', () => {
  it('is decided from NO_COLOR, FORCE_COLOR, TERM and the TTY', () => {
    expect(decideColor({}, true)).toBe(true);
    expect(decideColor({ NO_COLOR: '1' }, true)).toBe(false);
    expect(decideColor({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(decideColor({ TERM: 'dumb' }, true)).toBe(false);
    expect(decideColor({}, false)).toBe(false);
    expect(decideColor({ FORCE_COLOR: '1' }, false)).toBe(true);
  });
});

describe('subject order and search', () => {
  it('puts conflicts first, then differ, then agree, and searches questions and outlets', () => {
    const { results } = syntheticReviewData(8);
    const verdicts = sortResults(results).map((r) => r.verdict);
    expect(verdicts).toEqual(['conflict', 'conflict', 'differ', 'differ', 'agree', 'agree', 'agree', 'agree']);
    expect(filterResults(results, { type: 'verdict', verdict: 'differ' }, '').length).toBe(2);
    expect(filterResults(results, { type: 'all' }, 'case 7?').map((r) => r.loaded.subject.id)).toEqual(['subject-7']);
    expect(filterResults(results, { type: 'outlet', outlet: 'Reuters' }, '').length).toBeGreaterThan(0);
  });
});

describe('claim file edits', () => {
  const TEXT = [
    '# a topic',
    'topic: t',
    'subjects:',
    '  - id: s  # the subject',
    '    question: Q?',
    '    kind: count',
    '    resolution:',
    '      status: open  # keep me',
    '      note: old',
    'claims:',
    '  - id: s/a',
    '    subject: s',
    '    value: {min: 32}',
    '    chain: [A, B]',
    '    outlet: A',
    '',
  ].join('\n');

  it('changes only the edited lines: comments, flow style and spacing stay', () => {
    const out = editYamlText(TEXT, (doc) => setResolution(doc, 's', { status: 'resolved', accepted: 's/a' }));
    expect(out).toBe(TEXT.replace('      status: open  # keep me\n      note: old\n', '      status: resolved # keep me\n      accepted: s/a\n'));
  });

  it('deprecates with a reason, keeps CRLF line ends and a byte-order mark', () => {
    const crlf = `\uFEFF${TEXT.replace(/\n/g, '\r\n')}`;
    const out = editYamlText(crlf, (doc) => deprecateClaim(doc, 's/a', 'shown wrong'));
    expect(out.startsWith('\uFEFF# a topic\r\n')).toBe(true);
    expect(out).toContain('    outlet: A\r\n    rank: deprecated\r\n    reason: shown wrong\r\n');
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(parseDocument(out.slice(1)).toJS().claims[0].rank).toBe('deprecated');
  });

  it('refuses unknown ids and broken YAML', () => {
    expect(() => editYamlText(TEXT, (doc) => setResolution(doc, 'nope', { status: 'open' }))).toThrow(EditError);
    expect(() => editYamlText('a: [', () => undefined)).toThrow(/not valid YAML/);
  });
});

describe('inbox', () => {
  it('reads candidates with their lines and turns one into a valid claim with a fresh id', () => {
    const inbox = parseInbox('candidates:\n  - outlet: JNN\n    value: 32\n    source: {file: seeds/a.txt, quote: 32回}\n  - outlet: NHK\n    value: 4\n');
    expect(inbox.candidates.map((c) => c.line)).toEqual([2, 5]);
    const made = candidateToClaim(inbox.candidates[0]!, 'access-count', new Set(['access-count/JNN']));
    expect(made).toEqual({ claim: { id: 'access-count/JNN-2', subject: 'access-count', outlet: 'JNN', value: 32, source: { file: 'seeds/a.txt', quote: '32回' } } });
    expect(parseInbox('candidates: [').error).toMatch(/claims\/inbox.yaml:1:\d+: invalid YAML/);
  });
});

describe('quote location', () => {
  it('prefers the occurrence whose suffix matches, then the one nearest the line hint', () => {
    const text = 'x 32回 a\ny 32回 b\nz 32回 c';
    expect(locateQuote(text, { quote: '32回', suffix: ' b' })).toEqual([10, 13]);
    expect(locateQuote(text, { quote: '32回', line: 3 })).toEqual([18, 21]);
    expect(locateQuote(text, { quote: '38回' })).toBeUndefined();
  });
});

describe('README key map', () => {
  it('documents every key the Help screen lists', async () => {
    const { readFileSync } = await import('node:fs');
    const { KEY_MAP } = await import('../../src/ui/key-map.js');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Reviewing (urazuke review)'));
    for (const [where, , what] of KEY_MAP) {
      expect(section).toContain(`| ${where} |`);
      expect(section).toContain(`| ${what} |`);
    }
  });
});

describe('chains cut in the middle', () => {
  const claim = (chain: string[] | undefined) => ({ id: 'a/b', subject: 'a', value: 1, outlet: chain?.[0] ?? 'NHK', ...(chain ? { chain } : {}) }) as never;
  const width = (text: string) => stringWidth(text);

  it('shows the whole chain when it fits, and the outlet alone without one', () => {
    expect(fitChain(claim(['読者コメント', 'JBpress', '朝日新聞']), 80)).toBe('読者コメント → JBpress → 朝日新聞');
    expect(fitChain(claim(undefined), 80)).toBe('NHK');
  });

  it('drops the middle links first, keeping the outermost link and the origin', () => {
    const three = claim(['読者コメント', 'JBpress', '朝日新聞']);
    expect(fitChain(three, 30)).toBe('読者コメント → … → 朝日新聞');
    const five = claim(['A-outer', 'B-second', 'C-middle', 'D-fourth', 'E-origin']);
    expect(fitChain(five, 48)).toBe('A-outer → B-second → … → D-fourth → E-origin');
    expect(fitChain(five, 40)).toBe('A-outer → B-second → … → E-origin');
    expect(fitChain(five, 25)).toBe('A-outer → … → E-origin');
  });

  it('then cuts the outermost link, and the origin only when nothing else is left', () => {
    const three = claim(['てらまち・ねっと', '中日新聞', 'LINE']);
    const cut = fitChain(three, 16);
    expect(cut.endsWith(' → … → LINE')).toBe(true);
    expect(width(cut)).toBeLessThanOrEqual(16);
    expect(fitChain(three, 8)).toBe('… → LINE');
    for (let w = 0; w < 40; w++) expect(width(fitChain(three, w))).toBeLessThanOrEqual(w);
  });
});
