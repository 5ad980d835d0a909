import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { drive, KEY } from '../ui/helpers.js';
import { ARTICLE, claimEntry, claimFile, cleanUp, repo } from './helpers.js';

afterAll(cleanUp);

/** Generous bound on one hostile screen: a hang or minutes of work fails the case. */
const SCREEN_MS = 15_000;

describe('the review UI on hostile input (Ink, through ink-testing-library)', () => {
  it('opens the Source of a quote that occurs 40,000 times in a 2.9 MB capture', async () => {
    const quote = 'あわせて32回のアクセスがあった';
    const line = `JNNは、${quote}と伝えた。\n`;
    const capture = `${ARTICLE}${line.repeat(40_000)}`;
    expect(Buffer.byteLength(capture)).toBeGreaterThan(2_500_000);
    // The line hint points at the last occurrence: every one is weighed by its line.
    const dir = repo({ 'seeds/article.txt': capture, 'claims/line.yaml': claimFile([claimEntry('access-count/jnn', { quote }).replace('      quote:', '      line: 40003\n      quote:')]) });
    const ui = await drive(dir);
    await ui.press(KEY.enter);
    await ui.waitFor('JNN');
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('seeds/article.txt:40003', SCREEN_MS);
    expect(frame).toContain('40003▶');
    ui.unmount();
  }, 2 * SCREEN_MS);

  it('shows a subject whose claim ids are 100,000 characters long, cut for display', async () => {
    // Wide characters too: every cell of them would be measured.
    const long = (i: number) => `access-count/${String(i)}${'識別子x'.repeat(25_000)}`;
    const dir = repo({
      'seeds/article.txt': ARTICLE,
      'claims/line.yaml': claimFile(Array.from({ length: 20 }, (_, i) => claimEntry(long(i), { value: String(30 + i), outlet: `Outlet ${i}` }))),
    });
    const ui = await drive(dir);
    await ui.press(KEY.enter);
    await ui.waitFor('Outlet 0', SCREEN_MS);
    // Down the claims and into a comparison, which names the ids.
    await ui.press(...Array.from({ length: 20 }, () => 'j'));
    expect(ui.frame()).toContain('▸ ✗ Outlet 19');
    await ui.press('c');
    const frame = await ui.waitFor('A and B', SCREEN_MS);
    expect(frame).toMatch(/\(19識別子x識別子x[^)]*…\)/);
    for (const row of frame.split('\n')) expect(row.length).toBeLessThan(400);
    ui.unmount();
  }, 2 * SCREEN_MS);

  it('compares 32 with a deprecated {min: 38}: they conflict, and the deprecated one does not vote', async () => {
    const dir = repo({
      'seeds/article.txt': ARTICLE,
      'claims/line.yaml': claimFile([
        claimEntry('access-count/jnn'),
        claimEntry('access-count/asahi', { value: '{min: 38}', outlet: '朝日新聞' }).replace('    source:', '    rank: deprecated\n    reason: misread\n    source:'),
      ]),
    });
    const ui = await drive(dir);
    await ui.press(KEY.enter, 'c');
    const frame = await ui.waitFor('A and B', SCREEN_MS);
    expect(frame).toContain('✗ conflict: A and B cannot both be true');
    expect(frame).not.toContain('state the same value');
    expect(frame).toMatch(/[AB] is deprecated and does not vote/);
    ui.unmount();
  }, 2 * SCREEN_MS);

  it('reloads a claim file in a folder below claims/ edited while the UI runs', async () => {
    const dir = repo({ 'seeds/article.txt': ARTICLE, 'claims/sub/line.yaml': claimFile([claimEntry('access-count/jnn')], 'How many accesses?') });
    const ui = await drive(dir, { watch: true });
    await ui.waitFor('How many accesses?');
    const file = path.join(dir, 'claims/sub/line.yaml');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, claimFile([claimEntry('access-count/jnn')], 'Since when could the data be reached?'));
    await ui.waitFor('Since when could the data be reached?', SCREEN_MS);
    ui.unmount();
  }, 2 * SCREEN_MS);
});
