import Encoding from 'encoding-japanese';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE, CASE_TIMEOUT_MS, claimEntry, claimFile, cleanUp, expectSafeExit, repo, run } from './helpers.js';

afterAll(cleanUp);

/** Bytes of `text` in Shift_JIS, through encoding-japanese. */
function legacySjis(text: string): Buffer {
  return Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' }));
}

/** A heap small enough that work or memory growing with the square of the input fails the case. */
const SMALL_HEAP = { NODE_OPTIONS: '--max-old-space-size=256' };

describe('bounded work on hostile input (built CLI, time and heap capped)', () => {
  describe('one subject of 6,000 claims that all state different values', () => {
    const n = 6000;
    const pairs = (n * (n - 1)) / 2;
    const entries = Array.from({ length: n }, (_, i) => claimEntry(`access-count/c${i}`, { value: String(i + 1), outlet: `Outlet ${i}` }));
    const dir = repo({ 'seeds/article.txt': ARTICLE, 'claims/line.yaml': claimFile(entries) });

    it('check counts the conflicting pairs without storing them, and names the first', () => {
      const r = run(['check', '.'], { cwd: dir, env: SMALL_HEAP, timeout: 2 * CASE_TIMEOUT_MS });
      expectSafeExit(r, [0]);
      expect(r.stdout).toContain("Outlet 0's 1 times in total contradicts Outlet 1's 2 times in total");
      expect(r.stdout).toContain(`(and ${(pairs - 1).toLocaleString('en-US')} more pairs)`);
    });

    it('report lists the first pairs and says how many more; json gives the capped list with the whole count', () => {
      const text = run(['report', '.', '--format', 'text'], { cwd: dir, env: SMALL_HEAP, timeout: 2 * CASE_TIMEOUT_MS });
      expectSafeExit(text, [0]);
      const listed = text.stdout.split('\n').filter((line) => / contradicts /.test(line));
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.length).toBeLessThan(1000);
      expect(text.stdout).toContain(`and ${(pairs - listed.length).toLocaleString('en-US')} more conflicting pairs`);
      const json = run(['report', '.', '--format', 'json'], { cwd: dir, env: SMALL_HEAP, timeout: 2 * CASE_TIMEOUT_MS });
      expectSafeExit(json, [0]);
      const [subject] = (JSON.parse(json.stdout) as { subjects: { conflicts: string[][]; conflictCount: number; verdict: string }[] }).subjects;
      expect(subject!.verdict).toBe('conflict');
      expect(subject!.conflictCount).toBe(pairs);
      expect(subject!.conflicts.length).toBe(listed.length);
      expect(subject!.conflicts[0]).toEqual(['access-count/c0', 'access-count/c1']);
    });
  });

  describe('a capture of 20,000 short lines of figures, each a line of its own', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `${i % 7},${100 + (i % 900)}人`).join('\n');
    const dir = repo({ 'seeds/figures.txt': `${lines}\n` });

    it('extract reads every line within the bound (each short line is a headline-like line, credited in one pass)', () => {
      const r = run(['extract', 'seeds/figures.txt', '--format', 'json', '--threads', '1'], { cwd: dir, env: SMALL_HEAP, timeout: 2 * CASE_TIMEOUT_MS });
      expectSafeExit(r, [0]);
      expect((JSON.parse(r.stdout) as { candidates: unknown[] }).candidates.length).toBeGreaterThan(800);
    });
  });

  describe('a 9 MB capture of a million short lines of figures, streamed', () => {
    const lines: string[] = [];
    for (let i = 0; i < 1_000_000; i++) lines.push(`${i % 7},${100 + (i % 900)}人`);
    const dir = repo({ 'seeds/huge.txt': `${lines.join('\n')}\n` });

    it('extract --format json reads it in parts within a 384 MB heap (whole, it takes about a gigabyte), every line number kept', () => {
      const r = run(['extract', 'seeds/huge.txt', '--format', 'json'], { cwd: dir, env: { NODE_OPTIONS: '--max-old-space-size=384', URAZUKE_STREAM_BYTES: '1000' }, timeout: 6 * CASE_TIMEOUT_MS });
      expectSafeExit(r, [0]);
      const candidates = (JSON.parse(r.stdout) as { candidates: { source: { line: number; quote: string } }[] }).candidates;
      // 6,300 distinct lines, each proposed once
      expect(candidates).toHaveLength(6300);
      for (const c of candidates.filter((_, k) => k % 97 === 0)) expect(lines[c.source.line - 1]).toBe(c.source.quote);
      // The run's own bound (6 cases) decides; vitest's 30 s default would cut it first on a busy machine.
    }, 6 * CASE_TIMEOUT_MS + 10_000);
  });

  describe('an HTML capture of 5,000 unclosed <div> on one line', () => {
    const page = `<html><head><title>LINE</title></head><body>${'<div>'.repeat(5000)}<p>JNNは、あわせて32回の<b>アクセス</b>があったと伝えた。</p></body></html>\n`;
    const dir = repo({
      'seeds/page.html': page,
      // The quote is in the text content only: the markup splits it in the file.
      'claims/line.yaml': claimFile([claimEntry('access-count/jnn', { file: 'seeds/page.html', quote: 'あわせて32回のアクセスがあった' })]),
    });

    it('check finds the quote in the text content', () => {
      const r = run(['check', '.', '--format', 'json'], { cwd: dir, env: SMALL_HEAP });
      expectSafeExit(r, [0]);
      const rules = (JSON.parse(r.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
      expect(rules).not.toContain('quote-not-found');
    });

    it('extract reads the figure with its qualifier across the markup', () => {
      const r = run(['extract', '--format', 'json', 'seeds/page.html'], { cwd: dir, env: SMALL_HEAP });
      expectSafeExit(r, [0]);
      const found = (JSON.parse(r.stdout) as { candidates: { value: unknown; source: { quote: string } }[] }).candidates;
      expect(found).toContainEqual(expect.objectContaining({ value: 32, source: expect.objectContaining({ quote: expect.stringContaining('あわせて32回のアクセス') }) }));
    });
  });

  describe('markup, encodings and bytes that are not what they claim', () => {
    const QUOTE = 'あわせて32回のアクセスがあった';
    // A list nested 1,400 deep: 2 MB of indentation, each line one level deeper.
    const deep = Array.from({ length: 1400 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
    // Shift_JIS with one byte (0xFF, never valid in it) in the middle of line 200 of ~100 kB.
    const sjisLines = Array.from({ length: 400 }, (_, i) => `第${i}段落：関係者によると、サーバーへの接続は複数回にわたり確認されたという。`);
    const badLine = 200;
    const badColumn = 6;
    const sjisBefore = [...sjisLines.slice(0, badLine - 1), sjisLines[badLine - 1]!.slice(0, badColumn - 1)].join('\n');
    const sjisAfter = [sjisLines[badLine - 1]!.slice(badColumn - 1), ...sjisLines.slice(badLine), ARTICLE].join('\n');
    const sjis = Buffer.concat([legacySjis(sjisBefore), Buffer.from([0xff]), legacySjis(sjisAfter)]);
    const cite = (id: string, file: string) => claimEntry(id, { file, quote: QUOTE });

    interface JsonFinding {
      readonly file: string;
      readonly line: number;
      readonly column: number;
      readonly ruleId: string;
      readonly claimId: string | null;
    }
    const findingsOf = (stdout: string): JsonFinding[] => (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;

    it('a 2 MB markdown capture nested 1,400 deep is read as plain text, with a warning at the deep line', () => {
      const dir = repo({
        'seeds/deep.md': `# LINE\n\n${ARTICLE}\n${deep}\n`,
        'claims/line.yaml': claimFile([cite('access-count/deep', 'seeds/deep.md')]),
      });
      const r = run(['check', '.', '--format', 'json'], { cwd: dir, env: SMALL_HEAP });
      expectSafeExit(r, [0]);
      const findings = findingsOf(r.stdout);
      expect(findings.filter((f) => f.claimId === 'access-count/deep').map((f) => f.ruleId)).not.toContain('quote-not-found');
      const warning = findings.find((f) => f.ruleId === 'source-markup');
      expect(warning).toMatchObject({ file: 'seeds/deep.md', column: 1 });
      // The first line whose container prefix passes 64 columns: item 32 (64 columns of indentation, its bullet and a space).
      expect(warning!.line).toBe(ARTICLE.split('\n').length + 3 + 32);
    });

    it('a Shift_JIS capture with one bad byte is read as Shift_JIS, and the byte is named by file:line:col', () => {
      const dir = repo({ 'seeds/sjis.txt': sjis, 'claims/line.yaml': claimFile([cite('access-count/sjis', 'seeds/sjis.txt')]) });
      const r = run(['check', '.', '--format', 'json'], { cwd: dir, env: SMALL_HEAP });
      expectSafeExit(r, [0]);
      const findings = findingsOf(r.stdout);
      expect(findings.map((f) => f.ruleId)).not.toContain('quote-not-found');
      expect(findings.find((f) => f.ruleId === 'source-encoding')).toMatchObject({ file: 'seeds/sjis.txt', line: badLine, column: badColumn });
      const text = run(['check', '.'], { cwd: dir, env: SMALL_HEAP });
      expect(text.stdout).toContain(`seeds/sjis.txt:${badLine}:${badColumn}`);
      const extracted = run(['extract', '--format', 'json', 'seeds/sjis.txt'], { cwd: dir, env: SMALL_HEAP });
      expectSafeExit(extracted, [0]);
      expect((JSON.parse(extracted.stdout) as { candidates: { value: unknown }[] }).candidates.map((c) => c.value)).toContain(32);
    });

    it('seeds/sources.yaml holding the bytes FF FE is a yaml-syntax error at their place, exit 1', () => {
      const before = '    title: "LINE ';
      const catalog = Buffer.concat([Buffer.from(`sources:\n  - file: seeds/article.txt\n${before}`), Buffer.from([0xff, 0xfe]), Buffer.from('"\n')]);
      const dir = repo({ 'seeds/article.txt': ARTICLE, 'seeds/sources.yaml': catalog, 'claims/line.yaml': claimFile([cite('access-count/jnn', 'seeds/article.txt')]) });
      const r = run(['check', '.', '--format', 'json'], { cwd: dir });
      expectSafeExit(r, [1]);
      expect(findingsOf(r.stdout)).toContainEqual(expect.objectContaining({ ruleId: 'yaml-syntax', file: 'seeds/sources.yaml', line: 3, column: before.length + 1 }));
    });

    it('a claim file with a literal U+FFFD in one comment and invalid bytes in a later one is refused at the invalid bytes', () => {
      const valid = claimFile([cite('access-count/jnn', 'seeds/article.txt')]).replace('claims:\n', 'claims:\n# a replacement character: \uFFFD\n');
      const lines = valid.split('\n');
      const at = lines.length - 1;
      const file = Buffer.concat([Buffer.from(`${lines.slice(0, at).join('\n')}\n# bad: `), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]);
      const dir = repo({ 'seeds/article.txt': ARTICLE, 'claims/line.yaml': file });
      const r = run(['check', '.', '--format', 'json'], { cwd: dir });
      expectSafeExit(r, [1]);
      expect(findingsOf(r.stdout)).toContainEqual(expect.objectContaining({ ruleId: 'yaml-syntax', file: 'claims/line.yaml', line: at + 1, column: 8 }));
    });
  });

  describe('warnings a library prints on its own', () => {
    // A key that is a collection makes the yaml library warn, quoting the key as is.
    const hostileKey = '? ["\u202eevil", "\u009b31mred\u0007"]\n: 1\n';
    const dir = repo({
      'seeds/article.txt': ARTICLE,
      'seeds/sources.yaml': `sources:\n  - file: seeds/article.txt\n    ${hostileKey.replace('\n:', '\n    :')}`,
      'claims/line.yaml': claimFile([claimEntry('access-count/jnn')]).replace('subjects:\n', `${hostileKey}subjects:\n`),
    });

    it.each([[['check', '.']], [['check', '.', '--format', 'github']], [['report', '.']]])('reach the terminal escaped (%j)', (args) => {
      const r = run(args, { cwd: dir });
      expectSafeExit(r, [0, 1]);
      expect(r.stderr).toContain('Keys with collection values');
      expect(r.stderr).toContain('evil');
    });
  });
});
