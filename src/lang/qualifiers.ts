/**
 * The qualifier table: the words around a figure that say how exact it is, in Japanese and
 * English, each with one meaning. 少なくとも三十二回 and 32回以上 are at least 32; 約3000人 and
 * about 3,000 are about 3,000; あわせて32回 is 32 in total. The same word after a date bounds the
 * date (2021年6月まで = by the end of June). The extractor's scanner, compare's reading of claim
 * values and anchor's figure mask are all built from this one table.
 *
 * Meanings of the words after a date, decided once: 以降 and 以後 are inclusive (`{from}`); まで,
 * までに, 以前 close the end inclusively (`{to}`); より前 and 前 are strict (`{before}`), より後 and
 * 後 too (`{after}`), and の前, の後 with them; またはその前 (or before it) closes the end
 * inclusively like まで, またはその後 opens it like 以降; a lone から, より, 以来 (and English
 * since, from, starting, dating back to) name the date something began: the date itself; ごろ, 頃, around name the
 * date itself.
 */

/** How a qualifier bounds a number. */
export type NumberBound = 'exact' | 'min' | 'max' | 'gt' | 'lt' | 'approx';

/** How a qualifier bounds a date. */
export type DateBound = 'from' | 'to' | 'before' | 'after' | 'at' | 'since';

/** One qualifier word. */
export interface QualifierWord {
  readonly written: string;
  readonly language: 'ja' | 'en';
  /** Written before the figure (少なくとも, at least) or after it (以上, or more). */
  readonly position: 'before' | 'after';
  /** Its meaning before or after a number; undefined when it only qualifies dates. */
  readonly number?: NumberBound;
  /** Its meaning around a date; undefined when it only qualifies numbers. */
  readonly date?: DateBound;
  /** A total (計, 合わせて, in total): exact, but worth saying. */
  readonly total?: boolean;
}

type Row = readonly [written: string, number: NumberBound | undefined, date?: DateBound | undefined, total?: boolean];

const JA_BEFORE: readonly Row[] = [
  ['少なくとも', 'min'], ['すくなくとも', 'min'], ['最低でも', 'min'], ['最低', 'min'], ['最少でも', 'min'],
  ['最大で', 'max'], ['最大', 'max'], ['多くて', 'max'], ['最多で', 'max'], ['最多', 'max'], ['多くとも', 'max'], ['上限', 'max'],
  ['約', 'approx'], ['およそ', 'approx'], ['凡そ', 'approx'], ['おおよそ', 'approx'], ['ほぼ', 'approx'], ['概ね', 'approx'],
  ['おおむね', 'approx'], ['大体', 'approx'], ['だいたい', 'approx'], ['推定', 'approx'], ['実に', 'exact'], ['ちょうど', 'exact'],
  ['合わせて', 'exact', undefined, true], ['あわせて', 'exact', undefined, true], ['併せて', 'exact', undefined, true],
  ['合計で', 'exact', undefined, true], ['合計', 'exact', undefined, true], ['総計', 'exact', undefined, true],
  ['累計で', 'exact', undefined, true], ['累計', 'exact', undefined, true], ['全部で', 'exact', undefined, true],
  ['全体で', 'exact', undefined, true], ['延べ', 'exact', undefined, true], ['計', 'exact', undefined, true], ['総数', 'exact', undefined, true],
];

const JA_AFTER: readonly Row[] = [
  ['以上', 'min'], ['を超える', 'gt'], ['を超え', 'gt'], ['を上回る', 'gt'], ['超え', 'gt'], ['超', 'gt'], ['余り', 'gt'],
  ['あまり', 'gt'], ['余', 'gt'], ['強', 'gt'], ['未満', 'lt'], ['足らず', 'lt'], ['弱', 'lt'], ['を下回る', 'lt'],
  ['以下', 'max'], ['以内', 'max'], ['まで', 'max', 'to'], ['までに', undefined, 'to'], ['前後', 'approx', 'at'], ['程度', 'approx'], ['ほど', 'approx'],
  ['近く', 'approx'], ['付近', 'approx'], ['くらい', 'approx', 'at'], ['ぐらい', 'approx', 'at'], ['ばかり', 'approx'], ['ごろ', 'approx', 'at'], ['頃', 'approx', 'at'],
  ['ころ', undefined, 'at'], ['から', 'min', 'since'], ['より', undefined, 'since'], ['以来', undefined, 'since'],
  ['以降', 'min', 'from'], ['以後', 'min', 'from'], ['以前', 'max', 'to'],
  ['より前', undefined, 'before'], ['前', undefined, 'before'], ['より後', undefined, 'after'], ['後', undefined, 'after'],
  ['に上る', 'exact'], ['にのぼる', 'exact'],
  ['より大きい', 'gt'], ['より大きく', 'gt'], ['より多い', 'gt'], ['より多く', 'gt'], ['を上回り', 'gt'],
  ['より小さい', 'lt'], ['より小さく', 'lt'], ['より少ない', 'lt'], ['より少なく', 'lt'], ['を下回り', 'lt'],
  ['より高い', 'gt'], ['より高く', 'gt'], ['より低い', 'lt'], ['より低く', 'lt'], ['大なり', 'gt'], ['小なり', 'lt'],
  ['より小さいか等しい', 'max'], ['より大きいか等しい', 'min'], ['以下に等しい', 'max'], ['に等しい', 'exact'],
  ['もしくはそれ以上', 'min'], ['またはそれ以上', 'min'], ['かそれ以上', 'min'], ['もしくはそれ以下', 'max'], ['またはそれ以下', 'max'], ['かそれ以下', 'max'],
  ['を超す', 'gt'], ['超す', 'gt'],
  ['の前', undefined, 'before'], ['の後', undefined, 'after'], ['の後から', undefined, 'after'],
  ['またはその前', undefined, 'to'], ['またはそれ以前', undefined, 'to'], ['及びその前', undefined, 'to'], ['およびその前', undefined, 'to'], ['とその前', undefined, 'to'],
  ['またはその後', undefined, 'from'], ['またはそれ以降', undefined, 'from'], ['またはそれ以後', undefined, 'from'], ['及びその後', undefined, 'from'],
  ['およびその後', undefined, 'from'], ['とその後', undefined, 'from'],
];

const EN_BEFORE: readonly Row[] = [
  ['at least', 'min'], ['min.', 'min'], ['max.', 'max'], ['no fewer than', 'min'], ['no less than', 'min'], ['a minimum of', 'min'], ['minimum of', 'min'], ['not less than', 'min'],
  ['more than', 'gt'], ['over', 'gt'], ['above', 'gt'], ['upwards of', 'gt'], ['in excess of', 'gt'], ['greater than', 'gt', 'after'], ['exceeding', 'gt'],
  ['about', 'approx', 'at'], ['around', 'approx', 'at'], ['approximately', 'approx', 'at'], ['approx.', 'approx'], ['roughly', 'approx'], ['some', 'approx'],
  ['nearly', 'approx'], ['almost', 'approx'], ['close to', 'approx'], ['an estimated', 'approx'], ['estimated', 'approx'], ['circa', 'approx', 'at'],
  ['ca.', 'approx', 'at'], ['c.', 'approx', 'at'], ['~', 'approx'],
  ['up to', 'max', 'to'], ['as many as', 'max'], ['at most', 'max'], ['no more than', 'max'], ['a maximum of', 'max'], ['maximum of', 'max'], ['not more than', 'max'],
  ['fewer than', 'lt'], ['less than', 'lt'], ['under', 'lt'], ['below', 'lt'], ['smaller than', 'lt'], ['lower than', 'lt'],
  ['larger than', 'gt'], ['bigger than', 'gt'], ['higher than', 'gt'],
  ['topped', 'gt'], ['topping', 'gt'], ['exceeded', 'gt'], ['surpassed', 'gt'],
  ['dating back to', undefined, 'since'], ['dates back to', undefined, 'since'], ['going back to', undefined, 'since'], ['as far back as', undefined, 'since'],
  ['equal to or more than', 'min'], ['equal to or greater than', 'min'], ['equal to or higher than', 'min'], ['greater than or equal to', 'min'],
  ['more than or equal to', 'min'], ['equal to or less than', 'max'], ['equal to or fewer than', 'max'], ['equal to or lower than', 'max'],
  ['less than or equal to', 'max'], ['fewer than or equal to', 'max'], ['no greater than', 'max'], ['not exceeding', 'max'], ['no higher than', 'max'],
  ['less or equal than', 'max'], ['smaller or equal than', 'max'], ['lower or equal than', 'max'], ['fewer or equal than', 'max'],
  ['more or equal than', 'min'], ['greater or equal than', 'min'], ['bigger or equal than', 'min'], ['higher or equal than', 'min'], ['larger or equal than', 'min'],
  ['at least or equal to', 'min'], ['at most or equal to', 'max'],
  ['equal to', 'exact'], ['>=', 'min'], ['≥', 'min'], ['=>', 'min'], ['<=', 'max'], ['≤', 'max'], ['=<', 'max'], ['>', 'gt'], ['<', 'lt'],
  ['a total of', 'exact', undefined, true], ['total of', 'exact', undefined, true], ['in total', 'exact', undefined, true], ['a combined', 'exact', undefined, true],
  ['exactly', 'exact'],
  ['since', undefined, 'since'], ['from', undefined, 'since'], ['starting', undefined, 'since'], ['beginning', undefined, 'since'],
  ['until', undefined, 'to'], ['till', undefined, 'to'], ['through', undefined, 'to'], ['by', undefined, 'to'],
  ['before', undefined, 'before'], ['prior to', undefined, 'before'], ['after', undefined, 'after'],
  ['no later than', undefined, 'to'], ['not later than', undefined, 'to'], ['as late as', undefined, 'to'], ['later than', undefined, 'after'],
  ['no earlier than', undefined, 'from'], ['not earlier than', undefined, 'from'], ['as early as', undefined, 'from'], ['earlier than', undefined, 'before'],
  ['starting on', undefined, 'since'], ['starting from', undefined, 'since'], ['beginning on', undefined, 'since'],
  ['as of', undefined, 'at'], ['in', undefined, 'at'], ['on', undefined, 'at'], ['during', undefined, 'at'],
];

const EN_AFTER: readonly Row[] = [
  ['or more', 'min'], ['or above', 'min'], ['and above', 'min'], ['and more', 'min'], ['or over', 'min'], ['plus', 'min'], ['+', 'min'],
  ['or less', 'max'], ['or fewer', 'max'], ['or below', 'max'], ['or lower', 'max'], ['or smaller', 'max'], ['or under', 'max'],
  ['or greater', 'min', 'from'], ['and greater', 'min', 'from'], ['or higher', 'min'], ['or larger', 'min'], ['or bigger', 'min'], ['at most', 'max'], ['at least', 'min'],
  ['in total', 'exact', undefined, true], ['in all', 'exact', undefined, true], ['altogether', 'exact', undefined, true],
  ['or so', 'approx'], ['or later', undefined, 'from'], ['or earlier', undefined, 'to'],
  ['and later', undefined, 'from'], ['and after', undefined, 'from'], ['or after', undefined, 'from'], ['onwards', undefined, 'from'], ['onward', undefined, 'from'],
  ['and beyond', undefined, 'from'], ['or before', undefined, 'to'], ['and before', undefined, 'to'], ['and earlier', undefined, 'to'],
];

function words(rows: readonly Row[], language: 'ja' | 'en', position: 'before' | 'after'): QualifierWord[] {
  return rows.map(([written, number, date, total]) => ({
    written,
    language,
    position,
    ...(number ? { number } : {}),
    ...(date ? { date } : {}),
    ...(total ? { total } : {}),
  }));
}

/**
 * Superlatives that bound a figure written right after them (最大7メートル = up to 7 metres,
 * 最低でも3人) but make one noun with a measure named right after them: 最大震度 is the highest
 * intensity, 最大マグニチュード the largest magnitude, 最低気温 the lowest temperature, so the
 * figure after that noun is the value of the highest, exact (最大震度7 = an intensity of 7).
 */
export const JA_SUPERLATIVES: readonly string[] = ['最大', '最多', '最低', '最少'];

/**
 * Words before a comparative that it compares instead of the figure: the figure then names an
 * amount exactly (refused anything less than $5 billion: the demand is $5 billion; nothing more
 * than 10 people). A comparative before `the` compares something else with a figure the text
 * names as a thing (more than the $5 billion he asked for): the figure is exact there too.
 */
export const EN_COMPARED_PRONOUNS: readonly string[] = ['anything', 'nothing', 'something', 'everything', 'anyone', 'anybody', 'nobody', 'no one', 'none'];

/** Every qualifier word, longest first. */
export const QUALIFIER_TABLE: readonly QualifierWord[] = [
  ...words(JA_BEFORE, 'ja', 'before'),
  ...words(JA_AFTER, 'ja', 'after'),
  ...words(EN_BEFORE, 'en', 'before'),
  ...words(EN_AFTER, 'en', 'after'),
].sort((a, b) => b.written.length - a.written.length);

/** The words of the table that match a filter, longest first. */
export function qualifierWords(filter: (word: QualifierWord) => boolean): readonly QualifierWord[] {
  return QUALIFIER_TABLE.filter(filter);
}

/** A word as a regular-expression source: escaped, with English white space matching any run. */
export function wordPattern(word: QualifierWord, spaces = '\\s+'): string {
  const escaped = word.written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return word.language === 'en' ? escaped.replace(/ /g, spaces) : escaped;
}

/**
 * Hedges: words that say a figure is not certain (8人か, 死者は8人とみられる, reportedly 8, an
 * estimated 3,000, believed to be 8). A hedged figure is kept with its hedge, read as about that
 * figure (never as exact) and proposed with a lower confidence.
 */
export const HEDGES: { readonly ja: { readonly after: readonly string[] }; readonly en: { readonly before: readonly string[]; readonly after: readonly string[] } } = {
  ja: {
    after: ['とみられる', 'とみられ', 'と見られる', 'と見られ', 'とみている', 'と推定', 'と推計', 'とされる', 'の見込み', 'の見通し', 'の可能性', 'と予想', 'もよう', '模様', 'といわれ', 'と言われ', 'か'],
  },
  en: {
    before: ['reportedly', 'an estimated', 'estimated', 'possibly', 'perhaps', 'believed to be', 'thought to be', 'said to be', 'an expected', 'projected'],
    after: ['reportedly', 'according to estimates', 'by some estimates'],
  },
};

/**
 * Words that call a figure wrong: 震度7は「誤り」, 7人としたのは誤り; falsely claimed 3 million. The
 * figure is the one taken back, not anyone's claim; the figure put in its place is.
 */
export const RETRACTIONS: { readonly ja: { readonly after: readonly string[] }; readonly en: { readonly before: readonly string[]; readonly saying: readonly string[] } } = {
  ja: { after: ['誤り', '誤報', '間違い', '事実ではな', '事実と異な'] },
  en: {
    before: ['falsely', 'erroneously', 'wrongly', 'mistakenly', 'incorrectly', 'inaccurately'],
    // the verbs of saying the word must qualify: falsely claimed, wrongly reported
    saying: ['claimed', 'claims', 'said', 'says', 'stated', 'reported', 'announced', 'asserted', 'suggested', 'told', 'tweeted', 'wrote', 'put', 'listed', 'gave'],
  },
};

/** Verbs of continuing between `and` and the word that ends a span (in 2009 and continuing through 2016). */
export const EN_SPAN_CONTINUATIONS: readonly string[] = ['continuing', 'running', 'lasting', 'extending', 'stretching', 'going'];

/** Words and signs that join the two ends of a range (30〜40人, 20 to 30, 20 through 100, 1,000-2,000). */
export const RANGE_JOINERS = { signs: ['〜', '~', '～', '–', '—'], en: ['to', 'through', 'thru'], ja: ['から'] } as const;

/** Words that may join the two bounds of one figure (20歳以上65歳未満, 20より大きいが35以下, more than 100 and less than 300). */
export const BOUND_JOINERS: readonly string[] = ['、', ',', '，', 'で', 'が', 'かつ', 'and', 'but'];

/** A regular expression source matching what may stand between two bounds: nothing or one joining word. */
export const BOUND_JOIN = `\\s*(?:${BOUND_JOINERS.join('|')})?\\s*`;

/** A qualifier as written, folded for lookup in a {@link qualifierReader}'s map (case, runs of spaces). */
export function foldQualifier(written: string): string {
  return written.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * One expression over the words `pick` keeps, for one position (`^word` before a value, `word$`
 * after it), longest first, English words ending at a word boundary (`over` is not `overall`),
 * and the meaning of each word by its folded spelling. What a claim value's qualifier means is read
 * through it, for numbers and for dates alike.
 */
export function qualifierReader<M>(
  position: 'before' | 'after',
  meaning: (word: QualifierWord) => M | undefined,
  spaceAfterBefore = '\\s*',
): { readonly pattern: RegExp; readonly meanings: ReadonlyMap<string, M> } {
  const words = QUALIFIER_TABLE.filter((w) => w.position === position && meaning(w) !== undefined);
  const alternation = words.map((w) => wordPattern(w) + (w.language === 'en' && /[a-z]$/i.test(w.written) ? '(?![a-z])' : '')).join('|');
  const pattern = position === 'before' ? new RegExp(`^(${alternation})${spaceAfterBefore}`, 'i') : new RegExp(`\\s*(${alternation})$`, 'i');
  return { pattern, meanings: new Map(words.map((w) => [foldQualifier(w.written), meaning(w)!])) };
}
