/**
 * The unit table: every counter and unit the program knows, Japanese and English, with what it
 * measures. One row per unit: its name (what `extract` writes as a candidate's `unit`), the
 * dimension it belongs to and its factor to that dimension's base (km = 1000 m), the kind of
 * subject it fits (count, quantity, share), and its spellings. The extractor's counters and
 * compare's conversions are both read from here, so a unit extracted from a capture is always
 * one compare knows (`6種類` is `unit: kinds`, and `kinds` compares with `種類`).
 */

/** The kind of subject a unit's figures fit. */
export type UnitKind = 'count' | 'quantity' | 'share';

/** One unit of the table. */
export interface UnitRow {
  /** The name written as a candidate's unit (`times`, `people`, `yen`, `km`). */
  readonly name: string;
  /** The dimension id: units of one dimension convert into each other. */
  readonly dimension: string;
  /** Multiply an amount in this unit by `factor` for the dimension's base unit. */
  readonly factor: number;
  /** A short name for display (`times`, `people`, `yen`, `%`). */
  readonly label: string;
  readonly kind: UnitKind;
  /** A counter of rankings, scores or laps: figures that are seldom claims. */
  readonly weak: boolean;
  /** Spellings as written after a number, in Japanese and English (matched after folding). */
  readonly spellings: readonly string[];
}

type Spec = readonly [name: string, dimension: string, factor: number, kind: UnitKind, spellings: readonly string[], options?: { label?: string; weak?: boolean }];

const SPECS: readonly Spec[] = [
  ['people', 'people', 1, 'count', ['人', '名', '人々', '人員', 'people', 'persons', 'person', 'individuals', 'individual',
    'members', 'member', 'employees', 'employee', 'staff', 'workers', 'worker', 'engineers', 'engineer', 'residents', 'resident']],
  ['users', 'people', 1, 'count', ['ユーザー', '利用者', 'users', 'user'], { label: 'people' }],
  ['times', 'times', 1, 'count', ['回', '度', 'times', 'time', 'occasions', 'occasion']],
  ['cases', 'cases', 1, 'count', ['件', 'cases', 'case', 'incidents', 'incident']],
  ['companies', 'companies', 1, 'count', ['社', '企業', 'companies', 'company', 'firms', 'firm']],
  ['items', 'items', 1, 'count', ['個', '本', 'items', 'item', 'pieces', 'piece']],
  ['items', 'items', 1, 'count', ['つ'], { weak: true }],
  ['kinds', 'kinds', 1, 'count', ['種類', '種', 'kinds', 'kind', 'types', 'type']],
  ['accounts', 'accounts', 1, 'count', ['アカウント', 'accounts', 'account']],
  ['countries', 'countries', 1, 'count', ['カ国', 'か国', 'ヵ国', 'ヶ国', 'ケ国', '国', 'countries', 'country']],
  ['places', 'places', 1, 'count', ['カ所', 'か所', 'ヵ所', 'ヶ所', 'ケ所', '箇所', 'places', 'locations', 'sites']],
  ['municipalities', 'municipalities', 1, 'count', ['自治体', '市町村', 'municipalities', 'municipality']],
  ['cities', 'cities', 1, 'count', ['都市', 'cities', 'city']],
  ['stores', 'stores', 1, 'count', ['店舗', '店', 'stores', 'store', 'shops', 'shop']],
  ['households', 'households', 1, 'count', ['世帯', '戸', 'households', 'household']],
  ['houses', 'houses', 1, 'count', ['軒', '棟', 'houses', 'house', 'buildings', 'building', 'homes', 'home']],
  ['organisations', 'organisations', 1, 'count', ['団体', '機関', 'organisations', 'organizations', 'organisation', 'organization']],
  ['schools', 'schools', 1, 'count', ['校', 'schools', 'school']],
  ['votes', 'votes', 1, 'count', ['票', 'votes', 'vote']],
  ['sheets', 'sheets', 1, 'count', ['枚', 'sheets', 'sheet']],
  ['units', 'units', 1, 'count', ['台', 'units']],
  ['vehicles', 'units', 1, 'count', ['vehicles', 'vehicle', 'cars']],
  ['ships', 'ships', 1, 'count', ['隻', 'ships', 'ship', 'vessels', 'vessel']],
  ['aircraft', 'aircraft', 1, 'count', ['機', 'aircraft', 'planes', 'plane']],
  ['installations', 'installations', 1, 'count', ['基', 'installations', 'reactors', 'reactor']],
  ['animals', 'animals', 1, 'count', ['頭', '匹', '羽', 'animals', 'animal', 'birds']],
  // An ordinal counter: a position in an order (3位 third place, 3番目 the third), never an amount.
  ['rank', 'rank', 1, 'count', ['番目', '位', 'place'], { weak: true }],
  ['laps', 'laps', 1, 'count', ['周', 'laps', 'lap'], { weak: true }],
  ['points', 'points', 1, 'quantity', ['ポイント', '点', 'points', 'point', 'pts'], { weak: true }],
  ['multiple', 'multiple', 1, 'quantity', ['倍', 'fold'], { label: 'times over' }],
  ['years of age', 'age', 1, 'quantity', ['歳', '才', 'years old', 'year-old', 'years of age'], { label: 'years of age' }],
  ['yen', 'JPY', 1, 'quantity', ['円', '日本円', 'yen', 'jpy']],
  ['dollars', 'USD', 1, 'quantity', ['ドル', '米ドル', 'dollars', 'dollar', 'usd', 'us dollars'], { label: 'USD' }],
  ['cents', 'USD', 0.01, 'quantity', ['セント', 'cents', 'cent'], { label: 'cents' }],
  ['euros', 'EUR', 1, 'quantity', ['ユーロ', 'euros', 'euro', 'eur'], { label: 'EUR' }],
  ['pounds', 'GBP', 1, 'quantity', ['ポンド', 'pounds', 'pound', 'gbp'], { label: 'GBP' }],
  ['won', 'KRW', 1, 'quantity', ['ウォン', 'won', 'krw'], { label: 'KRW' }],
  ['yuan', 'CNY', 1, 'quantity', ['人民元', '元', 'yuan', 'cny', 'rmb'], { label: 'CNY' }],
  ['sen', 'JPY', 0.01, 'quantity', ['銭'], { label: 'sen' }],
  ['share', 'fraction', 0.01, 'share', ['%', '％', 'パーセント', 'percent', 'per cent', 'pct'], { label: '%' }],
  ['share', 'fraction', 0.1, 'share', ['割'], { label: '割' }],
  ['m', 'length', 1, 'quantity', ['メートル', 'm', 'meters', 'meter', 'metres', 'metre']],
  ['km', 'length', 1000, 'quantity', ['キロメートル', 'キロ', 'km', 'kilometers', 'kilometer', 'kilometres', 'kilometre']],
  ['cm', 'length', 0.01, 'quantity', ['センチメートル', 'センチ', 'cm', 'centimeters', 'centimetres']],
  ['mm', 'length', 0.001, 'quantity', ['ミリメートル', 'ミリ', 'mm', 'millimeters', 'millimetres']],
  ['miles', 'length', 1609.344, 'quantity', ['マイル', 'mi', 'miles', 'mile']],
  ['kg', 'mass', 1, 'quantity', ['キログラム', 'kg', 'kilograms', 'kilogram']],
  ['g', 'mass', 0.001, 'quantity', ['グラム', 'g', 'grams', 'gram']],
  ['t', 'mass', 1000, 'quantity', ['メートルトン', 'トン', 't', 'tonnes', 'tonne', 'tons', 'ton']],
  ['bytes', 'data', 1, 'quantity', ['バイト', 'b', 'bytes', 'byte']],
  ['KB', 'data', 1e3, 'quantity', ['キロバイト', 'KB', 'kilobytes']],
  ['MB', 'data', 1e6, 'quantity', ['メガバイト', 'MB', 'megabytes']],
  ['GB', 'data', 1e9, 'quantity', ['ギガバイト', 'GB', 'gigabytes']],
  ['TB', 'data', 1e12, 'quantity', ['テラバイト', 'TB', 'terabytes']],
  ['PB', 'data', 1e15, 'quantity', ['ペタバイト', 'PB', 'petabytes']],
  ['seconds', 'duration', 1, 'quantity', ['秒間', '秒', 's', 'sec', 'seconds', 'second']],
  ['minutes', 'duration', 60, 'quantity', ['分間', '分', 'min', 'minutes', 'minute']],
  ['hours', 'duration', 3600, 'quantity', ['時間', 'h', 'hr', 'hours', 'hour']],
  ['days', 'duration', 86400, 'quantity', ['日間', '日', 'days', 'day']],
  ['weeks', 'duration', 604800, 'quantity', ['週間', '週', 'weeks', 'week']],
  ['months', 'duration', 2629746, 'quantity', ['カ月間', 'か月間', 'ヵ月間', 'ヶ月間', 'ケ月間', 'カ月', 'か月', 'ヵ月', 'ヶ月', 'ケ月', '箇月', 'months', 'month']],
  ['years', 'duration', 31556952, 'quantity', ['年間', '年', 'years', 'year']],
  // the past two quarters: quarters of a year (never `a quarter`, a share)
  ['quarters', 'duration', 7889238, 'quantity', ['quarters']],
  ['prefectures', 'prefectures', 1, 'count', ['都道府県', '県', 'prefectures', 'prefecture']],
  ['flights', 'flights', 1, 'count', ['便', 'flights', 'flight']],
  ['boxes', 'boxes', 1, 'count', ['箱', 'boxes', 'box']],
  ['seismic intensity', 'seismic intensity', 1, 'quantity', ['seismic intensity', 'shindo']],
  ['magnitude', 'magnitude', 1, 'quantity', ['magnitude']],
];

/** Every row of the unit table. */
export const UNIT_TABLE: readonly UnitRow[] = SPECS.map(([name, dimension, factor, kind, spellings, options]) => ({
  name,
  dimension,
  factor,
  label: options?.label ?? name,
  kind,
  weak: options?.weak ?? false,
  spellings,
}));

/** Fold a unit's spelling for lookup: NFKC, lower case, single spaces, no dots (`U.S.` → `us`). */
export function foldUnit(unit: string): string {
  return unit.normalize('NFKC').toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

const BY_SPELLING: ReadonlyMap<string, UnitRow> = (() => {
  const map = new Map<string, UnitRow>();
  for (const row of UNIT_TABLE) {
    for (const spelling of row.spellings) if (!map.has(foldUnit(spelling))) map.set(foldUnit(spelling), row);
    // A candidate's unit name is read back as its row (`unit: kinds`), except the name `share`,
    // which is a kind of subject and not a unit.
    if (row.name !== 'share' && !map.has(foldUnit(row.name))) map.set(foldUnit(row.name), row);
  }
  return map;
})();

/** The row a unit spelling or name stands for, or undefined for a unit the table does not know. */
export function unitRow(unit: string): UnitRow | undefined {
  // The same few spellings are asked for again and again: fold each once.
  const direct = BY_RAW.get(unit);
  if (direct !== undefined || BY_RAW.has(unit)) return direct;
  const row = BY_SPELLING.get(foldUnit(unit));
  if (BY_RAW.size < 10_000) BY_RAW.set(unit, row);
  return row;
}

/** Rows by spelling as asked, unfolded (a cache of {@link unitRow}). */
const BY_RAW = new Map<string, UnitRow | undefined>();

/**
 * Spellings a Japanese scanner reads as a counter right after a numeral. Single-character words a
 * date or another word reads (年, 日, 週, 国, 種, 才, 元 of 元年) are left out, and so are English
 * words and one-letter symbols, which only an English scanner or an explicit unit reads.
 */
const NOT_JAPANESE_COUNTERS = new Set(['年', '日', '週', '国', '種', '才', 'ミリ', '元']);

/** The Japanese counters, longest spelling first within each first character. */
const JA_COUNTERS: ReadonlyMap<number, ReadonlyArray<readonly [string, UnitRow]>> = (() => {
  const entries: Array<readonly [string, UnitRow]> = [];
  for (const row of UNIT_TABLE) {
    for (const spelling of row.spellings) {
      if (NOT_JAPANESE_COUNTERS.has(spelling)) continue;
      const latin = /^[A-Za-z ]+$/.test(spelling);
      // Latin spellings: only case-exact abbreviations of two or more letters (km, GB) and percent.
      if (latin && !(spelling.length >= 2 && (spelling !== spelling.toLowerCase() || /^(?:km|kg|cm|mm|percent|per cent)$/.test(spelling)))) continue;
      entries.push([spelling, row]);
    }
  }
  entries.sort((a, b) => b[0].length - a[0].length);
  const map = new Map<number, Array<readonly [string, UnitRow]>>();
  for (const entry of entries) {
    const first = entry[0].charCodeAt(0);
    const list = map.get(first) ?? [];
    list.push(entry);
    map.set(first, list);
  }
  return map;
})();

/** The Japanese counter written at `index` of `text` (longest first), with where it ends. */
export function japaneseCounterAt(text: string, index: number): { readonly row: UnitRow; readonly end: number; readonly written: string } | undefined {
  const list = JA_COUNTERS.get(text.charCodeAt(index));
  if (!list) return undefined;
  for (const [written, row] of list) {
    if (text.startsWith(written, index)) return { row, end: index + written.length, written };
  }
  return undefined;
}

/** Scales that may stand before a unit (`million yen`, `百万円`, `万人`, `thousands of people`). */
export const UNIT_SCALES: Readonly<Record<string, number>> = {
  '兆': 1e12, '億': 1e8, '千万': 1e7, '百万': 1e6, '十万': 1e5, '万': 1e4, '千': 1e3,
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

/** A scale at the start of a folded unit, with `of` and space after it. */
export const UNIT_SCALE_PREFIX = /^(兆|億|千万|百万|十万|万|千|thousands?|millions?|billions?|trillions?)(?:\s+of)?\s*/;

/**
 * Scales written before the number: 震度6強 (the seismic intensity of the Japan Meteorological
 * Agency), マグニチュード7.6, M7.6, magnitude 7.6. Each names its row; `M` counts only right
 * before digits and after no letter.
 */
export const PREFIX_UNITS: ReadonlyArray<readonly [written: string, unit: string]> = [
  ['マグニチュード', 'magnitude'], ['震度', 'seismic intensity'], ['magnitude', 'magnitude'], ['M', 'magnitude'], ['Ｍ', 'magnitude'],
];

/**
 * The levels 弱 (lower) and 強 (upper) of a seismic intensity, read as a quarter below or above
 * the number so that the levels keep their order and never meet: 5弱 = 4.75 < 5強 = 5.25 < 6弱 =
 * 5.75 < 6強 = 6.25 < 7.
 */
export const INTENSITY_LEVELS: Readonly<Record<string, number>> = { 弱: -0.25, 強: 0.25 };

/** The unit written right before `index` (震度, M), with where it starts, or undefined. */
export function prefixUnitBefore(text: string, index: number): { readonly unit: string; readonly start: number } | undefined {
  const direct = prefixUnitAt(text, index, false);
  if (direct) return direct;
  // マグニチュード（M）7.6, マグニチュードは7・6: its abbreviation in brackets, or a topic particle,
  // between a scale's full name and the number
  const gap = PREFIX_GAP.exec(text.slice(Math.max(0, index - 8), index));
  return gap && gap[0].length > 0 ? prefixUnitAt(text, index - gap[0].length, true) : undefined;
}

/** What may stand between a scale's full name and its number: (M), （Ｍ）, は, が, を (最大震度を3に訂正). */
const PREFIX_GAP = /(?:[（(]\s*[MＭ]\s*[）)])?(?:は|が|を)?\s?$/u;

function prefixUnitAt(text: string, index: number, fullNameOnly: boolean): { readonly unit: string; readonly start: number } | undefined {
  for (const [written, unit] of PREFIX_UNITS) {
    if (fullNameOnly && written.length === 1) continue;
    let at = index - written.length;
    if (text.charCodeAt(index - 1) === 0x20 && written.length > 1) at--;
    if (at < 0 || !text.startsWith(written, at)) continue;
    if (written.length === 1 && at > 0 && /[A-Za-z\uff21-\uff3a\uff41-\uff5a]/.test(text.charAt(at - 1))) continue;
    return { unit, start: at };
  }
  return undefined;
}

/**
 * Counts of a whole written as counts of its kinds, each after its number, in the kinds' order:
 * 22市10町1村 is 33 municipalities (市区町村), 1都3県 4 prefectures (都道府県). A run of two kinds
 * or more is one count of the whole; a kind alone is left to its own counter (3県) or none (22市).
 */
export const COUNTED_PARTS: ReadonlyArray<{ readonly unit: string; readonly parts: readonly string[] }> = [
  { unit: 'municipalities', parts: ['市', '区', '町', '村'] },
  { unit: 'prefectures', parts: ['都', '道', '府', '県'] },
];

/**
 * Dimensions whose amounts may be written in two units, the larger first: money (円と銭, dollars
 * and cents), length (1メートル20センチ), mass and time (1時間20分, 2年3カ月).
 */
export const COMPOUND_DIMENSIONS: ReadonlySet<string> = new Set(['JPY', 'USD', 'EUR', 'GBP', 'KRW', 'CNY', 'length', 'mass', 'duration']);

/**
 * An amount in a smaller unit of the same dimension written after a larger one (`12銭` after `円`,
 * `3セント` after `ドル`, `20センチ` after `メートル`, `20分` after `時間`): the factor that turns it
 * into the larger unit, or undefined.
 */
export function subunitFactor(unit: string, subunit: string): number | undefined {
  const row = unitRow(unit);
  const sub = unitRow(subunit);
  if (!row || !sub || !COMPOUND_DIMENSIONS.has(row.dimension) || sub.dimension !== row.dimension || sub.factor >= row.factor) return undefined;
  return sub.factor / row.factor;
}

/**
 * Dimensions of measures, and ranks: amounts in them never compare with another dimension (a
 * position, 3位 or 第3回, is no count of anything).
 */
export const MEASURE_DIMENSIONS: ReadonlySet<string> = new Set(['JPY', 'USD', 'EUR', 'GBP', 'KRW', 'CNY', 'fraction', 'length', 'mass', 'data', 'duration', 'age', 'multiple', 'points', 'seismic intensity', 'magnitude', 'rank']);

/**
 * Ordinals: a position in an order (the third, first place, the second time), read as a figure in
 * the unit {@link ORDINAL_UNIT} whatever it counts. 第 before a numeral makes it one (第3回 is the
 * third, never 3 times; 第1位, 第2弾, 第三万回); so does 目 after a counter (3回目, 2人目, 5本目,
 * 3か月目) or after the calendar units that write dates alone (3年目, 5日目, 2週目); and the rank
 * row's own counters (3位, 3番目). A single kanji numeral after 第 with no counter is a word
 * (第一に, 第三者, 第二次, 第九), not a figure.
 */
export const ORDINAL_PREFIX = '第';
/** The suffix that makes a counter an ordinal (3回目). */
export const ORDINAL_SUFFIX = '目';
/** The unit row of ordinals. */
export const ORDINAL_UNIT = 'rank';
/** Calendar units that write dates alone but count positions before 目: 3年目, 5日目, 2週目. */
export const ORDINAL_TIME_UNITS: ReadonlySet<string> = new Set(['年', '日', '週']);
/** What follows 目 when it starts a word (目立つ, 目指す, 目標, 目前) rather than ending an ordinal. */
const WORD_AFTER_ME = new Set([...'立指覚標的線前下玉撃安途処先'].map((c) => c.charCodeAt(0)));

/**
 * Where an ordinal suffix written at `index` ends (3回目: the 目 after 回), or undefined when none
 * is there or the 目 begins a word (一番目立つ, 3回目指す).
 */
export function ordinalSuffixEnd(text: string, index: number): number | undefined {
  if (text.charCodeAt(index) !== 0x76ee /* 目 */ || WORD_AFTER_ME.has(text.charCodeAt(index + 1))) return undefined;
  return index + 1;
}

/** True when a counter's spelling ends in the ordinal suffix but begins a word there (一番目立つ: 番 and 目立つ). */
export function isOrdinalSpellingCut(text: string, written: string, end: number): boolean {
  return written.length > 1 && written.endsWith(ORDINAL_SUFFIX) && WORD_AFTER_ME.has(text.charCodeAt(end));
}


/** Every Japanese spelling of the table (kana, kanji and signs), longest first: for highlighting figures. */
export const JAPANESE_UNIT_SPELLINGS: readonly string[] = [...new Set(UNIT_TABLE.flatMap((row) => row.spellings.filter((w) => !/^[A-Za-z .-]+$/.test(w))))].sort(
  (a, b) => b.length - a.length,
);

/** Currency signs written before an amount ($1.2 billion, US$300, ¥5,000), longest first, and the unit row each names. */
export const CURRENCY_SIGNS: ReadonlyArray<readonly [sign: string, unit: string]> = [
  ['US$', 'dollars'], ['$', 'dollars'], ['¥', 'yen'], ['￥', 'yen'], ['€', 'euros'], ['£', 'pounds'], ['₩', 'won'],
];

/** The spellings of percent (%, パーセント, percent, per cent, pct), longest first. */
export const PERCENT_SPELLINGS: readonly string[] = UNIT_TABLE.filter((row) => row.dimension === 'fraction' && row.factor === 0.01)
  .flatMap((row) => row.spellings)
  .sort((a, b) => b.length - a.length);

