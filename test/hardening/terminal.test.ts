import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { ARTICLE, CASE_TIMEOUT_MS, claimEntry, claimFile, cleanUp, expectSafeExit, repo, run, runAll, write, type TimedRun } from './helpers.js';

afterAll(cleanUp);

/**
 * Every kind of terminal-driving text: CSI colours, OSC 0/2 window titles, an OSC 8 hyperlink,
 * DCS, BEL, backspace, CR, a bidi override and an isolate, and an 8-bit CSI.
 */
export const HOSTILE =
  '\u001b[31mRED\u001b[0m \u001b]0;TITLE\u0007 \u001b]2;T2\u001b\\ \u001b]8;;http://evil.example\u001b\\link\u001b]8;;\u001b\\ \u001bPdcs\u001b\\ BEL\u0007 BS\u0008 CR\rX \u202eRLO\u202c \u2066iso\u2069 \u009b31m';

/** A capture file name with an escape sequence and a BEL in it. */
const CAPTURE = 'seeds/e\u001b[31mvil\u0007.txt';

/** A repository where outlets, chains, quotes, questions, titles, ids and file names are all hostile. */
function hostileRepo(): string {
  const text = `${ARTICLE}${HOSTILE}\n${HOSTILE}四人はサーバーに少なくとも三十八回アクセスしていた\n`;
  const claims = claimFile(
    [
      claimEntry(`a/${HOSTILE}`, { file: CAPTURE, outlet: `JNN${HOSTILE}` }),
      claimEntry('b', { file: CAPTURE, outlet: `朝日${HOSTILE}`, value: '{min: 38}', quote: `${HOSTILE}四人はサーバーに少なくとも三十八回アクセスしていた` }),
      claimEntry('c', { file: CAPTURE, outlet: `中日${HOSTILE}`, value: '{min: 38}', quote: `${HOSTILE}四人はサーバーに少なくとも三十八回アクセスしていたX` }),
      claimEntry('d', { file: `seeds/missing${HOSTILE}.txt`, outlet: HOSTILE, quote: HOSTILE }),
      claimEntry('e', { file: CAPTURE, quote: `ない${HOSTILE}` }),
    ],
    `How many ${HOSTILE}?`,
  ).replace('topic: line', `topic: line\ntitle: ${JSON.stringify(HOSTILE)}`);
  const dir = repo({ 'claims/line.yaml': claims, 'claims/broken.yaml': `topic: [\n${HOSTILE}\n` });
  write(dir, CAPTURE, text);
  write(dir, `claims/e\u001b]0;x\u0007vil.yaml`, 'topic: [\n');
  write(
    dir,
    'seeds/sources.yaml',
    `sources:\n  - file: ${JSON.stringify(CAPTURE)}\n    title: ${JSON.stringify(HOSTILE)}\n    outlets: [${JSON.stringify(HOSTILE)}]\n    sha256: "${'0'.repeat(64)}"\n`,
  );
  return dir;
}

describe('no terminal-driving character reaches a terminal raw, in any command or format (built CLI)', { timeout: 2 * CASE_TIMEOUT_MS }, () => {
  let dir: string;
  /** Every read-only command of this describe, run a few at a time before the cases look at them. */
  const runs = new Map<string, TimedRun>();
  const CHECK_FORMATS = ['text', 'json', 'github', 'sarif'];
  const REPORT_FORMATS = ['text', 'markdown', 'json', 'claimreview'];
  const USAGE: ReadonlyArray<readonly string[]> = [
    ['check', `no${HOSTILE}such`],
    ['review', `no${HOSTILE}such`],
    [`cmd${HOSTILE}`],
    ['report', `--x${HOSTILE}`],
    ['extract', '--format', HOSTILE, 'x'],
  ];
  beforeAll(async () => {
    dir = hostileRepo();
    const jobs = [
      ...CHECK_FORMATS.map((format) => ['check', '.', '--format', format]),
      ...REPORT_FORMATS.map((format) => ['report', '.', '--format', format]),
      ['review', '.'],
      ...USAGE,
    ];
    const results = await runAll(jobs.map((args) => ({ args, cwd: dir })));
    jobs.forEach((args, i) => runs.set(args.join(' '), results[i]!));
  }, 4 * CASE_TIMEOUT_MS);

  it.each(CHECK_FORMATS)('check --format %s', (format) => {
    const r = runs.get(`check . --format ${format}`)!;
    expectSafeExit(r, [1]);
    if (format === 'json' || format === 'sarif') {
      // Machine formats keep the data, escaped: it parses back to the hostile text.
      const data = JSON.stringify(JSON.parse(r.stdout));
      expect(data).toContain('\u202eRLO');
      expect(r.stdout).toContain('\\u202eRLO');
    } else if (format === 'github') {
      expect(r.stdout).toMatch(/^::error title=[a-z-]+,file=claims\/line\.yaml,line=\d+,endLine=\d+,col=\d+/m);
    } else {
      expect(r.stdout).toMatch(/RED/);
      expect(r.stdout).toMatch(/claims\/line\.yaml:\d+:\d+/);
    }
  });

  it.each(REPORT_FORMATS)('report --format %s', (format) => {
    const r = runs.get(`report . --format ${format}`)!;
    expectSafeExit(r, [1]);
    expect(r.stderr).toMatch(/^claims\/broken\.yaml:\d+:\d+: error: /m);
    if (format === 'json') {
      const data = JSON.parse(r.stdout) as { subjects: Array<{ question: string; claims: Array<{ outlet: string }> }> };
      expect(data.subjects[0]!.question).toBe(`How many ${HOSTILE}?`);
      expect(data.subjects[0]!.claims.map((c) => c.outlet)).toContain(`朝日${HOSTILE}`);
    }
  });

  it('review, off a terminal, prints the plain report safely', () => {
    const r = runs.get('review .')!;
    expectSafeExit(r, [0]);
    expect(r.stdout).toMatch(/How many RED/);
  });

  it('extract prints a safe summary naming a hostile capture file', () => {
    const r = run(['extract', CAPTURE, '--format', 'json'], { cwd: dir });
    expectSafeExit(r, [0]);
    expect((JSON.parse(r.stdout) as { candidates: unknown[] }).candidates.length).toBeGreaterThan(0);
    const missing = run(['extract', `seeds/gone${HOSTILE}.txt`], { cwd: dir });
    expectSafeExit(missing, [2]);
    expect(missing.stderr).toMatch(/cannot read seeds\/goneRED/);
  });

  it('add files a claim quoting hostile text and prints it safely', () => {
    const r = run(['add', CAPTURE, '--quote', `${HOSTILE}四人はサーバーに少なくとも三十八回アクセスしていた`, '--subject', 'access-count', '--id', 'access-count/added'], { cwd: dir });
    expectSafeExit(r, [0]);
    expect(r.stdout).toMatch(/^Added access-count\/added to claims\/line\.yaml/);
    const missing = run(['add', CAPTURE, '--quote', `not there ${HOSTILE}`], { cwd: dir });
    expectSafeExit(missing, [1]);
  });

  it.each(USAGE.map((args) => [args]))('usage errors with hostile arguments %j exit 2 safely', (args) => {
    expectSafeExit(runs.get(args.join(' '))!, [2]);
  });

  it('a reader that closes the pipe early (urazuke report | head) ends the command without a stack trace', async () => {
    const entries = Array.from({ length: 3000 }, (_, i) => claimEntry(`access-count/c${i}`, { outlet: `Outlet ${i}` }));
    const big = repo({ 'seeds/article.txt': ARTICLE, 'claims/line.yaml': claimFile(entries) });
    const child = spawn(process.execPath, [BIN, 'report', '.', '--format', 'json'], { cwd: big, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), CASE_TIMEOUT_MS);
      child.on('close', (status) => {
        clearTimeout(timer);
        resolve(status);
      });
    });
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  });
});
