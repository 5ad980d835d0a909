import type { Catalog } from '../../sources/catalog.js';
import type { SubjectResult } from '../../compare/types.js';
import type { ReviewOptions } from './review-options.js';

/** Everything a verdict formatter reads: the compared subjects (conflicts first) and the sources catalog. */
export interface VerdictsInput {
  readonly subjects: readonly SubjectResult[];
  /** `seeds/sources.yaml`, for addresses and titles of captures (ClaimReview); may be empty. */
  readonly catalog?: Catalog | undefined;
  /** Who publishes the reviews and where (ClaimReview). */
  readonly review?: ReviewOptions | undefined;
}

/** A verdict formatter: compared subjects in, text out. */
export type VerdictsFormatter = (input: VerdictsInput) => string;
