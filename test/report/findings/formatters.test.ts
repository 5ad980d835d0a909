import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub, githubStepSummary } from '../../../src/report/findings/github.js';
import { formatJson } from '../../../src/report/findings/json.js';
import { formatSarif } from '../../../src/report/findings/sarif.js';
import { formatText } from '../../../src/report/findings/text.js';
import type { FindingsInput } from '../../../src/report/findings/types.js';
import { createFinding, type Finding } from '../../../src/util/message.js';

const summary = { topicFiles: 1, claims: 3, sources: 1, errors: 1, warnings: 1, infos: 0 };
const rules = [
  { id: 'quote-not-found', severity: 'error' as const, description: 'The quote is not in the source.' },
  { id: 'quote-ambiguous', severity: 'warning' as const, description: 'The quote occurs more than once.' },
];

function input(findings: Finding[]): FindingsInput {
  return { findings, summary, rules, version: '9.9.9' };
}

const hostile = createFinding('Quote not found: "50%\r\nof\u001b[31m red\u0007"', {
  ruleId: 'quote-not-found',
  file: 'claims/a,b:c.yaml',
  place: { start: { line: 3, column: 5 }, end: { line: 3, column: 9 } },
  claimId: 'x/\u202Eevil',
  note: 'line one\nline two',
});
const ambiguous = createFinding('Quote occurs 2 times (lines 4, 5)', {
  ruleId: 'quote-ambiguous',
  file: 'claims/line.yaml',
  place: { start: { line: 33, column: 14 } },
  severity: 'warning',
  claimId: 'access-count/insider',
});

describe('github formatter', () => {
  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('50%\r\nok')).toBe('50%25%0D%0Aok');
    expect(escapeProperty('a,b:c%')).toBe('a%2Cb%3Ac%25');
  });

  it('writes one workflow command per finding, with no raw line break or escape sequence', () => {
    const out = formatGithub(input([hostile, ambiguous]));
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      '::error title=quote-not-found,file=claims/a%2Cb%3Ac.yaml,line=3,endLine=3,col=5,endColumn=8::Quote not found: "50%25%0Aof red" (x/evil)%0Aline one%0Aline two',
    );
    expect(lines[1]).toMatch(/^::warning title=quote-ambiguous,file=claims\/line\.yaml,line=33,endLine=33,col=14,endColumn=14::/);
    expect(lines[2]).toBe('urazuke check: 1 error, 1 warning, 0 info (3 claims in 1 file, 1 source)');
    expect(out).not.toMatch(/[\u001b\u0007\u202E]/);
  });

  it('writes a markdown job summary whose cells cannot inject markup', () => {
    const md = githubStepSummary(input([hostile]));
    expect(md).toContain('| error | claims/a,b:c.yaml:3:5 | quote-not-found | x/evil |');
    expect(md).not.toContain('<');
    const row = md.split('\n').find((l) => l.startsWith('| error'))!;
    expect(row.split('|')).toHaveLength(7);
  });
});

describe('text formatter', () => {
  it('prints file:line:col, severity, message, rule id and claim id, the note, and a summary', () => {
    const out = formatText(input([hostile, ambiguous]));
    const lines = out.split('\n');
    expect(lines[0]).toBe('claims/a,b:c.yaml:3:5   error    Quote not found: "50% of red"  quote-not-found  (x/evil)');
    expect(lines[1]).toBe('    line one');
    expect(lines[3]).toBe('claims/line.yaml:33:14  warning  Quote occurs 2 times (lines 4, 5)  quote-ambiguous  (access-count/insider)');
    expect(out.trimEnd().split('\n').at(-1)).toBe('1 error, 1 warning, 0 info (3 claims in 1 file, 1 source)');
    expect(out).not.toMatch(/[\u001b\u0007\u202E\r]/);
  });

  it('lines up locations by display width (Japanese file names)', () => {
    const wide = createFinding('x', { ruleId: 'quote-not-found', file: 'claims/中日.yaml', place: { start: { line: 1, column: 1 } } });
    const narrow = createFinding('y', { ruleId: 'quote-not-found', file: 'claims/abcdef.yaml', place: { start: { line: 1, column: 1 } } });
    const [a, b] = formatText(input([wide, narrow])).split('\n');
    expect(a).toBe('claims/中日.yaml:1:1    error    x  quote-not-found');
    expect(b).toBe('claims/abcdef.yaml:1:1  error    y  quote-not-found');
  });
});

describe('json formatter', () => {
  it('keeps the data and escapes what could drive a terminal', () => {
    const out = formatJson(input([hostile]));
    expect(out).not.toMatch(/[\u001b\u202E]/);
    const parsed = JSON.parse(out) as { findings: Array<Record<string, unknown>>; summary: unknown };
    expect(parsed.findings[0]).toEqual({
      file: 'claims/a,b:c.yaml',
      line: 3,
      column: 5,
      endLine: 3,
      endColumn: 9,
      severity: 'error',
      ruleId: 'quote-not-found',
      message: 'Quote not found: "50%\r\nof\u001b[31m red\u0007"',
      claimId: 'x/\u202Eevil',
      note: 'line one\nline two',
      url: 'https://github.com/urazuke/urazuke#rules-quote-not-found',
    });
    expect(parsed.summary).toEqual(summary);
  });
});

describe('sarif formatter', () => {
  it('writes a SARIF 2.1.0 log: rules with help, results with level, location and fingerprint', () => {
    const log = JSON.parse(formatSarif(input([hostile, ambiguous]))) as {
      $schema: string;
      version: string;
      runs: Array<{
        tool: { driver: { name: string; version: string; rules: Array<{ id: string; helpUri: string; help: { text: string }; defaultConfiguration: { level: string } }> } };
        results: Array<{ ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: unknown[]; partialFingerprints: Record<string, string> }>;
      }>;
    };
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toContain('sarif-2.1.0');
    const [run] = log.runs;
    expect(run!.tool.driver).toMatchObject({ name: 'urazuke', version: '9.9.9' });
    expect(run!.tool.driver.rules.map((r) => [r.id, r.defaultConfiguration.level])).toEqual([
      ['quote-not-found', 'error'],
      ['quote-ambiguous', 'warning'],
    ]);
    expect(run!.tool.driver.rules[0]!.help.text).toContain('The quote is not in the source.');
    expect(run!.results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['quote-not-found', 0, 'error'],
      ['quote-ambiguous', 1, 'warning'],
    ]);
    expect(run!.results[0]!.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: 'claims/a%2Cb%3Ac.yaml', uriBaseId: 'SRCROOT' }, region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 9 } } },
    ]);
    expect(run!.results[0]!.message.text).toContain('(claim x/\u202Eevil)');
    expect(formatSarif(input([hostile]))).not.toMatch(/[\u001b\u202E]/);
  });

  it('keeps fingerprints when lines move, and tells two findings apart', () => {
    const moved = createFinding('Quote occurs 2 times (lines 14, 15)', {
      ruleId: 'quote-ambiguous',
      file: 'claims/line.yaml',
      place: { start: { line: 43, column: 14 } },
      severity: 'warning',
      claimId: 'access-count/insider',
    });
    const fingerprint = (f: Finding): string =>
      (JSON.parse(formatSarif(input([f]))) as { runs: Array<{ results: Array<{ partialFingerprints: Record<string, string> }> }> }).runs[0]!.results[0]!
        .partialFingerprints['urazukeFinding/v1']!;
    expect(fingerprint(moved)).toBe(fingerprint(ambiguous));
    expect(fingerprint(hostile)).not.toBe(fingerprint(ambiguous));
    // The key GitHub code scanning matches alerts by: as stable, in its own form (hash:occurrence).
    const lineHash = (f: Finding): string =>
      (JSON.parse(formatSarif(input([f, f]))) as { runs: Array<{ results: Array<{ partialFingerprints: Record<string, string> }> }> }).runs[0]!.results
        .map((r) => r.partialFingerprints['primaryLocationLineHash']!)
        .join(' ');
    expect(lineHash(moved)).toBe(lineHash(ambiguous));
    expect(lineHash(ambiguous)).toMatch(/^([0-9a-f]{16}):1 \1:2$/);
    expect(lineHash(hostile)).not.toBe(lineHash(ambiguous));
  });

  it('percent-encodes each path segment of a URI, so # and ? stay in the file name', () => {
    const odd = createFinding('x', { ruleId: 'quote-not-found', file: 'corpus/claims/a#b?c d%/中日.yaml', place: { start: { line: 1, column: 1 } } });
    const log = JSON.parse(formatSarif(input([odd]))) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    const uri = log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(uri).toBe('corpus/claims/a%23b%3Fc%20d%25/%E4%B8%AD%E6%97%A5.yaml');
    expect(new URL(uri, 'file:///repo/').pathname).toBe('/repo/corpus/claims/a%23b%3Fc%20d%25/%E4%B8%AD%E6%97%A5.yaml');
    expect(decodeURIComponent(new URL(uri, 'file:///repo/').pathname)).toBe('/repo/corpus/claims/a#b?c d%/中日.yaml');
  });
});
