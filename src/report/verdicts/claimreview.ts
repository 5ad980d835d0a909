import type { Claim, ClaimReview, CreativeWork, Organization, WithContext } from 'schema-dts';
import type { ClaimResult, SubjectResult, Verdict } from '../../compare/types.js';
import type { Catalog, CatalogEntry } from '../../sources/catalog.js';
import { webAddress } from './markdown.js';
import type { ReviewOptions } from './review-options.js';
import { terminalSafeJson } from './shared.js';
import type { VerdictsFormatter } from './types.js';

/**
 * `report --format claimreview`: schema.org ClaimReview JSON-LD (typed with `schema-dts`), one
 * review per subject whose resolution has status `resolved`, as a JSON array whose `<`, `>` and
 * `&` are `\u003c`, `\u003e`, `\u0026`, so it is safe inside `<script type="application/ld+json">`.
 *
 * - `url`, `author` (the reviewing organisation) and `datePublished` come from the options
 *   (`--review-url`, `--review-author`, `--review-date`, or the `review:` block of `urazuke.yaml`);
 *   `{topic}` and `{subject}` in the url pattern are replaced by the ids;
 * - `claimReviewed`: the words of the accepted claim (its `says`, else its quote), else the question;
 * - `reviewRating`: with an accepted claim, 3 "Accepted"; without one, how the sources relate:
 *   1 "Sources conflict", 2 "Sources differ", 3 "Sources agree" (`ratingExplanation`: the note);
 * - `itemReviewed`: a Claim whose `author` is the accepted claim's outlet (else the outlet of the
 *   first appearance), `firstAppearance` the earliest dated appearance, and one `appearance` per
 *   claim — a CreativeWork with the outlet as author and the quote as text; its `url` is the
 *   capture's address only when the claim's outlet is the capture's own publisher, else the
 *   address of a capture that outlet publishes when `sources.yaml` has one, else none.
 */
export const formatClaimReview: VerdictsFormatter = ({ subjects, catalog, review }) => {
  const reviews = subjects.filter((s) => s.loaded.subject.resolution?.status === 'resolved').map((s) => claimReview(s, catalog, review ?? {}));
  return terminalSafeJson(reviews);
};

const RATING: Readonly<Record<Verdict, { readonly value: number; readonly name: string }>> = {
  conflict: { value: 1, name: 'Sources conflict' },
  differ: { value: 2, name: 'Sources differ' },
  agree: { value: 3, name: 'Sources agree' },
};

/** The address of one review: the pattern with `{topic}` and `{subject}` filled in. */
export function reviewUrl(pattern: string, topic: string, subject: string): string {
  return pattern.replaceAll('{topic}', encodeURIComponent(topic)).replaceAll('{subject}', encodeURIComponent(subject));
}

function claimReview(subject: SubjectResult, catalog: Catalog | undefined, options: ReviewOptions): WithContext<ClaimReview> {
  const data = subject.loaded.subject;
  const resolution = data.resolution!;
  const topic = subject.loaded.topic.topic ?? subject.loaded.topic.file;
  const accepted = resolution.accepted ? subject.claims.find((c) => c.loaded.claim.id === resolution.accepted) : undefined;
  const words = accepted ? (accepted.loaded.claim.says ?? accepted.loaded.claim.source?.quote) : undefined;
  const rating = accepted ? { value: 3, name: 'Accepted' } : RATING[subject.verdict];
  const appearances = subject.claims.map((claim) => ({ claim, work: appearance(claim, catalog) }));
  const dated = appearances.filter((a) => a.claim.loaded.claim.published !== undefined).sort((a, b) => (String(a.claim.loaded.claim.published) < String(b.claim.loaded.claim.published) ? -1 : 1));
  const claimAuthor = accepted?.loaded.claim.outlet ?? subject.claims[0]?.loaded.claim.outlet;
  const authorUrl = options.authorUrl !== undefined ? webAddress(options.authorUrl) : undefined;
  const item: Claim = {
    '@type': 'Claim',
    ...(claimAuthor !== undefined ? { author: organization(claimAuthor) } : {}),
    ...(dated[0] ? { datePublished: String(dated[0].claim.loaded.claim.published), firstAppearance: dated[0].work } : {}),
    appearance: appearances.map((a) => a.work),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    ...(options.url !== undefined ? { url: reviewUrl(options.url, topic, data.id) } : {}),
    identifier: `${topic}/${data.id}`,
    name: data.question,
    ...(options.author !== undefined ? { author: organization(options.author, authorUrl) } : {}),
    ...(options.date !== undefined ? { datePublished: options.date } : {}),
    claimReviewed: words ?? data.question,
    ...(resolution.note ? { reviewBody: resolution.note } : {}),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: rating.value,
      bestRating: 3,
      worstRating: 1,
      alternateName: rating.name,
      ...(resolution.note ? { ratingExplanation: resolution.note } : {}),
    },
    itemReviewed: item,
  };
}

function organization(name: string, url?: string): Organization {
  return { '@type': 'Organization', name, ...(url !== undefined ? { url } : {}) };
}

/** Who publishes a capture: its outlet, else its site. */
function publisherOf(entry: CatalogEntry): string | undefined {
  return entry.outlet ?? entry.site;
}

/** The address of a claim's appearance (see {@link formatClaimReview}), or undefined. */
function appearanceUrl(claim: ClaimResult, catalog: Catalog | undefined): string | undefined {
  const outlet = claim.loaded.claim.outlet;
  const file = claim.loaded.claim.source?.file;
  const own = file ? catalog?.byFile.get(file)?.entry : undefined;
  const entry = own && publisherOf(own) === outlet && own.url ? own : catalog?.entries.find((e) => publisherOf(e.entry) === outlet && e.entry.url)?.entry;
  return entry?.url !== undefined ? webAddress(entry.url) : undefined;
}

function appearance(claim: ClaimResult, catalog: Catalog | undefined): CreativeWork {
  const data = claim.loaded.claim;
  const entry = data.source?.file ? catalog?.byFile.get(data.source.file)?.entry : undefined;
  const url = appearanceUrl(claim, catalog);
  return {
    '@type': 'CreativeWork',
    identifier: data.id,
    author: organization(data.outlet),
    ...(url !== undefined ? { url } : {}),
    ...(url !== undefined && entry?.title && entry.url !== undefined && webAddress(entry.url) === url ? { headline: entry.title } : {}),
    ...(data.published !== undefined ? { datePublished: String(data.published) } : {}),
    ...(data.source?.quote ? { text: data.source.quote } : {}),
    ...(data.says ? { description: data.says } : {}),
    ...(claim.origin !== undefined && claim.origin !== data.outlet ? { citation: claim.origin } : {}),
  };
}
