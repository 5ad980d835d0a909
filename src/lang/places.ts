import { readFileSync } from 'node:fs';

/**
 * Places: the gazetteer (countries and territories from Unicode CLDR, cities from GeoNames,
 * generated at build time by `scripts/gazetteer.mjs`) and the one reading of a written place —
 * a gazetteer name, or a name with an administrative suffix (みなと市, 石川県, 能登地方), joined
 * into a run (中国大連, ベトナム・ダナン市, 日本国内) or an English name list (Da Nang, Vietnam).
 */

/** A place the gazetteer knows. */
export interface GazetteerPlace {
  readonly kind: 'country' | 'city';
  /** ISO 3166 code of the country (the place's own for a country). */
  readonly country: string;
  /** In thousands (0 for a country). */
  readonly population: number;
  /** Every name kept: the English one first, then other Latin, kanji and kana names. */
  readonly names: readonly string[];
}

/** One place of a written run, as read. */
export interface PlacePart {
  /** The part as written (大連, ダナン市, 国内). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The gazetteer's place, when the part (or its stem before a suffix) is one. */
  readonly place: GazetteerPlace | undefined;
  /** What the part is: a country, a smaller place, or a word for "within the country" (国内, 内). */
  readonly role: 'country' | 'place' | 'domestic';
}

interface Gazetteer {
  readonly byName: ReadonlyMap<string, GazetteerPlace>;
  readonly longestJapanese: number;
}

let gazetteer: Gazetteer | undefined;

/** Fold a name for lookup: NFKC, lower case, no dots or white space (U.S. = US). */
export function placeKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s.・’'-]/g, '');
}

/** The gazetteer, read once from the data file generated at build time (empty if it is missing). */
function load(): Gazetteer {
  if (gazetteer) return gazetteer;
  const byName = new Map<string, GazetteerPlace>();
  let longestJapanese = 2;
  let rows: unknown[] = [];
  try {
    const data = JSON.parse(readFileSync(new URL('./gazetteer.data.json', import.meta.url), 'utf8')) as { places?: unknown[] };
    rows = Array.isArray(data.places) ? data.places : [];
  } catch {
    rows = [];
  }
  for (const row of rows) {
    if (!Array.isArray(row) || row.length < 4) continue;
    const [kind, country, population, ...names] = row as [string, string, number, ...string[]];
    const place: GazetteerPlace = { kind: kind === 'country' ? 'country' : 'city', country, population, names };
    for (const name of names) {
      const key = placeKey(name);
      if (key.length < 2) continue;
      const known = byName.get(key);
      // a country before a city of its name; else the more populous
      if (!known || (known.kind === 'city' && (place.kind === 'country' || place.population > known.population))) byName.set(key, place);
      if (JAPANESE_NAME.test(name) && name.length > longestJapanese) longestJapanese = name.length;
    }
  }
  gazetteer = { byName, longestJapanese: Math.min(longestJapanese, 12) };
  return gazetteer;
}

const JAPANESE_NAME = /^[\u3005\u3040-\u30ff\u3400-\u9fff]+$/u;

/** The gazetteer's place of a name as written, if any. */
export function placeNamed(name: string): GazetteerPlace | undefined {
  return load().byName.get(placeKey(name));
}

/** Suffixes of administrative and natural areas: a name before one is a place, known or not. */
export const JA_PLACE_SUFFIXES: readonly string[] = ['地方', '半島', '諸島', '列島', '地域', '自治区', '特別区', '市', '町', '村', '県', '府', '都', '道', '省', '州', '区', '郡', '島', '沖'];

/** "Within the country" words that follow a country (日本国内, 韓国内) or stand alone (国内). */
export const JA_DOMESTIC: readonly string[] = ['国内', '国外', '海外', '内'];

/** A character that may be part of a Japanese place name. */
const NAME_CHAR = /[\u3005\u30a1-\u30fa\u30fc\u3400-\u9fff\uf900-\ufaff]/u;

/** A stem wholly in hiragana that may name a place (みなと), not a particle or demonstrative before one (は, この). */
const HIRAGANA_STEM = /^(?![はがのをにでともへやかな]|この|その|あの|どの)[ぁ-ゖ]{2,6}$/u;

/** Kanji that end a word other than a place when a place would be read into them (会社, 新聞). */
const NOT_PLACE_STEM = /^(?:同|当|本|自|各|全|我|弊|貴|他|両|諸)$/u;

/**
 * The places of a Japanese run that ends at `end` (just before の, に, で …): the longest run
 * back from `end` that reads wholly as places — gazetteer names, names with a suffix of
 * {@link JA_PLACE_SUFFIXES}, and 国内 / 内 after a country — joined directly or by `・`.
 * Returns the parts, first to last, or nothing when the run does not end in a place.
 */
export function japanesePlacesBefore(text: string, end: number, limit = 24): PlacePart[] {
  let start = end;
  while (start > 0 && end - start < limit && (NAME_CHAR.test(text[start - 1]!) || text[start - 1] === '・' || /[ぁ-ゖ]/u.test(text[start - 1]!))) start--;
  for (let from = start; from < end; from++) {
    if (text[from] === '・') continue;
    const parts = readRun(text, from, end);
    if (parts) return parts;
  }
  return [];
}

/** Read `text[from, end)` wholly as places, left to right, longest part first; undefined if it does not read. */
function readRun(text: string, from: number, end: number): PlacePart[] | undefined {
  const parts: PlacePart[] = [];
  let at = from;
  while (at < end) {
    if (text[at] === '・') {
      at++;
      continue;
    }
    const part = partAt(text, at, end, parts.at(-1));
    if (!part) return undefined;
    parts.push(part);
    at = part.end;
  }
  return parts.length > 0 ? parts : undefined;
}

/** The longest place part starting at `at` (not past `end`). */
function partAt(text: string, at: number, end: number, before: PlacePart | undefined): PlacePart | undefined {
  const g = load();
  for (let to = Math.min(end, at + g.longestJapanese + 4); to > at; to--) {
    const written = text.slice(at, to);
    if (written.includes('・')) continue;
    if (JA_DOMESTIC.includes(written)) {
      // 内 alone only after a country (韓国内); 国内 also on its own (domestic)
      if (written === '内' && before?.role !== 'country') continue;
      return { text: written, start: at, end: to, place: undefined, role: 'domestic' };
    }
    const known = written.length >= 2 ? g.byName.get(placeKey(written)) : undefined;
    if (known) return { text: written, start: at, end: to, place: known, role: known.kind === 'country' ? 'country' : 'place' };
    const suffix = JA_PLACE_SUFFIXES.find((s) => written.endsWith(s) && written.length > s.length);
    if (suffix) {
      const stem = written.slice(0, -suffix.length);
      if (NOT_PLACE_STEM.test(stem)) continue;
      // a stem in kanji and katakana (輪島, ダナン), or wholly in hiragana (みなと市) not led by a particle or demonstrative
      const hiragana = HIRAGANA_STEM.test(stem);
      if (!hiragana && [...stem].some((c) => !NAME_CHAR.test(c))) continue;
      // a one-character suffix needs a stem of two (港区 and 北区 are rare next to 会社区分)
      if (suffix.length === 1 && stem.length < 2 && !g.byName.has(placeKey(stem))) continue;
      return { text: written, start: at, end: to, place: g.byName.get(placeKey(stem)), role: 'place' };
    }
  }
  return undefined;
}

/** The part a claim's value names: the most specific place, with the country kept before 国内 / 内. */
export function placeValue(parts: readonly PlacePart[], text: string): { value: string; start: number; end: number } | undefined {
  if (parts.length === 0) return undefined;
  const last = parts.at(-1)!;
  if (last.role === 'domestic' && parts.length >= 2) {
    const country = parts.at(-2)!;
    return { value: text.slice(country.start, last.end), start: country.start, end: last.end };
  }
  // 石川県能登地方: a region inside a prefecture is written whole; 中国大連 drops the country
  const firstInner = parts.findIndex((p) => p.role !== 'country');
  const from = firstInner < 0 ? parts.length - 1 : firstInner;
  const head = parts[from]!;
  // 同県穴水町: the anaphoric 同県 (the same prefecture) is no part of the place's name
  const start = head.start + (ANAPHORIC.exec(text.slice(head.start, last.end))?.[0].length ?? 0);
  return { value: text.slice(start, last.end).replace(/^・/, ''), start, end: last.end };
}

/** 同県, 同市, 同国 …: "the same prefecture" before a place (同県穴水町). */
const ANAPHORIC = /^同[県府都道市町村国州省区](?=[\u3005\u30a1-\u30fa\u30fc\u3400-\u9fff])/u;

/** Words before an English place name that are part of it (the Netherlands, the United States). */
const EN_ARTICLE = /^the\s+/i;

/**
 * The English place named at `at`: the longest run of capitalised words (and `the`) that the
 * gazetteer knows, with a following `, Country` kept apart (Da Nang, Vietnam). Undefined when
 * no gazetteer name starts there.
 */
export function englishPlaceAt(text: string, at: number): { value: string; start: number; end: number; place: GazetteerPlace; within?: GazetteerPlace } | undefined {
  const rest = text.slice(at, at + 80);
  const article = EN_ARTICLE.exec(rest);
  const body = article ? rest.slice(article[0].length) : rest;
  const words = /^(?:[A-Z][\p{L}.'’-]*|of|and)(?:\s+(?:[A-Z][\p{L}.'’-]*|of))*/u.exec(body);
  if (!words) return undefined;
  const tokens = words[0].split(/\s+/);
  for (let n = tokens.length; n > 0; n--) {
    const name = tokens.slice(0, n).join(' ').replace(/[.,]+$/, (m) => (/^[A-Z](?:\.[A-Z])+\.?$/.test(tokens.slice(0, n).join(' ')) ? m : ''));
    const place = placeNamed(name);
    if (!place || /^(?:of|and)$/i.test(tokens[n - 1]!)) continue;
    const start = at + (article ? article[0].length : 0);
    const end = start + name.length;
    const after = /^,\s*((?:[A-Z][\p{L}'’-]*\s?){1,3})/u.exec(text.slice(end, end + 40));
    const within = after ? placeNamed(after[1]!.trim()) : undefined;
    return { value: name, start, end, place, ...(within && within !== place ? { within } : {}) };
  }
  return undefined;
}

/** Other names of a place worth offering as aliases (English, kanji and kana), without the one written. */
export function aliasesOf(place: GazetteerPlace | undefined, written: string): string[] {
  if (!place) return [];
  const seen = new Set([placeKey(written)]);
  const out: string[] = [];
  for (const name of place.names) {
    const key = placeKey(name);
    if (seen.has(key)) continue;
    // the English name, and names in kanji or kana; not every transliteration
    if (name !== place.names[0] && !JAPANESE_NAME.test(name)) continue;
    seen.add(key);
    out.push(name);
    if (out.length >= 6) break;
  }
  return out;
}
