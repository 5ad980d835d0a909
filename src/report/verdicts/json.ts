import { isoDay } from '../../compare/dates.js';
import type { ClaimResult, Interval, SubjectResult } from '../../compare/types.js';
import { terminalSafeJson } from './shared.js';
import type { VerdictsFormatter } from './types.js';

/**
 * `report --format json`, the machine interface (DESIGN.md "Commands"), stable:
 *
 *     {"subjects": [{"id", "question", "kind", "verdict", "origins", "resolution",
 *                    "claims": [{"id", "outlet", "chain", "value", "interval",
 *                                "source": {"file", "quote", "line"}, "asOf",
 *                                "superseded": {"status", "by", "note"} | null}],
 *                    "conflicts": [[claimId, claimId], …], "conflictCount",
 *                    "revisions": [{"origin", "from": claimId, "to": claimId}]}]}
 *
 * `origins` is the number of independent origins; `chain` is the chain as written (`[]`
 * without one); `value` is the value as written; `interval` is what it was read as —
 * `{lo, hi, loOpen, hiOpen}` with dates as ISO days ("2018-08-01") and infinite ends as null —
 * or null for text, yes-or-no and unreadable values; absent fields are null. `conflicts` lists
 * the first pairs that cannot both be true (at most `LISTED_PAIRS`), `conflictCount` counts them all.
 */
export const formatJson: VerdictsFormatter = ({ subjects }) => terminalSafeJson({ subjects: subjects.map(subjectJson) });

/** One subject in the stable JSON shape. */
export function subjectJson(subject: SubjectResult): Record<string, unknown> {
  const data = subject.loaded.subject;
  const dates = data.kind === 'date' || data.kind === 'period';
  return {
    id: data.id,
    question: data.question,
    kind: data.kind,
    verdict: subject.verdict,
    origins: subject.origins,
    resolution: data.resolution
      ? { status: data.resolution.status, accepted: data.resolution.accepted ?? null, note: data.resolution.note ?? null }
      : null,
    claims: subject.claims.map((claim) => claimJson(claim, dates)),
    conflicts: subject.conflicts.map(([a, b]) => [a, b]),
    conflictCount: subject.conflictCount,
    revisions: (subject.revisions ?? []).map(({ origin, from, to }) => ({ origin, from, to })),
  };
}

function claimJson(claim: ClaimResult, dates: boolean): Record<string, unknown> {
  const data = claim.loaded.claim;
  return {
    id: data.id,
    outlet: data.outlet,
    chain: data.chain ? [...data.chain] : [],
    value: data.value,
    interval: claim.reading?.type === 'interval' ? intervalJson(claim.reading.interval, dates) : null,
    source: {
      file: data.source?.file ?? null,
      quote: data.source?.quote ?? null,
      line: data.source?.line ?? null,
    },
    asOf: claim.asOf ?? null,
    superseded: claim.superseded ? { status: claim.superseded.status, by: claim.superseded.by, note: claim.superseded.sentence } : null,
  };
}

/** An interval for JSON: infinite ends as null, days as ISO dates under date subjects. */
export function intervalJson(i: Interval, dates: boolean): Record<string, unknown> {
  const end = (n: number) => (Number.isFinite(n) ? (dates ? isoDay(n) : n) : null);
  return { lo: end(i.lo), hi: end(i.hi), loOpen: i.loOpen, hiOpen: i.hiOpen };
}
