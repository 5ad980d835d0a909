/**
 * Qualifiers written around a figure: 少なくとも三十二回 (at least), 38回以上, 約3000人,
 * あわせて32回 (in total), more than 10, 30〜40人. They turn a written string into the bound it
 * states, so `value: 少なくとも32回` reads like `value: {min: 32回}`. The words and their meanings
 * are the one table of `src/lang/qualifiers.ts`.
 */
import { NUMERAL_CLASS } from '../lang/numerals.js';
import { INTENSITY_LEVELS, PREFIX_UNITS } from '../lang/units.js';
import { BOUND_JOIN, BOUND_JOINERS, foldQualifier, HEDGES, JA_SUPERLATIVES, qualifierReader, qualifierWords, RANGE_JOINERS, wordPattern, type NumberBound } from '../lang/qualifiers.js';


/** The bound a qualifier states. */
export type Bound = NumberBound;

/** A string value split into its bound and the amount (or two amounts, for a range). */
export type Qualified =
  | { readonly bound: Bound; readonly amount: string }
  | { readonly bound: 'range'; readonly low: string; readonly high: string }
  | { readonly bound: 'bounds'; readonly lower: { readonly bound: 'min' | 'gt'; readonly amount: string }; readonly upper: { readonly bound: 'max' | 'lt'; readonly amount: string } };

/** The text without its hedge word (`8人か` → `8人`), or undefined when it has none. */
function hedgeOf(text: string): string | undefined {
  for (const word of HEDGES.ja.after) if (text.length > word.length && text.endsWith(word)) return text.slice(0, -word.length).trim();
  const lower = text.toLowerCase();
  for (const word of HEDGES.en.before) if (lower.startsWith(`${word} `)) return text.slice(word.length).trim();
  for (const word of HEDGES.en.after) if (lower.endsWith(` ${word}`)) return text.slice(0, -word.length).trim().replace(/,$/, '');
  return undefined;
}

/** What may join the two bounds of one figure (`20歳以上65歳未満`, `more than 100 and less than 300`). */
const JOIN = new RegExp(`^${BOUND_JOIN}`, 'i');

/** Where a value may be cut into two bounds: after a Japanese lower-bound word (以上, より大きい), or at a joining word. */
const CUTS = new RegExp(
  `${qualifierWords((w) => w.language === 'ja' && w.position === 'after' && (w.number === 'min' || w.number === 'gt')).map((w) => wordPattern(w)).join('|')}|(?<=[\\d%\\p{L}])\\s*(?:${BOUND_JOINERS.map((w) => wordPattern({ written: w, language: /^[a-z]/.test(w) ? 'en' : 'ja', position: 'after' })).join('|')})\\s*`,
  'giu',
);

/**
 * A lower bound followed by an upper bound: `20歳以上65歳未満`, `100以上310以下`, `20から100未満`,
 * `more than 100 and less than 300`. Undefined when the text is not two such bounds.
 */
function twoBounds(text: string): Qualified | undefined {
  for (const match of text.matchAll(CUTS)) {
    const cut = match.index + match[0].length;
    const joiner = BOUND_JOINERS.includes(match[0].trim().toLowerCase());
    const left = splitQualifier(joiner ? text.slice(0, match.index) : text.slice(0, cut), false);
    const right = splitQualifier(text.slice(cut).replace(JOIN, ''), false);
    if ('error' in left || 'error' in right || left.bound === 'range' || left.bound === 'bounds' || right.bound === 'range' || right.bound === 'bounds') continue;
    if ((left.bound === 'min' || left.bound === 'gt') && (right.bound === 'max' || right.bound === 'lt')) {
      return { bound: 'bounds', lower: { bound: left.bound, amount: left.amount }, upper: { bound: right.bound, amount: right.amount } };
    }
    // at most 100 and at least 20: the upper bound first.
    if ((left.bound === 'max' || left.bound === 'lt') && (right.bound === 'min' || right.bound === 'gt')) {
      return { bound: 'bounds', lower: { bound: right.bound, amount: right.amount }, upper: { bound: left.bound, amount: left.amount } };
    }
  }
  return undefined;
}

/** A numeral character (the one numeral table): both ends of a range hold one. */
const NUMERAL = new RegExp(NUMERAL_CLASS);

/** The number meanings of the qualifier words before and after a value. */
const PREFIX = qualifierReader('before', (w) => w.number);
const SUFFIX = qualifierReader('after', (w) => w.number);

/** Separators of a written range (30〜40人, 30 to 40, 1,000-2,000: a hyphen only between digits). */
const RANGE = new RegExp(
  `^(.+?)\\s*(?:${RANGE_JOINERS.signs.join('|')}|${RANGE_JOINERS.ja.join('|')}|と(?=.+の間$)|${RANGE_JOINERS.en.map((w) => ` ${w} `).join('|')}| and |(?<=[\\d万億兆])\\s*[-−]\\s*(?=\\d))\\s*(.+?)(?:\\s*(?:まで|の間))?$`,
  'i',
);

/**
 * Split a written value into its qualifier and the amount. At most one prefix and one suffix are
 * read; when both state a bound they must agree (`at least 32 or more` is min, `約32回以上` is
 * refused as two different bounds). Without a qualifier the bound is `exact`.
 */
export function splitQualifier(written: string, twoAllowed = true): Qualified | { readonly error: string } {
  let text = written.normalize('NFKC').trim().replace(/^(?:between)\s+/i, '');
  // A hedge (8人か, 8人とみられる, reportedly 8): about that figure, never exact.
  const hedge = hedgeOf(text);
  if (hedge) {
    const inner = splitQualifier(hedge, twoAllowed);
    if ('error' in inner || inner.bound !== 'exact') return inner;
    return { bound: 'approx', amount: inner.amount };
  }
  // Two bounds are looked for once, at the top (a value is short; its halves are not split again).
  const both = twoAllowed && text.length <= 200 ? twoBounds(text) : undefined;
  if (both) return both;
  let prefix: Bound | undefined;
  let suffix: Bound | undefined;
  const before = PREFIX.pattern.exec(text);
  // 最大震度7: a superlative joined to the measure named before the number names it, no bound.
  const named = before !== null && JA_SUPERLATIVES.includes(before[0]) && PREFIX_UNITS.some(([w]) => text.startsWith(w, before[0].length));
  if (named) text = text.slice(before[0].length);
  else if (before && before[0].length < text.length) {
    prefix = PREFIX.meanings.get(foldQualifier(before[1]!));
    text = text.slice(before[0].length);
  }
  const after = SUFFIX.pattern.exec(text);
  // 震度6強: 強 and 弱 are the levels of a seismic intensity, not more or less than.
  const level = after !== null && Object.hasOwn(INTENSITY_LEVELS, after[1]!) && PREFIX_UNITS.some(([w, unit]) => unit === 'seismic intensity' && text.startsWith(w));
  if (after && after.index > 0 && !level) {
    suffix = SUFFIX.meanings.get(foldQualifier(after[1]!));
    text = text.slice(0, after.index);
  }
  text = text.trim();
  if (prefix === undefined && suffix === undefined) {
    const range = RANGE.exec(text);
    if (range && NUMERAL.test(range[1]!) && NUMERAL.test(range[2]!)) {
      return { bound: 'range', low: range[1]!.trim(), high: range[2]!.trim() };
    }
  }
  // "exact" is the absence of a bound; an exact prefix with a bounding suffix reads as the bound.
  const bounds = [prefix, suffix].filter((b): b is Bound => b !== undefined && b !== 'exact');
  const unique = [...new Set(bounds)];
  if (unique.length > 1) return { error: `Unexpected "${written}": two different qualifiers (${unique.join(' and ')}), expected one` };
  return { bound: unique[0] ?? 'exact', amount: text };
}
