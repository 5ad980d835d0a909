import type { LoadedClaim, LoadedSubject } from '../claims/load.js';

/**
 * The shapes `compare` produces and `report`, `check` and the UI read. One module so every
 * consumer agrees on them; the algebra itself lives beside this file.
 */

/**
 * A set of numbers with open or closed ends. Counts and quantities are in the subject's unit
 * after scales are applied; dates are whole days since 1970-01-01 (UTC), a closed interval of
 * the days covered. `lo` may be -Infinity and `hi` Infinity (an open end such as "at least 32").
 */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
  /** True when `lo` itself is excluded ("more than 10"). */
  readonly loOpen: boolean;
  /** True when `hi` itself is excluded ("less than 10"). */
  readonly hiOpen: boolean;
}

/** What a claim's value was read as. */
export type Reading =
  | {
      readonly type: 'interval';
      readonly interval: Interval;
      /** The figure an `approx` value is about (about $8 billion: 8e9): it states the same as that figure exactly. */
      readonly about?: number;
    }
  | { readonly type: 'text'; readonly key: string; /** For a city the gazetteer knows, the key of its country (大連 lies within 中国). */ readonly within?: string }
  | { readonly type: 'boolean'; readonly value: boolean };

/** One claim of a subject, read and placed. */
export interface ClaimResult extends ClaimResultDetails {
  readonly loaded: LoadedClaim;
  /** Undefined when the value could not be read (see `error`). */
  readonly reading: Reading | undefined;
  /** The value as read, for people: `≥ 32 times`, `2018-08 – 2021-02`, `大連`. */
  readonly display: string;
  /** Why the value could not be read or compared (bad form, unit that does not fit the subject). */
  readonly error: string | undefined;
  /** Deprecated claims and unreadable values are shown but do not vote. */
  readonly votes: boolean;
}

/** Verdict on a subject: see DESIGN.md "Verdicts". A subject with fewer than two voting claims agrees. */
export type Verdict = 'agree' | 'differ' | 'conflict';

/** A pair of claim ids. */
export type ClaimPair = readonly [string, string];

/** Claims that state the same interval (or text, or boolean), for "who asserts the same figure". */
export interface ValueGroup {
  readonly display: string;
  readonly claimIds: readonly string[];
}

/** The comparison of one subject's claims. */
export interface SubjectResult {
  readonly loaded: LoadedSubject;
  readonly verdict: Verdict;
  /** Number of distinct last links of the voting claims' chains (outlet when there is no chain). */
  readonly origins: number;
  /** The distinct origins, in first-seen order. */
  readonly originNames: readonly string[];
  readonly claims: readonly ClaimResult[];
  /** The first pairs of voting claims that cannot both be true, in claim order (at most `LISTED_PAIRS`). */
  readonly conflicts: readonly ClaimPair[];
  /** How many pairs of voting claims cannot both be true (`conflicts` may list fewer). */
  readonly conflictCount: number;
  /** The first pairs of voting claims that overlap but are not the same, in claim order (at most `LISTED_PAIRS`). */
  readonly differences: readonly ClaimPair[];
  /** How many pairs of voting claims overlap but are not the same. */
  readonly differenceCount: number;
  readonly groups: readonly ValueGroup[];
  /** The unit numbers were compared in (the subject's, or the first its claims use). */
  readonly unit?: string | undefined;
  /** Each change of an origin's figure over time (DESIGN.md "Figures that move"), oldest first. */
  readonly revisions?: readonly Revision[];
  /** The timeline of each origin with two or more dated claims. */
  readonly timelines?: readonly OriginTimeline[];
}

/** An origin's figure replaced by a later one: the last claim of the earlier figure and the first of the later. */
export interface Revision {
  readonly origin: string;
  readonly from: string;
  readonly to: string;
}

/** Why a claim does not vote although it reads: its origin said something later. */
export interface Supersession {
  /** superseded: the origin's earlier word; stale: a relay still carrying it after the later one existed. */
  readonly status: 'superseded' | 'stale';
  /** The first claim of the origin's later figure. */
  readonly by: string;
  readonly origin: string;
  /** `revised from 17 to 14 at 23:40` · `carries 17; 消防局 said 14 at 23:40`. */
  readonly sentence: string;
}

/** One origin's dated claims in time order. */
export interface OriginTimeline {
  readonly origin: string;
  readonly entries: readonly TimelineEntry[];
}

/** A dated claim on its origin's timeline; `latest` entries vote. */
export interface TimelineEntry {
  readonly claimId: string;
  readonly asOf: string;
  readonly display: string;
  readonly status: 'latest' | 'superseded' | 'stale';
}

/** A problem with a value: which check rule reports it and where below the claim's `value` it lies. */
export interface ValueProblem {
  readonly ruleId: 'invalid-value' | 'unit-mismatch';
  readonly message: string;
  /** YAML path below `value` (e.g. `['min']`, `['share', 'min']`); empty for the value itself. */
  readonly path: readonly (string | number)[];
}

/** Details of a claim's result beyond {@link ClaimResult}, added by `compare` (all optional for readers). */
export interface ClaimResultDetails {
  /** The value in words, for sentences: `at least 38 times`, `32 times in total`, `in 2018-08`. */
  readonly words?: string;
  /** The problem that made the value unreadable, with its rule id and place. */
  readonly problem?: ValueProblem | undefined;
  /** The origin this claim counts for: the last link of its chain, or its outlet without a chain. */
  readonly origin?: string;
  /** How many voting claims of the subject this one cannot be true with (0 when it does not vote). */
  readonly conflictsWith?: number;
  /** How many voting claims of the subject this one overlaps without stating the same. */
  readonly differsWith?: number;
  /** The claim's `as_of` as written, when it is a moment. */
  readonly asOf?: string;
  /** Set when a later word of the claim's origin replaced it (then it does not vote). */
  readonly superseded?: Supersession;
}
