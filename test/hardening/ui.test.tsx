import { render } from 'ink-testing-library';
import { afterAll, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { loadReviewData } from '../../src/ui/review-data.js';
import { ThemeContext } from '../../src/ui/theme.js';
import { ARTICLE, claimEntry, claimFile, cleanUp, rawControlAt, repo, write } from './helpers.js';

afterAll(cleanUp);

const HOSTILE =
  '\u001b[31mRED\u001b[0m \u001b]0;TITLE\u0007 \u001b]2;T2\u001b\\ \u001b]8;;http://evil.example\u001b\\link\u001b]8;;\u001b\\ \u001bPdcs\u001b\\ BEL\u0007 BS\u0008 CR\rX \u202eRLO\u202c \u2066iso\u2069 \u009b31m';
const CAPTURE = 'seeds/e\u001b[31mvil\u0007.txt';

/** Terminal-driving characters, ESC included: with FORCE_COLOR=0 and colour off, Ink itself writes none. */
const DRIVING = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

function hostileRepo(): string {
  const claims = claimFile(
    [
      claimEntry('access-count/jnn', { file: CAPTURE, outlet: `JNN${HOSTILE}` }),
      claimEntry('access-count/asahi', { file: CAPTURE, outlet: `朝日${HOSTILE}`, value: '{min: 38}', quote: `${HOSTILE}四人はサーバーに少なくとも三十八回アクセスしていた` }),
    ],
    `How many ${HOSTILE}?`,
  );
  const dir = repo({ 'claims/line.yaml': claims });
  write(dir, CAPTURE, `${ARTICLE}${HOSTILE}\n${HOSTILE}四人はサーバーに少なくとも三十八回アクセスしていた\n`);
  write(
    dir,
    'claims/inbox.yaml',
    [
      'candidates:',
      `  - id: ${JSON.stringify(`times/x/${'1'.repeat(6)}`)}`,
      '    value: 32',
      `    says: ${JSON.stringify(`32 times ${HOSTILE}`)}`,
      `    outlet: ${JSON.stringify(`時事${HOSTILE}`)}`,
      `    chain: [${JSON.stringify(`時事${HOSTILE}`)}]`,
      '    source:',
      `      file: ${JSON.stringify(CAPTURE)}`,
      `      quote: ${JSON.stringify(`${HOSTILE}あわせて32回`)}`,
      '      line: 3',
      '    confidence: 0.9',
      '',
    ].join('\n'),
  );
  return dir;
}

const tick = (ms = 120) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the review UI (Ink, rendered through ink-testing-library) on hostile text', () => {
  it('shows no escape sequence, BEL, backspace, CR or bidi control on any screen', async () => {
    expect(process.env['FORCE_COLOR']).toBe('0');
    const dir = hostileRepo();
    const data = await loadReviewData(dir);
    const app = render(
      <ThemeContext.Provider value={{ color: false }}>
        <App initial={data} reload={() => loadReviewData(dir)} width={100} height={30} watch={false} openEditor={() => undefined} env={{}} />
      </ThemeContext.Provider>,
    );
    const frames: Array<readonly [string, string]> = [];
    const look = async (screen: string, ...keys: string[]) => {
      for (const key of keys) {
        app.stdin.write(key);
        await tick();
      }
      frames.push([screen, app.lastFrame() ?? '']);
    };
    try {
      await tick();
      await look('subjects');
      await look('subject', '\r');
      await look('source', '\r');
      await look('subject again', '\u001b');
      await look('compare', 'c');
      await look('subject after compare', '\u001b');
      await look('resolve', 'r');
      await look('subjects after resolve', '\u001b', '\u001b');
      await look('inbox', 'i');
      await look('help', '?');
    } finally {
      app.unmount();
    }
    const screens = new Set(frames.map(([, frame]) => frame));
    // The walk went through distinct screens, and the hostile text was shown on them (sanitised).
    expect(screens.size).toBeGreaterThanOrEqual(6);
    expect(frames[0]![1]).toContain('How many RED');
    expect(frames.some(([, frame]) => frame.includes('朝日RED'))).toBe(true);
    expect(frames.some(([, frame]) => frame.includes('時事RED'))).toBe(true);
    if (process.env["SHOW_FRAMES"]) for (const [screen, frame] of frames) console.log(`== ${screen}\n${frame}`);
    for (const [screen, frame] of frames) expect(rawControlAt(frame), `${screen}:\n${frame}`).toBeUndefined();
    for (const [screen, frame] of frames) expect(DRIVING.test(frame), screen).toBe(false);
  });
});

describe('the review UI on large captures', () => {
  it.each([
    ['a 10 MB single line', (fill: string) => `${fill.repeat(160_000)}あわせて32回のアクセスがあった ${fill.repeat(160_000)}`],
    ['200,000 lines', (fill: string) => `${`${fill}\n`.repeat(100_000)}あわせて32回のアクセスがあった\n${`${fill}\n`.repeat(100_000)}`],
  ])('opens the source of a quote in %s quickly, with the quote on screen', async (_, build) => {
    const dir = repo({ 'claims/line.yaml': claimFile([claimEntry('access-count/jnn', { file: 'seeds/big.txt' })]) });
    write(dir, 'seeds/big.txt', build('関係者によると、サーバーへの接続は複数回にわたり確認されたという。'));
    const data = await loadReviewData(dir);
    const app = render(
      <ThemeContext.Provider value={{ color: false }}>
        <App initial={data} reload={() => loadReviewData(dir)} width={100} height={30} watch={false} openEditor={() => undefined} env={{}} />
      </ThemeContext.Provider>,
    );
    try {
      await tick();
      app.stdin.write('\r');
      await tick();
      const started = Date.now();
      app.stdin.write('\r');
      let frame = '';
      while (Date.now() - started < 10_000) {
        await tick(50);
        frame = app.lastFrame() ?? '';
        if (frame.includes('⟦32回⟧')) break;
      }
      expect(frame).toContain('あわせて⟦32回⟧のアクセスがあった');
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      app.unmount();
    }
  }, 30_000);
});
