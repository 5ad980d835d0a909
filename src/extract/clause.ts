/**
 * The quote of a figure: the clause that holds it, cut verbatim from the text. A clause is the
 * piece of the sentence between commas (、，,) that holds the figure, widened to its neighbours
 * until it says something on its own (at least a dozen characters besides the figure), and never
 * longer than its sentence or {@link MAX_QUOTE} characters.
 */

import { isSentenceEnd } from '../lang/sentences.js';

/** Longest quote cut. */
export const MAX_QUOTE = 160;
/** A clause longer than this is cut at its first predicate after the figure. */
const LONG_CLAUSE = 60;
/** Ends of a predicate: している, した, だった, ました … (followed by something that is not kana). */
const PREDICATE_RE = /(?:している|していた|していて|しています|していました|された|される|されている|した|する|いる|いた|ある|あった|なった|なる|だった|である|です|でした|ます|ました)(?![ぁ-ゖ])/g;
/** Hearsay after a predicate: といわれている, という, とされる, とみられる. */
const HEARSAY_RE = /^(?:といわれて(?:いる|いた)|と言われて(?:いる|いた)|という|とされ(?:る|ている)|とみられ(?:る|ている))/;
/** Characters besides the figure a clause needs to stand on its own. */
const MIN_CONTEXT = 12;

/** Longest piece a figure after it may stand in apposition to (a name: Cesar Sayoc Jr.). */
const APPOSED = 40;

/** Longest item of a list of names (石川、富山、福井). */
const LIST_ITEM = 6;

/** A character of a name written in kanji or katakana. */
function isNameChar(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || c === 0x3005;
}

function isComma(c: number): boolean {
  return c === 0x3001 || c === 0xff0c || c === 0x2c || c === 0x3b || c === 0xff1b;
}

/** Offsets of the clause holding `start`…`end` within the line `lineStart`…`lineEnd`. */
export function clauseAround(text: string, lineStart: number, lineEnd: number, start: number, end: number): { start: number; end: number } {
  // the sentence
  let s = start;
  const sLimit = Math.max(lineStart, start - MAX_QUOTE);
  while (s > sLimit && !isSentenceEnd(text, s - 1)) s--;
  let e = end;
  const eLimit = Math.min(lineEnd, end + MAX_QUOTE);
  while (e < eLimit && !isSentenceEnd(text, e)) e++;
  // the piece between commas (a comma inside a number, 3,928, is not one)
  const commaAt = (k: number): boolean => {
    const c = text.charCodeAt(k);
    if (!isComma(c)) return false;
    if (c === 0x2c && /\d/.test(text.charAt(k - 1)) && /\d/.test(text.charAt(k + 1))) return false;
    return true;
  };
  let a = start;
  while (a > s && !commaAt(a - 1)) a--;
  // 石川、富山、福井、新潟4県: the commas of a list of names are no clause ends; the list is one noun.
  if (isNameChar(text.charCodeAt(a))) {
    for (;;) {
      if (a <= s || text.charCodeAt(a - 1) !== 0x3001) break;
      let k = a - 1;
      while (k > s && isNameChar(text.charCodeAt(k - 1)) && a - 1 - k < LIST_ITEM) k--;
      if (k === a - 1 || (k > s && !isComma(text.charCodeAt(k - 1)) && !isSentenceEnd(text, k - 1))) break;
      a = k;
    }
  }
  // Cesar Sayoc Jr., 56, of Aventura: a figure opening its piece stands in apposition to the
  // short piece before it (a name), which the quote keeps
  if (/^\s*$/.test(text.slice(a, start)) && a > s && text.charCodeAt(a - 1) === 0x2c /* , */) {
    let k = a - 1;
    while (k > s && !commaAt(k - 1)) k--;
    const piece = text.slice(k, a - 1).trim();
    if (piece.length <= APPOSED && /^[A-Z][\w.'’ -]*$/.test(piece)) a = k;
  }
  let b = end;
  while (b < e && !commaAt(b)) b++;
  const figure = end - start;
  // widen to the right first (the predicate follows in Japanese), then to the left
  while (b - a - figure < MIN_CONTEXT && (b < e || a > s)) {
    if (b < e) {
      b++;
      while (b < e && !commaAt(b)) b++;
    } else {
      a--;
      while (a > s && !commaAt(a - 1)) a--;
    }
  }
  // A long clause ends at the first predicate after the figure (日本人の7割以上が利用しているといわれている…).
  if (b - a > LONG_CLAUSE) {
    PREDICATE_RE.lastIndex = end;
    const predicate = PREDICATE_RE.exec(text);
    if (predicate && predicate.index < Math.min(b, end + 40)) {
      let cut = predicate.index + predicate[0].length;
      const hearsay = HEARSAY_RE.exec(text.slice(cut, cut + 12));
      if (hearsay) cut += hearsay[0].length;
      if (cut - a >= end - a + 4) b = Math.min(b, cut);
    }
  }
  // keep it short: cut around the figure when the clause is too long
  if (b - a > MAX_QUOTE) {
    const half = Math.floor((MAX_QUOTE - figure) / 2);
    a = Math.max(a, start - half);
    b = Math.min(b, end + (MAX_QUOTE - figure - (start - a)));
  }
  // trim white space and a dangling comma
  while (a < b && /[\s、，,]/.test(text.charAt(a))) a++;
  while (b > a && /\s/.test(text.charAt(b - 1))) b--;
  // never cut a surrogate pair
  if (a > 0 && isLowSurrogate(text.charCodeAt(a))) a--;
  if (b < text.length && isLowSurrogate(text.charCodeAt(b))) b++;
  return { start: a, end: b };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
