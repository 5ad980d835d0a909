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
  ja: ['訂正しました', '訂正した', '訂正', '実際には', '修正しました', '上方修正', '下方修正', 'に修正', 'に増えた', 'に増加', 'に減った', 'に拡大', 'に引き上げ', 'に引き下げ'],
  en: ['revised', 'corrected', 'correction', 'actually', 'rose to', 'risen to', 'climbed to', 'has grown to', 'increased to', 'updated', 'lowered to', 'raised to'],
};

/** Words that say a figure is what a source said first, before it was corrected (`当初`, `initially`). */
export const FIRST_WORDS: Readonly<Record<'ja' | 'en', readonly string[]>> = {
  ja: ['当初', '最初は', 'はじめは', '一時'],
  en: ['initially', 'originally', 'at first', 'first reported', 'earlier reported'],
};

/**
 * Where a text places its figure among a source's words said at one moment: −1 when it says the
 * figure was the first (`当初`), 1 when it says the figure corrects or updates (`訂正`, `rose to`),
 * 0 otherwise. English is compared in lower case, on word boundaries.
 */
export function revisionOrder(text: string): -1 | 0 | 1 {
  const lower = text.toLowerCase();
  const has = (words: Readonly<Record<'ja' | 'en', readonly string[]>>): boolean =>
    words.ja.some((w) => text.includes(w)) || words.en.some((w) => new RegExp(`\\b${w}\\b`).test(lower));
  return has(REVISION_WORDS) ? 1 : has(FIRST_WORDS) ? -1 : 0;
}
