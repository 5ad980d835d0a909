import { aliasesOf, englishPlaceAt, japanesePlacesBefore, placeNamed, placeValue, type GazetteerPlace } from '../lang/places.js';
import { EN_LOCATING, EN_OFFSET_BEFORE, JA_LOCATING, JA_OFFSET_AFTER } from '../lang/locating.js';
import { globalOf } from '../util/regexp.js';
import type { PlaceMention } from './mention.js';

/**
 * Place claims: a statement that locates something (a company, a server, data, an event, a
 * person) at a place — 中国大連の子会社, 韓国のデータセンターで管理, ホーチミン市に本社を置く,
 * 日本国内に移転, headquartered in Ho Chi Minh City, a Da Nang-based contractor. The
 * constructions are the tables of `src/lang/locating.ts`; the place is read by `src/lang/places.ts`
 * (the gazetteer, or a name with an administrative suffix). A place named without anything
 * located there (a dateline, a list of cities) is not a claim.
 */

/** The place mentions of one line `text[start, end)`, in the order they are written. */
export function scanPlaces(text: string, start: number, end: number, english: boolean): PlaceMention[] {
  const line = text.slice(start, end);
  if (!(english ? EN_LOCATING.any : JA_LOCATING.any).test(line)) return [];
  const found = english ? englishPlaces(text, start, end) : japanesePlaces(text, start, end);
  // one mention per place span, the first construction wins
  const seen = new Set<number>();
  return found
    .filter((m) => !isOffsetPoint(text, m.start, m.end, english))
    .filter((m) => (seen.has(m.start) ? false : (seen.add(m.start), true)))
    .sort((a, b) => a.start - b.start);
}

/** True when the place is the point a distance is measured from (穴水町の北東約42キロ, 30 miles north of Miami). */
function isOffsetPoint(text: string, start: number, end: number, english: boolean): boolean {
  return english ? EN_OFFSET_BEFORE.test(text.slice(Math.max(0, start - 40), start)) : JA_OFFSET_AFTER.test(text.slice(end, end + 16));
}

function mention(start: number, end: number, value: string, located: string, place: GazetteerPlace | undefined, strong: boolean): PlaceMention {
  const flags: PlaceMention['flags'][number][] = [];
  if (!strong) flags.push('weak-place');
  if (!place) flags.push('bare');
  return { type: 'place', kind: 'place', start, end, value, located, aliases: aliasesOf(place, value), flags };
}

function japanesePlaces(text: string, start: number, end: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const construction of JA_LOCATING.after) {
    const re = globalOf(construction.pattern, 'gu');
    const line = text.slice(start, end);
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const at = start + m.index;
      const parts = japanesePlacesBefore(text, at);
      if (construction.countryOnly && (parts.length !== 1 || parts[0]!.role !== 'country')) continue;
      const value = placeValue(parts, text);
      if (!value) continue;
      const known = [...parts].reverse().find((p) => p.place)?.place;
      const located = m.groups?.['what'] ?? construction.located;
      out.push(mention(value.start, value.end, value.value, located, known, construction.strong));
    }
  }
  for (const construction of JA_LOCATING.before) {
    const re = globalOf(construction.pattern, 'gu');
    const line = text.slice(start, end);
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const from = start + m.index + m[0].length;
      // the place after the cue runs to the next particle: 震源は石川県能登地方で
      let to = from;
      while (to < end && to - from < 24 && /[\u3005\u30a1-\u30fa\u30fc\u3400-\u9fff・]/u.test(text[to]!)) to++;
      const parts = japanesePlacesBefore(text, to);
      const value = placeValue(parts, text);
      if (!value || value.start < from) continue;
      const known = [...parts].reverse().find((p) => p.place)?.place;
      out.push(mention(value.start, value.end, value.value, construction.located, known, construction.strong));
    }
  }
  return out;
}

function englishPlaces(text: string, start: number, end: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  const line = text.slice(start, end);
  for (const construction of EN_LOCATING.before) {
    const re = globalOf(construction.pattern, 'giu');
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const at = start + m.index + m[0].length;
      const place = englishPlaceAt(text, at);
      const located = (m.groups?.['what'] ?? construction.located).toLowerCase();
      if (place) {
        out.push(mention(place.start, place.end, place.value, located, place.place, construction.strong));
        continue;
      }
      // based in / headquartered in: a capitalised name the gazetteer does not know is still a place
      if (!construction.namesAnyPlace) continue;
      const name = /^(?:the\s+)?((?:[A-Z][\p{L}'’-]+)(?:\s+[A-Z][\p{L}'’-]+){0,3})/u.exec(text.slice(at, Math.min(end, at + 60)));
      if (!name) continue;
      const s = at + name[0].length - name[1]!.length;
      out.push(mention(s, s + name[1]!.length, name[1]!, located, undefined, false));
    }
  }
  // a Da Nang-based contractor
  const based = /([A-Z][\p{L}'’]*(?:\s+[A-Z][\p{L}'’]*){0,3})-(?:based|headquartered)\s+(\p{L}+)/gu;
  for (let m = based.exec(line); m; m = based.exec(line)) {
    const words = m[1]!.split(/\s+/);
    // the longest tail of the capitalised words that names a place (a Da Nang-based firm)
    for (let k = 0; k < words.length; k++) {
      const name = words.slice(k).join(' ');
      const place = placeNamed(name);
      if (!place) continue;
      const s = start + m.index + m[1]!.length - name.length;
      out.push(mention(s, s + name.length, name, m[2]!.toLowerCase(), place, true));
      break;
    }
  }
  return out;
}
