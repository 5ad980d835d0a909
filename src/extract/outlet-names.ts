/**
 * The outlets urazuke knows out of the box: spellings bylines and credits use (中日, 時事, Kyodo
 * News) mapped to one canonical name per outlet, and the hosts of their addresses. Data only: a
 * repository adds its own in `seeds/outlets.yaml` (see `outlets.ts`); a page's own publisher is
 * read from its structure first (`publisher.ts`), never only from this list.
 */

/** Spellings → canonical outlet name. Keys are compared after NFKC and lower-casing. */
export const OUTLET_NAMES: Readonly<Record<string, string>> = {
  中日: '中日新聞', 中日新聞: '中日新聞', 中日新聞web: '中日新聞', 東京: '東京新聞', 東京新聞: '東京新聞',
  時事: '時事通信', 時事通信: '時事通信', 時事ドットコム: '時事通信', 'jiji.com': '時事通信', 'jiji press': '時事通信',
  朝日: '朝日新聞', 朝日新聞: '朝日新聞', 朝日新聞デジタル: '朝日新聞', asahi: '朝日新聞', 'the asahi shimbun': '朝日新聞', 'asahi shimbun': '朝日新聞',
  読売: '読売新聞', 読売新聞: '読売新聞', 読売新聞オンライン: '読売新聞', 'the yomiuri shimbun': '読売新聞',
  毎日: '毎日新聞', 毎日新聞: '毎日新聞', 'the mainichi': '毎日新聞', mainichi: '毎日新聞',
  日経: '日本経済新聞', 日本経済新聞: '日本経済新聞', 日経新聞: '日本経済新聞', nikkei: '日本経済新聞', 'nikkei asia': 'Nikkei Asia',
  産経: '産経新聞', 産経新聞: '産経新聞', 共同: '共同通信', 共同通信: '共同通信', 'kyodo news': '共同通信', kyodo: '共同通信',
  'afp時事': 'AFP', 'afp=時事': 'AFP', 'epa時事': '時事通信', 聯合: '聯合ニュース',
  nhk: 'NHK', 'nhk news': 'NHK', 'nhkニュース': 'NHK', 'nhk world': 'NHK', jnn: 'JNN', tbs: 'TBS', 'tbs news': 'TBS',
  'impress.watch': 'Impress Watch', 'impress watch': 'Impress Watch', 'ケータイ watch': 'Impress Watch',
  環球時報: '環球時報', 'global times': 'Global Times', 'record china': 'Record China', レコードチャイナ: 'Record China',
  jbpress: 'JBpress', itmedia: 'ITmedia', 'itmedia news': 'ITmedia', reuters: 'Reuters', ロイター: 'Reuters',
  bloomberg: 'Bloomberg', ブルームバーグ: 'Bloomberg', ap: 'AP', 'associated press': 'AP', afp: 'AFP', bbc: 'BBC', cnn: 'CNN',
  'the japan times': 'The Japan Times', 'japan times': 'The Japan Times', 'the guardian': 'The Guardian', 'new york times': 'The New York Times',
  'the new york times': 'The New York Times', nytimes: 'The New York Times', huffpost: 'HuffPost', 'huffington post': 'HuffPost', 'the huffington post': 'HuffPost', 'fox news': 'Fox News', foxnews: 'Fox News', 'cnn.co.jp': 'CNN', 'bbc news': 'BBC', 'bbc news japan': 'BBC', 'the wall street journal': 'The Wall Street Journal', 'financial times': 'Financial Times',
  'yahoo!ニュース': 'Yahoo!ニュース', 'goo ニュース': 'goo ニュース', 'gooニュース': 'goo ニュース', 聯合ニュース: '聯合ニュース',
  中央日報: '中央日報', 朝鮮日報: '朝鮮日報', 人民網: '人民網', 新華社: '新華社', サーチナ: 'サーチナ', 東洋経済: '東洋経済',
  北海道新聞: '北海道新聞', 西日本新聞: '西日本新聞', 神戸新聞: '神戸新聞', 京都新聞: '京都新聞', 河北新報: '河北新報',
  テレビ朝日: 'テレビ朝日', 日本テレビ: '日本テレビ', フジテレビ: 'フジテレビ', fnn: 'FNN', ann: 'ANN', nnn: 'NNN',
};

/** Hosts (a suffix match on the URL's host) → outlet. */
export const OUTLET_HOSTS: ReadonlyArray<readonly [string, string]> = [
  ['nhk.or.jp', 'NHK'], ['nhk.jp', 'NHK'], ['jbpress.ismedia.jp', 'JBpress'], ['recordchina.co.jp', 'Record China'],
  ['asahi.com', '朝日新聞'], ['yomiuri.co.jp', '読売新聞'], ['mainichi.jp', '毎日新聞'], ['nikkei.com', '日本経済新聞'],
  ['asia.nikkei.com', 'Nikkei Asia'], ['sankei.com', '産経新聞'], ['jiji.com', '時事通信'], ['chunichi.co.jp', '中日新聞'],
  ['tokyo-np.co.jp', '東京新聞'], ['kyodonews.jp', '共同通信'], ['kyodonews.net', '共同通信'], ['news.tbs.co.jp', 'TBS'],
  ['newsdig.tbs.co.jp', 'TBS'], ['impress.co.jp', 'Impress Watch'], ['news.goo.ne.jp', 'goo ニュース'], ['news.yahoo.co.jp', 'Yahoo!ニュース'], ['reuters.com', 'Reuters'],
  ['bloomberg.com', 'Bloomberg'], ['bloomberg.co.jp', 'Bloomberg'], ['bbc.co.uk', 'BBC'], ['bbc.com', 'BBC'],
  ['cnn.com', 'CNN'], ['apnews.com', 'AP'], ['afpbb.com', 'AFP'], ['afp.com', 'AFP'], ['japantimes.co.jp', 'The Japan Times'],
  ['globaltimes.cn', 'Global Times'], ['huanqiu.com', '環球時報'], ['itmedia.co.jp', 'ITmedia'], ['nytimes.com', 'The New York Times'],
  ['theguardian.com', 'The Guardian'], ['wsj.com', 'The Wall Street Journal'], ['ft.com', 'Financial Times'],
  ['fnn.jp', 'FNN'], ['huffpost.com', 'HuffPost'], ['huffingtonpost.com', 'HuffPost'], ['foxnews.com', 'Fox News'], ['cnn.co.jp', 'CNN'], ['news.tv-asahi.co.jp', 'テレビ朝日'], ['news.ntv.co.jp', '日本テレビ'], ['toyokeizai.net', '東洋経済'],
  ['yna.co.kr', '聯合ニュース'], ['joongang.co.kr', '中央日報'], ['chosun.com', '朝鮮日報'], ['people.com.cn', '人民網'],
  ['xinhuanet.com', '新華社'], ['searchina.net', 'サーチナ'],
];
