import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { expect } from 'vitest';
import { BIN, removeDir, ROOT, runCli, writeInto, writeRepo, type RunResult } from '../helpers/cli.js';

/** Longest any one hostile case may run: a hang fails its test, not the suite. */
export const CASE_TIMEOUT_MS = 20_000;

/**
 * Characters that must never reach a terminal raw: C0 controls except LF, DEL, C1 controls, and
 * the Unicode bidi controls (marks, embeddings, overrides, isolates).
 */
export const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** A line of a JavaScript stack trace: `    at fn (file:///…:1:2)`, `    at node:internal/…:3:4`. */
export const STACK_FRAME = /^\s+at (?:.+ \()?(?:file:|node:|\/|[A-Za-z]:\\|<anonymous>)[^\n]*:\d+:\d+\)?$/m;

/** A run of the built CLI with its wall time. */
export interface TimedRun extends RunResult {
  readonly ms: number;
}

/**
 * Run the built CLI with a time limit and a heap cap, so that a hang or a memory blow-up fails
 * the case rather than the machine.
 */
export function run(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; timeout?: number } = {}): TimedRun {
  const started = Date.now();
  const result = runCli(args, {
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    env: { NODE_OPTIONS: '--max-old-space-size=768', ...options.env },
    timeout: options.timeout ?? CASE_TIMEOUT_MS,
  });
  return { ...result, ms: Date.now() - started };
}

/**
 * Run several commands of the built CLI, a few at a time (each with the time limit and heap cap
 * of {@link run}), and return their results in order: independent cases need not wait in line.
 */
export async function runAll(jobs: ReadonlyArray<{ readonly args: readonly string[]; readonly cwd: string }>, concurrency = 3, timeout = CASE_TIMEOUT_MS): Promise<TimedRun[]> {
  const results: TimedRun[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await runAsync(jobs[index]!.args, jobs[index]!.cwd, timeout);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  return results;
}

function runAsync(args: readonly string[], cwd: string, timeout: number): Promise<TimedRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', NODE_OPTIONS: '--max-old-space-size=768' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/**
 * Run the built CLI where file modes apply: as is for an ordinary user; as `nobody` through
 * `setpriv` when the tests run as root, who ignores file modes. Paths it reads must be
 * reachable by others (mode o+x on their folders).
 */
export function runUnprivileged(args: readonly string[]): TimedRun {
  const started = Date.now();
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? 'setpriv' : process.execPath;
  const prefix = asRoot ? ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [];
  const result = spawnSync(command, [...prefix, asRoot ? readableBuild().bin : BIN, ...args], {
    cwd: '/',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', NODE_OPTIONS: '--max-old-space-size=768' },
    encoding: 'utf8',
    timeout: CASE_TIMEOUT_MS,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}

let build: { readonly bin: string; readonly save: string } | undefined;

/**
 * The built CLI (and the saving module, bundled on its own) copied to a folder `nobody` can read,
 * for the runs that drop root: the checkout itself may lie under a folder other users cannot read.
 * Made once per test file, removed by {@link cleanUp}.
 */
export function readableBuild(): { readonly bin: string; readonly save: string } {
  if (build) return build;
  const dir = mkdtempSync(path.join(tmpdir(), 'urazuke-readable-'));
  made.push(dir);
  chmodSync(dir, 0o755);
  cpSync(path.join(ROOT, 'dist/bin.js'), path.join(dir, 'bin.js'));
  cpSync(path.join(ROOT, 'dist/chunks'), path.join(dir, 'chunks'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{"type": "module"}\n');
  const save = path.join(dir, 'save.js');
  buildSync({
    entryPoints: [path.join(ROOT, 'src/claims/save.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: save,
    logLevel: 'silent',
    // CommonJS dependencies, if any, require Node's modules.
    banner: {
      js: "import { createRequire } from 'node:module'; import { fileURLToPath as __toPath } from 'node:url'; const require = createRequire(import.meta.url); const __filename = __toPath(import.meta.url);",
    },
  });
  execFileSync('chmod', ['-R', 'a+rX', dir]);
  build = { bin: path.join(dir, 'bin.js'), save };
  return build;
}

/** Where a raw control character is in `text`, for a readable failure. */
export function rawControlAt(text: string): string | undefined {
  const match = RAW_CONTROL.exec(text);
  if (!match) return undefined;
  return `U+${match[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${match.index}: ${JSON.stringify(text.slice(Math.max(0, match.index - 40), match.index + 40))}`;
}

/**
 * The run ended in time with one of `codes`, printed no stack trace and no raw control
 * character on either stream.
 */
export function expectSafeExit(result: TimedRun, codes: readonly number[]): void {
  expect(result.code, `timed out or crashed after ${result.ms} ms; stderr: ${result.stderr.slice(0, 400)}`).not.toBeNull();
  expect(codes, `exit ${result.code}; stdout: ${result.stdout.slice(0, 400)} stderr: ${result.stderr.slice(0, 400)}`).toContain(result.code);
  expect(result.stdout + result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stderr).not.toMatch(/^(?:Type|Range|Syntax|Reference)?Error\b/m);
  expect(rawControlAt(result.stdout)).toBeUndefined();
  expect(rawControlAt(result.stderr)).toBeUndefined();
}

/** Temporary folders made by a test file, removed by {@link cleanUp}. */
const made: string[] = [];

/** Remove every temporary folder made with {@link repo}. */
export function cleanUp(): void {
  while (made.length > 0) removeDir(made.pop()!);
  build = undefined;
}

/** A fresh repository in a temporary folder holding `files` (repository-relative paths). */
export function repo(files: Readonly<Record<string, string | Uint8Array>>): string {
  const dir = writeRepo(files);
  made.push(dir);
  return dir;
}

/** Write one file of a repository, making its folders. */
export const write = writeInto;

/** The capture the claims of {@link claimFile} quote. */
export const ARTICLE = [
  'LINE問題 続報',
  '中日新聞によると、四人はサーバーに少なくとも三十二回アクセスしていたことが確認された。',
  'JNNは、あわせて32回のアクセスがあったと伝えた。',
  '',
].join('\n');

/** One claim entry (YAML) quoting `quote` in `file`. */
export function claimEntry(id: string, options: { file?: string; quote?: string; outlet?: string; value?: string } = {}): string {
  return [
    `  - id: ${JSON.stringify(id)}`,
    '    subject: access-count',
    `    value: ${options.value ?? '32'}`,
    `    outlet: ${JSON.stringify(options.outlet ?? 'JNN')}`,
    `    chain: [${JSON.stringify(options.outlet ?? 'JNN')}]`,
    '    source:',
    `      file: ${JSON.stringify(options.file ?? 'seeds/article.txt')}`,
    `      quote: ${JSON.stringify(options.quote ?? 'あわせて32回のアクセスがあった')}`,
    '',
  ].join('\n');
}

/** A valid topic file with one subject and the given claim entries. */
export function claimFile(entries: readonly string[], question = 'How many times did the engineers access the servers?'): string {
  return [
    'topic: line',
    'subjects:',
    '  - id: access-count',
    `    question: ${JSON.stringify(question)}`,
    '    kind: count',
    '    unit: times',
    'claims:',
    ...entries.map((e) => e.replace(/\n$/, '')),
    '',
  ].join('\n');
}
