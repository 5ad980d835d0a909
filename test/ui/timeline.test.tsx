import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/cli.js';
import { drive, KEY, type Driven } from './helpers.js';

/** The Subject screen shows each origin's timeline, the latest word marked, and why a claim does not vote. */

const RUNWAY = path.join(FIXTURES, 'report', 'runway-as-of');
let ui: Driven | undefined;
afterEach(() => ui?.unmount());

describe('Subject screen: timelines of origins', () => {
  it('lists the fire department’s figures in time order with the latest marked, and the stale relay', async () => {
    process.env['FORCE_COLOR'] = '0';
    ui = await drive(RUNWAY);
    // Subjects: the conflict on `aboard` first, then `injured`, which agrees.
    await ui.waitFor('injured');
    await ui.press(KEY.down, KEY.enter);
    const frame = await ui.waitFor('Timeline of みなと市消防局');
    const lines = frame.split('\n');
    const start = lines.findIndex((l) => l.includes('Timeline of みなと市消防局'));
    const timeline = lines.slice(start + 1, start + 4).map((l) => l.replace(/\s+/g, ' ').trim());
    expect(timeline).toEqual([
      '○ 2024-01-02 21:22 17 people 港テレビ superseded',
      '● 2024-01-02 23:40 14 people 港テレビ latest',
      '○ 2024-01-03 00:05 17 people みなとウェブ stale relay',
    ]);
    expect(frame).toContain('revised from 17 people to 14 people at 23:40');
    expect(frame).toContain('agree');
    expect(frame).not.toContain('Timeline of 北浜航空');
  });
});
