import type { SubjectResult, Verdict } from '../compare/types.js';

/** Order of verdicts on the Subjects screen: what needs a reviewer first. */
export const VERDICT_ORDER: readonly Verdict[] = ['conflict', 'differ', 'agree'];

/** Subjects with conflicts first, then differ, then agree; unresolved before resolved; otherwise as filed. */
export function sortResults(results: readonly SubjectResult[]): SubjectResult[] {
  const rank = (r: SubjectResult): number =>
    VERDICT_ORDER.indexOf(r.verdict) * 2 + (r.loaded.subject.resolution?.status === 'resolved' ? 1 : 0);
  return results
    .map((result, index) => ({ result, index, key: rank(result) }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map((entry) => entry.result);
}

/** How many subjects have each verdict. */
export function countVerdicts(results: readonly SubjectResult[]): Readonly<Record<Verdict, number>> {
  const counts: Record<Verdict, number> = { conflict: 0, differ: 0, agree: 0 };
  for (const r of results) counts[r.verdict]++;
  return counts;
}

/** Distinct outlets of a subject's claims, in order. */
export function outletsOf(result: SubjectResult): string[] {
  return [...new Set(result.claims.map((c) => c.loaded.claim.outlet))];
}

/** Every outlet of every subject, sorted, for the filter. */
export function allOutlets(results: readonly SubjectResult[]): string[] {
  const set = new Set<string>();
  for (const r of results) for (const c of r.claims) set.add(c.loaded.claim.outlet);
  return [...set].sort((a, b) => a.localeCompare(b, 'ja'));
}

/** What the Subjects screen shows: a verdict, an outlet, or all. */
export type SubjectFilter =
  | { readonly type: 'all' }
  | { readonly type: 'verdict'; readonly verdict: Verdict }
  | { readonly type: 'outlet'; readonly outlet: string };

/** Text a search looks in, computed once per subject result. */
const haystacks = new WeakMap<SubjectResult, string>();

function haystackOf(result: SubjectResult): string {
  let text = haystacks.get(result);
  if (text === undefined) {
    const s = result.loaded.subject;
    text = [s.id, s.question, s.note ?? '', ...result.claims.flatMap((c) => [c.loaded.claim.id, c.loaded.claim.outlet, c.loaded.claim.source?.quote ?? '', c.display])]
      .join('\n')
      .toLowerCase();
    haystacks.set(result, text);
  }
  return text;
}

/** The subjects that pass the filter and contain the search text (case-insensitive). */
export function filterResults(results: readonly SubjectResult[], filter: SubjectFilter, query: string): readonly SubjectResult[] {
  const needle = query.trim().toLowerCase();
  if (filter.type === 'all' && needle === '') return results;
  return results.filter((r) => {
    if (filter.type === 'verdict' && r.verdict !== filter.verdict) return false;
    if (filter.type === 'outlet' && !r.claims.some((c) => c.loaded.claim.outlet === filter.outlet)) return false;
    return needle === '' || haystackOf(r).includes(needle);
  });
}

/** A filter for people: `conflict`, `outlet 中日新聞`, `all`. */
export function describeFilter(filter: SubjectFilter): string {
  return filter.type === 'all' ? 'all' : filter.type === 'verdict' ? filter.verdict : `outlet ${filter.outlet}`;
}
