import { OUTLET_HOSTS, OUTLET_NAMES } from './outlet-names.js';

/**
 * Outlet names: the short forms bylines use (中日, 時事) and the hosts of source URLs
 * (www3.nhk.or.jp, jbpress.ismedia.jp) mapped to one canonical name per outlet, so that the same
 * outlet is one outlet wherever it is named. The built-in names (`outlet-names.ts`) are extended
 * by a repository's `seeds/outlets.yaml` through {@link useOutlets}.
 */

/** Outlets a repository adds: canonical name → its other spellings and hosts. */
export interface OutletData {
  readonly name: string;
  readonly spellings?: readonly string[] | undefined;
  readonly hosts?: readonly string[] | undefined;
}

function key(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

let NAME_KEYS = new Map(Object.entries(OUTLET_NAMES).map(([k, v]) => [key(k), v]));
let HOSTS: ReadonlyArray<readonly [string, string]> = OUTLET_HOSTS;
let added = '';
const canonicalCache = new Map<string, string>();

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


/** True when the name is one the table knows (an outlet rather than any noun). */
export function isKnownOutlet(name: string): boolean {
  return NAME_KEYS.has(key(name.trim())) || KNOWN_CANONICAL.has(name);
}

let KNOWN_CANONICAL = new Set(Object.values(OUTLET_NAMES));

/** Every known spelling, longest first, for finding outlet names in running text. */
export function outletSpellings(): readonly string[] {
  return [...NAME_KEYS.keys()].filter((k) => k.length >= 2 && !/^[a-z]{1,3}$/.test(k)).sort((a, b) => b.length - a.length);
}

/**
 * Add a repository's outlets to the built-in ones (each name, its spellings and hosts), for the
 * extraction that follows; the same data again changes nothing, other data replaces the last.
 */
export function useOutlets(extra: readonly OutletData[]): void {
  const signature = JSON.stringify(extra);
  if (signature === added) return;
  added = signature;
  NAME_KEYS = new Map(Object.entries(OUTLET_NAMES).map(([k, v]) => [key(k), v]));
  const hosts: Array<readonly [string, string]> = [];
  for (const outlet of extra) {
    NAME_KEYS.set(key(outlet.name), outlet.name);
    for (const spelling of outlet.spellings ?? []) NAME_KEYS.set(key(spelling), outlet.name);
    for (const host of outlet.hosts ?? []) hosts.push([host.toLowerCase().replace(/^www\./, ''), outlet.name]);
  }
  HOSTS = [...hosts, ...OUTLET_HOSTS];
  KNOWN_CANONICAL = new Set([...Object.values(OUTLET_NAMES), ...extra.map((o) => o.name)]);
  canonicalCache.clear();
}

/**
 * The known outlet a capture's file name names (`03_nytimes_story.txt`, `kyodo-2024-01-01.html`):
 * a word of the name that is a known spelling or the first label of a known host.
 */
export function outletOfFileName(file: string): string | undefined {
  const base = file.split('/').pop()!.replace(/\.[a-z0-9]+$/i, '').toLowerCase();
  const words = base.split(/[^a-z0-9\u3040-\u30ff\u4e00-\u9fff]+/).filter((w) => w.length >= 3);
  for (const word of words) {
    const named = NAME_KEYS.get(word);
    if (named) return named;
    for (const [suffix, outlet] of HOSTS) if (suffix.split('.')[0] === word) return outlet;
  }
  return undefined;
}

/** The outlet a URL or bare host belongs to: from the host table, else the host without `www.`. */
export function outletOfUrl(url: string): string | undefined {
  const match = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/\s:?#\u0022\u0027\u2018-\u201f\u2032-\u2037]+)/i.exec(url.trim());
  if (!match) return undefined;
  const host = match[1]!.toLowerCase();
  if (!host.includes('.')) return undefined;
  for (const [suffix, outlet] of HOSTS) {
    if (host === suffix || host.endsWith(`.${suffix}`)) return outlet;
  }
  return host.replace(/^www\d*\./, '');
}

/** Names of media that end like one: …新聞, …時報, …通信, …テレビ, … Times, … News. */
const MEDIA_SUFFIX = /(?:新聞|時報|日報|新報|通信|通信社|テレビ|放送|放送局|ニュース|タイムズ|ポスト|ジャーナル|Times|News|Post|Journal|Press|Herald|Tribune|Telegraph|Gazette|Broadcasting|Wire|Daily|Weekly|Monitor|Chronicle|Observer|Courier|Dispatch|Bulletin|Magazine|Radio|Television|TV)$/;
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
