import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/check/define-rule.js';
import type { RuleContext } from '../../src/check/types.js';
import { createFinding, RULES_URL, severityOf } from '../../src/util/message.js';

/** Rules under test read nothing of the context. */
const CONTEXT = {} as RuleContext;

describe('defineRule', () => {
  it("stamps the rule's id, source, url and default severity on every finding it reports", async () => {
    const rule = defineRule({
      id: 'made-up',
      severity: 'warning',
      description: 'A rule that reports two problems of a file.',
      check(_context, report) {
        report('Unexpected a, expected b', { file: 'claims/x.yaml', place: { line: 3, column: 5 }, claimId: 'c', note: 'Write b.' });
        report('Unexpected c, expected d', { file: 'claims/x.yaml', severity: 'error' });
      },
    });
    expect([rule.id, rule.severity, rule.description]).toEqual(['made-up', 'warning', 'A rule that reports two problems of a file.']);
    const findings = await rule.run(CONTEXT);
    expect(findings.map((f) => [f.reason, f.ruleId, f.source, f.url, severityOf(f), f.file, f.line, f.column])).toEqual([
      ['Unexpected a, expected b', 'made-up', 'urazuke', `${RULES_URL}-made-up`, 'warning', 'claims/x.yaml', 3, 5],
      ['Unexpected c, expected d', 'made-up', 'urazuke', `${RULES_URL}-made-up`, 'error', 'claims/x.yaml', 1, 1],
    ]);
    expect([findings[0]!.claimId, findings[0]!.note]).toEqual(['c', 'Write b.']);
  });

  it('takes over only the findings others made under its id, as they are', async () => {
    const mine = createFinding('Invalid YAML', { ruleId: 'yaml-syntax', file: 'claims/a.yaml', severity: 'warning' });
    const other = createFinding('Invalid `x`', { ruleId: 'schema', file: 'claims/a.yaml' });
    const rule = defineRule({ id: 'yaml-syntax', severity: 'error', description: 'Loader findings, passed on.', check: (_c, report) => report.take([mine, other]) });
    const findings = await rule.run(CONTEXT);
    expect(findings).toEqual([mine]);
    expect(severityOf(findings[0]!)).toBe('warning');
  });

  it('tells a shared helper which rule reports', async () => {
    const seen: string[] = [];
    const rule = defineRule({ id: 'some-rule', severity: 'info', description: 'Only says its own id.', check: (_c, report) => void seen.push(report.ruleId) });
    await rule.run(CONTEXT);
    expect(seen).toEqual(['some-rule']);
  });
});
