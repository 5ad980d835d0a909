import { relateReadings } from '../compare/verdict.js';
import type { ClaimResult, SubjectResult } from '../compare/types.js';

/** A run of claims under one header on the Subject screen. */
export interface ClaimSection {
  readonly header: string;
  readonly claims: readonly ClaimResult[];
}

/** Claims in display order: by value group (who asserts the same figure), then those that do not vote. */
export function claimsInGroups(result: SubjectResult): ClaimSection[] {
  const byId = new Map(result.claims.map((c) => [c.loaded.claim.id, c]));
  const placed = new Set<string>();
  const sections: ClaimSection[] = [];
  for (const group of result.groups) {
    const claims = group.claimIds.map((id) => byId.get(id)).filter((c): c is ClaimResult => c !== undefined && !placed.has(c.loaded.claim.id));
    if (claims.length === 0) continue;
    for (const c of claims) placed.add(c.loaded.claim.id);
    const outlets = [...new Set(claims.map((c) => c.loaded.claim.outlet))];
    sections.push({ header: `${group.display} — ${outlets.join(', ')}${outlets.length > 1 ? ` (${outlets.length} outlets)` : ''}`, claims });
  }
  const rest = result.claims.filter((c) => !placed.has(c.loaded.claim.id));
  const voting = rest.filter((c) => c.votes);
  const silent = rest.filter((c) => !c.votes);
  if (voting.length > 0) sections.push({ header: 'other values', claims: voting });
  if (silent.length > 0) sections.push({ header: 'not voting (deprecated or unreadable)', claims: silent });
  return sections;
}

/** The claims paired with `id` in `pairs` (conflicts or differences, as listed: the first of them). */
export function partnersOf(id: string, pairs: readonly (readonly [string, string])[]): string[] {
  return pairs.flatMap(([a, b]) => (a === id ? [b] : b === id ? [a] : []));
}

/**
 * The claims `claim` conflicts with (or differs from) as far as the subject lists them, and how
 * many there are in all: a subject lists only its first pairs, so the count can be larger.
 */
export function partnersOfClaim(result: SubjectResult, claim: ClaimResult, kind: 'conflict' | 'differ'): { listed: string[]; total: number } {
  const listed = partnersOf(claim.loaded.claim.id, kind === 'conflict' ? result.conflicts : result.differences);
  const total = (kind === 'conflict' ? claim.conflictsWith : claim.differsWith) ?? listed.length;
  return { listed, total: Math.max(total, listed.length) };
}

/** The first voting claim `claim` relates to as `relation` ('disjoint' or 'overlap'), by a scan of the subject. */
function firstPartner(result: SubjectResult, id: string, relation: 'disjoint' | 'overlap'): string | undefined {
  const own = result.claims.find((c) => c.loaded.claim.id === id);
  if (!own?.votes || own.reading === undefined) return undefined;
  const reading = own.reading;
  return result.claims.find((c) => c !== own && c.votes && c.reading !== undefined && relateReadings(reading, c.reading) === relation)?.loaded.claim.id;
}

/**
 * The claim `c` compares `id` with: the marked one, else one it conflicts with, else one it
 * differs from, else any other claim of the subject (undefined when it is the only one).
 */
export function comparePartner(result: SubjectResult, id: string, mark: string | undefined): string | undefined {
  return (
    (mark !== undefined && mark !== id ? mark : undefined) ??
    partnersOf(id, result.conflicts)[0] ??
    firstPartner(result, id, 'disjoint') ??
    partnersOf(id, result.differences)[0] ??
    firstPartner(result, id, 'overlap') ??
    claimsInGroups(result)
      .flatMap((s) => s.claims)
      .find((c) => c.loaded.claim.id !== id)?.loaded.claim.id
  );
}
