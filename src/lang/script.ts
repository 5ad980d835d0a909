/** Which script a text is written in, as far as telling English from Japanese needs. */

/**
 * True when the text is worth scanning as English: its Latin letters outnumber its Japanese
 * characters (kana and kanji) four to one. Digits, signs and spaces count for neither, so a short
 * English line full of numbers (The range is 2014-2018.) is English.
 */
export function looksEnglish(text: string, from = 0, to = text.length): boolean {
  let letters = 0;
  let japanese = 0;
  const end = Math.min(to, from + 400);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) letters++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) japanese++;
  }
  return letters > 0 && letters > japanese * 4;
}
