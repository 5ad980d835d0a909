import { jsonText } from '../../util/json-text.js';
import { severityOf, startOf } from '../../util/message.js';
import type { FindingsInput } from './types.js';

/** One finding in the JSON format. */
export interface JsonFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: 'error' | 'warning' | 'info';
  readonly ruleId: string;
  readonly message: string;
  readonly claimId: string | null;
  readonly note: string | null;
  readonly url: string | null;
}

/**
 * JSON: `{"findings": [...], "summary": {...}}`, a stable machine interface. `<`, `>`, `&` and
 * characters that could drive a terminal (C1 controls, bidi controls, U+2028/9) are written as
 * `\uXXXX` escapes ({@link jsonText}), so the data is intact and the output safe to print or embed.
 */
export function formatJson(input: FindingsInput): string {
  const findings: JsonFinding[] = input.findings.map((finding) => {
    const start = startOf(finding);
    const place = finding.place;
    const end = place && 'start' in place && place.end ? place.end : start;
    return {
      file: finding.file,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      severity: severityOf(finding),
      ruleId: finding.ruleId,
      message: finding.reason,
      claimId: finding.claimId ?? null,
      note: finding.note ?? null,
      url: finding.url ?? null,
    };
  });
  return `${jsonText({ findings, summary: input.summary }, 2)}\n`;
}
