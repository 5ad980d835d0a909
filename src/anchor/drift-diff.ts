import { diffChars } from 'diff';

/** One part of a character diff: kept, only in the claim (`removed`) or only in the source (`added`). */
export interface DiffPart {
  readonly value: string;
  readonly added: boolean;
  readonly removed: boolean;
}

/** Character diff of what the claim quotes against what the source now says (the `diff` package). */
export function quoteDiff(claimQuote: string, sourceText: string): DiffPart[] {
  return diffChars(claimQuote, sourceText).map((part) => ({ value: part.value, added: part.added, removed: part.removed }));
}

/**
 * A diff in one line of plain text: `[-only in the claim-]{+only in the source+}`, as
 * `git diff --word-diff` writes it, readable without colour.
 */
export function renderDiff(parts: readonly DiffPart[]): string {
  return parts.map((part) => (part.removed ? `[-${part.value}-]` : part.added ? `{+${part.value}+}` : part.value)).join('');
}
