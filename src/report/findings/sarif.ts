import { escapeTerminalDriving } from '../../util/terminal-safe.js';
import { createHash } from 'node:crypto';
import { RULES_URL, severityOf, startOf, type Finding } from '../../util/message.js';
import type { FindingsInput, RuleDoc } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * SARIF 2.1.0 (one run): the tool's rules with ids, descriptions and help, and one result per
 * finding with ruleId, level, message, a physical location (repository-relative URI, 1-based
 * region in UTF-16 code units) and a partial fingerprint that does not move when lines do
 * (rule, file, claim id, and the message with numbers removed). Terminal controls in the data
 * are escaped, so the output is safe to print.
 */
export function formatSarif(input: FindingsInput): string {
  const ruleIds = [...input.rules.map((r) => r.id)];
  for (const finding of input.findings) if (!ruleIds.includes(finding.ruleId)) ruleIds.push(finding.ruleId);
  const docs = new Map(input.rules.map((r) => [r.id, r] as const));
  const seen = new Map<string, number>();
  const results = input.findings.map((finding) => {
    const key = fingerprintKey(finding);
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    return result(finding, ruleIds.indexOf(finding.ruleId), `${createHash('sha256').update(`${key}\u0000${ordinal}`).digest('hex').slice(0, 32)}`);
  });
  const sarif = {
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
        originalUriBaseIds: { SRCROOT: { description: { text: 'The root of the checked repository.' } } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  // As in the JSON format: characters that could drive a terminal (DEL, C1 controls, bidi
  // controls, U+2028/9) are written as `\uXXXX` escapes (JSON.stringify escapes only C0).
  const text = JSON.stringify(sarif, null, 2);
  return `${escapeTerminalDriving(text)}\n`;
}

function ruleDescriptor(id: string, doc: RuleDoc | undefined) {
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

function result(finding: Finding, ruleIndex: number, fingerprint: string) {
  const start = startOf(finding);
  const place = finding.place;
  const end = place && 'start' in place && place.end ? place.end : start;
  const text = [finding.reason, finding.claimId !== undefined ? `(claim ${finding.claimId})` : '', finding.note ?? '']
    .filter((t) => t !== '')
    .join('\n');
  const region: Record<string, number> = { startLine: start.line, startColumn: start.column };
  if (end.line > start.line || (end.line === start.line && end.column > start.column)) {
    region['endLine'] = end.line;
    region['endColumn'] = end.column;
  }
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[severityOf(finding)],
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(finding.file), uriBaseId: 'SRCROOT' },
          region,
        },
      },
    ],
    partialFingerprints: { 'urazukeFinding/v1': fingerprint },
    ...(finding.claimId !== undefined ? { properties: { claimId: finding.claimId } } : {}),
  };
}

/** What identifies a finding across edits that only move lines. */
function fingerprintKey(finding: Finding): string {
  const reason = finding.reason.replace(/:\d+(:\d+)?/g, '').replace(/\blines? [\d, ]+/g, 'line');
  return [finding.ruleId, finding.file, finding.claimId ?? '', finding.claimId === undefined ? reason : ''].join('\u0000');
}
