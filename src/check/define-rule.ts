import { createFinding, type Finding, type Place, type Point, type Severity } from '../util/message.js';
import type { Rule, RuleContext } from './types.js';

/** Where and how a rule reports one problem; the reason is the first argument of {@link Report}. */
export interface ReportAt {
  /** Repository-relative path of the file the problem is in. */
  readonly file: string;
  readonly place?: Place | Point | undefined;
  /** Id of the claim or subject concerned. */
  readonly claimId?: string | undefined;
  /** A longer explanation: a diff, how to fix it. */
  readonly note?: string | undefined;
  readonly actual?: string | undefined;
  readonly expected?: readonly string[] | undefined;
  /** Only when this finding is not of the rule's default severity. */
  readonly severity?: Severity | undefined;
}

/** How a rule's check reports what is wrong: `report(reason, {file, place, …})`. */
export interface Report {
  (reason: string, at: ReportAt): void;
  /**
   * Take over the findings a loader or the comparison already made under this rule's id (they
   * carry its id, source and url already, and keep their severity); the others are left out.
   */
  take(findings: Iterable<Finding>): void;
  /** The id of the rule reporting, for helpers that two rules share. */
  readonly ruleId: string;
}

/** A rule as written in `rules/<id>.ts`: what it is, and a check that only says what is wrong. */
export interface RuleDeclaration {
  /** Stable kebab-case id, the name of the rule's file, as printed and documented in the README. */
  readonly id: string;
  /** Severity of its findings unless a report says otherwise (`--strict` raises warnings to errors). */
  readonly severity: Severity;
  /** One sentence for `--help`, SARIF and the docs. */
  readonly description: string;
  check(context: RuleContext, report: Report): void | Promise<void>;
}

/**
 * Make a {@link Rule} from its declaration, the way remark-lint's `lintRule` does: the check
 * reports each problem with a reason and a place, and every finding it reports gets the rule's
 * `ruleId`, `source: 'urazuke'`, its documentation `url` and the rule's severity, so that no rule
 * repeats them.
 */
export function defineRule(declaration: RuleDeclaration): Rule {
  const { id, severity, description } = declaration;
  return {
    id,
    severity,
    description,
    async run(context) {
      const findings: Finding[] = [];
      const report: Report = Object.assign(
        (reason: string, at: ReportAt): void => {
          findings.push(createFinding(reason, { ...at, ruleId: id, severity: at.severity ?? severity }));
        },
        {
          take(made: Iterable<Finding>): void {
            for (const finding of made) if (finding.ruleId === id) findings.push(finding);
          },
          ruleId: id,
        },
      );
      await declaration.check(context, report);
      return findings;
    },
  };
}
