/**
 * compare: per subject, the verdict (agree, differ, conflict), the conflicting and differing
 * pairs, and the independent origins. Pure functions from a loaded claim set to results.
 */
export { compareClaimSet, type ClaimSetComparison } from './compare-claim-set.js';
export { compareSubject, compareSubjectWithFindings, type SubjectComparison } from './compare-subject.js';
export { previewSubject } from './preview.js';
export { decideVerdict, LISTED_PAIRS, relateReadings, VERDICT_ORDER, type PartnerCounts, type VerdictResult } from './verdict.js';
export { distinctOrigins, originOf } from './origins.js';
export { DEFAULT_TOLERANCE, readValue, writtenForm, type SubjectContext, type ValueReading } from './values.js';
export { equals, intersect, interval, isEmpty, overlaps, point, relate, scale, wholeNumbers, type Relation } from './interval.js';
export { clean, isAmountError, parseAmount, scaleBy, type Amount, type AmountError } from './numbers.js';
export { parseKanjiNumeral, replaceKanjiNumerals } from '../lang/numerals.js';
export { splitQualifier, type Bound, type Qualified } from './qualifiers.js';
export { conversionFactor, foldUnit, isPercentUnit, unitInfo, type UnitInfo } from './units.js';
export { dayOf, formatDays, isoDay, parseDate, type DaySpan } from './dates.js';
export { aliasResolver, foldText, type AliasResolver } from './text.js';
export { describeDayInterval, describeNumberInterval, formatDayInterval, formatNumber, formatNumberInterval, formatPercent } from './display.js';
export type {
  ClaimPair,
  ClaimResult,
  ClaimResultDetails,
  Interval,
  OriginTimeline,
  Revision,
  Supersession,
  TimelineEntry,
  Reading,
  SubjectResult,
  ValueGroup,
  ValueProblem,
  Verdict,
} from './types.js';
export { compareMoments, momentText, readMoment, type Moment } from './as-of.js';
export { buildTimelines, type Timelines } from './timeline.js';
export { claimPhrase, conflictSentence, differenceSentence } from './sentences.js';
