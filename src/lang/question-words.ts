/**
 * Words of a subject's question that name no topic: question words, auxiliaries, articles,
 * pronouns and prepositions ("How many people were injured?" is about `injured`, not about
 * `how`, `many` or `were`), and the Japanese question forms (何人, いつ, どこ). What is left is
 * what a quote must also speak of for the question to fit it (`urazuke add`).
 */

/** English words that carry no topic in a question (lower case). */
export const QUESTION_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'how', 'many', 'much', 'what', 'when', 'where', 'which', 'who', 'whom', 'whose', 'why', 'whether',
  'did', 'does', 'do', 'done', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'by', 'for', 'from', 'with', 'into', 'about', 'over', 'under', 'after', 'before',
  'and', 'or', 'not', 'its', 'their', 'his', 'her', 'they', 'them', 'it', 'this', 'that', 'these', 'those', 'there', 'than',
  'total', 'number', 'count', 'figure', 'date', 'day', 'time', 'year', 'long', 'far', 'large', 'big', 'high', 'often',
  'according', 'said', 'say', 'says', 'reported', 'report',
  'least', 'most', 'more', 'less', 'fewer', 'nearly', 'almost', 'around', 'approximately', 'some', 'several',
]);

/** Japanese question forms: a run of letters beginning with one of these names no topic (何人, いつ頃). */
export const JAPANESE_QUESTION_HEADS: readonly string[] = ['何', 'いつ', 'どこ', 'どの', 'どれ', 'だれ', '誰', 'いくら', 'いくつ'];
