import { createHash } from 'node:crypto';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { jsonText } from '../../util/json-text.js';
import { RULES_URL, severityOf, startOf, type Finding } from '../../util/message.js';
import type { FindingsInput, RuleDoc } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** The base of every result's URI: the folder the paths are relative to (the repository checked out). */
export const SRCROOT = 'SRCROOT';

/**
 * SARIF 2.1.0 (one run): the tool's rules with ids, descriptions and help, and one result per
 * finding with ruleId, level, message, a physical location (a relative URI under `SRCROOT`, each
 * path segment percent-encoded, and a 1-based region in UTF-16 code units) and partial
 * fingerprints that do not move when lines do (rule, file, claim id, and the message with numbers
 * removed): `primaryLocationLineHash`, the one GitHub code scanning matches alerts by, and
 * `urazukeFinding/v1`. The paths are the findings' own (the command makes them relative to the
 * root the annotations use). `<`, `>`, `&` and terminal controls in the data are `\uXXXX` escapes.
 */
export function formatSarif(input: FindingsInput): string {
  const ruleIds = [...input.rules.map((r) => r.id)];
  for (const finding of input.findings) if (!ruleIds.includes(finding.ruleId)) ruleIds.push(finding.ruleId);
  const docs = new Map(input.rules.map((r) => [r.id, r] as const));
  const seen = new Map<string, number>();
  const results = input.findings.map((finding) => {
    const key = fingerprintKey(finding);
    const ordinal = (seen.get(key) ?? 0) + 1;
    seen.set(key, ordinal);
    return result(finding, ruleIds.indexOf(finding.ruleId), key, ordinal);
  });
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'urazuke',
            version: input.version,
            semanticVersion: input.version,
            informationUri: RULES_URL.replace(/#.*$/, ''),
            rules: ruleIds.map((id) => ruleDescriptor(id, docs.get(id))),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { description: { text: 'The root of the checked-out repository.' } } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${jsonText(log, 2)}\n`;
}

/** A relative path as a URI reference: each segment percent-encoded (`#`, `?`, `%`, spaces, non-ASCII), `/` kept. */
export function pathToUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function ruleDescriptor(id: string, doc: RuleDoc | undefined): ReportingDescriptor {
  const text = doc?.description ?? id;
  return {
    id,
    name: id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text },
    fullDescription: { text },
    helpUri: `${RULES_URL}-${id}`,
    help: { text: `${text} See ${RULES_URL}-${id}`, markdown: `${text}\n\nSee [${id}](${RULES_URL}-${id}).` },
    defaultConfiguration: { level: LEVEL[doc?.severity ?? 'error'] },
  };
}

function result(finding: Finding, ruleIndex: number, key: string, ordinal: number): Result {
  const start = startOf(finding);
  const place = finding.place;
  const end = place && 'start' in place && place.end ? place.end : start;
  const text = [finding.reason, finding.claimId !== undefined ? `(claim ${finding.claimId})` : '', finding.note ?? '']
    .filter((t) => t !== '')
    .join('\n');
  const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[severityOf(finding)],
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathToUri(finding.file), uriBaseId: SRCROOT },
          region: {
            startLine: start.line,
            startColumn: start.column,
            ...(end.line > start.line || (end.line === start.line && end.column > start.column) ? { endLine: end.line, endColumn: end.column } : {}),
          },
        },
      },
    ],
    partialFingerprints: {
      // As the code scanning upload computes it: 16 hex digits, `:`, the occurrence of that hash.
      primaryLocationLineHash: `${sha256(`line\u0000${key}`).slice(0, 16)}:${ordinal}`,
      // Unchanged since the first release: the key and the occurrence counted from 0.
      'urazukeFinding/v1': sha256(`${key}\u0000${ordinal - 1}`).slice(0, 32),
    },
    ...(finding.claimId !== undefined ? { properties: { claimId: finding.claimId } } : {}),
  };
}

/** What identifies a finding across edits that only move lines. */
function fingerprintKey(finding: Finding): string {
  const reason = finding.reason.replace(/:\d+(:\d+)?/g, '').replace(/\blines? [\d, ]+/g, 'line');
  return [finding.ruleId, finding.file, finding.claimId ?? '', finding.claimId === undefined ? reason : ''].join('\u0000');
}
