import { writtenForm } from '../../compare/values.js';
import type { ClaimResult } from '../../compare/types.js';
import { valueOf } from '../../extract/candidates.js';
import { parseReference } from '../../extract/dates.js';
import type { Mention } from '../../extract/mention.js';
import { scanEnglish } from '../../extract/scan-en.js';
import { looksEnglish } from '../../lang/script.js';
import { scanJapanese } from '../../extract/scan-ja.js';

/**
 * A claim's value in the words its source uses: a value written as text (`"約120人"`, `"3,100
 * containers"`) as it is; a value written as a form (`{approx: 120}`, `{min: 32}`) as the figure
 * of the quote that states exactly that value (`約120人`, `少なくとも三十二回`), read by the same
 * scanners extraction uses; else the form as written in the claim file.
 */
export function valueAsWritten(claim: ClaimResult): string {
  const data = claim.loaded.claim;
  if (typeof data.value === 'string') return data.value;
  const quote = data.source?.quote;
  if (quote === undefined || quote.length === 0) return writtenForm(data.value);
  const wanted = canonical(data.value);
  const reference = parseReference(data.published === undefined ? undefined : String(data.published));
  for (const mention of mentionsIn(quote)) {
    const read = valueOf(mention, reference);
    if (read.unresolved || canonical(read.value) !== wanted) continue;
    const figure = quote.slice(mention.start, mention.end);
    // A qualifier standing apart from its figure (少なくともこれらの個人情報に32回): both, joined by an ellipsis.
    return mention.qualifier && !figure.includes(mention.qualifier) ? `${mention.qualifier}…${figure}` : figure;
  }
  return writtenForm(data.value);
}

/** The figures of a quote, by the scanner of its language. */
function mentionsIn(quote: string): readonly Mention[] {
  return looksEnglish(quote, 0, quote.length) ? scanEnglish(quote, 0, quote.length) : scanJapanese(quote, 0, quote.length);
}

/** JSON with keys sorted, so `{max: 5, min: 1}` and `{min: 1, max: 5}` compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}
