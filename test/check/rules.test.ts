import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers/cli.js';

/** One fixture repository per rule: what `urazuke check` must say about it. */
interface Expected {
  readonly exit: number;
  readonly severity: 'error' | 'warning';
  /** `file:line:col` of the first finding. */
  readonly at: string;
  readonly claimId: string;
  /** How many findings of the rule. */
  readonly count: number;
  readonly says: RegExp;
}

const CASES: Record<string, Expected> = {
  'yaml-syntax': { exit: 1, severity: 'error', at: 'claims/line.yaml:12:12', claimId: '', count: 1, says: /Invalid YAML: the \{ opened here is not closed/ },
  schema: { exit: 1, severity: 'error', at: 'claims/line.yaml:30:11', claimId: 'access-count/extra', count: 1, says: /claims\.2\.rank/ },
  unsourced: { exit: 1, severity: 'error', at: 'claims/line.yaml:26:9', claimId: 'access-count/unsourced', count: 1, says: /without `source`/ },
  'source-missing': { exit: 1, severity: 'error', at: 'claims/line.yaml:32:13', claimId: 'access-count/missing', count: 1, says: /seeds\/gone\.txt`: no such file/ },
  'source-outside': { exit: 1, severity: 'error', at: 'claims/line.yaml:32:13', claimId: 'access-count/outside', count: 1, says: /climbs out with `\.\.`/ },
  'quote-not-found': { exit: 1, severity: 'error', at: 'claims/line.yaml:33:14', claimId: 'access-count/asahi', count: 1, says: /Quote not found in `seeds\/article\.txt`/ },
  'quote-ambiguous': { exit: 0, severity: 'warning', at: 'claims/line.yaml:33:14', claimId: 'access-count/insider', count: 1, says: /occurs 2 times .*lines 4, 5.*add `prefix: "係者は"` for line 4, or `prefix: "係者も"` for line 5/ },
  'quote-drifted': { exit: 1, severity: 'error', at: 'claims/line.yaml:33:14', claimId: 'access-count/drifted', count: 1, says: /Quote drifted.*seeds\/article\.txt:2:10/ },
  'source-changed': { exit: 0, severity: 'warning', at: 'claims/line.yaml:16:13', claimId: 'access-count/chunichi', count: 2, says: /the capture changed/ },
  'duplicate-id': { exit: 1, severity: 'error', at: 'claims/more.yaml:3:9', claimId: 'access-count/jnn', count: 1, says: /duplicate claim id `access-count\/jnn`.*first at claims\/line\.yaml:18:9/ },
  'unknown-subject': { exit: 1, severity: 'error', at: 'claims/line.yaml:27:14', claimId: 'access-count/typo', count: 1, says: /`acces-count`.*did you mean `access-count`/ },
};

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  severity: string;
  ruleId: string;
  claimId: string | null;
  message: string;
  note: string | null;
}

describe('urazuke check: one fixture repository per rule', () => {
  it('passes the clean fixture with no finding at all', () => {
    const r = runCli(['check', '.'], { cwd: path.join(FIXTURES, 'check/clean') });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('0 errors, 0 warnings, 0 info (2 claims in 1 file, 1 source)\n');
  });

  for (const [rule, expected] of Object.entries(CASES)) {
    it(`${rule}: exit ${expected.exit}, ${expected.at}, ${expected.claimId || 'no claim'}`, () => {
      const r = runCli(['check'], { cwd: path.join(FIXTURES, 'check', rule) });
      expect(r.code).toBe(expected.exit);
      expect(r.stderr).toBe('');
      // Finding lines: `file:line:col  severity  message  rule-id  (claim id)`; notes are indented.
      const findings = r.stdout.split('\n').filter((line) => /^\S+:\d+:\d+ +(error|warning|info) /.test(line));
      expect(findings).toHaveLength(expected.count);
      // Exactly this rule fires: the fixture triggers nothing else.
      for (const line of findings) expect(line).toMatch(new RegExp(`  ${rule}(  \\(.*\\))?$`));
      const first = findings[0]!;
      expect(first.startsWith(`${expected.at} `)).toBe(true);
      expect(first).toMatch(new RegExp(`^\\S+ +${expected.severity}  `));
      expect(first).toMatch(expected.says);
      if (expected.claimId) expect(first.endsWith(`  ${rule}  (${expected.claimId})`)).toBe(true);
      else expect(first.endsWith(`  ${rule}`)).toBe(true);
      expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(expected.severity === 'error' ? /^[1-9]\d* errors?, / : /^0 errors, [1-9]\d* warnings?, /);
    });
  }

  it('names the fixture folder in text paths when checking from above it, but not in JSON', () => {
    const text = runCli(['check', 'test/fixtures/check/unknown-subject']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^test\/fixtures\/check\/unknown-subject\/claims\/line\.yaml:27:14 {2}error/);
    const json = runCli(['check', 'test/fixtures/check/unknown-subject', '--format', 'json']);
    expect((JSON.parse(json.stdout) as { findings: JsonFinding[] }).findings[0]!.file).toBe('claims/line.yaml');
  });

  it('shows the figure that differs when a quote is not found', () => {
    const r = runCli(['check'], { cwd: path.join(FIXTURES, 'check/quote-not-found') });
    expect(r.stdout).toContain('At seeds/article.txt:2:10 the capture says "四人はサーバーに少なくとも三十二回アクセスしていた", which differs in a figure');
    expect(r.stdout).toContain('四人はサーバーに少なくとも三十[-三-]{+二+}回アクセスしていた');
    expect(r.stdout).toContain('sha256 matches), so the claim\'s quote is wrong');
  });

  it('shows a character diff of a drifted quote and rewrites nothing', () => {
    const r = runCli(['check'], { cwd: path.join(FIXTURES, 'check/quote-drifted') });
    expect(r.stdout).toContain('四人はサーバーに少なくとも三十二回アクセスしていたことが確認され[-まし-]た');
    expect(r.stdout).toContain('nothing was rewritten');
  });
});
