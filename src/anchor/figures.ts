/** A character that writes part of a figure (source of the regular expressions below). */
const FIGURE_CLASS = '[0-9０-９〇零一二三四五六七八九十百千万萬億兆壱弐参拾]';

/**
 * Characters that write a figure: ASCII and full-width digits, kanji numerals and their formal
 * forms, and the scales written next to them. An approximate match may never change one.
 */
const FIGURE = new RegExp(FIGURE_CLASS, 'u');

/** Characters that join the digits of one figure (8,600 · 3.2 · ８，６００). */
const JOINER = /[.,．，・]/u;

/**
 * Words that qualify a figure ("at least 32", "32回以上", "約3000人"): changing one changes the
 * figure's meaning as much as changing a digit. One-character qualifiers count only next to a
 * figure (約3000, 30人強), so 計画 or 強調 are ordinary words.
 */
const QUALIFIER = new RegExp(
  [
    '以上', '以下', '未満', '少なくとも', '最大', '最小', '最低', '最高', '最多', '最少', 'おおよそ', 'およそ', 'あわせて', '合わせて',
    '延べ', 'ほぼ', '前後', '程度', '近く', 'あまり', '足らず', '弱い',
    `[約計超](?=${FIGURE_CLASS})`, `(?<=${FIGURE_CLASS}[^\\s]?)(?:強|弱|超|余り?)`,
    // Approximate matching folds white space away, so the English words may run together.
    ...['at least', 'at most', 'more than', 'less than', 'fewer than', 'up to', 'about', 'around', 'approximately', 'nearly', 'roughly', 'over', 'under', 'in total'].map(
      (words) => words.replace(/ /g, '\\s*'),
    ),
  ].join('|'),
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
