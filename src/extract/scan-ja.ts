import { MONTH_PARTS } from '../lang/calendar.js';
import { ERAS, JA_PARTS, type DatePart, type DateSpec } from './dates.js';
import { isIdiomAt } from '../lang/idioms.js';
import type { DateMention, Mention, MentionFlag, NumberMention } from './mention.js';
import { arabicRunEnd, digitValue, isArabicDigit, isNumeralChar, minusBefore, parseJapaneseNumber, readWariTail, clean } from '../lang/numerals.js';
import { combine, numberValue, qualifierAfterJa, qualifierBeforeJa, type Bound, type Qualifier } from './qualifiers.js';
import { counterAt, type Counter } from './units.js';
import { INTENSITY_LEVELS, prefixUnitBefore, subunitFactor } from '../lang/units.js';

/**
 * The Japanese figure scanner: one pass of one precompiled regular expression over a range of
 * the text finds where numerals and date words start; a small hand-written parser at each hit
 * reads the numeral, its counter, the qualifiers around it, ranges and dates. Offsets are those
 * of the text, so a quote cut from them is verbatim.
 */

/** Where a figure may start: date words, era names, digits and kanji numerals. */
const START_RE =
  /一昨年|おととし|再来年|今年|ことし|本年|昨年|去年|来年|先月|今月|来月|本日|今日|きょう|一昨日|昨日|きのう|令和|平成|昭和|[0-9０-９〇零一二三四五六七八九十百千万億兆]/g;

/** Dates written with separators: 2021.03.17, 2021/3/17, 2021-03-17, ２０２１．３．１７. */
const DOTTED_DATE_RE = /^([0-9０-９]{4})([.\/\-．／－])([0-9０-９]{1,2})(?:\2([0-9０-９]{1,2}))?(?![0-9０-９])/;

function toHalfWidth(digits: string): string {
  return digits.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** Words placed relative to the reference date. */
const RELATIVE: Readonly<Record<string, DateSpec>> = {
  一昨年: { yearRel: -2 }, おととし: { yearRel: -2 }, 再来年: { yearRel: 2 }, 今年: { yearRel: 0 }, ことし: { yearRel: 0 },
  本年: { yearRel: 0 }, 昨年: { yearRel: -1 }, 去年: { yearRel: -1 }, 来年: { yearRel: 1 }, 先月: { monthRel: -1 },
  今月: { monthRel: 0 }, 来月: { monthRel: 1 }, 本日: { dayRel: 0 }, 今日: { dayRel: 0 }, きょう: { dayRel: 0 },
  一昨日: { dayRel: -2 }, 昨日: { dayRel: -1 }, きのう: { dayRel: -1 },
};

/** Characters after 日 that make it part of a word (日本, 日間) rather than a day. */
const NOT_DAY_AFTER = new Set([...'本米中韓間目系銀経産当曜常用程連分前後ぶ以']);

/** A numeral read at some offset. */
interface Numeral {
  readonly value: number;
  readonly start: number;
  readonly end: number;
  readonly arabic: boolean;
  readonly kanjiOnly: boolean;
}

/** Read the numeral starting at `i` (digits, separators, kanji digits and units mixed). */
export function readNumeral(text: string, i: number, limit: number): Numeral | undefined {
  let j = i;
  let arabic = false;
  let kanji = false;
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (isArabicDigit(c)) {
      j = arabicRunEnd(text, j);
      arabic = true;
      continue;
    }
    if (isNumeralChar(c)) {
      kanji = true;
      j++;
      continue;
    }
    break;
  }
  if (j === i) return undefined;
  const value = parseJapaneseNumber(text.slice(i, j));
  if (value === undefined) return undefined;
  return { value, start: i, end: j, arabic, kanjiOnly: kanji && !arabic };
}

/** Scan `text` from `from` to `to` for Japanese figures, in order. */
export function scanJapanese(text: string, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  // The search stops a little past `to` (the longest start word has 4 characters): searching the
  // whole rest of the text for each line made a long capture without figures quadratic.
  const window = text.slice(0, Math.min(text.length, to + 3));
  START_RE.lastIndex = from;
  let floor = from;
  for (;;) {
    const hit = START_RE.exec(window);
    if (!hit || hit.index >= to) break;
    const i = hit.index;
    // A numeral that continues a word of Latin letters or an identifier (B873634, s25, ID123) is not a figure.
    const before = i > from ? text.charCodeAt(i - 1) : 0;
    if ((isIdentChar(before) && !prefixUnitBefore(text, i)) || (before === 0x2f /* / */ && isArabicDigit(text.charCodeAt(i - 2)) === false && isAsciiLetter(text.charCodeAt(i - 2)))) {
      START_RE.lastIndex = skipIdent(text, i, to);
      continue;
    }
    const found = parseAt(text, i, hit[0], to, floor);
    if (found) {
      if (found.mention) {
        out.push(found.mention);
        floor = found.mention.end;
      }
      START_RE.lastIndex = Math.max(found.next, i + 1);
    } else {
      START_RE.lastIndex = i + hit[0].length;
    }
  }
  return out;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isIdentChar(c: number): boolean {
  return isAsciiLetter(c) || c === 0x5f || c === 0x2d && false || c === 0x23 || c === 0x3d || c === 0x26 || c === 0x3f;
}

function skipIdent(text: string, i: number, to: number): number {
  let j = i;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (isArabicDigit(c) || isAsciiLetter(c) || c === 0x5f || c === 0x2d || c === 0x2e || c === 0x2f) j++;
    else break;
  }
  return Math.max(j, i + 1);
}

interface Found {
  readonly mention: Mention | undefined;
  readonly next: number;
}

function parseAt(text: string, i: number, word: string, to: number, floor: number): Found | undefined {
  const relative = RELATIVE[word];
  if (relative) return parseDateFrom(text, i, i + word.length, { ...relative }, to, floor);
  const era = ERAS[word];
  if (era !== undefined) {
    let j = i + word.length;
    let year: number | undefined;
    if (text.charCodeAt(j) === 0x5143 /* 元 */) {
      year = 1;
      j++;
    } else {
      const n = readNumeral(text, j, to);
      if (!n) return undefined;
      year = n.value;
      j = n.end;
    }
    if (text.charCodeAt(j) !== 0x5e74 /* 年 */) return undefined;
    return parseDateFrom(text, i, j + 1, { year: era + year }, to, floor);
  }
  const dotted = DOTTED_DATE_RE.exec(text.slice(i, Math.min(to, i + 12)));
  if (dotted) {
    const year = Number(toHalfWidth(dotted[1]!));
    const month = Number(toHalfWidth(dotted[3]!));
    const day = dotted[4] === undefined ? undefined : Number(toHalfWidth(dotted[4]));
    if (year >= 1800 && year <= 2200 && month >= 1 && month <= 12 && (day === undefined || (day >= 1 && day <= 31))) {
      const end = skipWeekday(text, i + dotted[0].length, to);
      return dateResult(text, i, end, day === undefined ? { year, month } : { year, month, day }, to, floor);
    }
  }
  const numeral = readNumeral(text, i, to);
  if (!numeral) return undefined;
  return parseNumeral(text, numeral, to, floor);
}

/** After a numeral: a date, a time, a counted figure, or nothing. */
function parseNumeral(text: string, n: Numeral, to: number, floor: number): Found | undefined {
  const { start, end, value } = n;
  const next = text.charCodeAt(end);
  // Times of day: 14:32, 19時02分 — not figures.
  if (next === 0x3a || next === 0xff1a) {
    const m = readDigits(text, end + 1, to);
    if (m && m.end - m.start === 2) return { mention: undefined, next: skipTimeRange(text, m.end, to) };
  }
  if (next === 0x6642 /* 時 */ && text.charCodeAt(end + 1) !== 0x9593 /* 間 */ && value <= 24 && !n.kanjiOnly) {
    let j = end + 1;
    const m = readNumeral(text, j, to);
    if (m && text.charCodeAt(m.end) === 0x5206 /* 分 */) j = m.end + 1;
    return { mention: undefined, next: skipTimeRange(text, j, to) };
  }
  // Month/day: 11/9, 3/17(水)
  if (n.arabic && end - start <= 2 && next === 0x2f && value >= 1 && value <= 12) {
    const d = readDigits(text, end + 1, to);
    // 1/4マイル: a fraction of a unit, not January 4.
    const unitAfter = d ? counterAt(text, d.end) : undefined;
    if (d && unitAfter && unitAfter.counter.kind === 'quantity' && value < d.value) {
      const mention: NumberMention = { type: 'number', kind: 'quantity', start, end: unitAfter.end, value: clean(value / d.value), unit: unitAfter.counter.unit, flags: [] };
      return { mention, next: unitAfter.end };
    }
    if (d && d.end - d.start <= 2 && d.value >= 1 && d.value <= 31 && text.charCodeAt(d.end) !== 0x2f && !isArabicDigit(text.charCodeAt(start - 1))) {
      return dateResult(text, start, skipWeekday(text, d.end, to), { month: value, day: d.value }, to, floor);
    }
  }
  if (next === 0x5e74 /* 年 */) {
    const after = text.charCodeAt(end + 1);
    const isYear = (value >= 1000 && value <= 2200 && Number.isInteger(value)) || (n.kanjiOnly && end - start === 4);
    const before = after === 0x524d /* 前 */ && text.charCodeAt(end + 2) !== 0x534a; /* 前 but not 前半 */
    if (isYear && after !== 0x9593 /* 間 */ && after !== 0x4ee3 /* 代 */ && !before) {
      return parseDateFrom(text, start, end + 1, { year: value }, to, floor);
    }
  }
  if (next === 0x6708 /* 月 */ && Number.isInteger(value) && value >= 1 && value <= 12 && text.charCodeAt(end + 1) !== 0x9593 /* 間 */) {
    if (n.kanjiOnly && isIdiomAt(text, start, end)) return { mention: undefined, next: end };
    return parseDateFrom(text, start, end, {}, to, floor, value);
  }
  if (next === 0x65e5 /* 日 */ && Number.isInteger(value) && value >= 1 && value <= 31 && !NOT_DAY_AFTER.has(text.charAt(end + 1))) {
    if (n.kanjiOnly && isIdiomAt(text, start, end)) return { mention: undefined, next: end };
    // 1日1回, 1日3食: a rate, not a day
    if (isNumeralChar(text.charCodeAt(end + 1))) return { mention: undefined, next: end + 1 };
    return dateResult(text, start, end + 1, { day: value }, to, floor);
  }
  return parseCounted(text, n, to, floor);
}

/** A smaller unit of the same dimension right after an amount (12銭 after 円, 20センチ after メートル, 20分 after 時間), in the larger unit. */
function subunitAfter(text: string, j: number, counter: Counter, to: number): { add: number; end: number } | undefined {
  if (counter.kind !== 'quantity') return undefined;
  const k = text.charCodeAt(j) === 0x3068 /* と */ ? j + 1 : j;
  const m = readNumeral(text, k, to);
  const next = m ? counterAt(text, m.end) : undefined;
  const factor = next ? subunitFactor(counter.unit, next.counter.unit) : undefined;
  if (!m || !next || factor === undefined) return undefined;
  return { add: clean(m.value * factor), end: next.end };
}

/** Units of time, for 半 (a half) after them. */
const DURATIONS = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes']);

/** Characters after N年 that make it something else than N years: 2年生, 3年度, 90年代, 3年連続, 2年目, 3年前, 5年ぶり. */
const NOT_YEARS_AFTER = new Set([...'生度代目次連前後来ぶ振']);

/** 約2年, 2年半以上, 2年あまり: a number below 1000 before 年 is a duration in years (not a year). */
function yearsAt(text: string, j: number, n: Numeral): { counter: Counter; end: number; written: string } | undefined {
  if (text.charCodeAt(j) !== 0x5e74 /* 年 */ || n.value >= 1000 || !Number.isInteger(n.value * 2) || NOT_YEARS_AFTER.has(text.charAt(j + 1))) return undefined;
  return { counter: YEARS, end: j + 1, written: '年' };
}
const YEARS: Counter = { unit: 'years', kind: 'quantity', scale: 1 };

/** The counter of a fraction (3分の1): a share, already a fraction. */
const FRACTION: Counter = { unit: 'share', kind: 'share', scale: 1 };

/** A figure on a scale named before it (震度6強, M7.6), with the level 弱/強 of an intensity and a qualifier after it. */
function prefixed(text: string, n: Numeral, prefix: { readonly unit: string; readonly start: number }, to: number, floor: number): Found {
  let j = n.end;
  let value = n.value;
  const level = prefix.unit === 'seismic intensity' ? INTENSITY_LEVELS[text.charAt(j)] : undefined;
  if (level !== undefined) {
    value = round(value + level);
    j++;
  }
  const before = qualifierBeforeJa(text, prefix.start, floor);
  const after = qualifierAfterJa(text, j);
  const qualifier = combine(before, after && after.bound !== 'gt' && after.bound !== 'lt' ? after : after);
  const bound = qualifier?.bound;
  const end = after ? after.end : j;
  const mention: NumberMention = {
    type: 'number',
    kind: 'quantity',
    start: before && before.end >= prefix.start - 1 ? before.start : prefix.start,
    end: Math.min(end, to),
    value: numberValue(value, bound === 'from' ? 'min' : bound === 'to' ? 'max' : bound),
    unit: prefix.unit,
    flags: qualifier?.total ? ['total'] : [],
    ...(qualifier ? { qualifier: qualifier.written } : {}),
    ...(bound ? { bound } : {}),
  };
  return { mention, next: mention.end };
}

/** A counted figure: numeral, counter, qualifiers and ranges. */
function parseCounted(text: string, n: Numeral, to: number, floor: number): Found | undefined {
  const { start, end } = n;
  let j = end;
  // 震度6強, M7.6, マグニチュード7.6: a scale named before the number.
  const prefix = n.arabic || n.kanjiOnly ? prefixUnitBefore(text, start) : undefined;
  if (prefix) return prefixed(text, n, prefix, to, floor);
  let afterNumeral = qualifierAfterJa(text, j);
  if (afterNumeral && !['gt', 'lt'].includes(afterNumeral.bound)) afterNumeral = undefined; // 8600万超 only
  if (afterNumeral) j = afterNumeral.end;
  // 3分の1, 三分の二: a fraction, read as a share (never 3 minutes).
  let base = n.value;
  let fractionEnd: number | undefined;
  if (!afterNumeral && text.startsWith('分の', j)) {
    const numerator = readNumeral(text, j + 2, to);
    if (numerator && n.value > 0 && numerator.value <= n.value) {
      base = numerator.value / n.value;
      fractionEnd = numerator.end;
    }
  }
  const counted = fractionEnd !== undefined ? { counter: FRACTION, end: fractionEnd, written: '分の' } : (counterAt(text, j) ?? yearsAt(text, j, n));
  let wari = 0;
  if (counted) {
    if (n.kanjiOnly && isIdiomAt(text, start, counted.end)) return { mention: undefined, next: counted.end };
    // 2度目, 3回目, 2人目: an ordinal (the second time), not a count.
    if (text.charCodeAt(counted.end) === 0x76ee /* 目 */) return { mention: undefined, next: counted.end + 1 };
    j = counted.end;
    // 3割8分7厘, 5割半: hundredths and thousandths after tenths.
    const tail = counted.written === '割' ? readWariTail(text, j) : undefined;
    if (tail) {
      wari = tail.add;
      j = tail.end;
    }
    // 2年半, 3カ月半, 1時間半: a half of a time unit.
    if (counted.counter.kind === 'quantity' && DURATIONS.has(counted.counter.unit) && text.charCodeAt(j) === 0x534a /* 半 */) {
      wari = 0.5;
      j++;
    }
    // 2万9000円12銭, 2ドル3セント, 545ドルと5セント: a smaller unit of the same money after it.
    const sub = subunitAfter(text, j, counted.counter, to);
    if (sub) {
      wari = sub.add;
      j = sub.end;
    }
  } else {
    if (n.kanjiOnly) return { mention: undefined, next: end };
    // A bare Arabic number next to Latin letters or inside an identifier is not a figure, except
    // the low end of a counted range written with a hyphen (30-40人).
    const hyphenRange = text.charCodeAt(end) === 0x2d && ((m) => m !== undefined && counterAt(text, m.end) !== undefined)(readNumeral(text, end + 1, to));
    if (!hyphenRange && (isAsciiLetter(text.charCodeAt(end)) || text.charCodeAt(end) === 0x2d || text.charCodeAt(end) === 0x5f)) {
      return { mention: undefined, next: skipIdent(text, end, to) };
    }
  }
  const flags: MentionFlag[] = [];
  let high: number | undefined;
  let finalCounter = counted;
  // Ranges: 30〜40回, 30回〜40回, 30から40回まで
  const dash = text.charCodeAt(j);
  const viaKara = text.startsWith('から', j);
  // 20と30の間: a range named by its two ends.
  const viaTo = text.charCodeAt(j) === 0x3068 /* と */ && fractionEnd === undefined;
  if (dash === 0x301c || dash === 0xff5e || dash === 0x7e || dash === 0x2013 || dash === 0xff0d || dash === 0x2d || viaKara || viaTo) {
    const m = readNumeral(text, viaKara ? j + 2 : j + 1, to);
    const second = m ? counterAt(text, m.end) : undefined;
    const sameUnit = m !== undefined && (counted ? second === undefined || second.counter.unit === counted.counter.unit : second !== undefined || !viaKara || m.value > n.value);
    const between = viaTo && m !== undefined && text.startsWith('の間', second ? second.end : m.end);
    // 20から100未満: a bound on the second number; the two bounds are joined later.
    const boundedHigh = viaKara && !counted && !second && m !== undefined && qualifierAfterJa(text, m.end) !== undefined;
    if (m && sameUnit && (!viaTo || between) && m.value > n.value && !boundedHigh) {
      high = m.value;
      j = second ? second.end : m.end;
      if (!finalCounter && second) finalCounter = second;
      if (text.startsWith('まで', j)) j += text.charCodeAt(j + 2) === 0x306b ? 3 : 2;
      else if (text.startsWith('の間', j)) j += 2;
    }
  }
  if (!finalCounter && n.kanjiOnly) return { mention: undefined, next: end };
  const before = qualifierBeforeJa(text, start, floor);
  const after = high === undefined ? qualifierAfterJa(text, j) : undefined;
  let qualifier: Qualifier | undefined = combine(before, afterNumeral ?? after);
  if (after && afterNumeral) qualifier = combine(before, afterNumeral);
  const counter = finalCounter?.counter;
  const scale = counter?.scale ?? 1;
  // マイナス5%, 前年比-5%, ▲3億円: a minus sign before the figure makes it negative.
  const minusAt = minusBefore(text, start, floor);
  const sign = minusAt === undefined ? 1 : -1;
  // A negative share is a change (前年比-5%), not a part of a whole: a quantity in percent.
  const change = sign < 0 && counter?.kind === 'share';
  const amount = round(sign * (base * scale + wari) * (change ? 100 : 1));
  if (counter?.weak) flags.push('weak-unit');
  // 1カ月前, 3年ぶり: a time reference, not a figure of the story
  if (counter && ['years', 'months', 'days', 'weeks', 'hours', 'minutes'].includes(counter.unit) && /^(?:前|後|ぶり|振り)/.test(text.slice(j, j + 2))) flags.push('vague-date');
  if (!counter) flags.push('bare');
  if (qualifier?.total) flags.push('total');
  let value: NumberMention['value'];
  let bound: Bound | undefined = qualifier?.bound;
  if (high !== undefined) {
    flags.push('range');
    value = { min: amount, max: round(high * scale * (change ? 100 : 1)) };
    bound = undefined;
  } else {
    value = numberValue(amount, bound === 'from' ? 'min' : bound === 'to' ? 'max' : bound);
  }
  const kind = change ? 'quantity' : (counter?.kind ?? 'count');
  const lead = qualifier && qualifier.start < start ? qualifier.start : start;
  if (kind === 'share' && (text.charCodeAt(lead - 1) === 0x306e /* の */ || text.startsWith('うち', lead - 2))) {
    flags.push('share-of-base');
    value = { share: value as number };
  }
  const figureStart = minusAt ?? start;
  const spanStart = qualifier && qualifier.start < figureStart && qualifier.end >= figureStart - 1 ? qualifier.start : figureStart;
  const spanEnd = Math.max(j, after && !afterNumeral ? after.end : j);
  const mention: NumberMention = {
    type: 'number',
    kind,
    start: spanStart,
    end: spanEnd,
    value,
    unit: change ? '%' : counter?.unit,
    flags,
    ...(qualifier ? { qualifier: qualifier.written } : {}),
    ...(bound ? { bound } : {}),
  };
  return { mention, next: spanEnd };
}

/** Round away binary noise with the one rule of the language layer (7 × 0.1 = 0.7). */
const round = clean;

/** Read plain digits (half- or full-width) at `i`. */
function readDigits(text: string, i: number, to: number): { value: number; start: number; end: number } | undefined {
  let j = i;
  let value = 0;
  while (j < to && isArabicDigit(text.charCodeAt(j))) {
    value = value * 10 + digitValue(text.charCodeAt(j));
    j++;
  }
  return j > i ? { value, start: i, end: j } : undefined;
}

/** Skip a weekday in brackets after a date: (木), （水）. */
function skipWeekday(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if ((c === 0x28 || c === 0xff08) && i + 2 < to) {
    const close = text.charCodeAt(i + 2);
    if ((close === 0x29 || close === 0xff09) && '月火水木金土日祝'.includes(text.charAt(i + 1))) return i + 3;
  }
  return i;
}

/** Skip the rest of a time range: 14:32~14:52頃. */
function skipTimeRange(text: string, i: number, to: number): number {
  let j = i;
  const c = text.charCodeAt(j);
  if (c === 0x301c || c === 0xff5e || c === 0x7e || c === 0x2d) {
    j++;
    while (j < to && (isArabicDigit(text.charCodeAt(j)) || text.charCodeAt(j) === 0x3a || text.charCodeAt(j) === 0xff1a)) j++;
  }
  if (text.startsWith('頃', j)) j++;
  else if (text.startsWith('ごろ', j)) j += 2;
  return j;
}

/**
 * Continue a date from `j`: [N月][N日] then a part (上旬, 夏, 半ば, 度 …), ごろ, and a qualifier or
 * the end of a span (から…まで, 〜).
 */
function parseDateFrom(text: string, start: number, j0: number, spec0: DateSpec, to: number, floor: number, monthValue?: number): Found | undefined {
  const spec: { -readonly [K in keyof DateSpec]: DateSpec[K] } = { ...spec0 };
  let j = j0;
  if (monthValue !== undefined) {
    spec.month = monthValue;
    j = j0 + 1; // past 月
  } else if (spec.dayRel === undefined && spec.month === undefined && spec.monthRel === undefined) {
    const m = readNumeral(text, j, to);
    if (m && text.charCodeAt(m.end) === 0x6708 && m.value >= 1 && m.value <= 12 && Number.isInteger(m.value)) {
      spec.month = m.value;
      j = m.end + 1;
    }
  }
  if ((spec.month !== undefined || spec.monthRel !== undefined) && spec.day === undefined) {
    const d = readNumeral(text, j, to);
    if (d && text.charCodeAt(d.end) === 0x65e5 && d.value >= 1 && d.value <= 31 && Number.isInteger(d.value) && !NOT_DAY_AFTER.has(text.charAt(d.end + 1))) {
      spec.day = d.value;
      j = d.end + 1;
    }
  }
  if (spec.day === undefined && spec.dayRel === undefined) {
    const ofMonth = spec.month !== undefined || spec.monthRel !== undefined;
    // 2018年の前半, 3月の下旬: a part after の belongs to the date too (not 年度, a fiscal year).
    const linked = text.charCodeAt(j) === 0x306e /* の */ ? partAt(text, j + 1, ofMonth) : undefined;
    const part = linked && linked.part !== 'fiscal' ? linked : partAt(text, j, ofMonth);
    if (part) {
      spec.part = part.part;
      j = part.end;
    }
  }
  return dateResult(text, start, j, spec, to, floor);
}

function partAt(text: string, j: number, ofMonth: boolean): { part: DatePart; end: number } | undefined {
  for (const [written, part] of JA_PARTS) {
    if (!text.startsWith(written, j)) continue;
    if (ofMonth && MONTH_PARTS[part] === undefined) continue;
    // 初めて is "for the first time", not the beginning of a year.
    if (written === '初め' && text.charCodeAt(j + 2) === 0x3066) continue;
    // 初 alone ends a date (2021年初、): 初日, 初来日, 初めて are other words.
    if (written === '初' && /[\u4e00-\u9fffめて]/.test(text.charAt(j + 1)) && !qualifierAfterJa(text, j + 1, true)) continue;
    if (part === 'fiscal' && text.charCodeAt(j - 1) !== 0x5e74) continue;
    // 夏 in 夏休み is still summer; 末 in 末尾 is not an end.
    if (written === '末' && text.charCodeAt(j + 1) === 0x5c3e) continue;
    return { part, end: j + written.length };
  }
  return undefined;
}

/** Finish a date mention at `j`: approximate words, qualifiers and spans. */
function dateResult(text: string, start: number, j0: number, spec: DateSpec, to: number, floor: number): Found {
  let j = j0;
  const flags: MentionFlag[] = [];
  let approx: string | undefined;
  if (text.startsWith('ごろ', j) || text.startsWith('頃', j)) {
    approx = text.startsWith('ごろ', j) ? 'ごろ' : '頃';
    j += approx.length;
  }
  if (Object.keys(spec).length === 1 && (spec.yearRel !== undefined || spec.monthRel !== undefined || spec.dayRel !== undefined)) flags.push('vague-date');
  // A span: XからYまで, X〜Y
  const dash = text.charCodeAt(j);
  const isFrom = text.startsWith('から', j);
  if (isFrom || dash === 0x301c || dash === 0xff5e || dash === 0x7e) {
    const k = isFrom ? j + 2 : j + 1;
    const end = readDateAt(text, k, to);
    if (end && (!isFrom || text.startsWith('まで', end.end) || dash !== 0)) {
      const endSpec = inherit(end.spec, spec);
      let e = end.end;
      if (text.startsWith('まで', e)) e += text.charCodeAt(e + 2) === 0x306b ? 3 : 2;
      const mention: DateMention = { type: 'date', kind: 'period', start, end: e, from: spec, to: endSpec, flags: [...flags, 'range'] };
      return { mention, next: e };
    }
  }
  const q = qualifierAfterJa(text, j, true);
  let bound: Bound | undefined = q?.bound;
  let since = false;
  if (q?.since) {
    since = true;
    bound = undefined;
  }
  if (bound === 'approx') bound = undefined;
  const before = qualifierBeforeJa(text, start, floor);
  const end = q ? q.end : j;
  const written = q?.written ?? approx;
  const mention: DateMention = {
    type: 'date',
    kind: 'date',
    start: before && before.bound === 'approx' && before.end >= start - 1 ? before.start : start,
    end,
    from: spec,
    flags,
    ...(written ? { qualifier: approx && q ? `${approx}${q.written}` : written } : {}),
    ...(bound ? { bound } : {}),
    ...(since ? { since } : {}),
  };
  return { mention, next: end };
}

/** The end date of a span: fields missing on it come from the start (3月1日から15日まで). */
function inherit(end: DateSpec, startSpec: DateSpec): DateSpec {
  if (end.year !== undefined || end.yearRel !== undefined || end.monthRel !== undefined || end.dayRel !== undefined) return end;
  if (end.month !== undefined) return { ...(startSpec.year !== undefined ? { year: startSpec.year } : {}), ...(startSpec.yearRel !== undefined ? { yearRel: startSpec.yearRel } : {}), ...end };
  if (end.day !== undefined) {
    const { part: _part, ...rest } = startSpec;
    return { ...rest, day: end.day };
  }
  return end;
}

/** A date (not a counted number) starting exactly at `k`. */
function readDateAt(text: string, k: number, to: number): { spec: DateSpec; end: number } | undefined {
  START_RE.lastIndex = k;
  const saved = k;
  const hit = START_RE.exec(text);
  if (!hit || hit.index !== saved) return undefined;
  const found = parseAt(text, saved, hit[0], to, saved);
  const mention = found?.mention;
  if (!mention || mention.type !== 'date' || mention.kind !== 'date') return undefined;
  // the end of a span stops before its own qualifier (まで)
  let end = mention.end;
  if (mention.qualifier && (mention.bound === 'to' || mention.qualifier.startsWith('まで'))) end -= mention.qualifier.length;
  return { spec: mention.from, end };
}

