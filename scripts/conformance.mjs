#!/usr/bin/env node
/**
 * Conformance: scores `urazuke extract` against a peer's test suite, the spec files of Microsoft
 * Recognizers-Text (read from ../shared/peer/recognizers beside the repository, or `--specs
 * <dir>`, or URAZUKE_PEER_SPECS; their README.md states how urazuke is scored).
 *
 * Each spec entry's `Input` becomes a UTF-8 capture `seeds/<category>-<n>.txt` of a temporary
 * repository, dated (`published:` in seeds/sources.yaml) by the day of its
 * `Context.ReferenceDateTime`; the built CLI then runs once per category:
 * `node dist/bin.js extract seeds --format json --min-confidence 0 --dir <tmp>`. A candidate's
 * figure is placed in its input through its quote (verbatim in the input; the figure verbatim in
 * the quote), and candidates are matched to the expected results by overlap of spans (the specs
 * give `Start`/`End`, End inclusive, or `Start`/`Length`).
 *
 * An expected result is
 * - detected: some candidate's figure overlaps its span;
 * - right: one such candidate states the expected value:
 *   numbers (number, ordinal, age, currency, dimension): `Resolution.value`, the qualifier not
 *     compared (the number inside {min: n}, {approx: n} … counts; a share counts as its percent);
 *   percents: "70%" is a share of 0.7;
 *   ranges: "[32,)" = {min: 32}, "(32,)" = {gt: 32}, "(,32]" = {max: 32}, "(,32)" = {lt: 32},
 *     "(X,Y]" = {gt: X, max: Y}; "[X,Y)" is a span X–Y, right as {min: X, max: Y} (or lt: Y)
 *     unless its text says 未満 / less than / below / under, then only as {min: X, lt: Y};
 *     "[X,X]" is X itself;
 *   dates: the candidate's value as an interval of days (a year is the whole year, '2018-08' the
 *     month, {from, to} closed, {before}/{after} open) equals one of the expected values as an
 *     interval: its resolved start/end (end exclusive) or value, or its timex (with its Mod:
 *     before, after, since, until); a range the peer ends exclusively, (2014-01-01,2018-01-01),
 *     is also right when the candidate's last year, month or day begins on that end
 *     ({from: 2014, to: 2018}); a bound on a point (before/after a day) may differ by the one day
 *     of the inclusive/exclusive convention; a timex without a year and without resolved values
 *     is compared on month and day in the candidate's year.
 * Entries flagged NotSupported / NotSupportedByDesign for `dotnet` are skipped; entries flagged
 * only for other ports are kept; IgnoreResolution entries, DateExtractor entries (no resolution)
 * and results without a numeric or date resolution count for detection only. Entries repeated
 * across the DateTime Model / Parser / Extractor files count once, by (Input, Text).
 *
 * Reported apart, not hidden: bare inputs (the trimmed input is the expected figure itself: 二,
 * sixteen) and results out of scope by design (times of day, durations and durations written as
 * spans such as 2週間以内に / next 3 weeks / the past two quarters / the next fortnight, sets, time zones, powers such as 2^5, dozens, phone
 * numbers). Every other result is tagged claim-like when it is a date, a percent, a range (its
 * Text is a qualifier) or an amount with a unit, or, for plain numbers and ordinals, when a unit
 * or counter follows its digits (in the expected Text or attached after it in the input: 人, 回,
 * 円, キロ, %, percent, people, a plural noun), a currency sign stands before it, or a qualifier
 * stands in it or next to it (以上, 未満, 約, くらい, more than, at least, or more …). The headline
 * per category is right / comparable over the claim-like results, all-in and by urazuke's
 * meanings (below); the figure over every result
 * in scope and the bare and out-of-scope counts are printed beside it, and dates wrong only by
 * the peer's exclusive reading of 以降 / 以前 (after 2018 = from 2019-01-01) are counted apart.
 *
 * Dates wrong only by a meaning of date words urazuke states (DESIGN.md, "The language layer" and
 * "extract in detail"; src/lang/calendar.ts) are counted apart too, each only when an overlapping
 * candidate is exactly what that meaning gives for the unit the peer resolved (the same year,
 * month, week or day; a wrong year is never by design):
 * - parts: the peer's Mod is start / mid / end (or before-, after-, since-, until- one of them),
 *   the Text names one part word of the matching kind (初め 初旬 上旬 年初 … , 半ば 中旬, 下旬 末 年末
 *   終わり, early, beginning, mid, late, end) and the candidate is our calendar's part of the
 *   peer's year, month or ISO week (年末 = December, 初め of a year January–April, of a month days
 *   1–10, 下旬 / 月末 21 to the last day, the middle of a week Wednesday–Thursday), bounded as its
 *   bound word reads (以降 from its first day, 以前 / まで to its last, a lone since it itself); or
 *   the Text says earlier / later this (in the) week, month or year, the peer has no Mod, and the
 *   candidate runs from the unit's start to the reference day or from that day to its end;
 * - lone since: the peer has Mod since (or after) with an open end, the Text ends in から or begins
 *   with since / from / starting / beginning (or the input has it right there), no end follows (まで, to,
 *   until), and the candidate is the named date itself: the peer's timex as an interval, its first
 *   day the peer's start (for after: its last day the day before);
 * - offsets: the Text is an offset from the reference day and nothing else (2年前, 2か月前,
 *   今から2週間後, two years ago, in 3 weeks, a fortnight later, two weeks from now) in years,
 *   months or weeks, the peer resolves a day without Mod, and the candidate is the whole year,
 *   month or ISO week holding that day;
 * - centuries: the Text says 世紀 / century, the peer has (Y00-01-01,(Y+1)00-01-01,P100Y) and the
 *   candidate is Y01-01-01..(Y+1)00-12-31;
 * - spans of parts: the Text is between / from the beginning, middle or end of a year or month and
 *   to the beginning, middle or end of another, and the candidate runs from our first part's first
 *   day to our second's last (counted with parts);
 * - coming weekday: the Text is 次の金曜日 / this coming Friday, the peer resolves next week's, and
 *   the candidate is the first such weekday after the reference day.
 * A peer value 0001-01-01 (no such day: the fifth Sunday of a month with four) is right for a
 * candidate urazuke writes as an unresolved date.
 * They stay wrong in the claim-like all-in figure; the headline beside it, right/comparable
 * (claim-like, urazuke's meanings), leaves them and the 以降 / 以前 ones out of the comparable count.
 *
 * Usage: npm run conformance [-- --json | --failures <category-substring> [--limit n]]
 *        [--specs <dir>]
 * --json prints every result with what was proposed for it (and boundConvention or byDesign with
 * byDesignNote when counted apart); --failures lists the failing claim-like results of the
 * categories whose name contains the substring (first 40 unless --limit), those counted apart
 * with a note saying which meaning. Exit 0 whenever it ran (a measure, not a gate); 2 when the specs or the build are
 * missing or an option is wrong.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'dist', 'bin.js');

/** Categories, in the order printed. Files are matched by name; date files are read Model first. */
const CATEGORIES = [
  { name: 'Japanese number', slug: 'japanese-number', lang: 'ja', model: 'number', files: /^Number-Japanese-NumberModel\.json$/ },
  { name: 'Japanese ordinal', slug: 'japanese-ordinal', lang: 'ja', model: 'number', files: /^Number-Japanese-OrdinalModel\.json$/ },
  { name: 'Japanese range', slug: 'japanese-range', lang: 'ja', model: 'range', files: /^Number-Japanese-NumberRangeModel\.json$/ },
  { name: 'Japanese percent', slug: 'japanese-percent', lang: 'ja', model: 'percent', files: /^Number-Japanese-PercentModel\.json$/ },
  { name: 'Japanese number with unit', slug: 'japanese-unit', lang: 'ja', model: 'number', files: /^NumberWithUnit-Japanese-.*\.json$/ },
  { name: 'Japanese date', slug: 'japanese-date', lang: 'ja', model: 'date', files: /^DateTime-Japanese-.*\.json$/ },
  { name: 'English number', slug: 'english-number', lang: 'en', model: 'number', files: /^Number-English-NumberModel\.json$/ },
  { name: 'English range', slug: 'english-range', lang: 'en', model: 'range', files: /^Number-English-NumberRangeModel\.json$/ },
  { name: 'English percent', slug: 'english-percent', lang: 'en', model: 'percent', files: /^Number-English-PercentModel\.json$/ },
  { name: 'English date', slug: 'english-date', lang: 'en', model: 'date', files: /^DateTime-English-.*\.json$/ },
];

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`conformance: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);

async function main() {
  let options;
  try {
    options = parseArgs({
      options: {
        specs: { type: 'string' },
        json: { type: 'boolean', default: false },
        failures: { type: 'string' },
        limit: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`conformance: ${error.message}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write('Usage: node scripts/conformance.mjs [--specs <dir>] [--json] [--failures <category-substring> [--limit n]]\n');
    return 0;
  }
  const limit = options.limit === undefined ? 40 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 0) {
    process.stderr.write(`conformance: --limit expects a whole number, got '${options.limit}'\n`);
    return 2;
  }
  const specDir = path.resolve(options.specs ?? process.env['URAZUKE_PEER_SPECS'] ?? path.join(ROOT, '..', 'shared', 'peer', 'recognizers'));
  if (!existsSync(specDir)) {
    process.stderr.write(`conformance: no peer spec folder at ${specDir}\n  (expected the Recognizers-Text spec files there; point to them with --specs <dir> or URAZUKE_PEER_SPECS)\n`);
    return 2;
  }
  if (!existsSync(BIN)) {
    process.stderr.write(`conformance: ${path.relative(process.cwd(), BIN)} is missing: run npm run build first (npm run conformance does)\n`);
    return 2;
  }

  const started = Date.now();
  const specFiles = (await readdir(specDir)).filter((f) => f.endsWith('.json')).sort(byModelFirst);
  const loaded = [];
  for (const category of CATEGORIES) {
    const files = specFiles.filter((f) => category.files.test(f));
    loaded.push({ category, ...(await loadCategory(specDir, category, files)) });
  }
  if (loaded.every((c) => c.files.length === 0)) {
    process.stderr.write(`conformance: no Recognizers-Text spec files (Number-*.json, DateTime-*.json …) in ${specDir}\n`);
    return 2;
  }

  const tmp = await mkdtemp(path.join(os.tmpdir(), 'urazuke-conformance-'));
  let results;
  try {
    results = [];
    // Two categories at a time: each run already uses a worker per core.
    const queue = [...loaded];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) results.push(await runCategory(tmp, next));
    };
    await Promise.all([worker(), worker()]);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  results.sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
  const source = await readFile(path.join(specDir, 'SOURCE.md'), 'utf8').catch(() => '');
  const commit = /\b[0-9a-f]{40}\b/.exec(source)?.[0];
  const seconds = (Date.now() - started) / 1000;

  if (options.json) {
    process.stdout.write(`${JSON.stringify({ specs: specDir, ...(commit ? { commit } : {}), seconds, categories: results.map(toJson) }, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(table(results, { specDir, commit, seconds }));
  if (options.failures !== undefined) {
    const wanted = options.failures.toLowerCase();
    const chosen = results.filter((r) => r.category.name.toLowerCase().includes(wanted));
    if (chosen.length === 0) process.stdout.write(`\nNo category matches '${options.failures}' (${CATEGORIES.map((c) => c.name).join(', ')}).\n`);
    for (const r of chosen) process.stdout.write(failures(r, limit));
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Loading the specs

/** Model files first, then parsers, then extractors: the first of duplicated entries is kept. */
function byModelFirst(a, b) {
  const rank = (f) => (/Model\.json$/.test(f) ? 0 : /Parser\.json$/.test(f) ? 1 : 2);
  return rank(a) - rank(b) || a.localeCompare(b);
}

async function loadCategory(dir, category, files) {
  const entries = [];
  const expectations = [];
  const seen = new Set();
  let skipped = 0;
  for (const file of files) {
    const text = (await readFile(path.join(dir, file), 'utf8')).replace(/^\uFEFF/, '');
    const list = JSON.parse(text);
    list.forEach((raw, index) => {
      const results = Array.isArray(raw.Results) ? raw.Results : [];
      if (results.length === 0 || typeof raw.Input !== 'string') return;
      if (/dotnet/i.test(`${raw.NotSupported ?? ''} ${raw.NotSupportedByDesign ?? ''}`)) {
        skipped += results.length;
        return;
      }
      const fresh = category.model === 'date'
        ? results.filter((r) => {
            const key = `${raw.Input}\u0000${String(r.Text).toLowerCase()}`;
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
          })
        : results;
      if (fresh.length === 0) return;
      const reference = /^(\d{4}-\d{2}-\d{2})/.exec(raw.Context?.ReferenceDateTime ?? '')?.[1];
      const entry = { spec: file, index, input: raw.Input, reference, capture: `seeds/${category.slug}-${entries.length}.txt` };
      entries.push(entry);
      for (const r of fresh) expectations.push(expectation(category, entry, raw, r, file));
    });
  }
  return { files, entries, expectations, skipped };
}

/** One expected result, classified and with its value parsed. */
function expectation(category, entry, raw, result, file) {
  const start = result.Start;
  const end = result.End !== undefined ? result.End + 1 : result.Start + result.Length;
  const typeName = String(result.TypeName ?? result.Typename ?? result.Type ?? '').replace(/^datetimeV2\./, '');
  const e = {
    entry,
    text: result.Text,
    start,
    end,
    typeName,
    resolution: result.Resolution ?? result.Value,
    class: 'scored',
    claimLike: false,
  };
  const outOfScope = outOfScopeReason(category, entry.input, result.Text, typeName, entry.input.slice(end));
  if (outOfScope) return { ...e, class: 'out-of-scope', reason: outOfScope };
  if (isBare(entry.input, start, end)) e.class = 'bare';
  else e.claimLike = isClaimLike(category, entry.input, start, end);
  const parsed = raw.IgnoreResolution ? undefined : parseExpected(category, result, typeName);
  if (parsed) e.expected = parsed;
  else e.detectionOnly = raw.IgnoreResolution ? 'IgnoreResolution' : /Extractor\.json$/.test(file) ? 'extractor spec (no resolution)' : 'no numeric or date resolution';
  return e;
}

const TIME_TYPES = { time: 'time of day', timerange: 'time of day', datetime: 'time of day', datetimerange: 'time of day', duration: 'duration', set: 'set', timezone: 'time zone' };

function outOfScopeReason(category, input, text, typeName, after = '') {
  if (category.model === 'date') {
    if (typeName !== 'date' && typeName !== 'daterange') return TIME_TYPES[typeName] ?? `type ${typeName || '(none)'}`;
    if (typeName === 'daterange' && isDurationSpan(text)) return 'duration span';
    return undefined;
  }
  if (/\^|乗|[x×]\s*10\b/i.test(text)) return 'power';
  if (/dozen|\bdozs?\b|ダース/i.test(text)) return 'dozen';
  if (/phone|電話/i.test(input)) return 'phone number';
  // ２０時, 20:30, 8 p.m.: a time of day written with a number (as the date models class them)
  if (/^(?:\s*時(?!間)|:\d\d|\s*[ap]\.?m\b)/i.test(after)) return 'time of day';
  return undefined;
}

const EN_COUNT = '\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|few|several|couple(?:\\s+of)?';
const DURATION_EN = new RegExp(`\\b(${EN_COUNT})\\s+((next|upcoming|coming|past|previous|last|following|business)\\s+)*(days?|weeks?|months?|quarters|years?|decades?)\\b(?!\\s+of\\b)|\\b(?:next|upcoming|coming|past|previous|last|following)\\s+fortnight\\b|\\bwithin\\b`, 'i');
const JA_COUNT = '[0-9０-９〇一二三四五六七八九十百]+';
const DURATION_JA = new RegExp(
  [
    `(?<![第0-9０-９〇一二三四五六七八九十百])${JA_COUNT}\\s*(日間|週間|か月|ヶ月|ケ月|カ月|ヵ月|箇月|年間|営業日|週(?!目))`,
    // 2日後, 3年前: a count of days or years from now (not 2016年1月1日前, 平成19年前, 2018年前).
    `(?<![月年0-9０-９〇一二三四五六七八九十百]|平成|昭和|令和|大正|明治)([0-9０-９]{1,2}|[一二三四五六七八九十]+)\\s*[日年]\\s*(後|前)`,
    '以内',
  ].join('|'),
  'u',
);

/** A span written as a length of time (2週間以内に, 過去20年間, next 3 weeks) rather than as dates. */
function isDurationSpan(text) {
  return DURATION_EN.test(text) || DURATION_JA.test(text);
}

/** The trimmed input, less a closing full stop, is the expected figure itself. */
function isBare(input, start, end) {
  const whole = input.trim().replace(/[.。!！?？]+$/u, '').trim();
  return whole === input.slice(start, end).trim();
}

// Claim-likeness -------------------------------------------------------------------------------

/**
 * Claim-like: dates, percents (the percent is their unit), ranges (written with a qualifier) and
 * amounts with a unit are so by their kind; a plain number or ordinal when a unit or counter
 * follows its digits (in its Text or attached after it), a currency sign stands before it, or a
 * qualifier stands in or next to it.
 */
function isClaimLike(category, input, start, end) {
  const text = input.slice(start, end);
  switch (category.model) {
    case 'date':
    case 'percent':
    case 'range':
      return true;
  }
  if (category.slug === 'japanese-unit' && /[0-9０-９〇零一二三四五六七八九十百千万億兆]/u.test(text) && !/^[\p{Script=Hiragana}\s]+$/u.test(text)) return true;
  if (/[$¥￥€£\\]\s*$/u.test(input.slice(0, start)) || /^[^0-9]{0,3}[$¥￥€£\\]/u.test(text)) return true;
  return category.lang === 'ja' ? japaneseClaimLike(input, text, start, end) : englishClaimLike(input, text, start, end);
}

const JA_NUMERAL = /[0-9０-９〇零一二三四五六七八九十百千万萬億兆京壱壹弐貳参參拾廿卅阡佰仟,，、.．・点/／\s]/u;
/** Parts of a written number that are not a unit: 8分の5, 二十三と五分の三, 二十数万, 1500余り万, マイナス五. */
const JA_CONNECTOR = /分の|と|また|数|余り|余|マイナス|プラス|[-−－+＋]/gu;
/** Counters and units that follow a Japanese numeral (besides katakana units, Latin units and symbols). */
const JA_COUNTER = /^(人|名|回|度|件|個|本|枚|台|匹|頭|羽|冊|歳|才|年|月|日|時|分|秒|週|倍|割|位|番|号|点|階|社|校|国|軒|隻|機|発|票|席|戸|棟|話|巻|杯|粒|足|着|語|字|行|円|元|銭|角|箇|ヵ|ヶ|ケ|か所|カ所|世紀|期|代|周|部|隻|つ|%|％|‰|℃|°)/u;
const JA_QUALIFIER_BEFORE = /約|およそ|おおよそ|少なくとも|最大|最低|最高|多くて|少なくて|ほぼ|わずか|僅か|実に|だいたい|大体/u;
const JA_QUALIFIER_AFTER = /^[^、。]{0,3}?(以上|以下|未満|超|近く|余り|あまり|前後|程度|ほど|くらい|ぐらい|強|弱|より(多|少|大|小|高|低|上|下)|を(超|上回|下回)|から|まで|〜|~|～)/u;

function japaneseClaimLike(input, text, start, end) {
  // A unit after the digits within the Text (29歳, 7千円, 九パーセント, 100ユーロと30).
  const reduced = text.replace(JA_CONNECTOR, '');
  const first = [...reduced].findIndex((c) => /[0-9０-９〇零一二三四五六七八九十百千]/u.test(c));
  if (first < 0) return false;
  if ([...reduced].slice(first).some((c) => !JA_NUMERAL.test(c) && !/\p{Script=Hiragana}/u.test(c))) return true;
  // Or attached after it in the input (二十六人, 一匹, 十キロ, ２つ).
  const after = input.slice(end);
  if (JA_COUNTER.test(after) || /^[\p{Script=Katakana}ー]{2,}|^[A-Za-zＡ-Ｚａ-ｚ]/u.test(after)) return true;
  return JA_QUALIFIER_BEFORE.test(input.slice(Math.max(0, start - 6), start)) || JA_QUALIFIER_AFTER.test(after) || /以上|以下|未満|約/u.test(text);
}

const EN_NUMERAL = /^([\d,.]*\d[\d,.]*(e[-+]?\d+)?(k|m|mm|b|g|bn|bln|tln|mil|mln|st|nd|rd|th|s)?|zero|naught|nought|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|lakh|crore|k|m|mm|b|g|bn|bln|tln|mil|mln|half|halves|quarters?|thirds?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?|thousandths?|millionths?|trillionths?|[a-z]+-?(firsts?|seconds?|thirds?|ths?)|and|a|an|point|minus|negative|plus|over|of|out|in|[-+/.,¾½¼])$/i;
const EN_UNIT = /^(%|percent|per|people|persons?|times|dollars?|cents?|euros?|yen|pounds?|yuan|rupees?|km|kg|g|mg|lbs?|miles?|meters?|metres?|feet|foot|inches?|tons?|tonnes?|ml|l|litres?|liters?|hours?|minutes?|seconds?|days?|weeks?|months?|years?|points?|votes?)$/i;
const EN_NOT_NOUN = /^(is|was|has|does|this|its|his|hers|ours|yours|theirs|as|us|yes|always|thus|less|plus|unless|whereas|across|perhaps|besides|towards|equals)$/i;
const EN_QUALIFIER = /\b(more|less|fewer|greater|larger|higher|lower|smaller|bigger)\s+(or\s+equal\s+)?than\b|\b(at\s+least|at\s+most|up\s+to|no\s+more|no\s+less|between|about|around|approximately|nearly|almost|roughly|over|under|above|below|exceed\w*|surpass\w*)\s*$|[<>≤≥~]\s*$/i;

function englishClaimLike(input, text, start, end) {
  // A unit after the number within the Text (10 percent, 3 hundred and 21 yuan).
  const words = text.split(/[\s-]+/).filter(Boolean);
  const first = words.findIndex((w) => /\d/.test(w) || EN_NUMERAL.test(w));
  if (first >= 0 && words.slice(first).some((w) => EN_UNIT.test(w) || !EN_NUMERAL.test(w.replace(/[.,]$/, '').toLowerCase()))) return true;
  // Or after it in the input: %, a unit, or a plural noun (people, apples, boxes).
  if (/^\s?[%‰]/.test(input.slice(end))) return true;
  const next = /^\s?([A-Za-z]+)/.exec(input.slice(end))?.[1];
  if (next && (EN_UNIT.test(next) || (/s$/i.test(next) && next.length > 3 && !EN_NOT_NOUN.test(next)))) return true;
  // Or a qualifier right before it (more than 30, at least 20) or after it (30 or more).
  const before = input.slice(Math.max(0, start - 30), start);
  return EN_QUALIFIER.test(before) || /^\s*(or\s+(more|less|greater|fewer|above|below|over|under)|and\s+(more|over|above|up))\b/i.test(input.slice(end, end + 16));
}

// Expected values -----------------------------------------------------------------------------

function parseExpected(category, result, typeName) {
  const resolution = result.Resolution ?? result.Value;
  if (!resolution) return undefined;
  switch (category.model) {
    case 'number': {
      const value = toNumber(resolution.value);
      return value === undefined ? undefined : { type: 'number', value };
    }
    case 'percent': {
      const m = /^\s*([-+]?\d*\.?\d+(?:e[-+]?\d+)?)\s*%\s*$/i.exec(String(resolution.value ?? ''));
      return m ? { type: 'percent', value: Number(m[1]) / 100, written: resolution.value } : undefined;
    }
    case 'range': {
      const range = parseInterval(String(resolution.value ?? ''));
      if (!range) return undefined;
      return { type: 'range', ...range, strict: /未満|(less|fewer)\s+than(?!\s+or\s+equal)|\bbelow\b|\bunder\b/i.test(result.Text) };
    }
    case 'date': {
      const alternatives = dateAlternatives(resolution, typeName);
      return alternatives.length > 0 ? { type: 'date', alternatives } : undefined;
    }
  }
  return undefined;
}

function toNumber(value) {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const n = Number(value.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** "[32,)", "(10,20]", "[1000,1500)" → bounds; undefined for anything else. */
function parseInterval(written) {
  const m = /^\s*([[(])\s*([^,\s]*)\s*,\s*([^,\s]*)\s*([\])])\s*$/.exec(written);
  if (!m) return undefined;
  const lo = m[2] === '' ? undefined : toNumber(m[2]);
  const hi = m[3] === '' ? undefined : toNumber(m[3]);
  if ((m[2] !== '' && lo === undefined) || (m[3] !== '' && hi === undefined)) return undefined;
  return {
    written,
    lo: lo === undefined ? undefined : { value: lo, closed: m[1] === '[' },
    hi: hi === undefined ? undefined : { value: hi, closed: m[4] === ']' },
  };
}

// Dates as day numbers -------------------------------------------------------------------------

const day = (y, m, d) => Date.UTC(y, m - 1, d) / 86_400_000;
const lastDayOf = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** 'YYYY-MM-DD…' → day number. */
function dayOf(written) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(written ?? ''));
  return m ? day(+m[1], +m[2], +m[3]) : undefined;
}

const SEASONS = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/**
 * A timex date as the days it covers: {lo, hi} (hi inclusive), `exclusiveEnd` for a range
 * `(a,b,P…)`. `year` stands in for an unwritten year (XXXX). Undefined when not a date.
 */
function timexInterval(timex, year) {
  if (typeof timex !== 'string' || timex.includes('T') || /_REF$/.test(timex)) return undefined;
  const range = /^\((.+?),(.+?),P[^)]*\)$/.exec(timex);
  if (range) {
    const a = timexInterval(range[1], year);
    let b = timexInterval(range[2], year);
    if (!a || !b) return undefined;
    // (XXXX-10-25,XXXX-01-25): the end is in the next year.
    if (range[2].startsWith('XXXX') && b.lo < a.lo && year !== undefined) b = timexInterval(range[2], year + 1);
    return { lo: a.lo, hi: b.lo - 1, exclusiveEnd: b.lo };
  }
  const m = /^(\d{4}|XXXX)(?:-(\d{2}|XX))?(?:-(\d{2}|XX))?$/.exec(timex);
  if (m) {
    const y = m[1] === 'XXXX' ? year : +m[1];
    if (y === undefined || m[2] === 'XX' || m[3] === 'XX') return undefined;
    if (m[3]) return { lo: day(y, +m[2], +m[3]), hi: day(y, +m[2], +m[3]) };
    if (m[2]) return { lo: day(y, +m[2], 1), hi: day(y, +m[2], lastDayOf(y, +m[2])) };
    return { lo: day(y, 1, 1), hi: day(y, 12, 31) };
  }
  const season = /^(\d{4})-(SP|SU|FA|WI)$/.exec(timex);
  if (season) {
    const [a, b] = SEASONS[season[2]];
    const y = +season[1];
    return { lo: day(y, a, 1), hi: day(y, b + 1, 1) - 1 };
  }
  const half = /^(\d{4})-(H[12]|Q[1-4])$/.exec(timex);
  if (half) {
    const y = +half[1];
    const [first, months] = half[2][0] === 'H' ? [(+half[2][1] - 1) * 6 + 1, 6] : [(+half[2][1] - 1) * 3 + 1, 3];
    return { lo: day(y, first, 1), hi: day(y, first + months, 1) - 1 };
  }
  const week = /^(\d{4})-W(\d{2})(-WE)?$/.exec(timex);
  if (week) {
    const y = +week[1];
    const jan4 = day(y, 1, 4);
    const monday = jan4 - ((new Date(jan4 * 86_400_000).getUTCDay() + 6) % 7) + (+week[2] - 1) * 7;
    return week[3] ? { lo: monday + 5, hi: monday + 6 } : { lo: monday, hi: monday + 6 };
  }
  return undefined;
}

/** What a Mod makes of an interval: before/until keep the upper side, after/since the lower one. */
function bounded(interval, mod) {
  if (!mod) return interval;
  if (/^before/.test(mod)) return { lo: -Infinity, hi: interval.lo - 1 };
  if (/^until/.test(mod)) return { lo: -Infinity, hi: interval.hi };
  if (/^after/.test(mod)) return { lo: interval.hi + 1, hi: Infinity };
  if (/^since/.test(mod)) return { lo: interval.lo, hi: Infinity };
  return interval;
}

/** A date resolution's values, {timex, Mod, start, end, value}, from a model (values[]) or a parser spec. */
function peerValues(resolution) {
  if (!resolution || typeof resolution !== 'object') return [];
  const values = Array.isArray(resolution.values)
    ? resolution.values
    : [resolution.FutureResolution, resolution.PastResolution].filter(Boolean).map((r) => ({
        timex: resolution.Timex ?? resolution.timex,
        Mod: resolution.Mod,
        start: r.startDate,
        end: r.endDate,
        value: r.date,
      }));
  if (values.length === 0 && (resolution.Timex ?? resolution.timex)) values.push({ timex: resolution.Timex ?? resolution.timex, Mod: resolution.Mod });
  return values;
}

/**
 * The intervals a date result may be written as: per value, its resolved fields and its timex.
 * A timex without a year and no resolved field stays `yearless` (placed in the candidate's year).
 */
function dateAlternatives(resolution, typeName) {
  const out = [];
  for (const v of peerValues(resolution)) {
    // 0001-01-01: the peer's "no such day" (the fifth Sunday of a month with four, November 31st)
    if (v.value === '0001-01-01') {
      out.push({ nonexistent: true, from: 'resolved' });
      continue;
    }
    const mod = v.Mod;
    const point = v.sourceEntity !== 'datetimerange';
    const start = dayOf(v.start);
    const end = dayOf(v.end);
    const value = dayOf(v.value);
    let resolved;
    if (mod && /^(before|until)/.test(mod) && (end ?? value) !== undefined) {
      const e = end ?? value;
      resolved = { lo: -Infinity, hi: /^until/.test(mod) && point ? e : e - 1, tolerance: point ? 1 : 0 };
    } else if (mod && /^(after|since)/.test(mod) && (start ?? value) !== undefined) {
      resolved = { lo: start ?? value, hi: Infinity, tolerance: point ? 1 : 0 };
    } else if (start !== undefined && end !== undefined) {
      resolved = { lo: start, hi: end - 1, exclusiveEnd: end };
    } else if (value !== undefined && typeName !== 'daterange') {
      resolved = { lo: value, hi: value };
    }
    if (resolved) out.push({ ...resolved, from: 'resolved' });
    // The timex, unless a compound Mod (after-mid, before-start) makes it something else.
    if (!mod || !mod.includes('-')) {
      const timex = v.timex;
      const placed = timexInterval(timex, undefined);
      if (placed) out.push({ ...bounded(placed, mod), from: 'timex' });
      // 2018年以降 as {from: 2018}, 2010年以前 as {to: 2010}: the peer's after/before exclude the date.
      if (placed && (mod === 'after' || mod === 'before')) out.push({ ...bounded(placed, mod === 'after' ? 'since' : 'until'), from: 'timex', convention: true });
      else if (!resolved && typeof timex === 'string' && /XXXX/.test(timex) && timexInterval(timex, 2000)) out.push({ yearless: timex, mod, from: 'timex' });
    }
  }
  return out;
}

// Candidates ----------------------------------------------------------------------------------

/** A candidate value as numbers (for number models), bounds (ranges) and days (dates). */
function readCandidate(c) {
  let value = c.value;
  const share = c.kind === 'share' || c.unit === 'share' || (value && typeof value === 'object' && 'share' in value);
  if (value && typeof value === 'object' && 'share' in value) value = value.share;
  const nums = [];
  let lo;
  let hi;
  let approx = false;
  if (typeof value === 'number' || (typeof value === 'string' && toNumber(value) !== undefined && !/^\d{4}-/.test(value))) {
    const n = toNumber(value);
    nums.push(n);
    lo = { value: n, closed: true };
    hi = { value: n, closed: true };
  } else if (value && typeof value === 'object') {
    for (const key of ['min', 'gt', 'max', 'lt', 'approx']) {
      const n = toNumber(value[key]);
      if (n === undefined) continue;
      nums.push(n);
      if (key === 'min' || key === 'gt') lo = { value: n, closed: key === 'min' };
      if (key === 'max' || key === 'lt') hi = { value: n, closed: key === 'max' };
      if (key === 'approx') approx = true;
    }
  }
  // A quantity in % (a change such as -5%) states its figure in percent: read it as the fraction.
  if (!share && c.unit === '%') {
    const fraction = (b) => (b === undefined ? undefined : { value: b.value / 100, closed: b.closed });
    return { nums: nums.map((n) => n / 100), lo: fraction(lo), hi: fraction(hi), approx, share: true, days: undefined };
  }
  const dated = c.kind === 'date' || c.kind === 'period';
  // a date urazuke finds written but not placed in the calendar (no such day): `unresolved date`
  return { nums, lo, hi, approx, share, days: dated ? candidateDays(c.value) : undefined, unresolved: dated && c.value === 'unresolved date' };
}

/** A DESIGN.md date written as 2018, '2018-08' or '2018-08-01': its first and last day. */
function unitDays(written) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(String(written ?? ''));
  if (!m) return undefined;
  const y = +m[1];
  if (m[3]) return { lo: day(y, +m[2], +m[3]), hi: day(y, +m[2], +m[3]) };
  if (m[2]) return { lo: day(y, +m[2], 1), hi: day(y, +m[2], lastDayOf(y, +m[2])) };
  return { lo: day(y, 1, 1), hi: day(y, 12, 31) };
}

/** A candidate's date value as days: {lo, hi, lastUnitStart} (the first day of its last year, month or day). */
function candidateDays(value) {
  const one = unitDays(value);
  if (one) return { ...one, lastUnitStart: one.lo };
  if (!value || typeof value !== 'object') return undefined;
  if (value.before !== undefined || value.after !== undefined) {
    const before = unitDays(value.before);
    const after = unitDays(value.after);
    return { lo: after ? after.hi + 1 : -Infinity, hi: before ? before.lo - 1 : Infinity };
  }
  const from = value.from === undefined ? undefined : unitDays(value.from);
  const to = value.to === undefined ? undefined : unitDays(value.to);
  if ((value.from !== undefined && !from) || (value.to !== undefined && !to) || (!from && !to)) return undefined;
  return { lo: from ? from.lo : -Infinity, hi: to ? to.hi : Infinity, ...(to ? { lastUnitStart: to.lo } : {}) };
}

/** Where a candidate's figure stands in an input: every place of the figure in every place of the quote. */
function spansIn(input, candidate) {
  const spans = [];
  const figure = candidate.figure ?? '';
  const quote = candidate.source?.quote ?? '';
  if (figure === '') return spans;
  const within = indexesOf(quote, figure);
  for (const q of quote === '' ? [] : indexesOf(input, quote)) for (const f of within) spans.push([q + f, q + f + figure.length]);
  if (spans.length === 0) for (const f of indexesOf(input, figure)) spans.push([f, f + figure.length]);
  return spans;
}

function indexesOf(haystack, needle) {
  const out = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

// Scoring -------------------------------------------------------------------------------------

const close = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const sameBound = (a, b) => (a === undefined && b === undefined) || (a !== undefined && b !== undefined && a.closed === b.closed && close(a.value, b.value));

/** Does this candidate state the expected value? */
function isRight(expected, read) {
  switch (expected.type) {
    case 'number':
      return read.nums.some((n) => close(n, expected.value) || (read.share && close(n * 100, expected.value)));
    case 'percent':
      return read.share && read.nums.some((n) => close(n, expected.value));
    case 'range': {
      if (read.approx) return false;
      if (!sameBound(expected.lo, read.lo)) return false;
      const { hi } = expected;
      // A span X–Y the peer writes [X,Y): an upper end at Y, strict only when the text says so.
      if (hi && !hi.closed && expected.lo?.closed && read.hi && close(read.hi.value, hi.value)) return expected.strict ? !read.hi.closed : true;
      return sameBound(hi, read.hi);
    }
    case 'date':
      if (read.unresolved) return expected.alternatives.some((alt) => alt.nonexistent);
      return read.days !== undefined && expected.alternatives.some((alt) => !alt.convention && !alt.nonexistent && sameDays(alt, read.days));
  }
  return false;
}

/** Wrong only by the inclusive/exclusive reading of a bound (以降 read by the peer as after). */
function isBoundConvention(expected, read) {
  return expected.type === 'date' && read.days !== undefined && expected.alternatives.some((alt) => alt.convention && !alt.nonexistent && sameDays(alt, read.days));
}

function sameDays(alt, got) {
  if (alt.yearless) {
    const year = new Date((Number.isFinite(got.lo) ? got.lo : got.hi) * 86_400_000).getUTCFullYear();
    const placed = Number.isFinite(year) ? timexInterval(alt.yearless, year) : undefined;
    return placed ? sameDays(bounded(placed, alt.mod), got) : false;
  }
  const tolerance = alt.tolerance ?? 0;
  const near = (a, b) => a === b || (Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= tolerance);
  const hiRight = near(alt.hi, got.hi) || (alt.exclusiveEnd !== undefined && got.lastUnitStart === alt.exclusiveEnd);
  return near(alt.lo, got.lo) && hiRight;
}

// Urazuke's own meanings of date words ----------------------------------------------------------
//
// A wrong date is counted apart as read by urazuke's own meaning (DESIGN.md, "The language layer"
// and "extract in detail"; src/lang/calendar.ts) only when the candidate is exactly what that
// meaning gives for the very unit (year, month, week, day) the peer resolved, so a wrong year,
// month or day is never counted so. The calendar's parts are restated here as the scoring reads
// them (the script cannot load the TypeScript tables).

/** The by-design classes, in the order printed. */
const BY_DESIGN = [
  ['parts', 'parts'],
  ['loneSince', 'lone since'],
  ['offsets', 'offsets'],
  ['centuries', 'centuries'],
  ['comingWeekday', 'coming weekday'],
];

/** calendar.ts YEAR_PARTS (months), MONTH_PARTS (days, 0 = the last) and WEEK_PARTS (1 = Monday). */
const OUR_YEAR_PARTS = { beginning: [1, 1], early: [1, 4], mid: [5, 8], late: [9, 12], end: [12, 12] };
const OUR_MONTH_PARTS = { beginning: [1, 10], early: [1, 10], mid: [11, 20], late: [21, 0], end: [21, 0] };
const OUR_WEEK_PARTS = { beginning: [1, 3], early: [1, 3], mid: [3, 4], late: [4, 7], end: [4, 7] };
/** calendar.ts JA_PARTS / EN_PARTS for start, middle and end (longest first); 週末 is the weekend, not a part. */
const PART_WORDS_JA = [
  ['年明け', 'beginning'], ['上旬', 'early'], ['初旬', 'early'], ['初め', 'early'], ['はじめ', 'early'], ['初頭', 'early'], ['年初', 'beginning'],
  ['中旬', 'mid'], ['半ば', 'mid'], ['なかば', 'mid'], ['中頃', 'mid'], ['中ごろ', 'mid'],
  ['下旬', 'late'], ['終わり', 'end'], ['年末', 'end'], ['暮れ', 'end'], ['末', 'end'], ['初', 'beginning'],
];
const PART_WORDS_EN = /\b(early|beginning|start|mid|middle|late|end)\b/gi;
const PART_EN = { early: 'early', beginning: 'beginning', start: 'beginning', mid: 'mid', middle: 'mid', late: 'late', end: 'end' };
/** The peer's Mod suffix → the parts of ours it stands for. */
const MOD_FAMILY = { start: ['early', 'beginning'], mid: ['mid'], end: ['late', 'end'] };

const iso = (n) => (Number.isFinite(n) ? new Date(n * 86_400_000).toISOString().slice(0, 10) : '…');
const span = ({ lo, hi }) => (lo === hi ? iso(lo) : `${iso(lo)}..${iso(hi)}`);
const sameSpan = (a, b) => a !== undefined && b !== undefined && a.lo === b.lo && a.hi === b.hi;
const yearOfDay = (n) => new Date(n * 86_400_000).getUTCFullYear();
const mondayOf = (n) => n - ((new Date(n * 86_400_000).getUTCDay() + 6) % 7);

/** The one part word a result's text names (undefined when none, or two different ones). */
function partWord(text, lang) {
  const found = [];
  if (lang === 'ja') {
    let rest = text;
    for (const [word, part] of PART_WORDS_JA) {
      if (!rest.includes(word)) continue;
      found.push([word, part]);
      rest = rest.split(word).join('\u0000');
    }
    // 週末 / 今週末 is the weekend, not the end of the week.
    if (/週末/u.test(text)) return undefined;
  } else {
    for (const m of text.matchAll(PART_WORDS_EN)) found.push([m[1], PART_EN[m[1].toLowerCase()]]);
  }
  const parts = new Set(found.map(([, part]) => part));
  return parts.size === 1 ? { word: found[0][0], part: found[0][1] } : undefined;
}

/**
 * The units a peer value's timex names, placed: a year (2018), a month (2018-05, or XXXX-05 in the
 * year its resolved days fall in) or an ISO week (2018-W21). [{kind, lo, hi, name}].
 */
function peerUnits(v) {
  const timex = String(v.timex ?? '');
  const resolved = [v.start, v.end, v.value].map(dayOf).filter((n) => n !== undefined);
  if (/^\d{4}$/.test(timex)) return [{ kind: 'year', year: +timex, ...timexInterval(timex), name: timex }];
  const week = /^(\d{4})-W\d{2}$/.exec(timex);
  if (week) return [{ kind: 'week', ...timexInterval(timex), name: timex }];
  const month = /^(\d{4}|XXXX)-(\d{2})$/.exec(timex);
  if (!month) return [];
  const m = +month[2];
  const years = month[1] === 'XXXX'
    ? [...new Set(resolved.flatMap((n) => [yearOfDay(n), yearOfDay(n) - 1]))].filter((y) => resolved.some((n) => n >= day(y, m, 1) - 1 && n <= day(y, m + 1, 1)))
    : [+month[1]];
  return years.map((y) => ({ kind: 'month', year: y, month: m, lo: day(y, m, 1), hi: day(y, m, lastDayOf(y, m)), name: `${y}-${month[2]}` }));
}

/** Our days for a part of a unit. */
function ourPart(unit, part) {
  if (unit.kind === 'year') {
    const [a, b] = OUR_YEAR_PARTS[part];
    return { lo: day(unit.year, a, 1), hi: day(unit.year, b, lastDayOf(unit.year, b)) };
  }
  if (unit.kind === 'month') {
    const [a, b] = OUR_MONTH_PARTS[part];
    return { lo: day(unit.year, unit.month, a), hi: day(unit.year, unit.month, b || lastDayOf(unit.year, unit.month)) };
  }
  const [a, b] = OUR_WEEK_PARTS[part];
  return { lo: unit.lo + a - 1, hi: unit.lo + b - 1 };
}

/** What a bound word before or after a part makes of it under urazuke's meaning; undefined when unsure. */
function boundedOurs(interval, prefix, text, lang) {
  if (!prefix) return { days: interval, how: '' };
  if (prefix === 'after' || prefix === 'since') {
    if (lang === 'ja' ? /以降|以後/u.test(text) : false) return { days: { lo: interval.lo, hi: Infinity }, how: ', 以降 from its first day' };
    if (lang === 'ja' ? /から\s*$/u.test(text) : /^(since|from|starting|beginning)\b/i.test(text)) return { days: interval, how: ', a lone since naming it (the date something began)' };
    if (lang === 'ja' ? /より後/u.test(text) : /^after\b/i.test(text)) return { days: { lo: interval.hi + 1, hi: Infinity }, how: ', after it' };
    return undefined;
  }
  if (lang === 'ja' ? /以前|まで/u.test(text) : /^(until|till|by)\b/i.test(text)) return { days: { lo: -Infinity, hi: interval.hi }, how: ', to its last day (以前 / まで inclusive)' };
  if (lang === 'ja' ? /(?<!以)前/u.test(text) : /^before\b/i.test(text)) return { days: { lo: -Infinity, hi: interval.lo - 1 }, how: ', before it' };
  return undefined;
}

/** (1) A part of a year, month or week (年末, 初め, 下旬, mid, the end of), or earlier / later this year. */
function byPartMeaning(e, values, days, lang, reference) {
  const text = e.text;
  for (const v of values) {
    const mod = /^(?:(before|after|since|until)-)?(start|mid|end)$/.exec(v.Mod ?? '');
    if (mod) {
      const found = partWord(text, lang);
      if (!found || !MOD_FAMILY[mod[2]].includes(found.part)) continue;
      for (const unit of peerUnits(v)) {
        if (unit.kind === 'week' && OUR_WEEK_PARTS[found.part] === undefined) continue;
        const part = ourPart(unit, found.part);
        const ours = boundedOurs(part, mod[1], text, lang);
        if (ours && sameSpan(ours.days, days)) return { class: 'parts', note: `parts: ${found.word} of ${unit.name} = ${span(part)}${ours.how}` };
      }
    }
    // Earlier / later this week, month or year: before or after the reference day, that day included.
    const side = /\b(earlier|later)\s+(?:this|in\s+the)\s+(week|month|year)\b/i.exec(text);
    const ref = dayOf(reference);
    if (side && !v.Mod && ref !== undefined) {
      for (const unit of peerUnits(v)) {
        if (unit.kind !== side[2].toLowerCase() || ref < unit.lo || ref > unit.hi) continue;
        const ours = side[1].toLowerCase() === 'earlier' ? { lo: unit.lo, hi: ref } : { lo: ref, hi: unit.hi };
        if (sameSpan(ours, days)) return { class: 'parts', note: `parts: ${side[1].toLowerCase()} in ${unit.name} = ${span(ours)}, the reference day included` };
      }
    }
  }
  return undefined;
}

/** An English end of a span after a date (to May 5, until tomorrow), not an infinitive (to discuss). */
const SPAN_END_EN = /^\s*(-|–|to|until|till|through|thru)\s+(\d|the\s+end|(the\s+)?(next|last|this|today|tomorrow|yesterday|now|present|date|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|early|mid|late|spring|summer|autumn|fall|winter|q[1-4])\b)/i;

/** (2) A lone から / since / from / starting X: the date X itself, where the peer has an open interval from X. */
function byLoneSince(e, values, days, lang) {
  const input = e.entry.input;
  const word = lang === 'ja'
    ? /から\s*$/u.test(e.text) || /^\s*から/u.test(input.slice(e.end))
    : /^(since|from|starting|beginning)\b/i.test(e.text) || /\b(since|from|starting|beginning)(\s+on)?\s*$/i.test(input.slice(0, e.start));
  // Lone: no end follows (XからYまで, from X to Y is a span).
  if (!word || (lang === 'ja' ? /^\s*(から)?\s*[^、。]{0,12}まで/u.test(input.slice(e.end)) : SPAN_END_EN.test(input.slice(e.end)))) return undefined;
  for (const v of values) {
    if (v.Mod !== 'since' && v.Mod !== 'after') continue;
    const start = dayOf(v.start ?? v.value);
    if (start === undefined || v.end !== undefined) continue;
    const timex = String(v.timex ?? '');
    const years = /^XXXX/.test(timex) ? [yearOfDay(start), yearOfDay(start) - 1] : [undefined];
    for (const year of years) {
      const named = timexInterval(timex, year);
      if (!named || named.exclusiveEnd !== undefined) continue;
      const begins = v.Mod === 'since' ? named.lo === start : named.hi + 1 === start;
      if (begins && sameSpan(named, days)) return { class: 'loneSince', note: `lone since: the date something began, ${span(named)} itself` };
    }
  }
  return undefined;
}

const OFFSET_COUNT_EN = '\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const OFFSET_EN = new RegExp(`^(?:(in)\\s+)?(?:${OFFSET_COUNT_EN})\\s+(years?|months?|weeks?|fortnights?)(?:\\s+(ago|later|from\\s+now|from\\s+today|hence))?$`, 'i');
const OFFSET_JA = /^(?:今から)?(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}|ひと|ふた)\s*(年|か月|ヶ月|カ月|ケ月|ヵ月|箇月|月|週間|週)\s*(前|後|で)$/u;

/** (3) An offset from the reference day (2年前, 2か月前, 2週間後, two years ago, in 3 weeks): the whole unit holding the peer's day. */
function byOffsetMeaning(e, values, days, lang) {
  const text = e.text.trim();
  let unit;
  if (lang === 'ja') {
    const m = OFFSET_JA.exec(text);
    if (m) unit = m[1] === '年' ? 'year' : /週/u.test(m[1]) ? 'week' : 'month';
  } else {
    const m = OFFSET_EN.exec(text.replace(/\s+/g, ' '));
    if (m && (m[1] || m[3])) unit = /^year/i.test(m[2]) ? 'year' : /^month/i.test(m[2]) ? 'month' : 'week';
  }
  if (!unit) return undefined;
  for (const v of values) {
    if (v.Mod) continue;
    const d = dayOf(v.value ?? v.timex);
    if (d === undefined || (v.timex !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v.timex))) continue;
    const y = yearOfDay(d);
    const date = new Date(d * 86_400_000);
    const m = date.getUTCMonth() + 1;
    const whole = unit === 'year' ? { lo: day(y, 1, 1), hi: day(y, 12, 31) } : unit === 'month' ? { lo: day(y, m, 1), hi: day(y, m, lastDayOf(y, m)) } : { lo: mondayOf(d), hi: mondayOf(d) + 6 };
    if (sameSpan(whole, days)) return { class: 'offsets', note: `offsets: the ${unit} ${span(whole)} holding ${iso(d)}` };
  }
  return undefined;
}

/** (4) A century counted from its year 1 (21st century = 2001–2100) where the peer has 2000–2099. */
function byCenturyMeaning(e, values, days) {
  if (!/世紀|century/iu.test(e.text)) return undefined;
  for (const v of values) {
    const m = /^\((\d{2})00-01-01,(\d{2})00-01-01,P100Y\)$/.exec(String(v.timex ?? ''));
    if (!m || +m[2] !== +m[1] + 1 || v.Mod) continue;
    const first = +m[1] * 100 + 1;
    const ours = { lo: day(first, 1, 1), hi: day(first + 99, 12, 31) };
    if (sameSpan(ours, days)) return { class: 'centuries', note: `centuries: counted from year 1, ${first}–${first + 99}` };
  }
  return undefined;
}

/** (5) 次の金曜日, this coming Friday: the first such weekday after the reference day (the peer: next week's). */
const JA_WEEKDAY_CHARS = { 月: 1, 火: 2, 水: 3, 木: 4, 金: 5, 土: 6, 日: 7 };
function byComingWeekday(e, values, days, lang, reference) {
  const m = lang === 'ja' ? /^次の([月火水木金土日])曜日?$/u.exec(e.text.trim()) : /^this\s+coming\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*$/i.exec(e.text.trim());
  const ref = dayOf(reference);
  if (!m || ref === undefined || values.some((v) => v.Mod)) return undefined;
  const weekday = lang === 'ja' ? JA_WEEKDAY_CHARS[m[1]] : ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(m[1].toLowerCase()) + 1;
  const refWeekday = ((new Date(ref * 86_400_000).getUTCDay() + 6) % 7) + 1;
  const ours = ref + (((weekday - refWeekday + 7) % 7) || 7);
  return sameSpan({ lo: ours, hi: ours }, days) ? { class: 'comingWeekday', note: `coming weekday: the first after the reference day, ${iso(ours)}` } : undefined;
}

/** (1b) A span whose two ends are parts (between the end of 2007 and the end of 2008): the first's first day to the second's last. */
const PART_SPAN_EN = /^(?:between|from)\s+the\s+(beginning|start|middle|end)\s+of\s+([a-z]+|\d{4})\s+(?:and|to|until|through)\s+the\s+(beginning|start|middle|end)\s+of\s+([a-z]+|\d{4})$/i;
const EN_MONTH_NUMBERS = { january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12 };
function byPartSpan(e, values, days) {
  const m = PART_SPAN_EN.exec(e.text.trim());
  if (!m || values.some((v) => v.Mod) || !Number.isFinite(days.lo)) return undefined;
  const part = (w) => PART_EN[w.toLowerCase()] ?? (w.toLowerCase() === 'middle' ? 'mid' : undefined);
  const year = yearOfDay(days.lo);
  const unitOf = (w, y) => (/^\d{4}$/.test(w) ? { kind: 'year', year: +w } : EN_MONTH_NUMBERS[w.toLowerCase()] ? { kind: 'month', year: y, month: EN_MONTH_NUMBERS[w.toLowerCase()] } : undefined);
  const first = unitOf(m[2], year);
  const second = unitOf(m[4], first?.kind === 'month' && EN_MONTH_NUMBERS[m[4].toLowerCase()] < first.month ? year + 1 : year);
  if (!first || !second) return undefined;
  const ours = { lo: ourPart(first, part(m[1])).lo, hi: ourPart(second, part(m[3])).hi };
  return sameSpan(ours, days) ? { class: 'parts', note: `parts: a span from the ${m[1].toLowerCase()} of ${m[2]} to the ${m[3].toLowerCase()} of ${m[4]} = ${span(ours)}` } : undefined;
}

/** The by-design reading of a wrong date, {class, note}, when an overlapping candidate has one. */
function byDesignReading(category, e, overlapping) {
  if (category.model !== 'date' || e.expected?.type !== 'date') return undefined;
  const values = peerValues(e.resolution);
  for (const p of overlapping) {
    const days = p.read.days;
    if (!days) continue;
    const found = byCenturyMeaning(e, values, days)
      ?? byOffsetMeaning(e, values, days, category.lang)
      ?? byPartMeaning(e, values, days, category.lang, e.entry.reference)
      ?? (category.lang === 'en' ? byPartSpan(e, values, days) : undefined)
      ?? byComingWeekday(e, values, days, category.lang, e.entry.reference)
      ?? byLoneSince(e, values, days, category.lang);
    if (found) return found;
  }
  return undefined;
}

async function runCategory(tmp, { category, files, entries, expectations, skipped }) {
  const root = path.join(tmp, category.slug);
  await mkdir(path.join(root, 'seeds'), { recursive: true });
  const catalog = ['sources:'];
  for (const entry of entries) {
    await writeFile(path.join(root, entry.capture), entry.input, 'utf8');
    catalog.push(`  - file: ${entry.capture}`);
    if (entry.reference) catalog.push(`    published: '${entry.reference}'`);
  }
  await writeFile(path.join(root, 'seeds', 'sources.yaml'), `${catalog.join('\n')}\n`, 'utf8');

  let candidates = [];
  let error;
  if (entries.length > 0) {
    const args = [BIN, 'extract', 'seeds', '--format', 'json', '--min-confidence', '0', '--dir', root];
    let stdout;
    try {
      ({ stdout } = await run(process.execPath, args, { cwd: root, maxBuffer: 1 << 30 }));
    } catch (failure) {
      stdout = failure.stdout;
      error = `extract exited ${failure.code}: ${String(failure.stderr ?? '').trim().split('\n')[0]}`;
    }
    try {
      candidates = JSON.parse(stdout).candidates;
    } catch {
      error ??= 'extract printed no JSON';
    }
  }

  // Candidates by capture (a statement repeated in several captures is one candidate with places).
  const byCapture = new Map();
  for (const c of candidates) {
    const read = readCandidate(c);
    for (const file of new Set([c.source?.file, ...(c.places ?? []).map((p) => p.file)])) {
      if (!byCapture.has(file)) byCapture.set(file, []);
      byCapture.get(file).push({ candidate: c, read });
    }
  }
  const scored = expectations.map((e) => {
    const proposed = (byCapture.get(e.entry.capture) ?? []).map((p) => ({ ...p, spans: spansIn(e.entry.input, p.candidate) }));
    const overlapping = proposed.filter((p) => p.spans.some(([s, t]) => s < e.end && e.start < t));
    const detected = overlapping.length > 0;
    const right = e.expected ? overlapping.some((p) => isRight(e.expected, p.read)) : undefined;
    const convention = right === false && overlapping.some((p) => isBoundConvention(e.expected, p.read));
    // Wrong only by one of urazuke's stated meanings of date words (parts, a lone since, offsets, centuries).
    const byDesign = right === false && !convention && e.claimLike ? byDesignReading(category, e, overlapping) : undefined;
    // A number the peer reads out of a date (1991 in 1991年1月16日, 十二 in 十二日): urazuke reads the date.
    const inDate = right === false && e.expected?.type === 'number' && overlapping.length > 0 && overlapping.every((p) => (p.candidate.kind === 'date' || p.candidate.kind === 'period') && p.spans.some(([s, t]) => s <= e.start && t >= e.end && t - s > e.end - e.start));
    return { ...e, detected, right, ...(convention ? { convention } : {}), ...(byDesign ? { byDesign } : {}), ...(inDate ? { inDate } : {}), overlapping, proposed };
  });
  return { category, files, entries: entries.length, skipped, error, candidates: candidates.length, scored, counts: countsOf(scored, skipped) };
}

function countsOf(scored, skipped) {
  const inScope = scored.filter((e) => e.class !== 'out-of-scope');
  const ratio = (list) => ({ right: list.filter((e) => e.right).length, comparable: list.filter((e) => e.expected).length });
  const bare = inScope.filter((e) => e.class === 'bare');
  // Numbers read as part of the date they write are shown apart, like bare and out-of-scope results.
  const claimLike = inScope.filter((e) => e.claimLike && !e.inDate);
  // The same results less those wrong only by one of urazuke's stated meanings (以降 inclusive included).
  const meanings = claimLike.filter((e) => !e.convention && !e.byDesign);
  return {
    expected: inScope.length,
    detected: inScope.filter((e) => e.detected).length,
    claimLike: { results: claimLike.length, detected: claimLike.filter((e) => e.detected).length, ...ratio(claimLike) },
    claimLikeMeanings: ratio(meanings),
    all: ratio(inScope),
    bare: { results: bare.length, detected: bare.filter((e) => e.detected).length, ...ratio(bare) },
    notClaimLike: inScope.filter((e) => e.class === 'scored' && !e.claimLike).length,
    boundConvention: claimLike.filter((e) => e.convention).length,
    byDesign: Object.fromEntries(BY_DESIGN.map(([key]) => [key, claimLike.filter((e) => e.byDesign?.class === key).length])),
    inDate: inScope.filter((e) => e.inDate).length,
    outOfScope: scored.length - inScope.length,
    outOfScopeBy: tally(scored.filter((e) => e.class === 'out-of-scope').map((e) => e.reason)),
    detectionOnly: tally(inScope.filter((e) => !e.expected).map((e) => e.detectionOnly)),
    skippedDotnet: skipped,
  };
}

function tally(list) {
  const out = {};
  for (const item of list) out[item] = (out[item] ?? 0) + 1;
  return out;
}

// Output --------------------------------------------------------------------------------------

const pct = (a, b) => (b === 0 ? '     –' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const frac = (a, b) => `${a}/${b} ${pct(a, b)}`;

function table(results, { specDir, commit, seconds }) {
  const columns = [
    ['category', 26, (c) => c.name],
    ['detected', 17, (c) => frac(c.detected, c.expected)],
    ['claim-like detected', 21, (c) => frac(c.claimLike.detected, c.claimLike.results)],
    ['all-in', 19, (c) => frac(c.claimLike.right, c.claimLike.comparable)],
    ["urazuke's meanings", 21, (c) => frac(c.claimLikeMeanings.right, c.claimLikeMeanings.comparable)],
    ['all right', 18, (c) => frac(c.all.right, c.all.comparable)],
    ['bare', 6, (c) => String(c.bare.results)],
    ['out of scope', 14, (c) => String(c.outOfScope)],
  ];
  const row = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(columns[i][1]) : cell.padStart(columns[i][1]))).join('');
  // The two headline columns share a title: right/comparable over the claim-like results.
  const width = (from, to) => columns.slice(from, to).reduce((sum, [, w]) => sum + w, 0);
  const group = ` right/comparable (claim-like) `;
  const rule = width(3, 5) - 2 - group.length;
  const lines = [
    `urazuke extract against the Recognizers-Text specs in ${specDir}${commit ? ` (commit ${commit.slice(0, 12)})` : ''}`,
    '',
    `${''.padEnd(width(0, 3))}  ${'─'.repeat(Math.floor(rule / 2))}${group}${'─'.repeat(Math.ceil(rule / 2))}`,
    row(columns.map(([title]) => title)),
  ];
  const total = { name: 'all', expected: 0, detected: 0, claimLike: { results: 0, detected: 0, right: 0, comparable: 0 }, claimLikeMeanings: { right: 0, comparable: 0 }, all: { right: 0, comparable: 0 }, bare: { results: 0 }, outOfScope: 0, skippedDotnet: 0 };
  const notes = [];
  for (const { category, counts, error } of results) {
    lines.push(row(columns.map(([, , cell]) => cell({ name: category.name, ...counts }))));
    if (error) lines.push(`  ! ${error}`);
    total.expected += counts.expected;
    total.detected += counts.detected;
    for (const key of ['results', 'detected', 'right', 'comparable']) total.claimLike[key] += counts.claimLike[key];
    for (const key of ['right', 'comparable']) total.claimLikeMeanings[key] += counts.claimLikeMeanings[key];
    total.all.right += counts.all.right;
    total.all.comparable += counts.all.comparable;
    total.bare.results += counts.bare.results;
    total.outOfScope += counts.outOfScope;
    total.skippedDotnet += counts.skippedDotnet;
    const details = [
      counts.outOfScope > 0 ? `out of scope: ${describeTally(counts.outOfScopeBy)}` : '',
      counts.bare.results > 0 ? `bare right ${counts.bare.right}/${counts.bare.comparable}` : '',
      counts.inDate > 0 ? `${counts.inDate} numbers read as part of the date they write (1991 of 1991年1月16日), not in the claim-like figure` : '',
      Object.keys(counts.detectionOnly).length > 0 ? `detection only: ${describeTally(counts.detectionOnly)}` : '',
      counts.boundConvention > 0 ? `${counts.boundConvention} wrong only by the peer's exclusive after/before (以降, 以前)` : '',
      byDesignTotal(counts) > 0 ? `${byDesignTotal(counts)} read by urazuke's own meaning of (${BY_DESIGN.map(([key, name]) => `${name}: ${counts.byDesign[key]}`).join(', ')})` : '',
    ].filter(Boolean);
    if (details.length > 0) notes.push(`  ${category.name}: ${details.join('; ')}.`);
  }
  lines.push(
    row(columns.map(([, , cell]) => cell(total))),
    '',
    "detected: expected results in scope overlapped by a candidate's figure.",
    'right: results whose value a candidate overlapping them states, over those with a value to compare;',
    '  claim-like: dates, percents, ranges, amounts with units, and numbers with a unit, counter or',
    '  qualifier; all: every result in scope, bare ones included.',
    'right/comparable (claim-like, all-in): every claim-like result, the peer\'s reading of date words taken as right.',
    "right/comparable (claim-like, urazuke's meanings): the same, less the dates wrong only by a meaning of",
    "  date words DESIGN.md states (以降/以前 inclusive, parts of a year, month or week, a lone since, offsets",
    '  naming their unit, centuries from year 1), counted per category below; they stay wrong in all-in.',
    'bare: inputs that are the figure alone. Out of scope: times of day, durations and duration spans,',
    `  sets, powers, dozens, phone numbers. Skipped (flagged not supported for dotnet): ${total.skippedDotnet}.`,
    '',
    ...notes,
    '',
    `${seconds.toFixed(1)} s.`,
    '',
  );
  return lines.join('\n');
}

function byDesignTotal(counts) {
  return Object.values(counts.byDesign ?? {}).reduce((a, b) => a + b, 0);
}

function describeTally(tallied) {
  return Object.entries(tallied)
    .sort((a, b) => b[1] - a[1])
    .map(([what, n]) => `${n} ${what}`)
    .join(', ');
}

function describeExpected(e) {
  const r = e.resolution;
  if (!r) return '';
  if (r.values) return r.values.map((v) => [v.timex, v.Mod, v.value ?? [v.start, v.end].filter(Boolean).join('..')].filter(Boolean).join(' ')).join(' | ');
  if (r.Timex || r.timex) return [r.Timex ?? r.timex, r.Mod, r.PastResolution?.date ?? [r.PastResolution?.startDate, r.PastResolution?.endDate].filter(Boolean).join('..')].filter(Boolean).join(' ');
  return String(r.value ?? JSON.stringify(r));
}

const showValue = (v) => (typeof v === 'string' ? v : JSON.stringify(v));

function failures({ category, scored }, limit) {
  const failing = scored.filter((e) => e.claimLike && (!e.detected || e.right === false));
  const lines = ['', `${category.name}: ${failing.length} failing claim-like result${failing.length === 1 ? '' : 's'}${failing.length > limit ? ` (first ${limit})` : ''}`];
  for (const e of failing.slice(0, limit)) {
    lines.push('', `  ${JSON.stringify(e.entry.input)}${e.entry.reference ? `  [${e.entry.reference}]` : ''}  (${e.entry.spec} #${e.entry.index})`);
    lines.push(`    expected ${JSON.stringify(e.text)} @${e.start}–${e.end}: ${describeExpected(e)}${e.expected ? '' : `  (detection only: ${e.detectionOnly})`}`);
    if (e.overlapping.length > 0) {
      const note = e.convention ? '  (only the exclusive after/before of the peer differs)' : e.byDesign ? `  (by design, urazuke's own meaning of ${e.byDesign.note})` : '';
      lines.push(`    wrong:   ${e.overlapping.map((p) => `${JSON.stringify(p.candidate.figure)} → ${showValue(p.candidate.value)} (${p.candidate.kind})`).join('; ')}${note}`);
    } else {
      const elsewhere = e.proposed.map((p) => `${JSON.stringify(p.candidate.figure)} → ${showValue(p.candidate.value)}`);
      lines.push(`    missed:  ${elsewhere.length > 0 ? `proposed elsewhere in the input: ${elsewhere.join('; ')}` : 'no candidate in this input'}`);
    }
  }
  lines.push('');
  return lines.join('\n');
}

function toJson({ category, files, entries, candidates, error, counts, scored }) {
  return {
    name: category.name,
    files,
    captures: entries,
    candidates,
    ...(error ? { error } : {}),
    counts,
    results: scored.map((e) => ({
      spec: e.entry.spec,
      index: e.entry.index,
      input: e.entry.input,
      ...(e.entry.reference ? { reference: e.entry.reference } : {}),
      text: e.text,
      start: e.start,
      end: e.end,
      type: e.typeName,
      expected: describeExpected(e),
      class: e.class,
      ...(e.reason ? { reason: e.reason } : {}),
      claimLike: e.claimLike,
      detected: e.detected,
      ...(e.right !== undefined ? { right: e.right } : { detectionOnly: e.detectionOnly ?? e.reason }),
      ...(e.convention ? { boundConvention: true } : {}),
      ...(e.byDesign ? { byDesign: e.byDesign.class, byDesignNote: e.byDesign.note } : {}),
      proposed: e.overlapping.map((p) => ({ figure: p.candidate.figure, value: p.candidate.value, kind: p.candidate.kind, ...(p.candidate.unit ? { unit: p.candidate.unit } : {}) })),
    })),
  };
}

