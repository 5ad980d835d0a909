import type { Finding, Severity } from '../../util/message.js';

/** What a rule says about itself, for SARIF and help text. */
export interface RuleDoc {
  readonly id: string;
  readonly severity: Severity;
  readonly description: string;
}

/** Counts for the summary line. */
export interface FindingsSummary {
  readonly topicFiles: number;
  readonly claims: number;
  readonly sources: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Everything a findings formatter reads. Formatters only read: they never change a finding. */
export interface FindingsInput {
  readonly findings: readonly Finding[];
  readonly summary: FindingsSummary;
  readonly rules: readonly RuleDoc[];
  /** The tool version, for SARIF. */
  readonly version: string;
}

/** A findings formatter: findings in, text out. */
export type FindingsFormatter = (input: FindingsInput) => string;
