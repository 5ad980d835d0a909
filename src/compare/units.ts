/**
 * Units and how they compare. A known unit belongs to a dimension and has a factor to that
 * dimension's base (km = 1000 m); two units compare when they share a dimension, or when they
 * are counters that can count the same things (see {@link conversionFactor}). An unknown unit
 * (a noun such as `containers`) is folded (case, width, English plural `s`).
 */

/** A unit as read: its dimension and factor, or only its folded spelling when unknown. */
export interface UnitInfo {
  /** The dimension id (`people`, `times`, `JPY`, `length` …), or `?:<folded>` for an unknown unit. */
  readonly dimension: string;
  /** Multiply an amount in this unit by `factor` to get the dimension's base unit. */
  readonly factor: number;
  /** The scale written before the unit (`million yen` → 10^6, `万人` → 10^4), 1 without one. */
  readonly scale: number;
  /** A short name for display (`times`, `people`, `yen`, `km`). */
  readonly label: string;
}

type Row = readonly [dimension: string, factor: number, label: string, spellings: readonly string[]];

/** The table of known units. Spellings are matched after folding (NFKC, lower case). */
const TABLE: readonly Row[] = [
  ['people', 1, 'people', ['人', '名', 'people', 'persons', 'person', 'individuals', 'individual', 'users', 'user', 'members', 'member',
    'employees', 'employee', 'staff', 'workers', 'worker', 'engineers', 'engineer', 'residents', 'resident', '人々', 'ユーザー', '利用者', '人員']],
  ['times', 1, 'times', ['回', 'times', 'time', 'occasions', 'occasion']],
  ['cases', 1, 'cases', ['件', 'cases', 'case', 'incidents', 'incident']],
  ['companies', 1, 'companies', ['社', 'companies', 'company', 'firms', 'firm', '企業']],
  ['items', 1, 'items', ['個', 'items', 'item', 'pieces', 'piece']],
  ['countries', 1, 'countries', ['か国', 'カ国', 'ヵ国', 'ヶ国', '国', 'countries', 'country']],
  ['JPY', 1, 'yen', ['円', 'yen', 'jpy', '日本円']],
  ['USD', 1, 'USD', ['usd', 'dollars', 'dollar', 'us dollars', 'ドル', '米ドル']],
  ['EUR', 1, 'EUR', ['eur', 'euros', 'euro', 'ユーロ']],
  ['GBP', 1, 'GBP', ['gbp', 'pounds', 'pound', 'ポンド']],
  ['KRW', 1, 'KRW', ['krw', 'won', 'ウォン']],
  ['CNY', 1, 'CNY', ['cny', 'rmb', 'yuan', '人民元', '元']],
  ['fraction', 0.01, '%', ['%', 'percent', 'per cent', 'パーセント', 'pct']],
  ['length', 1, 'm', ['m', 'meters', 'meter', 'metres', 'metre', 'メートル']],
  ['length', 1000, 'km', ['km', 'kilometers', 'kilometer', 'kilometres', 'kilometre', 'キロメートル']],
  ['length', 0.01, 'cm', ['cm', 'centimeters', 'centimetres', 'センチメートル', 'センチ']],
  ['length', 0.001, 'mm', ['mm', 'millimeters', 'millimetres', 'ミリメートル']],
  ['length', 1609.344, 'miles', ['mi', 'miles', 'mile', 'マイル']],
  ['mass', 1, 'kg', ['kg', 'kilograms', 'kilogram', 'キログラム']],
  ['mass', 0.001, 'g', ['g', 'grams', 'gram', 'グラム']],
  ['mass', 1000, 't', ['t', 'tonnes', 'tonne', 'tons', 'ton', 'トン']],
  ['data', 1, 'bytes', ['b', 'bytes', 'byte', 'バイト']],
  ['data', 1e3, 'KB', ['kb', 'kilobytes', 'キロバイト']],
  ['data', 1e6, 'MB', ['mb', 'megabytes', 'メガバイト']],
  ['data', 1e9, 'GB', ['gb', 'gigabytes', 'ギガバイト']],
  ['data', 1e12, 'TB', ['tb', 'terabytes', 'テラバイト']],
  ['data', 1e15, 'PB', ['pb', 'petabytes', 'ペタバイト']],
  ['duration', 1, 'seconds', ['s', 'sec', 'seconds', 'second', '秒', '秒間']],
  ['duration', 60, 'minutes', ['min', 'minutes', 'minute', '分', '分間']],
  ['duration', 3600, 'hours', ['h', 'hr', 'hours', 'hour', '時間']],
  ['duration', 86400, 'days', ['days', 'day', '日', '日間']],
  ['duration', 604800, 'weeks', ['weeks', 'week', '週', '週間']],
  ['duration', 2629746, 'months', ['months', 'month', 'か月', 'カ月', 'ヵ月', 'ヶ月', 'ケ月', '箇月', 'か月間', 'カ月間', 'ヶ月間']],
  ['duration', 31556952, 'years', ['years', 'year', '年', '年間']],
];

const INDEX: ReadonlyMap<string, UnitInfo> = new Map(
  TABLE.flatMap(([dimension, factor, label, spellings]) => spellings.map((s) => [foldUnit(s), { dimension, factor, scale: 1, label }] as const)),
);

/** Fold a unit's spelling for lookup: NFKC, lower case, single spaces, no dots (`U.S.` → `us`). */
export function foldUnit(unit: string): string {
  return unit.normalize('NFKC').toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

/** Read a unit: a row of the table, or an unknown unit that compares only with its own spelling. */
export function unitInfo(unit: string): UnitInfo {
  const folded = foldUnit(unit);
  const known = INDEX.get(folded);
  if (known) return known;
  // A scale before the unit: `million yen`, `百万円`, `万人`, `thousands of people`, or a bare `million`.
  const scaled = SCALE_PREFIX.exec(folded);
  if (scaled) {
    const scale = SCALES[scaled[1]!.replace(/s$/, '')]!;
    const rest = folded.slice(scaled[0].length).trim();
    const label = unit.normalize('NFKC').trim();
    if (rest.length === 0) return { dimension: 'scalar', factor: scale, scale, label };
    const inner = unitInfo(rest);
    return { dimension: inner.dimension, factor: inner.factor * scale, scale: inner.scale * scale, label };
  }
  // An English plural of an unknown noun compares with its singular (servers = server).
  const singular = /^[a-z][a-z -]*[^s]s$/.test(folded) ? folded.slice(0, -1) : folded;
  return { dimension: `?:${singular}`, factor: 1, scale: 1, label: unit.normalize('NFKC').trim() };
}

/** Scales that may stand before a unit. */
const SCALES: Readonly<Record<string, number>> = {
  '兆': 1e12, '億': 1e8, '千万': 1e7, '百万': 1e6, '十万': 1e5, '万': 1e4, '千': 1e3,
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};
const SCALE_PREFIX = /^(兆|億|千万|百万|十万|万|千|thousands?|millions?|billions?|trillions?)(?:\s+of)?\s*/;

/** True when the unit is the percent sign or a spelling of it. */
export function isPercentUnit(unit: string | undefined): boolean {
  return unit !== undefined && unitInfo(unit).dimension === 'fraction';
}

/**
 * The factor that converts an amount in `from` into the unit `to`, or undefined when the two
 * cannot be compared (people and times, yen and dollars, an unknown unit and another).
 */
export function conversionFactor(from: string, to: string): number | undefined {
  const a = unitInfo(from);
  const b = unitInfo(to);
  if (a.dimension === b.dimension) return a.factor / b.factor;
  return countersMeet(a.dimension, b.dimension) ? a.scale / b.scale : undefined;
}

/** Dimensions of measures: amounts in them never compare with another dimension. */
const MEASURES = new Set(['JPY', 'USD', 'EUR', 'GBP', 'KRW', 'CNY', 'fraction', 'length', 'mass', 'data', 'duration']);

/**
 * Counters and nouns: a generic counter (回, 件, 個, 社 …) counts whatever the subject names, so
 * `32回` fits `unit: accesses` and `3000個` fits `unit: containers`; people (人, 名) count
 * persons, so they fit a noun the table does not know (`victims`) but not another counter
 * (`32人` does not fit `unit: times`). Two unknown nouns fit only when they are spelled alike,
 * and measures (money, length, mass, data, time, %) fit only their own dimension.
 */
function countersMeet(a: string, b: string): boolean {
  if (MEASURES.has(a) || MEASURES.has(b)) return false;
  // A bare scale (`unit: million`) counts anything, like a noun the table does not know.
  const unknownA = a.startsWith('?:') || a === 'scalar';
  const unknownB = b.startsWith('?:') || b === 'scalar';
  if (unknownA && unknownB) return false;
  if (unknownA || unknownB) return true;
  return a !== 'people' && b !== 'people';
}
