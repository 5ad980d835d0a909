import { LineCounter, parseDocument } from 'yaml';

/** Who publishes the ClaimReview and where: from `report` options or the `review:` block of `urazuke.yaml`. */
export interface ReviewOptions {
  /** The reviewing organisation (`author` of every review). */
  readonly author?: string | undefined;
  /** Its home page. */
  readonly authorUrl?: string | undefined;
  /** The address of each review: `{topic}` and `{subject}` are replaced by the ids (percent-encoded). */
  readonly url?: string | undefined;
  /** `datePublished` of the reviews, `YYYY-MM-DD`. */
  readonly date?: string | undefined;
}

/** The repository config file, at the repository root. */
export const CONFIG_FILE = 'urazuke.yaml';

const KEYS: Readonly<Record<string, keyof ReviewOptions>> = { author: 'author', 'author-url': 'authorUrl', url: 'url', date: 'date' };

/**
 * Read the `review:` block of `urazuke.yaml` (`author`, `author-url`, `url`, `date`, each a
 * string; dates may be written bare). Returns the options and the problems, each
 * `urazuke.yaml:line:col: …`; an unknown key or a wrong type is a problem, never a guess.
 */
export function parseReviewOptions(text: string): { readonly options: ReviewOptions; readonly problems: readonly string[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number | undefined): string => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return `${CONFIG_FILE}:${line}:${col}`;
  };
  if (doc.errors.length > 0) return { options: {}, problems: doc.errors.map((e) => `${at(e.pos[0])}: ${e.message.split('\n')[0]}`) };
  const block = doc.get('review', true) as { items?: Array<{ key: { value?: unknown; range?: [number] }; value: { value?: unknown; range?: [number] } | null }> } | undefined;
  if (block === undefined) return { options: {}, problems: [] };
  if (!Array.isArray(block.items)) return { options: {}, problems: [`${at((block as { range?: [number] }).range?.[0])}: review must be a map of author, author-url, url and date`] };
  const options: Record<string, string> = {};
  const problems: string[] = [];
  for (const item of block.items) {
    const key = String(item.key.value);
    const name = KEYS[key];
    const value = item.value?.value;
    if (name === undefined) problems.push(`${at(item.key.range?.[0])}: unknown key review.${key}, expected author, author-url, url or date`);
    else if (typeof value !== 'string' || value.trim() === '') problems.push(`${at(item.value?.range?.[0] ?? item.key.range?.[0])}: review.${key} must be a text`);
    else options[name] = value.trim();
  }
  if (options['date'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options['date'])) {
    problems.push(`${CONFIG_FILE}: review.date must be YYYY-MM-DD, got '${options['date']}'`);
    delete options['date'];
  }
  return { options, problems };
}
