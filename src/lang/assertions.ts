/**
 * Assertions and denials of a fact, Japanese and English: the words that make a statement a
 * yes-or-no claim (流出は確認されていない, 情報は移転していない, no evidence that the data was
 * copied, confirmed that …). Each word has one polarity: `false` denies the proposition it
 * follows or governs, `true` asserts it, and a hedge asserts it only as possible.
 */

/** A polarity: what the statement says of its proposition. */
export type Polarity = 'true' | 'false' | 'possible';

/** One cue: its words and what it says of the proposition. */
export interface AssertionCue {
  readonly pattern: RegExp;
  readonly polarity: Polarity;
  /** Strong cues (確認されていない, no evidence) make a claim alone; weak ones (〜していた) need an object. */
  readonly strong: boolean;
}

/**
 * A Japanese verbal noun: the kanji (or katakana) compound a する-verb is made from (流出, 漏えい,
 * 移転, 不正アクセス, 保存). The proposition of a cue after it is that noun with its arguments.
 */
export const JA_VERBAL_NOUN = String.raw`(?:[\u3400-\u9fff々]{1,6}(?:[ぁ-ゖ][\u3400-\u9fff々]{1,3})?|[ァ-ヴー]{2,10})`;

/** Japanese cues, written after the proposition (its verbal noun, then the cue). */
export const JA_CUES: readonly AssertionCue[] = [
  // the event denied: 発生したということはございません, 発生したわけではない, 移転した事実はない
  { pattern: /(?:し|され)た(?:という)?(?:こと|わけ|事実|形跡|痕跡|証拠)(?:は|では|も)?(?:ない|なく|なかった|ありません|ございません|ありませんでした|見つかっていない|確認されていない)/, polarity: 'false', strong: true },
  // a finding denied: 流出は確認されていない, 不適切なアクセスは把握していない
  {
    pattern: /(?:は|が|も)?(?:確認されて(?:い|お)(?:ない|らず|ません)|確認されなかった|確認できて(?:い|お)(?:ない|らず|ません)|確認できなかった|見つかって(?:い|お)(?:ない|らず|ません)|見つからなかった|把握して(?:い|お)(?:ない|らず|ません)|認められ(?:ない|なかった))/,
    polarity: 'false',
    strong: true,
  },
  // the event negated: 移転していない, 流出していないものの, 漏えいはなかった
  { pattern: /(?:して(?:い|お)(?:ない|らず|ません|なかった)|されて(?:い|お)(?:ない|らず|ません|なかった)|しなかった|されなかった|(?:は|が)(?:なかった|ありません))/, polarity: 'false', strong: false },
  // a finding asserted: 流出が確認された, 不正アクセスが判明した
  { pattern: /(?:が|を)?(?:確認された|確認されました|確認した|判明した|判明しました|明らかになった|発覚した|認めた|認められた)/, polarity: 'true', strong: true },
  // the event presupposed: 流出した問題, 漏えいした事件
  { pattern: /(?:し|され)た(?:問題|事件|事案|件)/, polarity: 'true', strong: true },
  // possible only: 流出した可能性がある, 漏えいのおそれ
  { pattern: /(?:して(?:い)?た|されて(?:い)?た|した|された|の)?(?:可能性が(?:ある|高い|あります)|可能性(?:も|は)否定(?:でき|され)(?:ない|ず|ません)|おそれが(?:ある|あります)|恐れが(?:ある|あります)|疑いが(?:ある|あります))/, polarity: 'possible', strong: true },
  // a capability that stood: 閲覧可能な状態になっていた, アクセスできる状態にしていた, アクセスする権限を持っていた
  { pattern: /(?:が|は)?(?:可能な|できる)状態(?:に|と)?(?:なって|して)(?:い|お)た|(?:する|できる)権限を(?:持って|有して)(?:い|お)た/, polarity: 'true', strong: true },
  // the event reported as having happened: 私物のパソコンに保存していた
  { pattern: /(?:して|されて)いた(?:ことが(?:分かった|わかった|判明|明らかに))?/, polarity: 'true', strong: false },
];

/** One expression that finds whether a Japanese line holds any cue (most lines hold none). */
export const JA_CUES_ANY = new RegExp(JA_CUES.map((c) => c.pattern.source).join('|'), 'u');

/**
 * Verbal nouns that report speech or thought (発表, 説明, 指摘 …): a cue after one of them says
 * who spoke, not what happened, so it makes no yes-or-no claim of its own.
 */
export const JA_SPEECH_NOUNS: readonly string[] = [
  '発表', '説明', '指摘', '強調', '報告', '公表', '回答', '言及', '表明', '主張', '紹介', '報道', '取材', '確認', '検討', '予定', '期待',
  '懸念', '警戒', '注意', '要請', '要求', '依頼', '協議', '調整', '対応', '実施', '開始', '継続', '利用', '使用', '提供', '運営',
];

/** English cues before the proposition they govern (no evidence that the data was copied). */
export const EN_CUES_BEFORE: readonly AssertionCue[] = [
  { pattern: /\b(?:no|not\s+any|found\s+no|has\s+found\s+no|have\s+found\s+no|saw\s+no|there\s+(?:is|was)\s+no)\s+(?:evidence|indication|sign|signs|proof)\s+(?:that|of)\s+/, polarity: 'false', strong: true },
  { pattern: /\b(?:denied|denies|deny|rejected\s+claims)\s+(?:that\s+)?/, polarity: 'false', strong: true },
  { pattern: /\b(?:confirmed|confirms|admitted|admits|acknowledged|acknowledges)\s+(?:that\s+)?/, polarity: 'true', strong: true },
  { pattern: /\b(?:may|might|could)\s+have\s+(?:been\s+)?/, polarity: 'possible', strong: true },
];

/** One expression that finds whether an English line may hold a cue, a denial or a perfect. */
export const EN_CUES_ANY = /\b(?:no|not|n't|never|denied|denies|deny|rejected|confirmed|confirms|admitted|admits|acknowledged|acknowledges|may|might|could|had|have|has)\b|n't\b/iu;

/**
 * An English event denied in so many words (the data was not copied, no data was leaked, did not
 * leave the country): a negation, then the verb. The polarity is the negation's; events asserted
 * without a cue are not claims of this kind (every sentence asserts something).
 */
export const EN_DENIED_EVENT = String.raw`(?:no\s+(?:[a-z]+\s+){0,2}(?:was|were|has\s+been|had\s+been)\s+(?<p1>[a-z]+(?:ed|en)|sold|sent|found|held|kept|told|paid|made|lost|left|shut|hit)|(?:was|were|has|have|had)\s+not(?:\s+been)?\s+(?<p2>[a-z]+(?:ed|en)|sold|sent|found|held|kept|told|paid|made|lost|left|shut|hit)|(?:wasn't|weren't|hasn't|haven't|hadn't)(?:\s+been)?\s+(?<p3>[a-z]+(?:ed|en)|sold|sent|found|held|kept|told|paid|made|lost|left|shut|hit)|(?:did\s+not|didn't|never)\s+(?<p4>[a-z]+))\b`;

/**
 * An English event reported as having happened, in the perfect (some engineers had stored the
 * data on their own laptops): a finding only when nothing denies it; weak, as many perfects
 * only tell the story.
 */
export const EN_REPORTED_EVENT = String.raw`\b(?:had|have|has)\s+(?:been\s+)?(?<p5>[a-z]+(?:ed|en))\b`;

/** Words after a negation that state no event (did not say, was not immediately available, was not expected). */
export const EN_NOT_EVENTS: readonly string[] = [
  'say', 'said', 'comment', 'commented', 'respond', 'responded', 'return', 'returned', 'elaborate', 'specify', 'specified',
  'immediately', 'available', 'clear', 'known', 'able', 'aware', 'expected', 'likely', 'sure', 'the', 'a', 'an', 'only', 'yet',
  'asked', 'told', 'called', 'added', 'noted', 'stated', 'explained', 'announced', 'reported', 'claimed', 'argued', 'insisted',
  'warned', 'suggested', 'wanted', 'hoped', 'planned', 'decided', 'agreed', 'tried', 'seemed', 'appeared', 'become', 'been',
  'given', 'seen', 'happened', 'needed', 'used', 'served', 'worked', 'lived', 'described', 'named', 'spoken', 'written',
];
