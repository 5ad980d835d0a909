/**
 * Outlet names: the short forms bylines use (中日, 時事) and the hosts of source URLs
 * (www3.nhk.or.jp, jbpress.ismedia.jp) mapped to one canonical name per outlet, so that the same
 * outlet is one outlet wherever it is named.
 */

/** Spellings → canonical outlet name. Keys are compared after NFKC and lower-casing. */
const NAMES: Readonly<Record<string, string>> = {
  中日: '中日新聞', 中日新聞: '中日新聞', 中日新聞web: '中日新聞', 東京: '東京新聞', 東京新聞: '東京新聞',
  時事: '時事通信', 時事通信: '時事通信', 時事ドットコム: '時事通信', 'jiji.com': '時事通信', 'jiji press': '時事通信',
  朝日: '朝日新聞', 朝日新聞: '朝日新聞', 朝日新聞デジタル: '朝日新聞', asahi: '朝日新聞', 'the asahi shimbun': '朝日新聞', 'asahi shimbun': '朝日新聞',
  読売: '読売新聞', 読売新聞: '読売新聞', 読売新聞オンライン: '読売新聞', 'yomiuri online': '読売新聞', 'the yomiuri shimbun': '読売新聞',
  毎日: '毎日新聞', 毎日新聞: '毎日新聞', '毎日jp': '毎日新聞', 'the mainichi': '毎日新聞', mainichi: '毎日新聞',
  日経: '日本経済新聞', 日本経済新聞: '日本経済新聞', 日経新聞: '日本経済新聞', nikkei: '日本経済新聞', 'nikkei asia': 'Nikkei Asia',
  産経: '産経新聞', 産経新聞: '産経新聞', 'msn産経ニュース': '産経新聞', 共同: '共同通信', 共同通信: '共同通信', 'kyodo news': '共同通信', kyodo: '共同通信',
  'afp時事': 'AFP', 'afp=時事': 'AFP', 'epa時事': '時事通信', 聯合: '聯合ニュース',
  nhk: 'NHK', 'nhk news': 'NHK', 'nhkニュース': 'NHK', 'nhk world': 'NHK', jnn: 'JNN', tbs: 'TBS', 'tbs news': 'TBS',
  'impress.watch': 'Impress Watch', 'impress watch': 'Impress Watch', 'ケータイ watch': 'Impress Watch',
  環球時報: '環球時報', 'global times': 'Global Times', 'record china': 'Record China', レコードチャイナ: 'Record China',
  jbpress: 'JBpress', itmedia: 'ITmedia', 'itmedia news': 'ITmedia', reuters: 'Reuters', ロイター: 'Reuters',
  bloomberg: 'Bloomberg', ブルームバーグ: 'Bloomberg', ap: 'AP', 'associated press': 'AP', afp: 'AFP', bbc: 'BBC', cnn: 'CNN',
  'the japan times': 'The Japan Times', 'japan times': 'The Japan Times', 'the guardian': 'The Guardian', 'new york times': 'The New York Times',
  'the new york times': 'The New York Times', 'the wall street journal': 'The Wall Street Journal', 'financial times': 'Financial Times',
  'yahoo!ニュース': 'Yahoo!ニュース', 'goo ニュース': 'goo ニュース', 'gooニュース': 'goo ニュース', 聯合ニュース: '聯合ニュース',
  中央日報: '中央日報', 朝鮮日報: '朝鮮日報', 人民網: '人民網', 新華社: '新華社', サーチナ: 'サーチナ', 東洋経済: '東洋経済',
  北海道新聞: '北海道新聞', 西日本新聞: '西日本新聞', 神戸新聞: '神戸新聞', 京都新聞: '京都新聞', 河北新報: '河北新報',
  テレビ朝日: 'テレビ朝日', 日本テレビ: '日本テレビ', フジテレビ: 'フジテレビ', fnn: 'FNN', ann: 'ANN', nnn: 'NNN',
};

/** Hosts (a suffix match on the URL's host) → outlet. */
const HOSTS: ReadonlyArray<readonly [string, string]> = [
  ['nhk.or.jp', 'NHK'], ['nhk.jp', 'NHK'], ['jbpress.ismedia.jp', 'JBpress'], ['recordchina.co.jp', 'Record China'],
  ['asahi.com', '朝日新聞'], ['yomiuri.co.jp', '読売新聞'], ['mainichi.jp', '毎日新聞'], ['nikkei.com', '日本経済新聞'],
  ['asia.nikkei.com', 'Nikkei Asia'], ['sankei.com', '産経新聞'], ['jiji.com', '時事通信'], ['chunichi.co.jp', '中日新聞'],
  ['tokyo-np.co.jp', '東京新聞'], ['kyodonews.jp', '共同通信'], ['kyodonews.net', '共同通信'], ['news.tbs.co.jp', 'TBS'],
  ['newsdig.tbs.co.jp', 'TBS'], ['impress.co.jp', 'Impress Watch'], ['linecorp.com', 'LINE'], ['line.me', 'LINE'],
  ['news.goo.ne.jp', 'goo ニュース'], ['news.yahoo.co.jp', 'Yahoo!ニュース'], ['reuters.com', 'Reuters'],
  ['bloomberg.com', 'Bloomberg'], ['bloomberg.co.jp', 'Bloomberg'], ['bbc.co.uk', 'BBC'], ['bbc.com', 'BBC'],
  ['cnn.com', 'CNN'], ['apnews.com', 'AP'], ['afpbb.com', 'AFP'], ['afp.com', 'AFP'], ['japantimes.co.jp', 'The Japan Times'],
  ['globaltimes.cn', 'Global Times'], ['huanqiu.com', '環球時報'], ['itmedia.co.jp', 'ITmedia'], ['nytimes.com', 'The New York Times'],
  ['theguardian.com', 'The Guardian'], ['wsj.com', 'The Wall Street Journal'], ['ft.com', 'Financial Times'],
  ['fnn.jp', 'FNN'], ['news.tv-asahi.co.jp', 'テレビ朝日'], ['news.ntv.co.jp', '日本テレビ'], ['toyokeizai.net', '東洋経済'],
  ['yna.co.kr', '聯合ニュース'], ['joongang.co.kr', '中央日報'], ['chosun.com', '朝鮮日報'], ['people.com.cn', '人民網'],
  ['xinhuanet.com', '新華社'], ['searchina.net', 'サーチナ'],
];

function key(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

const NAME_KEYS = new Map(Object.entries(NAMES).map(([k, v]) => [key(k), v]));

/** The canonical name of an outlet as written (中日 → 中日新聞), or the name itself, trimmed. */
export function canonicalOutlet(name: string): string {
  const cached = canonicalCache.get(name);
  if (cached !== undefined) return cached;
  const trimmed = name.trim().replace(/^[\s・|｜/／]+|[\s・|｜/／:：]+$/g, '');
  const canonical = NAME_KEYS.get(key(trimmed)) ?? trimmed;
  if (canonicalCache.size > 10_000) canonicalCache.clear();
  canonicalCache.set(name, canonical);
  return canonical;
}

const canonicalCache = new Map<string, string>();

/** True when the name is one the table knows (an outlet rather than any noun). */
export function isKnownOutlet(name: string): boolean {
  return NAME_KEYS.has(key(name.trim())) || KNOWN_CANONICAL.has(name);
}

const KNOWN_CANONICAL = new Set(Object.values(NAMES));

/** Every known spelling, longest first, for finding outlet names in running text. */
export const OUTLET_SPELLINGS: readonly string[] = Object.keys(NAMES)
  .filter((k) => k.length >= 2 && !/^[a-z]{1,3}$/.test(k))
  .sort((a, b) => b.length - a.length);

/** The outlet a URL or bare host belongs to: from the host table, else the host without `www.`. */
export function outletOfUrl(url: string): string | undefined {
  const match = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/\s:?#"'”″]+)/i.exec(url.trim());
  if (!match) return undefined;
  const host = match[1]!.toLowerCase();
  if (!host.includes('.')) return undefined;
  for (const [suffix, outlet] of HOSTS) {
    if (host === suffix || host.endsWith(`.${suffix}`)) return outlet;
  }
  return host.replace(/^www\d*\./, '');
}

/** Names of media that end like one: …新聞, …時報, …通信, …テレビ, … Times, … News. */
const MEDIA_SUFFIX = /(?:新聞|時報|日報|新報|通信|通信社|テレビ|放送|放送局|ニュース|タイムズ|ポスト|ジャーナル|Times|News|Post|Journal|Press|Herald|Tribune|Telegraph|Gazette|Broadcasting)$/;
/** Media named only by kind (日本メディア, 一部報道, 海外メディア): not one outlet. */
const GENERIC_MEDIA = /^(?:日本|海外|中国|韓国|米国|米|欧米|外国|一部|複数|各|地元|国内|国外|大手|主要|現地|他|同)(?:の)?(?:メディア|報道|紙|各紙|新聞|テレビ|マスコミ|ニュース)$|^(?:メディア|マスコミ|報道|各紙|新聞各紙)$/;

/**
 * True when an inline source is a specific news outlet (朝日新聞, 環球時報, Kyodo News): a figure
 * it is credited with is that outlet's claim, with the page passing it on. A company, ministry or
 * person credited (LINE, 総務省) stays the origin at the end of the chain instead.
 */
export function isMediaOutlet(name: string): boolean {
  if (GENERIC_MEDIA.test(name)) return false;
  return NAME_KEYS.has(key(name)) || KNOWN_CANONICAL.has(name) || MEDIA_SUFFIX.test(name);
}
