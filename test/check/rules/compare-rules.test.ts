import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../../helpers/cli.js';

interface JsonFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly ruleId: string;
  readonly message: string;
  readonly claimId: string | null;
}

function check(fixture: string, ...flags: string[]): { code: number | null; findings: JsonFinding[] } {
  const result = runCli(['check', path.join(FIXTURES, 'report', fixture), '--format', 'json', ...flags]);
  return { code: result.code, findings: (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings };
}

const COMPARE_RULES = new Set(['unresolved-conflict', 'single-origin', 'invalid-value', 'unit-mismatch']);
const pick = (findings: readonly JsonFinding[]) =>
  findings.filter((f) => COMPARE_RULES.has(f.ruleId)).map((f) => [f.ruleId, f.severity, f.claimId, `${f.line}:${f.column}`]);

describe('check rules that read the comparison', () => {
  it('warns about an unresolved conflict, naming the pair; resolved subjects pass', () => {
    const { findings } = check('ja-line');
    expect(pick(findings)).toEqual([['unresolved-conflict', 'warning', 'access-count', '11:9']]);
    const message = findings.find((f) => f.ruleId === 'unresolved-conflict')!.message;
    expect(message).toBe(
      "Unexpected unresolved conflict on `access-count`: JNN's 32 times in total contradicts 朝日新聞's at least 38 times, expected a `resolution` with status resolved or disputed",
    );
  });

  it('makes an unresolved conflict an error with --strict', () => {
    const { code, findings } = check('ja-line', '--strict');
    expect(code).toBe(1);
    expect(pick(findings)).toEqual([['unresolved-conflict', 'error', 'access-count', '11:9']]);
  });

  it('reports values that cannot be read and units that do not fit on the value node, and a single origin as info', () => {
    const { code, findings } = check('bad-values');
    expect(code).toBe(1);
    expect(pick(findings)).toEqual([
      ['single-origin', 'info', 'accesses', '3:9'],
      ['unit-mismatch', 'error', 'accesses/b', '15:12'],
      ['invalid-value', 'error', 'accesses/c', '22:12'],
    ]);
    expect(findings.find((f) => f.ruleId === 'single-origin')!.message).toContain('all go back to A');
  });

  it('lists the rules in check --help', () => {
    const help = runCli(['check', '--help']).stdout;
    for (const rule of COMPARE_RULES) expect(help).toContain(rule);
  });
});
