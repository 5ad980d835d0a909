import { placeNamed } from '../lang/places.js';
import type { Reading } from './types.js';

/**
 * Places by the gazetteer: the same country however written (日本, 日本国内, Japan) is one
 * place, a city lies within its country (大連 and 中国 overlap: one is the more precise), other
 * places are apart. A place the gazetteer does not know relates to nothing but itself.
 */

interface Located {
  readonly country: string;
  readonly level: 'country' | 'city';
}

/** Words for "within" a country after its name (国外 and 海外 are outside it). */
const WITHIN = ['国内', '内'];

const cache = new Map<string, Located | null>();

/** The country (and whether the name is the country or a city in it) of a written place. */
function locate(name: string): Located | undefined {
  const known = cache.get(name);
  if (known !== undefined) return known ?? undefined;
  let place = placeNamed(name);
  // 日本国内, 韓国内: within the country is the country
  if (!place) {
    const domestic = WITHIN.find((w) => name.length > w.length && name.endsWith(w));
    if (domestic) place = placeNamed(name.slice(0, -domestic.length));
  }
  const found: Located | null = place ? { country: place.country, level: place.kind } : null;
  if (cache.size > 10_000) cache.clear();
  cache.set(name, found);
  return found ?? undefined;
}

/**
 * The reading of a place: a country, however written (日本, 日本国内, Japan), reads as that
 * country's key; a city the gazetteer knows keeps its own key and names its country's as
 * `within`; any other place is its own key.
 */
export function placeReading(key: string, names: readonly string[]): Extract<Reading, { type: 'text' }> {
  const found = names.map(locate).find((x) => x !== undefined);
  if (!found) return { type: 'text', key };
  if (found.level === 'country') return { type: 'text', key: countryKey(found.country) };
  return { type: 'text', key, within: countryKey(found.country) };
}

/** The key every name of a country reads as. */
export function countryKey(code: string): string {
  return `\u0000country:${code}`;
}
