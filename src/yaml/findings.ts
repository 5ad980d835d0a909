import type { LineCounter, YAMLError } from 'yaml';
import type { z } from 'zod';
import { createFinding, type Finding, type Place } from '../util/message.js';
import { rangeToPlace, type YamlPath } from './positions.js';
export { firstMessageLine as firstLine } from './syntax-mistakes.js';
import { yamlMistakes } from './syntax-mistakes.js';

/**
 * Findings from YAML: the parser's errors as `yaml-syntax` findings and zod's issues as `schema`
 * findings, each placed on its node. Claim files and `seeds/sources.yaml` are read through these.
 */
/** YAML mistakes reported per file; the rest are summed up in one more finding. */
const MAX_YAML_ERRORS = 20;

/**
 * `yaml-syntax` findings for a Document's errors: one per mistake (the errors one slip causes are
 * told once, at the line to fix, worded for people, with the lines around it as the note), and a
 * few at most (20,000 unclosed `[` would bury the rest).
 */
export function yamlErrorFindings(errors: readonly YAMLError[], file: string, lineCounter: LineCounter, text: string): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const mistake of yamlMistakes(errors, text, lineCounter)) {
    const key = `${mistake.start} ${mistake.reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (seen.size > MAX_YAML_ERRORS) {
      findings.push(createFinding(`Invalid YAML: more errors after these ${MAX_YAML_ERRORS}; fix them first`, { ruleId: 'yaml-syntax', file, place: rangeToPlace(lineCounter, mistake.start, mistake.start) }));
      break;
    }
    findings.push(createFinding(mistake.reason, { ruleId: 'yaml-syntax', file, place: rangeToPlace(lineCounter, mistake.start, mistake.end), note: mistake.snippet }));
  }
  return findings;
}

/** Turn zod issues into `schema` findings placed on the offending YAML node. */
export function zodFindings(
  error: z.ZodError,
  file: string,
  base: YamlPath,
  at: (p: YamlPath, key?: boolean) => Place,
  claimId?: string,
): Finding[] {
  const findings: Finding[] = [];
  for (const issue of error.issues) {
    const issuePath = [...base, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const where = issuePath.map(String).join('.');
    if (keys.length > 0) {
      for (const key of keys) {
        findings.push(
          createFinding(`Unexpected key \`${key}\` in \`${where}\``, {
            ruleId: 'schema',
            file,
            place: at([...issuePath, key], true),
            claimId,
          }),
        );
      }
      continue;
    }
    findings.push(
      createFinding(`Invalid \`${where}\`: ${describeIssue(issue)}`, {
        ruleId: 'schema',
        file,
        place: at(issuePath),
        claimId,
      }),
    );
  }
  return findings;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) {
    return `missing, expected ${issue.expected}`;
  }
  if (issue.code === 'invalid_union') return 'unexpected form, expected one of the value forms in DESIGN.md';
  return issue.message;
}
