/**
 * Counters and units: what a figure counts, normalised to the unit names of DESIGN.md
 * (人, 名, people, persons → people; 回, times → times; …), with the kind of subject it fits
 * and, for shares, the scale (割 = 0.1, % = 0.01).
 */

/** What a counter means. */
export interface Counter {
  /** Normalised unit: `times`, `people`, `share`, `yen`, … */
  readonly unit: string;
  /** Subject kind the figure fits. */
  readonly kind: 'count' | 'quantity' | 'share';
  /** Multiplier applied to the number (割 = 0.1, % = 0.01, 万人 = 10^4). */
  readonly scale: number;
  /** A counter of rankings, scores or clicks: figures that are seldom claims. */
  readonly weak?: boolean;
}

const c = (unit: string, kind: Counter['kind'] = 'count', scale = 1, weak = false): Counter =>
  weak ? { unit, kind, scale, weak } : { unit, kind, scale };

/** Japanese counters, longest first where one is a prefix of another. */
const JA: ReadonlyArray<readonly [string, Counter]> = [
  ['種類', c('kinds')],
  ['パーセント', c('share', 'share', 0.01)],
  ['percent', c('share', 'share', 0.01)],
  ['per cent', c('share', 'share', 0.01)],
  ['ポイント', c('points', 'quantity')],
  ['アカウント', c('accounts')],
  ['ユーザー', c('users')],
  ['自治体', c('municipalities')],
  ['カ国', c('countries')], ['か国', c('countries')], ['ヶ国', c('countries')], ['ケ国', c('countries')], ['カ国', c('countries')],
  ['カ所', c('places')], ['か所', c('places')], ['ヶ所', c('places')], ['ケ所', c('places')], ['箇所', c('places')],
  ['カ月', c('months', 'quantity')], ['か月', c('months', 'quantity')], ['ヶ月', c('months', 'quantity')], ['ケ月', c('months', 'quantity')], ['カ月間', c('months', 'quantity')],
  ['年間', c('years', 'quantity')],
  ['日間', c('days', 'quantity')],
  ['週間', c('weeks', 'quantity')],
  ['時間', c('hours', 'quantity')],
  ['分間', c('minutes', 'quantity')],
  ['秒間', c('seconds', 'quantity')],
  ['万人', c('people', 'count', 1e4)],
  ['億人', c('people', 'count', 1e8)],
  ['万円', c('yen', 'quantity', 1e4)],
  ['億円', c('yen', 'quantity', 1e8)],
  ['兆円', c('yen', 'quantity', 1e12)],
  ['万件', c('cases', 'count', 1e4)],
  ['店舗', c('stores')],
  ['世帯', c('households')],
  ['団体', c('organisations')],
  ['機関', c('organisations')],
  ['都市', c('cities')],
  ['キロ', c('km', 'quantity')],
  ['メートル', c('m', 'quantity')],
  ['トン', c('t', 'quantity')],
  ['ドル', c('dollars', 'quantity')],
  ['ユーロ', c('euros', 'quantity')],
  ['ウォン', c('won', 'quantity')],
  ['人', c('people')],
  ['名', c('people')],
  ['回', c('times')],
  ['度', c('times')],
  ['件', c('cases')],
  ['社', c('companies')],
  ['割', c('share', 'share', 0.1)],
  ['%', c('share', 'share', 0.01)],
  ['％', c('share', 'share', 0.01)],
  ['円', c('yen', 'quantity')],
  ['元', c('yuan', 'quantity')],
  ['台', c('units')],
  ['個', c('items')],
  ['つ', c('items', 'count', 1, true)],
  ['倍', c('multiple', 'quantity')],
  ['歳', c('years of age', 'quantity')],
  ['枚', c('sheets')],
  ['本', c('items')],
  ['店', c('stores')],
  ['校', c('schools')],
  ['票', c('votes')],
  ['戸', c('households')],
  ['棟', c('buildings')],
  ['隻', c('ships')],
  ['機', c('aircraft')],
  ['基', c('installations')],
  ['頭', c('animals')],
  ['匹', c('animals')],
  ['羽', c('birds')],
  ['軒', c('houses')],
  ['位', c('rank', 'count', 1, true)],
  ['点', c('points', 'quantity', 1, true)],
  ['周', c('laps', 'count', 1, true)],
  ['分', c('minutes', 'quantity')],
  ['秒', c('seconds', 'quantity')],
  ['km', c('km', 'quantity')],
  ['kg', c('kg', 'quantity')],
  ['GB', c('GB', 'quantity')],
  ['TB', c('TB', 'quantity')],
  ['MB', c('MB', 'quantity')],
];

const byFirst = new Map<number, Array<readonly [string, Counter]>>();
for (const entry of [...JA].sort((a, b) => b[0].length - a[0].length)) {
  const first = entry[0].charCodeAt(0);
  const list = byFirst.get(first) ?? [];
  list.push(entry);
  byFirst.set(first, list);
}

/**
 * The Japanese counter starting at `index` in `text` (longest match), with its length; skips
 * one space (`4 人`). Undefined when none starts there.
 */
export function counterAt(text: string, index: number): { readonly counter: Counter; readonly end: number; readonly written: string } | undefined {
  let i = index;
  if (text.charCodeAt(i) === 0x20) i++;
  const list = byFirst.get(text.charCodeAt(i));
  if (!list) return undefined;
  for (const [written, counter] of list) {
    if (text.startsWith(written, i)) return { counter, end: i + written.length, written };
  }
  return undefined;
}

/** English unit words (lower case, singular and plural) → counter. */
const EN: Readonly<Record<string, Counter>> = {
  times: c('times'), time: c('times'),
  people: c('people'), persons: c('people'), person: c('people'), individuals: c('people'),
  users: c('users'), user: c('users'), accounts: c('accounts'), account: c('accounts'),
  engineers: c('people'), engineer: c('people'), employees: c('people'), employee: c('people'),
  workers: c('people'), staff: c('people'), members: c('people'), residents: c('people'),
  cases: c('cases'), case: c('cases'), incidents: c('cases'),
  companies: c('companies'), company: c('companies'), firms: c('companies'), firm: c('companies'),
  percent: c('share', 'share', 0.01), 'per cent': c('share', 'share', 0.01), '%': c('share', 'share', 0.01),
  yen: c('yen', 'quantity'), dollars: c('dollars', 'quantity'), dollar: c('dollars', 'quantity'),
  euros: c('euros', 'quantity'), countries: c('countries'), country: c('countries'),
  cities: c('cities'), municipalities: c('municipalities'), servers: c('servers'), server: c('servers'),
  years: c('years', 'quantity'), year: c('years', 'quantity'), months: c('months', 'quantity'), month: c('months', 'quantity'),
  days: c('days', 'quantity'), day: c('days', 'quantity'), hours: c('hours', 'quantity'), hour: c('hours', 'quantity'),
  weeks: c('weeks', 'quantity'), week: c('weeks', 'quantity'), minutes: c('minutes', 'quantity'),
  votes: c('votes'), points: c('points', 'quantity', 1, true), place: c('rank', 'count', 1, true),
};

/** The counter an English unit word stands for; other nouns count themselves (`4 servers` → servers). */
export function englishCounter(word: string): Counter {
  const lower = word.toLowerCase();
  return Object.hasOwn(EN, lower) ? EN[lower]! : c(lower);
}

/** True for an English word the unit table knows (times, people, users, percent …). */
export function isEnglishUnit(word: string): boolean {
  return Object.hasOwn(EN, word.toLowerCase());
}
