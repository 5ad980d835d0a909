import { NUMERAL_CLASS } from '../lang/numerals.js';
import { EN_COMPARED_PRONOUNS, qualifierWords, type QualifierWord } from '../lang/qualifiers.js';

/**
 * Qualifiers: the words around a figure that say how exact it is (少なくとも三十二回 = at least 32,
 * あわせて32回 = 32 in total, 7割以上 = 70% or more, about 3,000), and how each becomes a value
 * form of DESIGN.md "Values".
 */

/** How a qualifier bounds a number or a date. */
export type Bound = 'exact' | 'min' | 'max' | 'gt' | 'lt' | 'approx' | 'from' | 'to' | 'before' | 'after';

/** A qualifier found around a figure. */
export interface Qualifier {
  readonly bound: Bound;
  /** The words as written. */
  readonly written: string;
  /** Offsets in the text. */
  readonly start: number;
  readonly end: number;
  /** A total (計, 合わせて, in total): exact, but worth saying. */
  readonly total?: boolean;
  /** After a date: the date something began (a lone から, since), written as the date itself. */
  readonly since?: boolean;
}

type Entry = readonly [written: string, bound: Bound, total?: boolean | undefined, since?: boolean];

const numberEntry = (w: QualifierWord): Entry => [w.written, w.number!, w.total];
/** A date's bound: `at` words (ごろ, around) name the date itself, read as approx and dropped. */
const dateEntry = (w: QualifierWord): Entry => [w.written, w.date === 'at' || w.date === 'since' ? 'approx' : w.date!, false, w.date === 'since'];

/** Japanese qualifiers written before the number, from the one table of `src/lang/qualifiers.ts`. */
const JA_BEFORE_SORTED: readonly Entry[] = qualifierWords((w) => w.language === 'ja' && w.position === 'before' && w.number !== undefined).map(numberEntry);
/**
 * Japanese qualifiers written after the number (or its counter). An exact word that is no total
 * (に上る, "amounts to") leaves the figure as it is, so it is not read into the figure's span.
 */
const JA_AFTER_SORTED: readonly Entry[] = qualifierWords(
  (w) => w.language === 'ja' && w.position === 'after' && w.number !== undefined && (w.number !== 'exact' || w.total === true),
).map(numberEntry);
/** Japanese qualifiers after a date: they bound dates differently (6月まで = by the end of June). */
const JA_DATE_AFTER_SORTED: readonly Entry[] = qualifierWords((w) => w.language === 'ja' && w.position === 'after' && w.date !== undefined).map(dateEntry);
/** English qualifiers written before the number: words, and the signs > ≥ < ≤ (written with or without a space). */
const EN_BEFORE: readonly Entry[] = qualifierWords((w) => w.language === 'en' && w.position === 'before' && w.number !== undefined && w.written !== '~').map(numberEntry);
/** English qualifiers after the number and its unit. */
const EN_AFTER_SORTED: readonly Entry[] = qualifierWords((w) => w.language === 'en' && w.position === 'after' && w.number !== undefined && /^[a-z]/.test(w.written)).map(numberEntry);

/** English words before a date that bound it (since, until, before, after); `between` starts a span. */
export const EN_DATE_BEFORE: ReadonlyMap<string, Bound | 'since'> = new Map(
  qualifierWords((w) => w.language === 'en' && w.position === 'before' && w.date !== undefined && w.date !== 'at').map((w) => [w.written, w.date === 'since' ? 'since' : (w.date as Bound)]),
);

/** English words after a date that bound it (or later, and after, onwards, or earlier), longest first. */
export const EN_DATE_AFTER: ReadonlyArray<readonly [string, Bound]> = qualifierWords((w) => w.language === 'en' && w.position === 'after' && w.date !== undefined && w.date !== 'at' && w.date !== 'since').map((w) => [w.written, w.date as Bound]);

/** First characters of the qualifiers written after a number or date. */
const AFTER_FIRST = new Set([...JA_AFTER_SORTED, ...JA_DATE_AFTER_SORTED].map(([w]) => w.charCodeAt(0)));

/** A regular expression that finds a Japanese prefix qualifier ending right before the number. */
const JA_BEFORE_RE = new RegExp(`(?:${JA_BEFORE_SORTED.map(([w]) => w).join('|')})[\\s「『（(]*$`);
const EN_BEFORE_WORDS = EN_BEFORE.filter(([w]) => /^[a-z]/.test(w)).map(([w]) => w.replace(/[.]/g, '\\.').replace(/ /g, '\\s+'));
const EN_BEFORE_SIGNS = EN_BEFORE.filter(([w]) => !/^[a-z]/.test(w)).map(([w]) => w.replace(/[<>=]/g, (c) => `${c}\\s*`));
const EN_BEFORE_RE = new RegExp(`(?:\\b(${EN_BEFORE_WORDS.join('|')})\\s+(the\\s+)?|(?<![<>=])(${EN_BEFORE_SIGNS.join('|')})\\s*)$`, 'i');
/** A pronoun right before a comparative: the comparative is about it, not the figure (anything less than $5 billion). */
const EN_PRONOUN_BEFORE_RE = new RegExp(`\\b(?:${EN_COMPARED_PRONOUNS.join('|').replace(/ /g, '\\s+')})\\s+$`, 'i');

/** Last characters of the qualifiers written before a number. */
const BEFORE_LAST = new Set(JA_BEFORE_SORTED.map(([w]) => w.charCodeAt(w.length - 1)));
/** Qualifiers that may stand further back in the clause: words of three characters or more, and `min` words. */
const FAR_WORDS = JA_BEFORE_SORTED.filter(([w, bound]) => w.length >= 3 || bound === 'min');
const FAR_HINT = new RegExp(FAR_WORDS.map(([w]) => w).join('|'));

const NUMERAL_RE = new RegExp(NUMERAL_CLASS);

/** Characters that end a clause: a qualifier never reaches across them. */
const CLAUSE_END = /[。、，,．！？!?\n「」]/;

/**
 * The Japanese qualifier before a number at `start`: adjacent (少なくとも32回, 「少なくとも38回」) or
 * further back in the same clause (少なくともこれらの個人情報に32回, up to 20 characters).
 */
export function qualifierBeforeJa(text: string, start: number, floor: number): Qualifier | undefined {
  const from = Math.max(floor, start - 24);
  // Most figures have no qualifier: look for one only when a qualifier's last character is near.
  let hint = false;
  for (let k = Math.max(from, start - 3); k < start && !hint; k++) hint = BEFORE_LAST.has(text.charCodeAt(k));
  if (!hint && !FAR_HINT.test(text.slice(from, start))) return undefined;
  const window = text.slice(from, start);
  const adjacent = JA_BEFORE_RE.exec(window);
  if (adjacent) {
    const written = adjacent[0].replace(/[\s「『（(]+$/, '');
    const entry = JA_BEFORE_SORTED.find(([w]) => w === written)!;
    const s = from + adjacent.index;
    return make(entry[1], written, s, s + written.length, entry[2]);
  }
  // An adverb further back in the same clause, without another number in between.
  for (const [written, bound, total] of FAR_WORDS) {
    const at = window.lastIndexOf(written);
    if (at < 0) continue;
    const between = window.slice(at + written.length);
    if (CLAUSE_END.test(between) || NUMERAL_RE.test(between)) continue;
    return make(bound, written, from + at, from + at + written.length, total);
  }
  return undefined;
}

/** The Japanese qualifier right after a number or its counter at `end`; dates use their own table. */
export function qualifierAfterJa(text: string, end: number, forDate = false): Qualifier | undefined {
  const table = forDate ? JA_DATE_AFTER_SORTED : JA_AFTER_SORTED;
  let i = end;
  // 「少なくとも38回」以上: allow a closing bracket in between
  const c0 = text.charCodeAt(i);
  if (c0 === 0x300d || c0 === 0x300f) i++;
  if (!AFTER_FIRST.has(text.charCodeAt(i))) return undefined;
  for (const [written, bound, total, since] of table) {
    if (text.startsWith(written, i)) {
      // 前 and 後 begin other words after a date: 前日, 翌年 of 17日の前日, 前半, 後任.
      if (forDate && /[前後]$/.test(written) && /[日年月週半任者]/.test(text.charAt(i + written.length))) continue;
      // まで followed by に is "by": same bound; から followed by a date or number is a range, handled by the caller.
      const extra = written === 'まで' && text.charCodeAt(i + 2) === 0x306b ? 1 : 0;
      const q = make(bound, written + (extra ? 'に' : ''), i, i + written.length + extra, total);
      return since ? { ...q, since } : q;
    }
  }
  return undefined;
}

/** The English qualifier right before a number at `start`. */
export function qualifierBeforeEn(text: string, start: number, floor: number): Qualifier | undefined {
  const from = Math.max(floor, start - 40);
  const match = EN_BEFORE_RE.exec(text.slice(from, start));
  if (!match) return undefined;
  const written = (match[1] ?? match[3]!).trimEnd();
  const key = match[1] !== undefined ? written.toLowerCase().replace(/\s+/g, ' ') : written.replace(/\s+/g, '');
  const entry = EN_BEFORE.find(([w]) => w === key);
  if (!entry) return undefined;
  // more than the $5.7 billion he asked for, over the eight year span, about the 63 Democrats: the
  // figure is named as a thing, and the word compares (or places) something else; no bound.
  // A total stays one (a total of the 63).
  if (match[2] !== undefined && !entry[2]) return undefined;
  const s = from + match.index;
  // anything less than $5.7 billion: the comparative is the pronoun's; the figure is named exactly.
  if (entry[1] !== 'exact' && EN_PRONOUN_BEFORE_RE.test(text.slice(Math.max(floor, s - 16), s))) return undefined;
  return make(entry[1], written, s, s + written.length, entry[2]);
}

/** The English qualifier right after a number and its unit at `end`. */
export function qualifierAfterEn(text: string, end: number): Qualifier | undefined {
  let i = end;
  while (text.charCodeAt(i) === 0x20) i++;
  const rest = text.slice(i, i + 24).toLowerCase();
  for (const [written, bound, total] of EN_AFTER_SORTED) {
    // `10 and more than 40`, `5000 or less than 6000`: the words begin the next figure's qualifier.
    if (rest.startsWith(written) && !/[a-z]/.test(rest.charAt(written.length)) && !/^\s+than\b/.test(rest.slice(written.length))) {
      return make(bound, text.slice(i, i + written.length), i, i + written.length, total);
    }
  }
  return undefined;
}

function make(bound: Bound, written: string, start: number, end: number, total?: boolean): Qualifier {
  return total ? { bound, written, start, end, total } : { bound, written, start, end };
}

/** A number value as DESIGN.md writes it: `32`, `{min: 32}`, `{approx: 3000}`, … */
export type NumberValue = number | { readonly [K in 'min' | 'max' | 'gt' | 'lt' | 'approx']?: number };

/** The value form of a number under a qualifier (少なくとも → {min}, 以上 → {min}, 約 → {approx}). */
export function numberValue(value: number, bound: Bound | undefined): NumberValue {
  switch (bound) {
    case 'min':
    case 'from':
      return { min: value };
    case 'max':
    case 'to':
      return { max: value };
    case 'gt':
    case 'after':
      return { gt: value };
    case 'lt':
    case 'before':
      return { lt: value };
    case 'approx':
      return { approx: value };
    default:
      return value;
  }
}

/**
 * Combine the qualifier before and the one after (少なくとも…以上 both say min). When they
 * disagree, the one after the number wins in Japanese (it binds tighter), except that a total
 * (あわせて) stays exact only when nothing after bounds it.
 */
export function combine(before: Qualifier | undefined, after: Qualifier | undefined): Qualifier | undefined {
  if (!after) return before;
  if (!before) return after;
  return after.bound === 'exact' ? before : after;
}
