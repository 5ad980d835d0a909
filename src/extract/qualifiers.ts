/**
 * Qualifiers: the words around a figure that say how exact it is (少なくとも三十二回 = at least 32,
 * あわせて32回 = 32 in total, 7割以上 = 70% or more, about 3,000), and how each becomes a value
 * form of DESIGN.md "Values".
 */

/** How a qualifier bounds a number. */
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
}

/** Japanese qualifiers written before the number. */
const JA_BEFORE: ReadonlyArray<readonly [string, Bound, boolean?]> = [
  ['少なくとも', 'min'], ['すくなくとも', 'min'], ['最低でも', 'min'], ['最低', 'min'], ['最少でも', 'min'],
  ['最大で', 'max'], ['最大', 'max'], ['多くて', 'max'], ['最多で', 'max'], ['最多', 'max'], ['多くとも', 'max'], ['上限', 'max'],
  ['約', 'approx'], ['およそ', 'approx'], ['凡そ', 'approx'], ['おおよそ', 'approx'], ['ほぼ', 'approx'], ['概ね', 'approx'],
  ['おおむね', 'approx'], ['大体', 'approx'], ['だいたい', 'approx'], ['推定', 'approx'], ['実に', 'exact'],
  ['合わせて', 'exact', true], ['あわせて', 'exact', true], ['併せて', 'exact', true], ['合計で', 'exact', true], ['合計', 'exact', true],
  ['総計', 'exact', true], ['累計で', 'exact', true], ['累計', 'exact', true], ['全部で', 'exact', true], ['延べ', 'exact', true],
  ['計', 'exact', true], ['総数', 'exact', true],
];

/** Japanese qualifiers written after the number (or its counter). */
const JA_AFTER: ReadonlyArray<readonly [string, Bound]> = [
  ['以上', 'min'], ['を超える', 'gt'], ['を超え', 'gt'], ['を上回る', 'gt'], ['超え', 'gt'], ['超', 'gt'], ['余り', 'gt'],
  ['あまり', 'gt'], ['余', 'gt'], ['強', 'gt'], ['未満', 'lt'], ['足らず', 'lt'], ['弱', 'lt'], ['を下回る', 'lt'],
  ['以下', 'max'], ['以内', 'max'], ['まで', 'max'], ['前後', 'approx'], ['程度', 'approx'], ['ほど', 'approx'],
  ['近く', 'approx'], ['くらい', 'approx'], ['ぐらい', 'approx'], ['ばかり', 'approx'], ['ごろ', 'approx'],
  ['頃', 'approx'], ['から', 'min'], ['以降', 'from'], ['以後', 'from'], ['以前', 'to'],
];

/** Japanese qualifiers after a date: they bound dates differently (6月まで = by the end of June). */
const JA_DATE_AFTER: ReadonlyArray<readonly [string, Bound]> = [
  ['以降', 'from'], ['以後', 'from'], ['から', 'from'], ['より前', 'before'], ['以前', 'to'], ['までに', 'to'], ['まで', 'to'],
  ['より後', 'after'], ['ごろ', 'approx'], ['頃', 'approx'], ['前後', 'approx'],
];

/** English qualifiers written before the number. */
const EN_BEFORE: ReadonlyArray<readonly [string, Bound, boolean?]> = [
  ['at least', 'min'], ['no fewer than', 'min'], ['no less than', 'min'], ['a minimum of', 'min'], ['not less than', 'min'],
  ['more than', 'gt'], ['over', 'gt'], ['above', 'gt'], ['upwards of', 'gt'], ['in excess of', 'gt'], ['greater than', 'gt'],
  ['about', 'approx'], ['around', 'approx'], ['approximately', 'approx'], ['roughly', 'approx'], ['some', 'approx'],
  ['nearly', 'approx'], ['almost', 'approx'], ['close to', 'approx'], ['an estimated', 'approx'], ['estimated', 'approx'],
  ['up to', 'max'], ['as many as', 'max'], ['at most', 'max'], ['no more than', 'max'], ['a maximum of', 'max'], ['not more than', 'max'],
  ['fewer than', 'lt'], ['less than', 'lt'], ['under', 'lt'], ['below', 'lt'],
  ['a total of', 'exact', true], ['in total', 'exact', true], ['a combined', 'exact', true], ['exactly', 'exact'],
];

/** English qualifiers after the number and its unit. */
const EN_AFTER: ReadonlyArray<readonly [string, Bound, boolean?]> = [
  ['or more', 'min'], ['or above', 'min'], ['and above', 'min'], ['or over', 'min'], ['plus', 'min'], ['or less', 'max'],
  ['or fewer', 'max'], ['at most', 'max'], ['at least', 'min'], ['in total', 'exact', true], ['in all', 'exact', true],
];

/** First characters of the qualifiers written after a number or date. */
const AFTER_FIRST = new Set([...JA_AFTER, ...JA_DATE_AFTER].map(([w]) => w.charCodeAt(0)));

const JA_BEFORE_SORTED = [...JA_BEFORE].sort((a, b) => b[0].length - a[0].length);
const JA_AFTER_SORTED = [...JA_AFTER].sort((a, b) => b[0].length - a[0].length);
const JA_DATE_AFTER_SORTED = [...JA_DATE_AFTER].sort((a, b) => b[0].length - a[0].length);
const EN_AFTER_SORTED = [...EN_AFTER].sort((a, b) => b[0].length - a[0].length);

/** A regular expression that finds a Japanese prefix qualifier ending right before the number. */
const JA_BEFORE_RE = new RegExp(`(?:${JA_BEFORE_SORTED.map(([w]) => w).join('|')})[\\s「『（(]*$`);
const EN_BEFORE_RE = new RegExp(`\\b(${[...EN_BEFORE].sort((a, b) => b[0].length - a[0].length).map(([w]) => w).join('|')})\\s+(?:the\\s+)?$`, 'i');

/** Last characters of the qualifiers written before a number. */
const BEFORE_LAST = new Set(JA_BEFORE.map(([w]) => w.charCodeAt(w.length - 1)));
/** Qualifiers that may stand further back in the clause. */
const FAR_HINT = /とも|最低|最大|多くて|およそ|合わせ|あわせ|合計|全部で|累計|総計|延べ/;

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
  for (const [written, bound, total] of JA_BEFORE_SORTED) {
    if (written.length < 3 && bound !== 'min') continue; // short words (計, 約) only count adjacent
    const at = window.lastIndexOf(written);
    if (at < 0) continue;
    const between = window.slice(at + written.length);
    if (CLAUSE_END.test(between) || /[0-9０-９〇一二三四五六七八九十百千万億]/.test(between)) continue;
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
  for (const [written, bound] of table) {
    if (text.startsWith(written, i)) {
      // まで followed by に is "by": same bound; から followed by a date or number is a range, handled by the caller.
      const extra = written === 'まで' && text.charCodeAt(i + 2) === 0x306b ? 1 : 0;
      return make(bound, written + (extra ? 'に' : ''), i, i + written.length + extra);
    }
  }
  return undefined;
}

/** The English qualifier right before a number at `start`. */
export function qualifierBeforeEn(text: string, start: number, floor: number): Qualifier | undefined {
  const from = Math.max(floor, start - 24);
  const match = EN_BEFORE_RE.exec(text.slice(from, start));
  if (!match) return undefined;
  const written = match[1]!;
  const entry = EN_BEFORE.find(([w]) => w === written.toLowerCase());
  if (!entry) return undefined;
  const s = from + match.index;
  return make(entry[1], written, s, s + written.length, entry[2]);
}

/** The English qualifier right after a number and its unit at `end`. */
export function qualifierAfterEn(text: string, end: number): Qualifier | undefined {
  let i = end;
  while (text.charCodeAt(i) === 0x20) i++;
  const rest = text.slice(i, i + 16).toLowerCase();
  for (const [written, bound, total] of EN_AFTER_SORTED) {
    if (rest.startsWith(written) && !/[a-z]/.test(rest.charAt(written.length))) return make(bound, text.slice(i, i + written.length), i, i + written.length, total);
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
