import type { ClaimResult, SubjectResult, Verdict } from '../../compare/types.js';
import type { Catalog } from '../../sources/catalog.js';
import { terminalSafeJson } from './shared.js';
import type { VerdictsFormatter } from './types.js';

/**
 * `report --format claimreview`: schema.org ClaimReview JSON-LD, one review per subject whose
 * resolution has status `resolved`, as a JSON array ready for a `<script type="application/ld+json">`.
 *
 * - `claimReviewed`: the accepted claim's `says` (or the question and the accepted value), else the question;
 * - `reviewRating`: with an accepted claim, 3 ("Accepted: outlet, value", and how the sources
 *   relate); without one, how the sources relate: 1 = they conflict, 2 = they differ, 3 = they
 *   agree (`alternateName` says it in words; `ratingExplanation` is the resolution's note);
 * - `itemReviewed`: a Claim with one `appearance` per claim — a CreativeWork with the outlet as
 *   author, the quote as text, the capture's address and title from `seeds/sources.yaml`, and
 *   the origin it goes back to as `citation`.
 */
export const formatClaimReview: VerdictsFormatter = ({ subjects, catalog }) => {
  const reviews = subjects.filter((s) => s.loaded.subject.resolution?.status === 'resolved').map((s) => review(s, catalog));
  return terminalSafeJson(reviews);
};

const RATING: Readonly<Record<Verdict, { readonly value: number; readonly name: string }>> = {
  conflict: { value: 1, name: 'Sources conflict' },
  differ: { value: 2, name: 'Sources differ but can all be true' },
  agree: { value: 3, name: 'Sources agree' },
};

function review(subject: SubjectResult, catalog: Catalog | undefined): Record<string, unknown> {
  const data = subject.loaded.subject;
  const resolution = data.resolution!;
  const accepted = resolution.accepted ? subject.claims.find((c) => c.loaded.claim.id === resolution.accepted) : undefined;
  const claimReviewed = accepted
    ? accepted.loaded.claim.says ?? `${data.question} ${accepted.display}`
    : data.question;
  // With an accepted claim the review rates that claim: accepted, best rating; without one it
  // rates the question by how the sources relate.
  const relation = RATING[subject.verdict];
  const rating = accepted
    ? { value: 3, name: `Accepted: ${accepted.loaded.claim.outlet}, ${accepted.display} (${relation.name.toLowerCase()})` }
    : relation;
  const published = subject.claims
    .map((c) => c.loaded.claim.published)
    .filter((p): p is string | number => p !== undefined)
    .map(String)
    .sort()[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: `${subject.loaded.topic.topic ?? subject.loaded.topic.file}/${data.id}`,
    name: data.question,
    claimReviewed,
    ...(resolution.note ? { reviewBody: resolution.note } : {}),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.value,
      bestRating: 3,
      worstRating: 1,
      alternateName: rating.name,
      ...(resolution.note ? { ratingExplanation: resolution.note } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(published !== undefined ? { datePublished: published } : {}),
      appearance: subject.claims.map((claim) => appearance(claim, catalog)),
    },
  };
}

function appearance(claim: ClaimResult, catalog: Catalog | undefined): Record<string, unknown> {
  const data = claim.loaded.claim;
  const entry = data.source?.file ? catalog?.byFile.get(data.source.file)?.entry : undefined;
  return {
    '@type': 'CreativeWork',
    identifier: data.id,
    author: { '@type': 'Organization', name: data.outlet },
    ...(entry?.url ? { url: entry.url } : {}),
    ...(entry?.title ? { headline: entry.title } : {}),
    ...(data.published !== undefined ? { datePublished: String(data.published) } : {}),
    ...(data.source?.quote ? { text: data.source.quote } : {}),
    ...(data.says ? { description: data.says } : {}),
    ...(claim.origin !== undefined && claim.origin !== data.outlet ? { citation: claim.origin } : {}),
  };
}
