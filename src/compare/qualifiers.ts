/**
 * Qualifiers written around a figure: 少なくとも三十二回 (at least), 38回以上, 約3000人,
 * あわせて32回 (in total), more than 10, 30〜40人. They turn a written string into the bound it
 * states, so `value: 少なくとも32回` reads like `value: {min: 32回}`.
 */

/** The bound a qualifier states. */
export type Bound = 'exact' | 'min' | 'max' | 'gt' | 'lt' | 'approx';

/** A string value split into its bound and the amount (or two amounts, for a range). */
export type Qualified =
  | { readonly bound: Bound; readonly amount: string }
  | { readonly bound: 'range'; readonly low: string; readonly high: string };

const PREFIXES: readonly (readonly [RegExp, Bound])[] = [
  [/^(?:少なくとも|すくなくとも|最低でも|最低|最少でも|at least|no fewer than|no less than|a minimum of|minimum of|min\.?)\s*/i, 'min'],
  [/^(?:最大で|最大|最多で|最多|多くとも|多くて|at most|up to|no more than|a maximum of|maximum of|max\.?)\s*/i, 'max'],
  [/^(?:more than|over|above|greater than|in excess of|upwards of)\s+/i, 'gt'],
  [/^(?:less than|fewer than|under|below)\s+/i, 'lt'],
  [/^(?:約|およそ|凡そ|おおよそ|大体|だいたい|概ね|おおむね|ほぼ|about|around|approximately|approx\.?|roughly|some|nearly|almost|circa|ca\.|c\.|~)\s*/i, 'approx'],
  [/^(?:あわせて|合わせて|合計で|合計|総計|計|全部で|全体で|ちょうど|exactly|a total of|in total|total of|total)\s*/i, 'exact'],
];

const SUFFIXES: readonly (readonly [RegExp, Bound])[] = [
  [/\s*(?:以上|or more|or above|and more|and above|\+)$/i, 'min'],
  [/\s*(?:以下|or less|or fewer|or below|at most)$/i, 'max'],
  [/\s*(?:超え|超|余り|余|強|plus)$/i, 'gt'],
  [/\s*(?:未満|弱)$/i, 'lt'],
  [/\s*(?:前後|程度|ほど|くらい|ぐらい|ばかり|近く|or so|approximately|roughly)$/i, 'approx'],
  [/\s*(?:in total|in all|altogether|total|に上る|にのぼる)$/i, 'exact'],
];

/** Separators of a written range (30〜40人, 30 to 40, 1,000-2,000: a hyphen only between digits). */
const RANGE = /^(.+?)\s*(?:〜|~|～|–|—|から| to | and |(?<=[\d万億兆])\s*[-−]\s*(?=\d))\s*(.+?)(?:\s*(?:まで|の間))?$/i;

/**
 * Split a written value into its qualifier and the amount. At most one prefix and one suffix are
 * read; when both state a bound they must agree (`at least 32 or more` is min, `約32回以上` is
 * refused as two different bounds). Without a qualifier the bound is `exact`.
 */
export function splitQualifier(written: string): Qualified | { readonly error: string } {
  let text = written.normalize('NFKC').trim().replace(/^(?:between)\s+/i, '');
  let prefix: Bound | undefined;
  let suffix: Bound | undefined;
  for (const [pattern, bound] of PREFIXES) {
    const match = pattern.exec(text);
    if (match && match[0].length < text.length) {
      prefix = bound;
      text = text.slice(match[0].length);
      break;
    }
  }
  for (const [pattern, bound] of SUFFIXES) {
    const match = pattern.exec(text);
    if (match && match.index > 0) {
      suffix = bound;
      text = text.slice(0, match.index);
      break;
    }
  }
  text = text.trim();
  if (prefix === undefined && suffix === undefined) {
    const range = RANGE.exec(text);
    if (range && /\d|[〇一二三四五六七八九十百千]/.test(range[1]!) && /\d|[〇一二三四五六七八九十百千]/.test(range[2]!)) {
      return { bound: 'range', low: range[1]!.trim(), high: range[2]!.trim() };
    }
  }
  // "exact" is the absence of a bound; an exact prefix with a bounding suffix reads as the bound.
  const bounds = [prefix, suffix].filter((b): b is Bound => b !== undefined && b !== 'exact');
  const unique = [...new Set(bounds)];
  if (unique.length > 1) return { error: `Unexpected "${written}": two different qualifiers (${unique.join(' and ')}), expected one` };
  return { bound: unique[0] ?? 'exact', amount: text };
}
