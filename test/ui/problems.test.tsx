import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run.js';
import { removeDir, tempCopy } from '../helpers/cli.js';
import { drive, KEY, LINE_FIXTURE, type Driven } from './helpers.js';

let app: Driven | undefined;
let dir = '';
afterEach(() => {
  app?.unmount();
  app = undefined;
  if (dir) removeDir(dir);
  dir = '';
});

const TOPIC = 'claims/line-2021.yaml';

/** The UI fixture with one line of its topic file changed. */
function fixtureWith(from: string, to: string): string {
  dir = tempCopy(LINE_FIXTURE);
  const file = path.join(dir, TOPIC);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
  return dir;
}

describe('Problems screen', () => {
  it('opens at start when a claim file does not load: one finding per mistake, its place, the lines around it; Enter opens the editor there', async () => {
    // One key indented a space too far: one mistake, one finding, on the line to fix.
    fixtureWith('    outlet: 中日新聞\n', '     outlet: 中日新聞\n');
    const ui = (app = await drive(dir));
    const frame = ui.frame();
    expect(frame).toContain('1 problem (p)');
    expect(frame).toContain('Problems 1/1');
    expect(frame).toContain('claims/line-2021.yaml does not load');
    expect(frame).toMatch(/▸ claims\/line-2021\.yaml:23:6 +error +Invalid YAML: line 23 is indented 5 spaces/);
    // The message in full below the list (the row cuts it).
    expect(frame).toMatch(/more than `says` on the line above \(4\), so it reads\s+as part of that value; expected 4 spaces/);
    expect(frame).toContain('22 |     says: At least 32 accesses');
    expect(frame).toContain('23 |      outlet: 中日新聞');
    await ui.press(KEY.enter);
    expect(ui.edits).toEqual([{ file: path.join(realpathSync(dir), TOPIC), line: 23, readOnly: false }]);

    // Below it, Subjects says why it is empty and how to see the problems again.
    await ui.press(KEY.escape);
    expect(ui.frame()).toContain('No subjects to show: the claim files have 1 problem; p shows them.');
    await ui.press('p');
    expect(ui.frame()).toContain('Problems 1/1');
  });

  it('shows what check finds (a quote not in its capture), placed, with p from any screen', async () => {
    fixtureWith('quote: あわせて32回、日本のサーバーにアクセスしていた', 'quote: あわせて33回、日本のサーバーにアクセスしていた');
    const check = async () => (await runCheck(dir)).findings;
    const ui = (app = await drive(dir, { check }));
    // The loaders find nothing wrong; check finds the drifted quote and the unresolved conflict.
    await ui.waitFor('2 problems (p)');
    expect(ui.frame()).toContain('Subjects 1/3');
    await ui.press(KEY.enter, 'p');
    const frame = await ui.waitFor('Problems 1/2');
    expect(frame).toMatch(/ claims\/line-2021\.yaml:38:14 +error +Quote not found in `seeds\/jnn-transcript\.txt`/);
    expect(frame).toMatch(/claims\/line-2021\.yaml:6:9 +warning +Unexpected unresolved conflict on `access-count`/);
    await ui.press(KEY.escape);
    expect(ui.frame()).toContain('Conflicting pairs');
  });
});
