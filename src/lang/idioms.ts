/**
 * Words that contain a numeral but state no figure: 十分 (enough), 一時 (for a while), 一部
 * (a part), 第三者 (a third party), 三重県 (a prefecture), 一角, 二度と (never again), 一緒,
 * 一方, 唯一 … A kanji numeral inside one of these is not a figure. (Kanji numerals that are not
 * followed by a counter are not figures anyway; this list covers the ones that look counted:
 * 十分 has 分, 二度と has 度, 一人ひとり has 人.)
 */
export const IDIOMS: readonly string[] = [
  '十分', '十二分', '一時', '一部', '一角', '二度と', '一度も', '一度に', '一緒', '一方', '唯一', '統一', '同一', '均一', '画一',
  '一番', '一層', '一斉', '一切', '一旦', '一体', '一応', '一向', '一見', '一気', '一般', '一致', '一定', '一連', '一環',
  '一括', '一覧', '一律', '一概', '一貫', '一新', '一掃', '一転', '一段', '一目', '一員', '一流', '一生', '一人ひとり',
  '一人一人', '一人前', '一人勝ち', '一人暮らし', '一日も早く', '一日中', '一年中', '一刻', '一石二鳥', '一件落着', '一本化',
  '一枚岩', '一人っ子', '一戸建て', '一回り', '一つ一つ', '一つひとつ', '一環', '一助', '一因', '一例', '一手', '一面', '一挙',
  '一息', '一言', '一向に', '一筋', '一足', '一心', '一様', '一帯', '一家', '一族', '一同', '一行', '一味', '一理', '一抹',
  '一途', '一線', '一翼', '一端', '一策', '一存', '一幕', '一服', '一報', '一片', '一歩', '一気に', '一時的', '一時期',
  '万一', '万が一', '万全', '万能', '万博', '万歳', '千差万別', '百貨店', '百科', '八百屋', '再三', '三重', '四国', '九州',
  '千葉', '八王子', '八幡', '四日市', '十日町', '五輪', '四季', '二重', '二人三脚', '三菱', '三井', '一橋', '一宮', '六本木',
  '千代田', '二の次', '二の足', '二枚舌', '十中八九', '七夕', '八方', '四方', '百も承知', '一石', '第一人者', '一元', '二元',
  '三脚', '五分五分', '一丸', '一億総', '数十', '数百', '数千', '数万', '何十', '何百', '何千', '何万', '一昨年', '一昨日',
  '十字', '七五三', '三日坊主', '一人称', '二人称', '三人称', '一次', '二次', '三次', '一期一会', '一目瞭然', '一喜一憂',
];

const IDIOM_RE = new RegExp(
  [...IDIOMS].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'y',
);

/** Longest idiom is this long: how far back an idiom may start before a numeral. */
const MAX_BACK = Math.max(...IDIOMS.map((w) => w.length));

/**
 * True when the numeral at `start` (its figure running to `end`, counter included) in `text` is
 * part of an idiom rather than a figure: 十分, 一部, 数十人, 二度と. An idiom that begins with the
 * numeral gives way to a counter running past its end (一時間 is an hour, 一番目 the first; 一時
 * and 一番 alone stay idioms). 第 before a numeral is an ordinal's (see `units.ts`), read before.
 */
export function isIdiomAt(text: string, start: number, end: number): boolean {
  for (let from = Math.max(0, start - MAX_BACK + 1); from <= start; from++) {
    IDIOM_RE.lastIndex = from;
    const match = IDIOM_RE.exec(text);
    if (match && from + match[0].length > start && !(from === start && end > from + match[0].length)) return true;
  }
  return false;
}

/**
 * English words joined to a number that grade something rather than count it: a four-star
 * general, a five-star hotel. The number states no figure of the story.
 */
export const EN_GRADE_WORDS: ReadonlySet<string> = new Set(['star']);
