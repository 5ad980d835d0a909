import type { ClaimSet } from '../claims/load.js';
import type { ClaimSetComparison } from '../compare/compare-claim-set.js';

/** The comparison of a claim set without subjects: nothing compared, nothing found. */
const NOTHING_COMPARED: ClaimSetComparison = { subjects: [], findings: [] };

/**
 * Every subject of the claim set compared (`compareClaimSet`, computed once per claim set), for
 * the rules that read verdicts and value problems. The comparison and the language tables it
 * reads load on the first call with a subject to compare: a claim set without subjects compares
 * to nothing (as `compareClaimSet` would find), and `check` of an empty store never loads them.
 */
export async function comparisonOf(claimSet: ClaimSet): Promise<ClaimSetComparison> {
  if (claimSet.subjects.length === 0) return NOTHING_COMPARED;
  const { compareClaimSet } = await import('../compare/compare-claim-set.js');
  return compareClaimSet(claimSet);
}
