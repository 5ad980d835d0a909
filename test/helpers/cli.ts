import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root of urazuke itself. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built CLI entry. */
export const BIN = path.join(ROOT, 'dist/bin.js');
/** Fixture folder. */
export const FIXTURES = path.join(ROOT, 'test/fixtures');

/** Result of running the built CLI. */
export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the built CLI as a subprocess (no TTY), in `cwd`. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; input?: string; timeout?: number } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Copy a fixture repository (or any folder) into a fresh temporary folder and return its path. */
export function tempCopy(from: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'urazuke-'));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** A fresh empty temporary folder. */
export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'urazuke-'));
}

/** Remove a temporary folder. */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Write one file of a repository (a repository-relative path), making its folders; returns its absolute path. */
export function writeInto(dir: string, file: string, content: string | Uint8Array): string {
  const absolute = path.join(dir, file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, content);
  return absolute;
}

/** A fresh repository in a temporary folder holding `files` (repository-relative paths); the caller removes it. */
export function writeRepo(files: Readonly<Record<string, string | Uint8Array>>): string {
  const dir = tempDir();
  for (const [file, content] of Object.entries(files)) writeInto(dir, file, content);
  return dir;
}
