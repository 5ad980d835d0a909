/**
 * Sentence bounds: where a sentence ends in Japanese and English text. `。！？．` end a sentence;
 * `.`, `!` and `?` do when white space or the end of the text follows, except the full stop of an
 * abbreviation that a word of the same sentence follows:
 * - titles before a name (Mr., Dr., Sen., Gov.), `No.` and `St.`: never an end;
 * - month names (Jan., Sept.) and `vs.`, `approx.`: not before a digit or a lower-case word;
 * - initialisms (U.S., U.N., D.C., a.m., p.m.) and a single capital (John D. Podesta): not before a
 *   digit or a lower-case word, and, for initialisms of places (U.S. President) and single
 *   capitals, not before a capitalised word either.
 */

/** Abbreviations written before a name or number: their full stop never ends a sentence. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'lt', 'col', 'capt', 'cmdr', 'sgt', 'adm', 'maj', 'rev', 'hon', 'pres', 'supt', 'st', 'no', 'nos', 'ft', 'mt']);
/** Abbreviations whose full stop ends a sentence only before a capitalised word. */
const WORD_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'vs', 'v', 'approx', 'est', 'fig', 'vol', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'dept', 'univ', 'assn', 'ave', 'blvd', 'etc']);
/** Initialisms of places and bodies (U.S., U.K., D.C.): they stand before capitalised names too. */
const PLACE_INITIALISMS = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'u.a.e', 'u.s.a']);

/** The word (letters and inner full stops) ending at `k` (exclusive), lower case. */
function wordBefore(text: string, k: number): string {
  let s = k;
  while (s > 0 && /[A-Za-z.]/.test(text.charAt(s - 1))) s--;
  return text.slice(s, k).replace(/^\.+/, '').toLowerCase();
}

/** The first character of the next word after `k` (past spaces, quotes and brackets). */
function nextWordStart(text: string, k: number): string {
  let n = k;
  while (n < text.length && /[\s"'“”‘’(]/.test(text.charAt(n)) && text.charAt(n) !== '\n') n++;
  return n < text.length ? text.charAt(n) : '';
}

/** Whether the full stop at `k` is an abbreviation's, inside its sentence. */
function isAbbreviation(text: string, k: number): boolean {
  const word = wordBefore(text, k);
  if (word === '') return false;
  const next = nextWordStart(text, k + 1);
  if (next === '' || next === '\n') return false;
  if (TITLES.has(word)) return true;
  const lowerOrDigit = /[a-z0-9]/.test(next);
  if (WORD_ABBREVIATIONS.has(word)) return lowerOrDigit;
  // initialisms: U.S, a.m, D.C (letters with inner full stops), or a single capital: D
  const initialism = /^(?:[a-z]\.)+[a-z]$/.test(word);
  const single = /^[a-z]$/.test(word) && /[A-Z]/.test(text.charAt(k - 1)) && !/[A-Za-z]/.test(text.charAt(k - 2));
  if (!initialism && !single) return false;
  if (lowerOrDigit) return true;
  return /[A-Z]/.test(next) && (single || PLACE_INITIALISMS.has(word));
}

/** Whether the character at `k` ends a sentence (its last character). */
export function isSentenceEnd(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff0e) return true;
  if (c === 0x2e || c === 0x21 || c === 0x3f) {
    const n = text.charCodeAt(k + 1);
    if (!(Number.isNaN(n) || n === 0x20 || n === 0x0a || n === 0x0d)) return false;
    return c !== 0x2e || !isAbbreviation(text, k);
  }
  return false;
}
