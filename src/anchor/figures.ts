/**
 * Characters that write a figure: ASCII and full-width digits, kanji numerals and their formal
 * forms, and the scales written next to them. An approximate match may never change one.
 */
const FIGURE = /[0-9０-９〇零一二三四五六七八九十百千万萬億兆壱弐参拾]/u;

/** Characters that join the digits of one figure (8,600 · 3.2 · ８，６００). */
const JOINER = /[.,．，・]/u;

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
 * character, or stands right next to one (so 32 → 320, 32 → 3.2 and 三十二 → 三十三 all count).
 */
export function editTouchesFigure(a: string, b: string, edit: Edit): boolean {
  const touches = (text: string, start: number, end: number): boolean => {
    for (let i = start; i < end; i++) if (isFigurePart(text, i)) return true;
    return isFigurePart(text, start - 1) || isFigurePart(text, end);
  };
  return touches(a, edit.aStart, edit.aEnd) || touches(b, edit.bStart, edit.bEnd);
}
