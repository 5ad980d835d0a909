import { VFileMessage } from 'vfile-message';

/** 1-based line and column, 0-based offset, as unist points. */
export interface Point {
  readonly line: number;
  readonly column: number;
  readonly offset?: number | undefined;
}

/** A span in a file. */
export interface Place {
  readonly start: Point;
  readonly end?: Point | undefined;
}

/** Severity of a finding: error fails `check`, warning does not (unless `--strict` promotes it), info is advice. */
export type Severity = 'error' | 'warning' | 'info';

/** A finding: a VFileMessage with the fields urazuke always sets. */
export interface Finding extends VFileMessage {
  /** Repository-relative path of the file the finding is about. */
  file: string;
  ruleId: string;
  /** Id of the claim or subject concerned, when there is one. */
  claimId?: string;
}

/** Options of {@link createFinding}. */
export interface FindingOptions {
  readonly ruleId: string;
  readonly file: string;
  readonly place?: Place | Point | undefined;
  readonly severity?: Severity;
  readonly claimId?: string | undefined;
  /** A longer explanation, e.g. a diff or how to fix it. */
  readonly note?: string | undefined;
  readonly actual?: string | undefined;
  readonly expected?: readonly string[] | undefined;
}

/** Base URL of the rule documentation. */
export const RULES_URL = 'https://github.com/urazuke/urazuke#rules';

/**
 * Create a positioned finding with a stable rule id (the unified way: every problem is a
 * VFileMessage), so that every formatter reads one shape.
 */
export function createFinding(reason: string, options: FindingOptions): Finding {
  const place = options.place ?? { line: 1, column: 1 };
  // VFileMessage is an Error, whose constructor captures a stack trace that VFileMessage then
  // replaces with '' (a finding is no exception): capturing none is the same message, made in a
  // fraction of the time, which counts when a check makes thousands.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message: Finding;
  try {
    message = new VFileMessage(reason, {
      place: ('start' in place ? { start: place.start, end: place.end ?? place.start } : place) as VFileMessage['place'],
      ruleId: options.ruleId,
      source: 'urazuke',
    }) as Finding;
  } finally {
    Error.stackTraceLimit = limit;
  }
  const severity = options.severity ?? 'error';
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  message.file = options.file;
  message.url = `${RULES_URL}-${options.ruleId}`;
  if (options.claimId !== undefined) message.claimId = options.claimId;
  if (options.note !== undefined) message.note = options.note;
  if (options.actual !== undefined) message.actual = options.actual;
  if (options.expected !== undefined) message.expected = [...options.expected];
  return message;
}

/** The severity of a finding, read back from `fatal`. */
export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/** Start point of a finding (line 1, column 1 when it has none). */
export function startOf(message: VFileMessage): Point {
  const place = message.place;
  if (!place) return { line: 1, column: 1 };
  return 'start' in place ? place.start : place;
}

/** Order findings by file, line, column, then rule id: stable output for every formatter. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const pa = startOf(a);
  const pb = startOf(b);
  return pa.line - pb.line || pa.column - pb.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** A finding as plain data (what a cache keeps): every field {@link createFinding} sets. */
export interface StoredFinding {
  readonly reason: string;
  readonly ruleId: string;
  readonly file: string;
  readonly place: Place | Point | undefined;
  readonly severity: Severity;
  readonly claimId: string | undefined;
  readonly note: string | undefined;
  readonly actual: string | undefined;
  readonly expected: readonly string[] | undefined;
}

/** A finding as plain data. */
export function storeFinding(finding: Finding): StoredFinding {
  return {
    reason: finding.reason,
    ruleId: finding.ruleId,
    file: finding.file,
    place: finding.place as Place | Point | undefined,
    severity: severityOf(finding),
    claimId: finding.claimId,
    note: finding.note,
    actual: finding.actual,
    expected: finding.expected,
  };
}

/** The finding a {@link StoredFinding} was made from, field for field. */
export function restoreFinding(stored: StoredFinding): Finding {
  return createFinding(stored.reason, stored);
}
