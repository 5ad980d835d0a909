import type { LoadedClaim, LoadedSubject } from '../claims/load.js';
import type { Finding } from '../util/message.js';
import { createFinding } from '../util/message.js';
import type { ClaimResult, SubjectResult } from './types.js';
import { clean, isAmountError, parseAmount } from './numbers.js';
import { conversionFactor, unitInfo } from './units.js';
import { originOf, distinctOrigins } from './origins.js';
import { aliasResolver } from './text.js';
import { shortenQuoted } from './read-context.js';
import { DEFAULT_TOLERANCE, readValue, type SubjectContext } from './values.js';
import { decideVerdict } from './verdict.js';
import { buildTimelines } from './timeline.js';

/** A subject's comparison with the problems found in its own fields (an unreadable `base`). */
export interface SubjectComparison {
  readonly result: SubjectResult;
  /** `invalid-value` findings about the subject itself (its `base`). */
  readonly findings: readonly Finding[];
}

/**
 * Compare the claims of one subject: read every value against the subject, decide the verdict
 * and count the independent origins. Pure; never throws on bad values, which become the claim's
 * `error` and `problem` and do not vote.
 */
export function compareSubject(loaded: LoadedSubject, claims: readonly LoadedClaim[]): SubjectResult {
  return compareSubjectWithFindings(loaded, claims).result;
}

/** {@link compareSubject}, also returning findings about the subject's own fields. */
export function compareSubjectWithFindings(loaded: LoadedSubject, claims: readonly LoadedClaim[]): SubjectComparison {
  const { subject, topic } = loaded;
  const findings: Finding[] = [];
  const aliases = aliasResolver([topic.aliases, subject.aliases]);

  let base: number | undefined;
  if (subject.base !== undefined) {
    const parsed = parseAmount(subject.base);
    if (isAmountError(parsed) || parsed.fraction) {
      findings.push(
        createFinding(
          shortenQuoted(`Unexpected base "${String(subject.base)}" of subject \`${subject.id}\`: ${isAmountError(parsed) ? parsed.error : 'a base is an amount, not a share'}`),
          { ruleId: 'invalid-value', file: topic.file, place: topic.placeOf(['subjects', loaded.index, 'base']), claimId: subject.id },
        ),
      );
    } else {
      // The base in the subject's unit: `1億2570万人` under `unit: 万人` is 12570.
      const factor = parsed.unit !== undefined && subject.unit !== undefined ? conversionFactor(parsed.unit, subject.unit) : undefined;
      base =
        factor !== undefined
          ? clean(parsed.value * factor)
          : parsed.scaled && subject.unit !== undefined
            ? clean(parsed.value / unitInfo(subject.unit).scale)
            : parsed.value;
    }
  }

  const context: SubjectContext = {
    kind: subject.kind,
    unit: subject.unit,
    base,
    tolerance: subject.tolerance ?? DEFAULT_TOLERANCE,
    aliases,
  };
  // Without a unit on the subject, numbers compare in the first unit its claims are written in.
  let unit = subject.unit;
  if (unit === undefined && (subject.kind === 'count' || subject.kind === 'quantity')) {
    for (const claim of claims) {
      if (!mayCarryUnit(claim.claim.value)) continue;
      const read = readValue(claim.claim.value, context);
      if (read.unit !== undefined) {
        unit = read.unit;
        break;
      }
    }
  }
  const effective: SubjectContext = { ...context, unit };

  const results: ClaimResult[] = claims.map((claim) => {
    const read = readValue(claim.claim.value, effective);
    return {
      loaded: claim,
      reading: read.reading,
      display: read.display,
      words: read.words,
      error: read.problem?.message,
      problem: read.problem,
      votes: read.reading !== undefined && claim.claim.rank !== 'deprecated',
      origin: originOf(claim.claim),
    };
  });
  // An origin's earlier word and stale relays of it are shown but do not vote.
  const { claims: timed, revisions, timelines } = buildTimelines(results, aliases);
  const verdict = decideVerdict(timed);
  const counted = timed.map((claim, i) => ({ ...claim, conflictsWith: verdict.partners[i]!.conflicts, differsWith: verdict.partners[i]!.differences }));
  const originNames = distinctOrigins(counted, aliases);
  return {
    result: {
      loaded,
      verdict: verdict.verdict,
      origins: originNames.length,
      originNames,
      claims: counted,
      conflicts: verdict.conflicts,
      conflictCount: verdict.conflictCount,
      differences: verdict.differences,
      differenceCount: verdict.differenceCount,
      groups: verdict.groups,
      unit,
      revisions,
      timelines,
    },
    findings,
  };
}

/** True when a value has a string or a `unit` key somewhere, so it may name a unit. */
function mayCarryUnit(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).some(mayCarryUnit);
}
