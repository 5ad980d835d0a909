import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('urazuke (top level)', () => {
  it('prints help listing every command and the exit codes', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    for (const name of ['review', 'check', 'report', 'extract', 'add']) expect(r.stdout).toContain(`  ${name}`);
    expect(r.stdout).toMatch(/Exit codes: 0 clean, 1 .*, 2 /);
  });

  it('prints the package version', () => {
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('rejects an unknown command as a usage error without a stack trace', () => {
    const r = runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).not.toContain('did you mean');
  });

  it('suggests the command a mistyped one is nearest to', () => {
    const r = runCli(['chekc']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("urazuke: unknown command 'chekc' (did you mean 'check'?)\nTry 'urazuke --help'.\n");
  });
});
