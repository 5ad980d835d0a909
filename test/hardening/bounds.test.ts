import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE, CASE_TIMEOUT_MS, claimEntry, claimFile, cleanUp, expectSafeExit, repo, run } from './helpers.js';

afterAll(cleanUp);

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
});
