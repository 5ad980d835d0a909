/**
 * Noise: the parts of a web capture that are not reporting — menus and link lists, rankings and
 * "click here" banners, sponsor blocks, page-view counters (閲覧数3,928), comment counters,
 * forms. Each line gets a noise score (0 prose … 1 certainly noise); a figure on a noisy line,
 * or right after a counter word, gets a confidence below 0.5.
 */

/** A line that starts a zone of links or widgets (sidebars, menus, link lists). */
export const NOISE_ZONE_START =
  /^(?:MENU|メニュー|カテゴリー?|Categories|リンク|Links|最新(?:コメント|記事|の投稿|トラックバック)|Recent (?:Posts|Comments)|関連(?:記事|リンク|ニュース)|Related(?: (?:articles|posts|stories))?|人気(?:記事|の投稿)|Popular(?: posts)?|アーカイブ|Archives?|タグ(?:クラウド)?|Tags|プロフィール|Profile|ブログランキング|ランキング|Ranking|月別アーカイブ|検索|サイト内(?:を)?(?:キーワード|検索).*|お問い合わせ|おすすめ(?:記事)?|Recommended|Read (?:more|next)|Trending|Most (?:read|popular))\s*$/i;

/** Lines that are forms under a comment section: they end it. */
const COMMENT_FORM_RE = /^(?:コメントを(?:残す|書く|投稿)|コメントの投稿|Leave a (?:Reply|Comment)|Post a comment|メールアドレスが公開されることはありません|トラックバック|Trackback)/i;

/** True for the line that opens a comment form (コメントを残す, Leave a Reply). */
export function isCommentFormLine(body: string): boolean {
  return COMMENT_FORM_RE.test(body);
}

/** Words of counters, rankings, clicks, ads and sharing. */
const COUNTER_WORDS = /閲覧数|訪問者数|訪問数|アクセス数|PV数?|ページビュー|ユニークユーザー|フォロワー|いいね|シェア数|ブックマーク|はてブ|ランキング|クリック|ポチ|応援(?:よろしく|お願い)|Trackback|トラックバック|コメント\s*[（(]\s*\d*\s*[)）]|page ?views?|\bvisitors\b|\bfollowers\b|click here/i;
const SPONSOR_WORDS = /^(?:スポンサー(?:ドリンク|リンク)|広告|PR|Sponsored|Advertisement|AD)$|スポンサー(?:ドリンク|リンク)|提供[:：]|Sponsored by/i;
const NAV_RE = /(?:\||｜).*(?:HOME|ホーム|トップ|TOP)|(?:HOME|ホーム|トップ|TOP)\s*(?:\||｜)|[≪«].*[≫»]|^(?:前の記事|次の記事|Previous|Next)\b/i;
/** The blog's own traffic: 毎日1000件以上のアクセスがある…ブログ. */
const SELF_TRAFFIC_RE = /(?:ブログ|サイト|当ブログ|このブログ|本ブログ|blog).*(?:アクセス|閲覧|訪問|PV)|(?:アクセス|閲覧|訪問|PV).*(?:ブログ|blog)/i;

/** Noise score of a line (0 … 1). */
export function lineNoise(body: string): number {
  if (body.length < 40 && SPONSOR_WORDS.test(body)) return 0.95;
  if (NAV_HINT.test(body) && NAV_RE.test(body)) return 0.9;
  if (COUNTER_WORDS.test(body)) return 0.85;
  if (TRAFFIC_HINT.test(body) && SELF_TRAFFIC_RE.test(body) && (SELF_REFERENCE.test(body) || SITE_DESCRIPTION.test(body))) return 0.85;
  if (body.length <= 60 && FURNITURE_LINE.test(body)) return 0.9;
  if (body.length <= 200 && CAPTION_HINT.test(body) && CAPTION_LINE.test(body)) return 0.8;
  if (body.charCodeAt(0) === 0x23 && /^(?:#\S+\s*){2,}$/.test(body)) return 0.8; // hashtag lists
  return 0;
}

/** A page speaking of itself: this blog, our site (its own traffic is no claim). */
const SELF_REFERENCE = /(?:当|この|本|私の|うちの|わたしの|our |this |my )(?:ブログ|サイト|blog|site)/i;

/** A line that describes a site (it ends in the site itself: …の閲覧がある情報ブログ), not a sentence about events. */
const SITE_DESCRIPTION = /(?:アクセス|閲覧|訪問|PV|visits|views)[^。.!?！？]*(?:ブログ|サイト|blog|site|メディア)(?:です|だ)?(?:[。.！!]|$)/i;

/**
 * Lines of page furniture by their form: a reading time (3 min read, 5分で読めます), a share,
 * like or comment counter (Share 24, 12 comments, いいね 5), a gallery position (1 / 2), a
 * photo caption stamped with a time (…＝2日午後6時34分) or closed by its credit (…＝…で、X撮影;
 * （1日午後6時51分、東京都千代田区で）), tags with counts (地震 (12) 津波 (4)), a link labelled by
 * its kind (【写真特集】…, 【能登震度7・写真特集】…).
 */
const FURNITURE_LINE = new RegExp(
  [
    String.raw`^(?:約\s*)?\d+\s*分で読め(?:ます|る)$|^読了(?:時間|目安)?\s*[:：]?\s*(?:約\s*)?\d+\s*分$|^\d+\s*min(?:ute)?s?\.?\s+read$|^(?:Reading|Read)\s+time\s*[:：]?\s*\d+\s*min(?:ute)?s?$`,
    String.raw`^(?:Share|Shares|Likes?|Comments?|Tweets?|Reposts?|いいね！?|シェア|ツイート|コメント|ブックマーク|はてブ)\s*[:：]?\s*\d[\d,.]*[kK万]?$`,
    String.raw`^\d[\d,.]*[kK万]?\s*(?:shares?|likes?|comments?|views?|reads?|件のコメント|コメント|いいね|シェア|ブックマーク|users?)$`,
    String.raw`^\d{1,3}\s*[/／]\s*\d{1,3}$`,
    String.raw`^(?:(?:タグ|Tags?)\s*[:：]\s*)?(?:[^\s()（）]{1,20}\s*[（(]\d+[)）]\s*){2,}$`,
    // a link to a photo, video or related story labelled by its kind: 【写真特集】…, 【動画】…, [Photos] …
    String.raw`^[【\[［][^】\]］]{0,12}?(?:写真|動画|画像|図解|グラフ|関連(?:記事|ニュース)?|特集|Photos?|Videos?|Gallery|Related)[^】\]］]{0,6}[】\]］][^。.!?！？]{0,50}$`,
  ].join('|'),
  'i',
);

/**
 * Photo captions, which may run longer than a furniture line: stamped with a time
 * (…＝2日午後2時21分（共同通信社ヘリから）), closed by a credit (…＝富山県入善町で2024年1月1日午後4時半、
 * X撮影) or by the time and place in brackets (（1日午後6時51分、東京都千代田区で）).
 */
const CAPTION_LINE = new RegExp(
  [
    String.raw`[＝=]\s*(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?(?:午前|午後)?[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分|半)?(?:ごろ)?(?:[、（(][^、。]{1,24})?[）)]?$`,
    // a photo credit closing a caption: …＝富山県入善町で2024年1月1日午後4時半、記者名撮影; （1日午後6時51分、東京都千代田区で）
    String.raw`[＝=][^＝=。]{0,60}(?:撮影|提供)[）)]?$`,
    String.raw`[（(](?:[0-9０-９]{1,2}日)?(?:午前|午後)?[0-9０-９]{1,2}時(?:[0-9０-９]{1,2}分|半)?(?:ごろ)?[、,][^（）()。]{1,30}で[）)]?$`,
  ].join('|'),
);

/** Cheap tests that must pass before the costlier ones are tried. */
const CAPTION_HINT = /[＝=][^＝=]*$|[（(][^（(]*で[）)]?$/;
const NAV_HINT = /[|｜≪«]|^(?:前の記事|次の記事|Previous|Next)/;
const TRAFFIC_HINT = /ブログ|blog/i;

/** Counter words right before a figure (閲覧数3,928): noise even on a line of prose. */
const COUNTER_BEFORE_RE = /(?:閲覧数|訪問者数|訪問数|アクセス数|PV|ページビュー|フォロワー|いいね|コメント|ランキング|順位)\s*[:：]?\s*[「『(（]?\s*$/i;

/** Noise score of a figure at `start` on its line, from the words just before it. */
export function figureNoise(text: string, start: number, lineStart: number): number {
  const back = text.slice(Math.max(lineStart, start - 10), start);
  return COUNTER_BEFORE_RE.test(back) ? 0.9 : 0;
}

/**
 * Text that holds digits and is no figure: addresses (`https://…/a%28b%29`, `www.…`, e-mail),
 * telephone numbers (`03-1234-5678`, `(03) 1234-5678`, `555-123-4567`) and identifiers made of
 * three or more groups of digits joined by hyphens (`133-03-03-2020`). A figure inside one is
 * never proposed. A day, month and year with hyphens (`21-04-2016`) is a date, not a telephone number.
 */
/** A day, month and four-digit year with hyphens (21-04-2016, 02-02-2020): a date, not a telephone number. */
const HYPHEN_DATE = String.raw`(?![0-3]?\d[-‐－][0-3]?\d[-‐－](?:1[89]|2[01])\d\d(?![\d.,]|[-‐－]\d))`;
const NOT_FIGURES = new RegExp(
  [
    String.raw`(?:https?:\/\/|www\.)[^\s\u3000-\u30ff\u4e00-\u9fff「」『』（）()<>"]+`,
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    String.raw`(?<![\d.,])${HYPHEN_DATE}(?:\(\d{2,5}\)\s?|\d{2,5}[-‐－]\s?)\d{1,4}[-‐－]\d{3,4}(?![\d.,])`,
    String.raw`(?<![\d.,])\d+(?:[-‐－]\d+){3,}(?![\d.,])`,
    String.raw`(?<![\d.,])${HYPHEN_DATE}(?:\+|0)\d{1,4}(?:[-‐－\s]\d{1,4}){2,}(?![\d.,])`,
  ].join('|'),
  'gu',
);

/** Cheap test before {@link NOT_FIGURES}: a line without any of these has no such span. */
const NOT_FIGURES_HINT = /:\/\/|www\.|@|\d[-‐－]\d|\(\d/;

/** The spans `[start, end)` of a line's text that are addresses, telephone numbers or identifiers. */
export function notFigureSpans(text: string, from: number, to: number): Array<readonly [number, number]> {
  const line = text.slice(from, to);
  if (!NOT_FIGURES_HINT.test(line)) return [];
  const spans: Array<readonly [number, number]> = [];
  for (const m of line.matchAll(NOT_FIGURES)) spans.push([from + m.index, from + m.index + m[0].length]);
  return spans;
}
