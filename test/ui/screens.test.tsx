import { realpathSync } from 'node:fs';
import path from 'node:path';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { removeDir, tempCopy } from '../helpers/cli.js';
import { drive, KEY, LINE_FIXTURE, type Driven } from './helpers.js';

let app: Driven | undefined;
let dir: string | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
  if (dir) removeDir(dir);
  dir = undefined;
});

async function open(props = {}): Promise<Driven> {
  dir = tempCopy(LINE_FIXTURE);
  app = await drive(dir, props);
  return app;
}

describe('Subjects screen', () => {
  it('counts verdicts in the header and lists conflicts first, then differ, then agree', async () => {
    const ui = await open();
    const frame = ui.frame();
    expect(frame).toContain('3 subjects: 1 conflict · 1 differ · 1 agree · inbox 2');
    const conflict = frame.indexOf('✗ conflict How many times');
    const differ = frame.indexOf('≈ differ   When did the access');
    const agree = frame.indexOf('= agree    How many engineers');
    expect(conflict).toBeGreaterThan(0);
    expect(differ).toBeGreaterThan(conflict);
    expect(agree).toBeGreaterThan(differ);
    // claims, outlets, origins of access-count: 3 claims by 3 outlets from 2 origins
    expect(frame).toMatch(/✗ conflict How many times[^\n]*\s3\s+3\s+2 —/);
  });

  it('keeps every row within the terminal width at 80 columns (East Asian width), 23 rows for 24', async () => {
    const ui = await open({ width: 80, height: 24 });
    await ui.press(KEY.enter);
    for (const frame of [ui.frame()]) {
      const lines = frame.split('\n');
      expect(lines.length).toBe(23);
      for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    }
    expect(ui.frame()).toContain('中日新聞');
  });

  it('fits every screen into 80×24', async () => {
    const ui = await open({ width: 80, height: 24 });
    const fits = async (marker: string) => {
      const lines = (await ui.waitFor(marker)).split('\n');
      expect(lines.length).toBe(23);
      for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    };
    await fits('Subjects 1/3');
    await ui.press(KEY.enter);
    await fits('Conflicting pairs');
    await ui.press(KEY.enter);
    await fits(':67');
    await ui.press(KEY.escape, 'j', 'c');
    await fits('Quotes, word by word');
    await ui.press(KEY.escape, 'r');
    await fits('Resolve access-count');
    await ui.press(KEY.escape, KEY.escape, 'i');
    await fits('Inbox 1/2');
    await ui.press(KEY.escape, '?');
    await fits('Keys');
    await ui.press(KEY.escape, 'f');
    await fits('Filter subjects');
  });

  it('searches with / and clears the search with Esc', async () => {
    const ui = await open();
    await ui.press('/');
    await ui.type('could access');
    expect(ui.frame()).toContain('Search: could access');
    expect(ui.frame()).toContain('How many engineers');
    expect(ui.frame()).not.toContain('When did the access');
    await ui.press(KEY.enter);
    expect(ui.frame()).toContain('Subjects 1/1');
    await ui.press(KEY.escape);
    expect(ui.frame()).toContain('Subjects 1/3');
  });

  it('filters by verdict or by outlet with f', async () => {
    const ui = await open();
    await ui.press('f');
    expect(ui.frame()).toContain('Filter subjects by verdict or outlet');
    // j and k move in a picker; they type into its filter only after /.
    expect(ui.frame()).toMatch(/▸ all subjects/);
    await ui.press('j', 'j');
    expect(ui.frame()).toMatch(/▸ verdict: differ/);
    expect(ui.frame()).not.toContain('narrow:');
    await ui.press('k', KEY.enter);
    expect(ui.frame()).toContain('filter: conflict');
    await ui.press('f', '/');
    await ui.type('differ');
    await ui.waitFor('narrow: differ');
    expect(ui.frame()).toContain('1 of');
    await ui.press(KEY.enter, KEY.enter);
    expect(ui.frame()).toContain('filter: differ');
    expect(ui.frame()).toContain('When did the access');
    expect(ui.frame()).not.toContain('How many engineers');
    await ui.press('f', '/');
    await ui.type('JNN');
    await ui.waitFor('narrow: JNN');
    await ui.press(KEY.enter, KEY.enter);
    expect(ui.frame()).toContain('filter: outlet JNN');
    expect(ui.frame()).toContain('How many times');
    expect(ui.frame()).not.toContain('When did the access');
  });

  it('shows help on ? and goes back with Esc', async () => {
    const ui = await open();
    await ui.press('?');
    expect(ui.frame()).toContain('Keys');
    expect(ui.frame()).toMatch(/Subject\s+d\s+deprecate this claim/);
    await ui.press(KEY.escape);
    expect(ui.frame()).toContain('Subjects 1/3');
  });

  it('quits on q: no key is handled afterwards', async () => {
    const ui = await open();
    await ui.press('q');
    const before = ui.frame();
    await ui.press('?');
    expect(ui.frame()).toBe(before);
    expect(ui.frame()).not.toContain('Keys');
  });
});

describe('Subject screen', () => {
  it('groups claims by value with outlet, value as written and read, chain, date, highlighted figure, and marks conflicts', async () => {
    const ui = await open();
    await ui.press(KEY.enter);
    const frame = ui.frame();
    expect(frame).toContain('access-count · How many times');
    expect(frame).toContain('✗ conflict · 2 origins: LINE, 朝日新聞');
    expect(frame).toContain('── ≥ 32 times — 中日新聞');
    expect(frame).toMatch(/中日新聞\s+\{min: 32\} → ≥ 32 times  2021-03-17  てらまち・ねっと → 中日新聞 → LINE/);
    expect(frame).toContain('「四人はサーバーに少なくとも⟦三十二回⟧アクセスしていた」');
    expect(frame).toContain('≥ 38 times  ✗ vs JNN  読者コメント → JBpress → 朝日新聞');
    expect(frame).toMatch(/✗ JNN\s+32 → 32 times/);
    expect(frame).toContain('JNN (jnn) ⟂ JBpress (asahi)');
  });

  it('handles keys typed ahead in one burst, in order (j j Enter as one write)', async () => {
    const ui = await open();
    await ui.press('jj\r');
    await ui.waitFor('engineers · How many engineers');
  });

  it('takes a line feed (Enter typed before raw mode) as Enter', async () => {
    const ui = await open();
    await ui.press('\n');
    await ui.waitFor('access-count · How many times');
  });

  it('shows which outlets assert the same figure in the group header', async () => {
    const ui = await open();
    await ui.press('G', KEY.enter);
    expect(ui.frame()).toContain('── 4 people — 中日新聞, JBpress (2 outlets)');
  });

  it('opens the source around the quote, highlights the figure; o opens the capture read-only at the line, O to edit it', async () => {
    const ui = await open();
    await ui.press(KEY.enter, KEY.enter);
    const frame = await ui.waitFor('seeds/001_649b7479d165a670.txt:67');
    expect(frame).toMatch(/ {3}67▶ /);
    expect(frame).toContain('⟦三十二回⟧');
    await ui.press('o');
    const capture = path.join(realpathSync(dir!), 'seeds/001_649b7479d165a670.txt');
    expect(ui.edits).toEqual([{ file: capture, line: 67, readOnly: true }]);
    expect(ui.frame()).toContain('Back from the read-only editor (seeds/001_649b7479d165a670.txt:67)');
    await ui.press('O');
    expect(ui.edits[1]).toEqual({ file: capture, line: 67, readOnly: false });
    await ui.press(KEY.escape);
    expect(ui.frame()).toContain('Conflicting pairs');
  });

  it('compares two claims word by word (c compares with a conflicting claim; Space marks another)', async () => {
    const ui = await open();
    await ui.press(KEY.enter, 'j', 'c');
    let frame = ui.frame();
    expect(frame).toContain('A JBpress ≥ 38 times');
    expect(frame).toContain('B JNN 32 times');
    expect(frame).toContain('✗ conflict: A and B cannot both be true');
    // Word diff: Japanese words, not the whole line.
    expect(frame).toContain('[-「少なくとも38-]{+あわせて32+}回[-」-]{+、+}日本のサーバーにアクセスしていた');
    await ui.press('s');
    expect(ui.frame()).toContain('A JNN 32 times');
    await ui.press(KEY.escape, 'g', ' ', 'j', 'c');
    frame = ui.frame();
    expect(frame).toContain('A 中日新聞 ≥ 32 times');
    expect(frame).toContain('≈ differ: A and B overlap');
  });
});
