/**
 * Locating constructions: the words that put something at a place, Japanese and English. A
 * place claim is a place joined to one of these (中国大連**の子会社**, ホーチミン市**に本社を置く**,
 * **headquartered in** Ho Chi Minh City); a place alone is not. `located` names what is located
 * when the construction does not (a `what` group in the pattern does).
 */

/** One construction: where it stands next to the place, its words, and whether it alone makes the claim. */
export interface Locating {
  readonly pattern: RegExp;
  /** What is located, when the pattern has no `what` group. */
  readonly located: string;
  /** Strong: the construction says "is at" outright (本社を置く, based in); weak: a place word next to a thing. */
  readonly strong: boolean;
  /** The construction names a place even when the gazetteer does not know it (based in Minato). */
  readonly namesAnyPlace?: boolean;
  /** Only a country may stand before it (中国企業: 大手企業 and 東京企業 are no claims). */
  readonly countryOnly?: boolean;
}

/** Things a Japanese text locates with `Xの…` (中国大連の子会社, 韓国のデータセンター). */
const JA_THINGS = [
  'グループ会社', '現地法人', '関連会社', '子会社', '親会社', '開発拠点', '開発会社', 'データセンター', 'サーバー', 'サーバ', '本社', '本部',
  '支社', '支店', '拠点', '企業', '会社', '工場', '施設', '法人', '事務所', 'オフィス', '委託先', '研究所', '業者', '技術者', '従業員',
  '社員', 'エンジニア', 'スタッフ',
];

/** Constructions that follow the place in Japanese. */
const JA_AFTER: readonly Locating[] = [
  { pattern: new RegExp(`の(?:[A-Za-zＡ-Ｚａ-ｚ]{1,6})?(?<what>${JA_THINGS.join('|')})`), located: '', strong: false },
  {
    pattern: /に(?<what>本社|本部|本店|拠点|本拠|工場|事務所|オフィス|データセンター|サーバー)(?:を|が)(?:置く|置き|置いて|置いた|構える|構え|持つ|持ち|ある|あり|あった|設け)/,
    located: '',
    strong: true,
  },
  { pattern: /(?:に|へ)(?<what>移転|移管|保管|保存|設置)/, located: '', strong: true },
  // 韓国にあるサーバー, サーバーは韓国にある
  { pattern: new RegExp(`に(?:ある|あった|置かれた|置かれている)(?<what>${JA_THINGS.join('|')})?`), located: '', strong: false },
  // 中国企業, 中国子会社: a country written straight before the thing
  { pattern: /(?<what>企業|子会社|関連会社|現地法人|拠点|工場)/, located: '', strong: false, countryOnly: true },
  { pattern: /で(?<what>管理|保管|保存)(?:され|して|する|し|の)/, located: '', strong: true },
  { pattern: /を(?:拠点|本拠)(?:と|に)/, located: '拠点', strong: true },
  { pattern: /(?:に|で)(?:暮らす|暮らして|住む|住んで)|在住の/, located: '住まい', strong: true },
  { pattern: /を震源と/, located: '震源', strong: true },
];

/** Constructions that stand before the place in Japanese (震源は石川県能登地方). */
const JA_BEFORE: readonly Locating[] = [{ pattern: /震源(?:地)?は/, located: '震源', strong: true }];

/** Constructions that stand before the place in English. */
const EN_BEFORE: readonly Locating[] = [
  { pattern: /\b(?<what>based|headquartered|located|situated|registered|incorporated)\s+(?:in|at)\s+/, located: '', strong: true, namesAnyPlace: true },
  {
    pattern: /\b(?<what>stored|kept|hosted|housed|held|saved|managed|processed)\s+(?:(?:on|at)\s+(?:(?:servers?|computers?|data\s+cent(?:er|re)s?)\s+))?in\s+/,
    located: '',
    strong: true,
  },
  { pattern: /\b(?<what>moved|transferred|relocated)\s+(?:[a-z]+\s+){0,2}?to\s+/, located: '', strong: true },
  {
    pattern: /\b(?<what>servers?|data\s+cent(?:er|re)s?|offices?|subsidiary|subsidiaries|affiliates?|company|contractors?|firm|factory|plant|facilit(?:y|ies)|headquarters|branch|operations|engineers|staff|employees|developers|technicians)\s+(?:located\s+|based\s+)?in\s+/,
    located: '',
    strong: false,
  },
  { pattern: /\bepicent(?:er|re)\s+(?:was\s+)?(?:located\s+)?(?:in|near|off)\s+/, located: 'epicenter', strong: true },
];

/** One expression over several constructions (their `what` groups made plain, as a name may be used once). */
function gate(list: readonly Locating[]): RegExp {
  return new RegExp(list.map((c) => c.pattern.source.replace(/\(\?<what>/g, '(?:')).join('|'), 'iu');
}

/** The Japanese constructions, and one expression that finds whether a line holds any. */
export const JA_LOCATING = { after: JA_AFTER, before: JA_BEFORE, any: gate([...JA_AFTER, ...JA_BEFORE]) } as const;

/** The English constructions, and one expression that finds whether a line holds any. */
export const EN_LOCATING = { before: EN_BEFORE, any: new RegExp(`${gate(EN_BEFORE).source}|-(?:based|headquartered)\\s`, 'iu') } as const;

/**
 * A place given as the point a distance is measured from, not as where a thing is: 穴水町の北東
 * 約42キロ, 30 miles north of Miami. What is located lies off the place, so the place is no answer.
 */
export const JA_OFFSET_AFTER = /^の?(?:[北南][東西]?|[東西][北南]?)(?:約|およそ|方向)?\s*[0-9０-９.．,，〇一二三四五六七八九十百千]+\s*(?:キロ|ｋｍ|km|メートル|ｍ|m|マイル)/u;
export const EN_OFFSET_BEFORE = /(?:miles?|kilometers?|kilometres?|km|meters?|metres?)\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ward)?\s+of\s+(?:the\s+)?$/iu;
