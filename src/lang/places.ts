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
  /** In thousands (0 when the data sets give none). */
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
  /** The last characters of Japanese names and suffixes: a run ending in another is no place. */
  readonly lastChars: ReadonlySet<string>;
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
  const lastChars = new Set<string>(['内', ...JA_PLACE_SUFFIXES.map((x) => x.at(-1)!)]);
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
      const japanese = isJapaneseName(name);
      // names in kanji and kana are their own keys (the fold changes nothing in them)
      const key = japanese ? name : placeKey(name);
      if (key.length < 2) continue;
      const known = byName.get(key);
      // a country before a city of its name; else the more populous
      if (!known || (known.kind === 'city' && (place.kind === 'country' || place.population > known.population))) byName.set(key, place);
      if (japanese) {
        if (name.length > longestJapanese) longestJapanese = name.length;
        lastChars.add(name.at(-1)!);
      }
    }
  }
  gazetteer = { byName, longestJapanese: Math.min(longestJapanese, 12), lastChars };
  return gazetteer;
}

/** True when every character is kanji (々 included) or kana: a Japanese or Chinese name. */
function isJapaneseName(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!(c === 0x3005 || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff))) return false;
  }
  return true;
}

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
 * The places of a Japanese run that ends at `end` (just before の, に, で …): read right to left,
 * the longest place part ending at each point — gazetteer names, names with a suffix of
 * {@link JA_PLACE_SUFFIXES}, and 国内 / 内 after a country — joined directly or by `・`, as far
 * back as the run reads as places (at most `limit` characters). Returns the parts, first to last,
 * or nothing when the run does not end in a place.
 */
export function japanesePlacesBefore(text: string, end: number, limit = 24): PlacePart[] {
  const parts: PlacePart[] = [];
  const floor = Math.max(0, end - limit);
  let at = end;
  while (at > floor) {
    if (text[at - 1] === '・' && parts.length > 0) {
      at--;
      continue;
    }
    const part = partEndingAt(text, at, floor);
    if (!part) break;
    parts.unshift(part);
    at = part.start;
  }
  return parts;
}

/** The key a written name is looked up by: itself when it is all kanji and kana, else folded. */
function keyOf(written: string): string {
  return isJapaneseName(written) ? written : placeKey(written);
}

/** A country ending at `end` (韓国 before 内), or undefined. */
function countryEndingAt(text: string, end: number): GazetteerPlace | undefined {
  const g = load();
  for (let from = Math.max(0, end - 6); from < end - 1; from++) {
    const known = g.byName.get(keyOf(text.slice(from, end)));
    if (known?.kind === 'country') return known;
  }
  return undefined;
}

/** Suffix kanji that end one place of a run: a stem holding one is two places (石川県輪島 → 石川県 + 輪島). */
const INNER_SUFFIX = /[県府省州]/u;

/** The longest place part ending at `end` (not before `floor`). */
function partEndingAt(text: string, end: number, floor: number): PlacePart | undefined {
  const g = load();
  if (!g.lastChars.has(text[end - 1] ?? '')) return undefined;
  // the kanji and katakana run ending here bounds the part; a hiragana stem is tried on its own
  let runStart = end;
  const reach = Math.max(floor, end - g.longestJapanese - 4);
  while (runStart > reach && NAME_CHAR.test(text[runStart - 1]!)) runStart--;
  for (let from = runStart; from < end; from++) {
    const written = text.slice(from, end);
    if (written.includes('・')) continue;
    if (JA_DOMESTIC.includes(written)) {
      // 韓国内, 中国内: the country's 国 is not the 国 of 国内
      if (written === '国内' && countryEndingAt(text, from + 1)) continue;
      // 内 alone only after a country; 国内 also on its own (domestic)
      if (written === '内' && !countryEndingAt(text, from)) continue;
      return { text: written, start: from, end, place: undefined, role: 'domestic' };
    }
    const known = written.length >= 2 ? g.byName.get(keyOf(written)) : undefined;
    if (known) return { text: written, start: from, end, place: known, role: known.kind === 'country' ? 'country' : 'place' };
    const suffix = JA_PLACE_SUFFIXES.find((x) => written.endsWith(x) && written.length > x.length);
    if (!suffix) continue;
    const stem = written.slice(0, -suffix.length);
    if (NOT_PLACE_STEM.test(stem) || INNER_SUFFIX.test(stem)) continue;
    // a stem in kanji and katakana (輪島, ダナン); one wholly in hiragana (みなと市) is read apart
    if ([...stem].some((c) => !NAME_CHAR.test(c))) continue;
    // a stem that starts with a country is two places (中国大連市 → 中国 + 大連市)
    if (countryStarting(stem)) continue;
    // a one-character suffix needs a stem of two (港区 and 北区 are rare next to 会社区分)
    if (suffix.length === 1 && stem.length < 2 && !g.byName.has(keyOf(stem))) continue;
    return { text: written, start: from, end, place: g.byName.get(keyOf(stem)), role: 'place' };
  }
  return hiraganaPlaceEndingAt(text, end, floor);
}

/** A place whose stem is wholly hiragana before a suffix (みなと市), ending at `end`. */
function hiraganaPlaceEndingAt(text: string, end: number, floor: number): PlacePart | undefined {
  const suffix = JA_PLACE_SUFFIXES.find((x) => text.endsWith(x, end));
  if (!suffix) return undefined;
  const stemEnd = end - suffix.length;
  let from = stemEnd;
  while (from > floor && stemEnd - from < 6 && /[ぁ-ゖ]/u.test(text[from - 1]!)) from--;
  for (; from < stemEnd - 1; from++) {
    if (HIRAGANA_STEM.test(text.slice(from, stemEnd))) return { text: text.slice(from, end), start: from, end, place: undefined, role: 'place' };
  }
  return undefined;
}

/** True when `stem` starts with a country and goes on (中国大連). */
function countryStarting(stem: string): boolean {
  const g = load();
  for (let k = 2; k < Math.min(stem.length, 7); k++) if (g.byName.get(keyOf(stem.slice(0, k)))?.kind === 'country') return true;
  return false;
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
    if (name !== place.names[0] && !isJapaneseName(name)) continue;
    seen.add(key);
    out.push(name);
    if (out.length >= 6) break;
  }
  return out;
}
