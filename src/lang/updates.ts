/**
 * Words that date a figure or say it replaces an earlier one, in Japanese and English, written
 * once. Breaking news gives the moment a count describes (`2日午後10時現在`, `午後11時時点で`,
 * `これまでに`, `as of 10 p.m.`, `as of Tuesday`, `so far`) and says when a figure corrects or
 * updates an earlier one (`訂正しました`, `上方修正`, `revised`, `the toll rose to`). The extractor
 * dates figures with the first; compare orders claims said at one moment with the second.
 */

/** Japanese words after a date or time that make it the moment the figure describes (`午後10時現在`, `2日時点で`). */
export const JA_AS_OF_AFTER: readonly string[] = ['現在', 'の時点で', '時点で', '時点', 'の段階で', '段階で'];

/** English words before a date or time that make it the moment the figure describes (`as of 10 p.m.`). */
export const EN_AS_OF_BEFORE: readonly string[] = ['as of', 'as at', 'as of late', 'current as of'];

/**
 * Words that say a figure is the count so far, at the moment the text is published, without
 * naming that moment (`これまでに`, `現時点で`, `so far`, `to date`).
 */
export const AS_OF_NOW: Readonly<Record<'ja' | 'en', readonly string[]>> = {
  ja: ['これまでに', 'これまでで', '現時点で', '現時点では', '今のところ', '現在までに'],
  en: ['so far', 'to date', 'as of now', 'as of this writing', 'at last count', 'thus far'],
};

/**
 * Words that say a figure corrects or updates an earlier one of the same source: a claim whose
 * quote holds one is the later of two said at one moment.
 */
export const REVISION_WORDS: Readonly<Record<'ja' | 'en', readonly string[]>> = {
  ja: ['訂正しました', '訂正した', '訂正', '修正しました', '上方修正', '下方修正', 'に修正', 'に増えた', 'に増加', 'に減った', 'に拡大', 'に引き上げ', 'に引き下げ'],
  en: ['revised', 'corrected', 'correction', 'rose to', 'risen to', 'climbed to', 'has grown to', 'increased to', 'updated', 'lowered to', 'raised to'],
};

/** True when the text holds a word of {@link REVISION_WORDS} (English compared in lower case). */
export function saysRevision(text: string): boolean {
  const lower = text.toLowerCase();
  return REVISION_WORDS.ja.some((w) => text.includes(w)) || REVISION_WORDS.en.some((w) => new RegExp(`\\b${w}\\b`).test(lower));
}
