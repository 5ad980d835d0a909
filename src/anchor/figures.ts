import { NUMERAL_CLASS } from '../lang/numerals.js';
import { qualifierWords, wordPattern } from '../lang/qualifiers.js';

/**
 * Characters that write a figure: ASCII and full-width digits, kanji numerals and their formal
 * forms, and the scales written next to them (the one numeral table). An approximate match may
 * never change one.
 */
const FIGURE = new RegExp(NUMERAL_CLASS, 'u');

/** Characters that join the digits of one figure (8,600 · 3.2 · ８，６００). */
const JOINER = /[.,．，・]/u;

/**
 * Words that qualify a figure ("at least 32", "32回以上", "約3000人", "8月から"), from the one
 * qualifier table: changing one changes the figure's meaning as much as changing a digit. Words
 * in kanji or katakana of two characters or more count anywhere; one-character words and words in
 * hiragana count only next to a figure (約3000, 30人強, 8月から), so 計画, 強調 or a からの elsewhere
 * are ordinary words. Approximate matching folds white space away, so English words may run
 * together.
 */
const QUALIFIER = new RegExp(
  qualifierWords(() => true)
    .map((word) => {
      const pattern = wordPattern(word, '\\s*');
      // English date words (since, by, until) only count before digits: `in` and `on` are everywhere.
      if (word.language === 'en') return word.number === undefined ? `${pattern}(?=\\s*[0-9])` : pattern;
      const loose = word.written.length >= 2 && !/^[\u3040-\u309f]+$/u.test(word.written);
      if (loose) return pattern;
      return word.position === 'before' ? `${pattern}(?=${NUMERAL_CLASS})` : `(?<=${NUMERAL_CLASS}[^\\s]{0,2})${pattern}`;
    })
    .join('|'),
  'giu',
);

/** True when the character writes part of a figure. */
export function isFigureChar(char: string): boolean {
  return FIGURE.test(char);
}

/** True when the character is a figure character or joins two of them. */
export function isFigurePart(text: string, index: number): boolean {
  const char = text[index];
  if (char === undefined) return false;
  if (FIGURE.test(char)) return true;
  return JOINER.test(char) && FIGURE.test(text[index - 1] ?? '') && FIGURE.test(text[index + 1] ?? '');
}

/**
 * For each code unit of a text: 1 when it is part of a figure or of a word qualifying one, 0
 * otherwise. Edits that touch a marked unit are figure edits.
 */
export function figureMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) if (isFigurePart(text, i)) mask[i] = 1;
  for (const match of text.matchAll(QUALIFIER)) mask.fill(1, match.index, match.index + match[0].length);
  return mask;
}

/** One edit of an alignment: what one side has where the other has something else (or nothing). */
export interface Edit {
  /** Offset in the first text where the edit stands, and the span it replaces there. */
  readonly aStart: number;
  readonly aEnd: number;
  /** The same in the second text. */
  readonly bStart: number;
  readonly bEnd: number;
}

/**
 * True when an edit touches a figure in either text: it removes, inserts or replaces a figure
 * character or a qualifier, or stands right next to one (so 32 → 38, 32 → 320, 32 → 3.2,
 * 三十二 → 三十三, 以上 → 以下 and 少なくとも → あわせて all count).
 */
export function editTouchesFigure(aMask: Uint8Array, bMask: Uint8Array, edit: Edit): boolean {
  const touches = (mask: Uint8Array, start: number, end: number): boolean => {
    for (let i = start; i < end; i++) if (mask[i] === 1) return true;
    return mask[start - 1] === 1 || mask[end] === 1;
  };
  return touches(aMask, edit.aStart, edit.aEnd) || touches(bMask, edit.bStart, edit.bEnd);
}
