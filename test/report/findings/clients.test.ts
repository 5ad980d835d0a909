import * as core from '@actions/core';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Log } from 'sarif';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotationPlace, formatGithub } from '../../../src/report/findings/github.js';
import { formatSarif } from '../../../src/report/findings/sarif.js';
import type { FindingsInput } from '../../../src/report/findings/types.js';
import { createFinding, type Finding } from '../../../src/util/message.js';
import { toTerminalSafe } from '../../../src/util/terminal-safe.js';
import { FIXTURES } from '../../helpers/cli.js';
import { runInProcess } from '../../check/run-in-process.js';

/**
 * The findings formats against the clients that read them: SARIF against the official OASIS
 * SARIF 2.1.0 JSON Schema (test/fixtures/schemas, see NOTICE.md there), the GitHub annotations
 * against the workflow commands `@actions/core` itself writes.
 */

const summary = { topicFiles: 1, claims: 3, sources: 1, errors: 2, warnings: 1, infos: 1 };
const rules = [
  { id: 'quote-not-found', severity: 'error' as const, description: 'The quote is not in the source.' },
  { id: 'quote-ambiguous', severity: 'warning' as const, description: 'The quote occurs <more> than once & more.' },
];
const input = (findings: Finding[]): FindingsInput => ({ findings, summary, rules, version: '1.2.3' });

const findings: Finding[] = [
  createFinding('Quote not found: "50%\r\nof\u001b[31m red\u0007" </script>', {
    ruleId: 'quote-not-found',
    file: 'claims/a,b:c#d?.yaml',
    place: { start: { line: 3, column: 5 }, end: { line: 3, column: 9 } },
    claimId: 'x/\u202Eevil',
    note: 'line one\nline two: 100%, done',
  }),
  createFinding('Quote occurs 2 times', { ruleId: 'quote-ambiguous', file: 'claims/線.yaml', place: { start: { line: 33, column: 14 } }, severity: 'warning' }),
  createFinding('Across lines', { ruleId: 'quote-not-found', file: 'claims/x.yaml', place: { start: { line: 38, column: 3 }, end: { line: 41, column: 1 } } }),
  createFinding('Across lines, to mid-line', { ruleId: 'quote-not-found', file: 'claims/x.yaml', place: { start: { line: 38, column: 3 }, end: { line: 41, column: 7 } } }),
  createFinding('Whole file', { ruleId: 'unknown-rule', file: 'claims/y.yaml', severity: 'info' }),
];

describe('SARIF against the official SARIF 2.1.0 JSON Schema', () => {
  const schema = JSON.parse(readFileSync(path.join(FIXTURES, 'schemas/sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile<Log>(schema);
  const errors = (): string => ajv.errorsText(validate.errors);

  it('validates hostile findings, multi-line places, whole-file findings and rules it does not know', () => {
    const log = JSON.parse(formatSarif(input(findings))) as unknown;
    expect(validate(log), errors()).toBe(true);
    expect(validate(JSON.parse(formatSarif(input([]))) as unknown), errors()).toBe(true);
  });

  it('validates what urazuke check writes for each check fixture', async () => {
    for (const name of ['clean', 'quote-not-found', 'quote-ambiguous', 'source-outside', 'schema', 'yaml-syntax', 'unsourced']) {
      const r = await runInProcess(['check', '--format', 'sarif'], { cwd: path.join(FIXTURES, 'check', name) });
      expect(validate(JSON.parse(r.stdout) as unknown), `${name}: ${errors()}`).toBe(true);
    }
  });

  it('is a validator that rejects a log the schema forbids', () => {
    const log = JSON.parse(formatSarif(input(findings))) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    log.runs[0]!.results[0]!['level'] = 'fatal';
    expect(validate(log)).toBe(false);
    const bad = JSON.parse(formatSarif(input(findings))) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    bad.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'claims/a b.yaml';
    expect(validate(bad)).toBe(false);
  });
});

describe('GitHub annotations against @actions/core', () => {
  afterEach(() => vi.restoreAllMocks());

  /** What `@actions/core` writes for the annotation of a finding with the places urazuke gives it. */
  function coreAnnotation(finding: Finding): string {
    let written = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += String(chunk);
      return true;
    });
    const at = annotationPlace(finding);
    let message = finding.reason + (finding.claimId !== undefined ? ` (${finding.claimId})` : '') + (finding.note !== undefined ? `\n${finding.note}` : '');
    message = toTerminalSafe(message);
    const properties: core.AnnotationProperties = {
      title: finding.ruleId,
      file: toTerminalSafe(finding.file, { singleLine: true }),
      startLine: at.line,
      endLine: at.endLine,
      ...(at.col !== undefined ? { startColumn: at.col } : {}),
      ...(at.endColumn !== undefined ? { endColumn: at.endColumn } : {}),
    };
    const severity = finding.fatal === true ? 'error' : finding.fatal === false ? 'warning' : 'info';
    if (severity === 'error') core.error(message, properties);
    else if (severity === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
    vi.restoreAllMocks();
    return written.replace(/\n$/, '');
  }

  it('writes every annotation byte for byte as @actions/core does', () => {
    const ours = formatGithub(input(findings)).split('\n');
    findings.forEach((finding, i) => expect(ours[i]).toBe(coreAnnotation(finding)));
    expect(ours[0]).toContain('file=claims/a%2Cb%3Ac#d?.yaml');
    expect(ours[0]).toContain('::Quote not found: "50%25%0Aof red" </script> (x/evil)%0Aline one%0Aline two: 100%25, done');
  });

  it('gives inclusive ends: up to column 1 of line 41 is up to line 40; columns on one line only', () => {
    const [oneLine, , toLineStart, toMidLine, whole] = findings.map(annotationPlace);
    expect(oneLine).toEqual({ line: 3, endLine: 3, col: 5, endColumn: 8 });
    expect(toLineStart).toEqual({ line: 38, endLine: 40 });
    expect(toMidLine).toEqual({ line: 38, endLine: 41 });
    expect(whole).toEqual({ line: 1, endLine: 1, col: 1, endColumn: 1 });
    const lineBreak = createFinding('x', { ruleId: 'r', file: 'f', place: { start: { line: 7, column: 2 }, end: { line: 8, column: 1 } } });
    expect(annotationPlace(lineBreak)).toEqual({ line: 7, endLine: 7 });
  });
});
