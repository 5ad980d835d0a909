#!/usr/bin/env node
// `npm run bench`: speed and scale of urazuke against baselines measured in the same run.
//
//   node test/bench/run.mjs [--quick] [--only startup,extract,check,review] [--runs N]
//
// --quick measures the 1 and 10 MB corpora and the 1k and 10k claim stores only. Inputs are
// generated once (deterministically) under os.tmpdir()/urazuke-bench and reused. Every command is
// measured as a whole process, as a user runs it, next to its baseline in the same run (runs are
// interleaved, medians kept), so the ratios hold on a busy machine. A table is printed and JSON is
// written to test/bench/out/. A command that is not built yet is reported "not available".
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimStore, corpus, emptyStore, realisticStore } from './generate.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const OUT = path.join(HERE, 'out');

const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const onlyAt = argv.indexOf('--only');
const ONLY = onlyAt >= 0 ? new Set(argv[onlyAt + 1].split(',')) : undefined;
const runsAt = argv.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(argv[runsAt + 1]) : 3;
const CORPORA = QUICK ? [1, 10] : [1, 10, 100];
const STORES = QUICK ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const HAS_TIME = existsSync('/usr/bin/time');
const HAS_TASKSET = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
const SCRATCH = mkdtempSync(path.join(os.tmpdir(), 'urazuke-bench-run-'));
/** The check cache of every measured run lives here, so "cold" can mean cold. */
const CACHE = path.join(SCRATCH, 'cache');
const ENV = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', URAZUKE_CACHE_DIR: CACHE };
const BIN = privateBuild();

/**
 * The CLI measured: a private copy of the built dist/ (bundled, as `npm run build` leaves it),
 * so that a rebuild in the working tree during the run cannot change what is measured.
 */
function privateBuild() {
  const bin = path.join(ROOT, 'dist/bin.js');
  if (!existsSync(bin)) return bin;
  if (!readFileSync(bin, 'utf8').includes('/* urazuke bundle */')) {
    const bundled = spawnSync(process.execPath, [path.join(ROOT, 'scripts/bundle.mjs')], { encoding: 'utf8' });
    if (bundled.status !== 0) throw new Error(`bundle failed: ${bundled.stderr}`);
  }
  const app = path.join(SCRATCH, 'app');
  mkdirSync(app);
  cpSync(path.join(ROOT, 'dist'), path.join(app, 'dist'), { recursive: true });
  copyFileSync(path.join(ROOT, 'package.json'), path.join(app, 'package.json'));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(app, 'node_modules'), 'dir');
  return path.join(app, 'dist/bin.js');
}

const started = performance.now();
const rows = [];
const results = { machine: machine(), quick: QUICK, started: new Date().toISOString(), loadBefore: os.loadavg()[0], figures: {} };

/**
 * One process run: wall time (ms, from spawn to exit), and with /usr/bin/time the peak RSS (KiB)
 * and the CPU time (user + system, ms), which a busy machine inflates less than wall time.
 */
function run(command, args, { cwd = ROOT, oneCore = false, input = '' } = {}) {
  const rssFile = path.join(SCRATCH, 'rss.txt');
  let full = [command, ...args];
  if (oneCore && HAS_TASKSET) full = ['taskset', '-c', '0', ...full];
  if (HAS_TIME) full = ['/usr/bin/time', '-f', '%M %U %S', '-o', rssFile, ...full];
  const t0 = performance.now();
  const result = spawnSync(full[0], full.slice(1), { cwd, env: ENV, input, maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' });
  const ms = performance.now() - t0;
  const timed = HAS_TIME && existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [];
  const rssKb = timed[0];
  const cpuMs = timed.length === 3 ? (timed[1] + timed[2]) * 1000 : undefined;
  return { ms, rssKb, cpuMs, code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Run each of `jobs` `runs` times, interleaved, and keep each one's median time and peak RSS. */
function interleaved(jobs, runs) {
  const samples = jobs.map(() => []);
  for (let r = 0; r < runs; r += 1) {
    jobs.forEach((job, i) => {
      job.before?.();
      const result = job.run();
      if (result.code !== 0 && !(job.okCodes ?? [0]).includes(result.code)) {
        throw new Error(`${job.name} exited ${result.code}: ${result.stderr.split('\n').slice(0, 5).join(' | ')}`);
      }
      samples[i].push(result);
    });
  }
  return samples.map((s) => ({
    ms: median(s.map((x) => x.ms)),
    rssKb: median(s.map((x) => x.rssKb ?? NaN)),
    cpuMs: median(s.map((x) => x.cpuMs ?? NaN)),
    runs: s.length,
    last: s.at(-1),
  }));
}

/** Whether `urazuke <command>` is built: its --help exits 0. */
function available(command) {
  if (!existsSync(BIN)) return false;
  const result = spawnSync(process.execPath, [BIN, command, '--help'], { env: ENV, encoding: 'utf8' });
  return result.status === 0;
}

function helpOf(command) {
  return spawnSync(process.execPath, [BIN, command, '--help'], { env: ENV, encoding: 'utf8' }).stdout ?? '';
}

const fmtMs = (ms) => (Number.isFinite(ms) ? (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`) : '—');
const fmtMb = (kb) => (Number.isFinite(kb) ? `${(kb / 1024).toFixed(0)} MB` : '—');

/** Record one figure: a row of the table and an entry of the JSON. */
function figure(key, { what, value, baseline, goal, met, note }) {
  rows.push({ what, value, baseline: baseline ?? '', goal: goal ?? '', status: met === undefined ? '' : met ? 'met' : 'NOT MET', note: note ?? '' });
  results.figures[key] = { what, value, baseline, goal, met, note };
  process.stderr.write(`  ${what}: ${value}${baseline ? ` (baseline ${baseline})` : ''}${met === undefined ? '' : met ? '  ✓' : '  ✗'}\n`);
}

function notAvailable(key, what, goal) {
  rows.push({ what, value: 'not available', baseline: '', goal: goal ?? '', status: '', note: '' });
  results.figures[key] = { what, value: 'not available', goal };
  process.stderr.write(`  ${what}: not available\n`);
}

function section(name) {
  process.stderr.write(`\n${name}\n`);
  return !ONLY || ONLY.has(name);
}

// ---------------------------------------------------------------------------------------------
// Start-up: `check` on an empty store against `node -e 0`.

if (section('startup')) {
  const empty = emptyStore();
  const runs = Math.max(10, RUNS * 4);
  const [node0, version] = interleaved(
    [
      { name: 'node -e 0', run: () => run(process.execPath, ['-e', '0']) },
      { name: 'urazuke --version', run: () => run(process.execPath, [BIN, '--version']) },
    ],
    runs,
  );
  figure('startup.node', { what: 'node -e 0', value: fmtMs(node0.ms) });
  figure('startup.version', { what: 'urazuke --version', value: fmtMs(version.ms), baseline: `+${fmtMs(version.ms - node0.ms)}` });
  if (available('check')) {
    const [base, check] = interleaved(
      [
        { name: 'node -e 0', run: () => run(process.execPath, ['-e', '0']) },
        { name: 'check (empty store)', okCodes: [0, 1], run: () => run(process.execPath, [BIN, 'check', empty.dir]) },
      ],
      runs,
    );
    const extra = check.ms - base.ms;
    figure('startup.check', {
      what: 'check start-up, empty store',
      value: fmtMs(check.ms),
      baseline: `node -e 0 ${fmtMs(base.ms)}, +${fmtMs(extra)}`,
      goal: '≤ node -e 0 + 50 ms',
      met: extra <= 50,
      note: `CPU ${fmtMs(check.cpuMs)} vs ${fmtMs(base.cpuMs)}, +${fmtMs(check.cpuMs - base.cpuMs)}`,
    });
    Object.assign(results.figures['startup.check'], { ms: check.ms, baselineMs: base.ms, cpuMs: check.cpuMs, baselineCpuMs: base.cpuMs });
  } else notAvailable('startup.check', 'check start-up, empty store', '≤ node -e 0 + 50 ms');
}

// ---------------------------------------------------------------------------------------------
// Extract: one core against remark-parse alone; all cores on 100 MB; peak RSS by corpus size.

if (section('extract')) {
  const have = available('extract');
  let grouped;
  const help = have ? helpOf('extract') : '';
  const rss = {};
  for (const mb of CORPORA) {
    const c = corpus(mb);
    const list = path.join(SCRATCH, `corpus-${mb}.list`);
    writeFileSync(list, `${c.files.join('\n')}\n`);
    const runs = mb >= 100 ? 1 : mb >= 10 ? Math.min(2, RUNS) : RUNS;
    const remark = { name: `remark-parse ${mb} MB`, run: () => run(process.execPath, [path.join(HERE, 'baselines/remark-parse.mjs'), c.dir, list], { oneCore: true }) };
    if (!have) {
      const [base] = interleaved([remark], runs);
      figure(`extract.${mb}mb.baseline`, { what: `remark-parse alone, ${mb} MB, one core`, value: fmtMs(base.ms), note: `${(c.bytes / 1048576 / (base.ms / 1000)).toFixed(1)} MB/s` });
      notAvailable(`extract.${mb}mb.oneCore`, `extract ${mb} MB, one core`, '≤ 1.3× remark-parse');
      continue;
    }
    const args = extractArgs(help, c);
    const inbox = () => rmSync(path.join(c.dir, 'claims'), { recursive: true, force: true });
    const [base, one, all] = interleaved(
      [
        remark,
        { name: `extract ${mb} MB one core`, before: inbox, okCodes: [0, 1], run: () => run(process.execPath, [BIN, ...args], { cwd: c.dir, oneCore: true }) },
        { name: `extract ${mb} MB all cores`, before: inbox, okCodes: [0, 1], run: () => run(process.execPath, [BIN, ...args], { cwd: c.dir }) },
      ],
      runs,
    );
    inbox();
    const ratio = one.ms / base.ms;
    figure(`extract.${mb}mb.oneCore`, {
      what: `extract ${mb} MB, one core`,
      value: `${fmtMs(one.ms)} (${ratio.toFixed(2)}×)`,
      baseline: `remark-parse ${fmtMs(base.ms)}`,
      goal: '≤ 1.3× remark-parse',
      met: ratio <= 1.3,
      note: `${(c.bytes / 1048576 / (one.ms / 1000)).toFixed(1)} MB/s; ${candidatesIn(one.last.stdout)} candidates`,
    });
    Object.assign(results.figures[`extract.${mb}mb.oneCore`], { ms: one.ms, baselineMs: base.ms, cpuMs: one.cpuMs, baselineCpuMs: base.cpuMs, ratio, bytes: c.bytes, files: c.files.length });
    // Issue 19: on 100 MB, extract on one core faster than a markdown parse alone.
    if (mb >= 100) {
      figure(`extract.${mb}mb.oneCoreFast`, {
        what: `extract ${mb} MB, one core, against remark-parse`,
        value: `${ratio.toFixed(2)}×`,
        baseline: `remark-parse ${fmtMs(base.ms)}`,
        goal: '≤ 0.7× remark-parse',
        met: ratio <= 0.7,
      });
    }
    figure(`extract.${mb}mb.allCores`, {
      what: `extract ${mb} MB, all ${os.availableParallelism()} cores`,
      value: fmtMs(all.ms),
      goal: mb === 100 ? '< 10 s' : '',
      met: mb === 100 ? all.ms < 10_000 : undefined,
      note: `${(c.bytes / 1048576 / (all.ms / 1000)).toFixed(1)} MB/s, peak RSS ${fmtMb(all.rssKb)}`,
    });
    Object.assign(results.figures[`extract.${mb}mb.allCores`], { ms: all.ms, cpuMs: all.cpuMs, rssKb: all.rssKb });
    const cores = all.ms / one.ms;
    figure(`extract.${mb}mb.coresRatio`, {
      what: `extract ${mb} MB, all ${os.availableParallelism()} cores against one`,
      value: `${cores.toFixed(2)}×`,
      baseline: `one core ${fmtMs(one.ms)}`,
      goal: mb >= 100 ? '≤ 0.6× one core' : '',
      met: mb >= 100 ? cores <= 0.6 : undefined,
    });
    results.figures[`extract.${mb}mb.coresRatio`].ratio = cores;
    rss[mb] = all.rssKb;
    // proposed subjects are grouped below the streaming size only: keep the largest such run
    if (mb < 100) grouped = { mb, ms: one.ms, stdout: one.last.stdout };
  }
  if (grouped) await groupingFigure(grouped);
  if (have && !CORPORA.includes(100)) {
    // The goals on 100 MB are printed too, as not measured, so a quick run shows every goal.
    for (const [key, what, goal] of [
      ['extract.100mb.oneCoreFast', 'extract 100 MB, one core, against remark-parse', '≤ 0.7× remark-parse'],
      ['extract.100mb.coresRatio', `extract 100 MB, all ${os.availableParallelism()} cores against one`, '≤ 0.6× one core'],
    ]) {
      rows.push({ what, value: 'not measured (--quick)', baseline: '', goal, status: '', note: '' });
      results.figures[key] = { what, value: 'not measured (--quick)', goal };
    }
  }
  if (have && Object.keys(rss).length >= 2 && HAS_TIME) {
    const sizes = Object.keys(rss).map(Number).sort((a, b) => a - b);
    const small = rss[sizes.at(-2)];
    const large = rss[sizes.at(-1)];
    figure('extract.rss', {
      what: `peak RSS, extract ${sizes.map((s) => `${s}`).join('/')} MB`,
      value: sizes.map((s) => fmtMb(rss[s])).join(' / '),
      baseline: `corpus ${sizes.join(' / ')} MB`,
      goal: `flat (${sizes.at(-1)} MB ≤ 1.25× ${sizes.at(-2)} MB)`,
      met: large <= 1.25 * small,
    });
    results.figures['extract.rss'].rssKb = rss;
  } else if (!have) notAvailable('extract.rss', 'peak RSS, extract', 'flat in corpus size');
}

/**
 * Issue 15: grouping 10,000 candidates into proposed subjects is a small share of extracting
 * them. The candidates are those the one-core run printed; the grouping is timed in this process
 * (median of three) with the measured build's own module, against the run's time per candidate.
 */
async function groupingFigure({ mb, ms, stdout }) {
  let candidates;
  try {
    candidates = JSON.parse(stdout).candidates.map(({ subject: _subject, ...c }) => c);
  } catch {
    notAvailable('extract.grouping', 'grouping 10,000 candidates', '≤ 0.2× of extracting them');
    return;
  }
  const { proposeSubjects } = await import(path.join(path.dirname(BIN), 'extract/subjects.js'));
  const some = candidates.slice(0, 10_000);
  const times = [];
  let subjects = 0;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    subjects = proposeSubjects(some).subjects.length;
    times.push(performance.now() - t);
  }
  const group = times.sort((a, b) => a - b)[1];
  const extracting = (ms * some.length) / candidates.length;
  const share = group / extracting;
  figure('extract.grouping', {
    what: `grouping ${some.length.toLocaleString('en')} candidates (of extract ${mb} MB)`,
    value: `${fmtMs(group)} (${share.toFixed(2)}×)`,
    baseline: `extracting them ${fmtMs(extracting)}`,
    goal: '≤ 0.2× of extracting them',
    met: share <= 0.2,
    note: `${subjects} proposed subjects; all ${candidates.length} candidates in the run`,
  });
  Object.assign(results.figures['extract.grouping'], { ms: group, baselineMs: extracting, ratio: share, candidates: some.length });
}

function extractArgs(help, c) {
  const args = ['extract'];
  if (/--format/.test(help)) args.push('--format', 'json');
  // Hand the folder when extract takes one, else every file.
  if (/<dir|folder|director/i.test(help)) args.push('docs');
  else args.push(...c.files);
  return args;
}

function candidatesIn(stdout) {
  try {
    return JSON.parse(stdout).candidates?.length ?? '?';
  } catch {
    return '?';
  }
}

// ---------------------------------------------------------------------------------------------
// Check: cold against `yaml` alone; then with one claim file changed.

if (section('check')) {
  const have = available('check');
  for (const n of STORES) {
    checkStore(have, n, claimStore(n), '');
    checkStore(have, n, realisticStore(n), ' realistic');
  }
}

/**
 * Check of one store, cold, against `yaml` alone and against the floor (read + js-yaml + one
 * substring search per claim), in the same run; then with one claim file changed. `kind` is ''
 * for the bench's own store, ' realistic' for the realistic shape (markdown captures, repeated
 * quotes, 7 captures per 100 claims).
 */
function checkStore(have, n, store, kind) {
  const label = `${n >= 1000 ? `${n / 1000}k` : `${n}`}${kind}`;
  const key = `${n >= 1000 ? `${n / 1000}k` : `${n}`}${kind ? '.realistic' : ''}`;
  const list = path.join(SCRATCH, `store-${key}.list`);
  writeFileSync(list, `${store.claimFiles.join('\n')}\n`);
  const runs = n >= 100_000 ? 1 : Math.min(2, RUNS);
  const yamlJob = { name: `yaml ${label}`, run: () => run(process.execPath, [path.join(HERE, 'baselines/yaml-parse.mjs'), store.dir, list]) };
  const floorJob = { name: `floor ${label}`, run: () => run(process.execPath, [path.join(HERE, 'baselines/floor.mjs'), store.dir, list]) };
  if (!have) {
    const [base] = interleaved([yamlJob], runs);
    figure(`check.${key}.baseline`, { what: `yaml parse alone, ${label} claims`, value: fmtMs(base.ms), note: `${Math.round(n / (base.ms / 1000))} claims/s` });
    notAvailable(`check.${key}.cold`, `check ${label} claims, cold`, n === 100_000 ? '< 5 s' : '');
    return;
  }
  const cold = () => rmSync(CACHE, { recursive: true, force: true });
  const checkJob = { name: `check ${label} cold`, before: cold, okCodes: [0, 1], run: () => run(process.execPath, [BIN, 'check', store.dir]) };
  const [base, floor, coldRun] = interleaved([yamlJob, floorJob, checkJob], runs);
  const yamlGoal = n >= 100_000 ? 0.35 : 0.5;
  const yamlRatio = coldRun.ms / base.ms;
  figure(`check.${key}.cold`, {
    what: `check ${label} claims, cold`,
    value: `${fmtMs(coldRun.ms)} (${yamlRatio.toFixed(2)}× yaml)`,
    baseline: `yaml alone ${fmtMs(base.ms)}`,
    goal: `≤ ${yamlGoal}× yaml.parse`,
    met: yamlRatio <= yamlGoal,
    note: `CPU ${fmtMs(coldRun.cpuMs)} vs ${fmtMs(base.cpuMs)} (${(coldRun.cpuMs / base.cpuMs).toFixed(2)}×); ${Math.round(n / (coldRun.ms / 1000))} claims/s; peak RSS ${fmtMb(coldRun.rssKb)}; exit ${coldRun.last.code}; ${findingCount(coldRun.last)}`,
  });
  Object.assign(results.figures[`check.${key}.cold`], { ms: coldRun.ms, baselineMs: base.ms, cpuMs: coldRun.cpuMs, baselineCpuMs: base.cpuMs, rssKb: coldRun.rssKb, exit: coldRun.last.code });
  const floorRatio = coldRun.ms / floor.ms;
  figure(`check.${key}.floor`, {
    what: `check ${label} claims against the floor`,
    value: `${floorRatio.toFixed(2)}× floor`,
    baseline: `read + js-yaml + one search per claim ${fmtMs(floor.ms)}`,
    goal: '≤ 1.5× floor',
    met: floorRatio <= 1.5,
    note: `CPU ${(coldRun.cpuMs / floor.cpuMs).toFixed(2)}× (${fmtMs(floor.cpuMs)})`,
  });
  Object.assign(results.figures[`check.${key}.floor`], { ms: coldRun.ms, baselineMs: floor.ms, cpuMs: coldRun.cpuMs, baselineCpuMs: floor.cpuMs });
  if (n >= 100_000 && HAS_TIME) {
    figure(`check.${key}.rss`, { what: `peak RSS, check ${label} claims`, value: fmtMb(coldRun.rssKb), goal: '≤ 500 MB', met: coldRun.rssKb <= 500 * 1024 });
  }

  // One file changed: warm the cache, edit one claim file (a valid edit), check again.
  const changed = path.join(store.dir, store.claimFiles[Math.floor(store.claimFiles.length / 2)]);
  const backup = path.join(SCRATCH, 'changed.yaml');
  copyFileSync(changed, backup);
  try {
    cold();
    run(process.execPath, [BIN, 'check', store.dir]);
    let edit = 0;
    const [warm] = interleaved(
      [
        {
          name: `check ${label} one file changed`,
          okCodes: [0, 1],
          before: () => {
            edit += 1;
            const text = readFileSync(backup, 'utf8').replace(/says: Passage (\d+) gives/, `says: Passage $1 (edit ${edit}) gives`);
            writeFileSync(changed, text);
          },
          run: () => run(process.execPath, [BIN, 'check', store.dir]),
        },
      ],
      n >= 100_000 ? 2 : Math.max(2, RUNS),
    );
    const ratio = warm.ms / coldRun.ms;
    figure(`check.${key}.oneChanged`, {
      what: `check ${label} claims, one file changed`,
      value: `${fmtMs(warm.ms)} (${ratio.toFixed(2)}× cold)`,
      goal: '≤ 0.1× cold',
      met: ratio <= 0.1,
      note: `CPU ${fmtMs(warm.cpuMs)}`,
    });
    Object.assign(results.figures[`check.${key}.oneChanged`], { ms: warm.ms, cpuMs: warm.cpuMs });
  } finally {
    copyFileSync(backup, changed);
  }

  // Nothing changed: the cache warm, the same inputs again, against cold plus start-up.
  run(process.execPath, [BIN, 'check', store.dir]);
  const [same, startup] = interleaved(
    [
      { name: `check ${label} nothing changed`, okCodes: [0, 1], run: () => run(process.execPath, [BIN, 'check', store.dir]) },
      { name: 'check start-up', okCodes: [0, 1], run: () => run(process.execPath, [BIN, 'check', emptyStore().dir]) },
    ],
    n >= 100_000 ? 2 : Math.max(3, RUNS),
  );
  const allowed = 0.05 * coldRun.ms + startup.ms;
  figure(`check.${key}.unchanged`, {
    what: `check ${label} claims, nothing changed`,
    value: `${fmtMs(same.ms)} (${(same.ms / coldRun.ms).toFixed(2)}× cold)`,
    baseline: `start-up ${fmtMs(startup.ms)}`,
    goal: '≤ 0.05× cold + start-up',
    met: same.ms <= allowed,
    note: `allowed ${fmtMs(allowed)}; CPU ${fmtMs(same.cpuMs)}`,
  });
  Object.assign(results.figures[`check.${key}.unchanged`], { ms: same.ms, cpuMs: same.cpuMs, startupMs: startup.ms });
}

function findingCount(result) {
  const lines = `${result.stdout}\n${result.stderr}`.split('\n').filter((l) => /error|warning/i.test(l));
  return `${lines.length} finding lines`;
}

// ---------------------------------------------------------------------------------------------
// Review: first frame on the bundled corpus; keypress-to-frame with 10k subjects. Under a pty
// (`script`), so review sees a terminal.

const HAS_SCRIPT = spawnSync('script', ['--version']).status === 0;

if (section('review')) {
  if (!available('review') || !HAS_SCRIPT) {
    notAvailable('review.firstFrame', 'review first frame, bundled corpus', '≤ 250 ms');
    notAvailable('review.keypress', 'review keypress-to-frame, 10k subjects', '≤ 50 ms');
  } else {
    const firsts = [];
    for (let r = 0; r < Math.max(3, RUNS); r += 1) firsts.push((await underPty(ROOT, 0)).firstFrameMs);
    const first = median(firsts);
    figure('review.firstFrame', { what: 'review first frame, bundled corpus', value: fmtMs(first), goal: '≤ 250 ms', met: first <= 250, note: `runs: ${firsts.map((x) => x.toFixed(0)).join(', ')} ms` });
    results.figures['review.firstFrame'].ms = first;
    const store = claimStore(100_000);
    const session = await underPty(store.dir, 20);
    const keys = median(session.keypressMs);
    figure('review.firstFrameLarge', {
      what: `review first frame, ${store.subjects / 1000}k subjects`,
      value: fmtMs(session.firstFrameMs),
      goal: '≤ 1 s',
      met: session.firstFrameMs <= 1000,
    });
    results.figures['review.firstFrameLarge'].ms = session.firstFrameMs;
    figure('review.keypress', {
      what: `review keypress-to-frame, ${store.subjects / 1000}k subjects`,
      value: fmtMs(keys),
      goal: '≤ 50 ms',
      met: keys <= 50,
      note: `first frame ${fmtMs(session.firstFrameMs)}; p90 ${fmtMs(percentile(session.keypressMs, 0.9))} over ${session.keypressMs.length} keys`,
    });
    results.figures['review.keypress'].ms = keys;
  }
}

function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

/** The printable text of terminal output: escape sequences and white space removed. */
function visible(text) {
  return text
    .replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '')
    .replace(/\x1b[\]P^_][^\x07\x1b]*(\x07|\x1b\\)/g, '')
    .replace(/\x1b./g, '')
    .replace(/\s+/g, '');
}

/**
 * Start `urazuke review <dir>` under a pty; time from spawn to the first frame (the first output
 * with visible text); then press ↓/↑ `keys` times, each after the screen settles, and time each
 * keypress to the next output.
 */
async function underPty(dir, keys) {
  const command = `stty cols 120 rows 40 2>/dev/null; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} review ${JSON.stringify(dir)}`;
  const t0 = performance.now();
  const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], { env: { ...ENV, TERM: 'xterm-256color' }, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
  let firstFrameMs;
  let lastOutput = performance.now();
  let waiting;
  let seen = '';
  child.stdout.on('data', (data) => {
    const now = performance.now();
    lastOutput = now;
    seen += data.toString('utf8');
    if (firstFrameMs === undefined && visible(seen).length >= 8) firstFrameMs = now - t0;
    if (waiting && visible(data.toString('utf8')).length > 0) {
      waiting.resolve(now);
      waiting = undefined;
    }
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const deadline = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const until = async (predicate, timeoutMs) => {
    const end = performance.now() + timeoutMs;
    while (!predicate() && performance.now() < end) await deadline(5);
    return predicate();
  };
  const keypressMs = [];
  try {
    if (!(await until(() => firstFrameMs !== undefined, 30_000))) throw new Error(`review showed no frame within 30 s: ${JSON.stringify(visible(seen).slice(0, 200))}`);
    for (let k = 0; k < keys; k += 1) {
      await until(() => performance.now() - lastOutput > 150, 5000);
      const frame = new Promise((resolve) => (waiting = { resolve }));
      const sent = performance.now();
      child.stdin.write(k % 4 < 2 ? '\x1b[B' : '\x1b[A');
      const at = await Promise.race([frame, deadline(5000).then(() => undefined)]);
      if (at !== undefined) keypressMs.push(at - sent);
    }
  } finally {
    // Quit as a person would; on a busy machine the UI may need a moment to leave.
    child.stdin.write('q');
    await Promise.race([exited, deadline(5000)]);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return { firstFrameMs, keypressMs };
}

// ---------------------------------------------------------------------------------------------

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

rmSync(SCRATCH, { recursive: true, force: true });
results.seconds = (performance.now() - started) / 1000;
results.loadAfter = os.loadavg()[0];

const header = ['what', 'value', 'baseline', 'goal', 'status', 'note'];
const widths = header.map((h) => Math.max(h.length, ...rows.map((r) => [...String(r[h])].length)));
const line = (cells) => `| ${cells.map((c, i) => String(c) + ' '.repeat(widths[i] - [...String(c)].length)).join(' | ')} |`;
const m = results.machine;
process.stdout.write(`\nurazuke bench — ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}${QUICK ? ' (quick)' : ''}; load average ${results.loadBefore.toFixed(1)} → ${results.loadAfter.toFixed(1)}\n\n`);
process.stdout.write(`${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${rows.map((r) => line(header.map((h) => r[h]))).join('\n')}\n`);
process.stdout.write(`\nwhole bench: ${results.seconds.toFixed(0)} s\n`);
mkdirSync(OUT, { recursive: true });
const stamp = results.started.replace(/[:.]/g, '-');
writeFileSync(path.join(OUT, `bench-${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(OUT, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`JSON: ${path.relative(process.cwd(), path.join(OUT, 'latest.json'))}\n`);
