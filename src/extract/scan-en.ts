import { englishDates, type EnglishDate } from './scan-en-dates.js';
import type { DateMention, Mention, MentionFlag, NumberMention } from './mention.js';
import { ENGLISH_DENOMINATOR_WORD, ENGLISH_NUMBER_WORD, parseEnglishFraction, parseEnglishNumber } from '../lang/english-numbers.js';
import { clean, minusBefore } from '../lang/numerals.js';
import { EN_EVENT_DAYS, EN_MONTHS, EN_WEEKDAYS } from '../lang/calendar.js';
import { CURRENCY_SIGNS } from '../lang/units.js';
import { EN_GRADE_WORDS } from '../lang/idioms.js';
import { RANGE_JOINERS } from '../lang/qualifiers.js';
import { EN_DATE_AFTER, EN_DATE_BEFORE, numberValue, qualifierAfterEn, qualifierBeforeEn, type Bound, type Qualifier } from './qualifiers.js';
import { englishCounter, isEnglishUnit } from './units.js';

/**
 * The English figure scanner: dates (March 17, 2021; 17 March 2021; March 2021; summer 2018;
 * mid-2021; in 2018) and numbers (32, 3,928, 1.2 million, thirty-two, a dozen) with their unit
 * word and qualifiers (at least, more than, about, up to, fewer than, between X and Y).
 */

const WORD = ENGLISH_NUMBER_WORD;
/** A fraction in words: two thirds, a quarter, one half, half (never `third` alone, an ordinal). */
const FRACTION_WORDS = `(?:(?:an?|${WORD})[\\s-]+${ENGLISH_DENOMINATOR_WORD}|half)`;
const NUMBER_RE = new RegExp(
  `(?<![\\w.])(?:(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s+hundred(?:\\s+and\\s+\\d{1,2})?\\b|\\s*(?:million|billion|thousand|trillion|bn|lakh|crore)\\b)?|(?:${FRACTION_WORDS}\\b(?![\\s-]+(?:a\\s+)?(?:million|billion|thousand|dozen|hundred)\\b)|a\\s+(?:dozen|hundred|thousand|million|billion)\\b|${WORD}(?:(?:[\\s-]+|\\s+and\\s+|\\s+point\\s+)${WORD})*(?:\\s+and\\s+a\\s+half(?:\\s+(?:million|billion|thousand))?)?|half[\\s-]+(?:a\\s+)?(?:million|billion|thousand|dozen|hundred))\\b)`,
  'gi',
);

/** The high end of a range right after a number: 20-30, 20–30, 20~100, 20 to 30, 20 through 100, 200 to three thousand. */
const RANGE_AFTER = new RegExp(`^\\s*(?:-|${RANGE_JOINERS.signs.join('|')}|${RANGE_JOINERS.en.join('|')}|and)\\s*(${CURRENCY_SIGNS.map(([sign]) => sign.replace(/\$/g, '\\$')).join('|')})?\\s*(\\d[\\d,]*(?:\\.\\d+)?|${WORD}(?:(?:[\\s-]+|\\s+and\\s+)${WORD})*)`, 'i');
/** A scale word right after the high end of a range, shared by a low end written without one (between 20 and 30 million). */
const SHARED_SCALE = /^\s*(million|billion|thousand|trillion|bn|lakh|crore)\b/i;
const SCALE_WORD = /\b(?:hundred|million|billion|thousand|trillion|bn|lakh|crore)\b/i;

/**
 * Numbers that count nothing: a part of 9/11 or 3/4 (a date or a ratio, read as such elsewhere),
 * a time of day (2:52 p.m., 8 p.m.), a rank (No. 2, #3), the second number of a tally (97-1, 134-to-63), a
 * year naming what follows (the 2016 election), an ordinal written like a fraction (an eighth
 * term, a third round), the half of a mixed number (a year and a half), hundreds (several hundred)
 * and zero before a singular noun (zero tolerance).
 */
function isNotACount(text: string, s: number, e: number, written: string, fraction: boolean): boolean {
  const before = text.slice(Math.max(0, s - 8), s);
  const after = text.slice(e, e + 12);
  if (/\d\/$/.test(before) || /^\/\d/.test(after)) return true;
  if (/\d:$/.test(before) || /^:\d\d/.test(after) || /^\s*[ap]\.?\s?m\b\.?/i.test(after)) return true;
  if (/(?:\bNos?\.|#)\s*$/i.test(before)) return true;
  if (/\d\s*(?:-|–|to|-to-)\s*$/.test(before) && !/\bbetween\b|\bfrom\b/i.test(text.slice(Math.max(0, s - 24), s))) return true;
  if (/^\d{4}$/.test(written) && Number(written) >= 1800 && Number(written) <= 2100 && !CURRENCY_BEFORE.test(before)) {
    const noun = /^\s+([a-z][a-z-]*)/.exec(after);
    if (noun && !isEnglishUnit(noun[1]!) && !STOP.has(noun[1]!)) return true;
  }
  if (fraction && /^(?:an?|one)\s+[a-z]+th$|^(?:an?|one)\s+third$/i.test(written.trim()) && /^\s+(?!of\b)[a-z]/i.test(after)) return true;
  // a year and half, a decade and a half, one-and-a-half-page: the half of a mixed number, no share of its own
  if (fraction && /^(?:a[\s-]+)?half$/i.test(written.trim()) && /\band[\s-]+$/i.test(before)) return true;
  // several hundred pages: hundreds, not one hundred
  if (/^(?:hundred|thousand)s?$/i.test(written.trim()) && /\b(?:several|many|a\s+few|few)\s+$/i.test(text.slice(Math.max(0, s - 12), s))) return true;
  // zero tolerance, zero precedent: zero before a singular noun is a figure of speech (zero deaths counts)
  if (/^zero$/i.test(written.trim()) && /^\s+[a-z]+(?<!s)\b/i.test(after)) return true;
  return false;
}

/** Words before a length of time (the past two quarters, over the next three quarters). */
const TIME_LEAD = /\b(?:past|last|next|previous|coming|following|first|final)\s+$/i;

/** `in N` after a number: one in five, 2 in 5. */
const IN_EVERY = new RegExp(`^\\s+(?:in|out\\s+of)\\s+(\\d+|${WORD}(?:[\\s-]+(?:${WORD}|hundreds|thousands))*)\\b`, 'i');

/** The unit of an age (41-year-old, 41 years old, Hunter, 41,). */
const AGE = englishCounter('years of age');
/** Names a capitalised word before `, N,` may not be: months and weekdays (May, 12, …). */
const NOT_NAMES = new Set([...Object.keys(EN_MONTHS), ...Object.keys(EN_WEEKDAYS)].map((w) => w.toLowerCase()));

/** True for `Name, N,`: a whole number from 1 to 120 between commas right after a capitalised word. */
function isAgeAfterName(text: string, s: number, e: number, value: number): boolean {
  if (!Number.isInteger(value) || value < 1 || value > 120 || text.charCodeAt(e) !== 0x2c /* , */) return false;
  // Cesar Sayoc Jr., 56,: a name's suffix may stand between it and the age
  const name = /(?:^|[^\w])([A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)*)(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?,\s$/.exec(text.slice(Math.max(0, s - 40), s));
  return name !== null && !NOT_NAMES.has(name[1]!.toLowerCase()) && !/^\d/.test(text.slice(e + 1).trimStart());
}

/**
 * An age by its decade: in his 50s, in her early 30s, in their late teens are not written here
 * (no number), in his mid-40s. Early, mid and late take the first, middle and last few years.
 */
function decadeOfLife(text: string, s: number, e: number, value: number | undefined, floor: number): NumberMention | undefined {
  if (value === undefined || !Number.isInteger(value) || value < 10 || value > 110 || value % 10 !== 0) return undefined;
  if (!/^['’]?s\b/.test(text.slice(e, e + 3))) return undefined;
  const from = Math.max(floor, s - 30);
  const lead = /\bin\s+(?:his|her|their|its)\s+(?:(early|mid|late)[\s-]*)?$/i.exec(text.slice(from, s));
  if (!lead) return undefined;
  const part = lead[1]?.toLowerCase();
  const [min, max] = part === 'early' ? [value, value + 3] : part === 'mid' ? [value + 3, value + 6] : part === 'late' ? [value + 6, value + 9] : [value, value + 9];
  // the window ends at the number, so the part word starts where it is found in the match
  const start = part ? from + lead.index + lead[0].search(/early|mid|late/i) : s;
  const end = e + /^['’]?s/.exec(text.slice(e, e + 2))![0].length;
  return { type: 'number', kind: AGE.kind as NumberMention['kind'], start, end, value: { min, max }, unit: AGE.unit, flags: [] };
}

/** A tally's other number after this one (134-to-63, 134 to 63, 52-48) or before it. */
const TALLY_AFTER = /^(?:-to-|\s+to\s+|-)(\d[\d,]*)(?![\d,]*\s*(?:%|percent|million|billion|thousand))/;
const TALLY_BEFORE = /(\d[\d,]*)(?:-to-|\s+to\s+|-)$/;
/** Words that make two numbers a vote's tally. */
const TALLY_CONTEXT = /\b(?:vot(?:e|es|ed|ing)|tally|ballots?)\b/i;

/**
 * A number of a vote's tally, each side its count of votes: She won by a 134-to-63 vote; by a vote
 * of 134 to 63. The larger number first (a tally is written winner first, where a range 20 to 30
 * runs upward), in a sentence about a vote.
 */
function tallyVotes(text: string, s: number, e: number, floor: number, to: number): boolean {
  const sentence = text.slice(Math.max(floor, s - 40), Math.min(to, e + 40));
  if (!TALLY_CONTEXT.test(sentence)) return false;
  const first = (w: string): number => Number(w.replace(/,/g, ''));
  const here = first(text.slice(s, e));
  const after = TALLY_AFTER.exec(text.slice(e, Math.min(to, e + 16)));
  if (after) return here > first(after[1]!);
  const before = TALLY_BEFORE.exec(text.slice(Math.max(floor, s - 16), s));
  return before !== null && first(before[1]!) > here;
}

/** `N of the M …` after a number: a part of a counted whole (Fifteen of the 19 hijackers). */
const PART_OF = new RegExp(`^\\s+of\\s+(?:the|these|those|its|their|his|her|our)\\s+(\\d[\\d,]*|${WORD}(?:[\\s-]+${WORD})*)(?![\\w,])`, 'i');

/** A share written as `N in M` (with any unit word after M left out), with its qualifiers. */
function shareMention(text: string, s: number, e: number, share: number, floor: number, to: number): NumberMention {
  const before = qualifierBeforeEn(text, s, floor);
  const after = qualifierAfterEn(text, e);
  const q = after ?? before;
  const start = before && !after ? before.start : s;
  return {
    type: 'number',
    kind: 'share',
    start,
    end: Math.min(to, after ? after.end : e),
    value: numberValue(share, q?.bound),
    unit: 'share',
    flags: [],
    ...(q ? { qualifier: q.written, bound: q.bound } : {}),
  };
}

/** Currency signs before a number. */
const CURRENCY_BEFORE = new RegExp(`(${CURRENCY_SIGNS.map(([sign]) => sign.replace(/\$/g, '\\$')).join('|')})\\s*$`);
const CURRENCIES: ReadonlyMap<string, string> = new Map(CURRENCY_SIGNS);

const STOP = new Set(['of', 'in', 'to', 'and', 'or', 'the', 'a', 'an', 'was', 'were', 'is', 'are', 'on', 'at', 'for', 'by', 'from', 'with', 'as', 'than', 'that', 'this', 'had', 'have', 'has', 'per', 'be', 'been', 'it', 'its', 'their', 'his', 'her', 'out', 'so', 'but', 'not', 'more', 'less', 'over', 'times', 'which', 'who', 'when', 'since', 'until', 'after', 'before', 'p.m', 'a.m', 'pm', 'am']);

/** Scan `text` from `from` to `to` for English figures, in order. */
export function scanEnglish(text: string, from: number, to: number): Mention[] {
  const slice = text.slice(from, to);
  const merged: DateMention[] = englishDates(slice).map((d) => dateMention(slice, d, from));
  const numbers: NumberMention[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(slice); m; m = NUMBER_RE.exec(slice)) {
    const s = m.index + from;
    const e = s + m[0].length;
    if (merged.some((d) => d.start <= s && d.end >= e)) continue;
    const mention = numberMention(text, s, e, m[0], from, to);
    if (mention) {
      numbers.push(mention);
      NUMBER_RE.lastIndex = mention.end - from;
    }
  }
  return [...merged, ...numbers].sort((a, b) => a.start - b.start);
}

const DATE_BEFORE = new RegExp(`\\b(${[...EN_DATE_BEFORE.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+(?:the\\s+)?$`, 'i');

/** A date of the line with the qualifiers around it (since, until, before; or later), or a span. */
/** A year alone (2016), nothing finer or relative. */
function isBareYearSpec(spec: EnglishDate['spec']): boolean {
  return spec.year !== undefined && Object.keys(spec).every((k) => k === 'year');
}

function dateMention(slice: string, d: EnglishDate, offset: number): DateMention {
  const flags: MentionFlag[] = d.vague ? ['vague-date'] : [];
  if (d.to) return { type: 'date', kind: 'period', start: d.start + offset, end: d.end + offset, from: d.spec, to: d.to, flags: [...flags, 'range'] };
  const back = DATE_BEFORE.exec(slice.slice(Math.max(0, d.start - 20), d.start));
  const word = back?.[1]?.toLowerCase().replace(/\s+/g, ' ');
  let meaning: Bound | 'since' | undefined = word === undefined ? undefined : EN_DATE_BEFORE.get(word);
  let qualifier = back?.[1];
  let end = d.end;
  if (meaning === undefined) {
    const rest = slice.slice(d.end, d.end + 16).toLowerCase();
    const lead = /^\s*/.exec(rest)![0].length;
    // 1/1/2016 and after 6PM: and after, or before followed by another figure bound that one
    const after = EN_DATE_AFTER.find(([w]) => rest.startsWith(w, lead) && !/[a-z]/.test(rest.charAt(lead + w.length)) && !/^\s*\d/.test(rest.slice(lead + w.length)));
    if (after) {
      meaning = after[1];
      qualifier = slice.slice(d.end + lead, d.end + lead + after[0].length);
      end = d.end + lead + after[0].length;
    }
  }
  // backed by 9/11 families: a day naming an event before its noun is no bound of `by`
  const named = d.spec.year !== undefined && EN_EVENT_DAYS[`${d.spec.month}/${d.spec.day}`]?.year === d.spec.year;
  if (named && meaning !== undefined && /^\s+[a-z]/.test(slice.slice(d.end, d.end + 2))) {
    meaning = undefined;
    qualifier = undefined;
  }
  const since = meaning === 'since';
  let bound: Bound | undefined = meaning === 'since' ? undefined : meaning;
  let spec = d.spec;
  // before the end of 2016 is by its last day; after the beginning of March from its first
  if ((bound === 'before' && spec.part === 'end') || (bound === 'after' && spec.part === 'beginning')) {
    const { part: _part, ...whole } = spec;
    spec = whole;
    bound = bound === 'before' ? 'to' : 'from';
  }
  // before the 2016 election: before a day of 2016, so by its end (after: from its start)
  if ((bound === 'before' || bound === 'after') && isBareYearSpec(spec) && /^\s+[a-z]/.test(slice.slice(d.end, d.end + 2)) && (/^the\s/i.test(slice.slice(d.start, d.end)) || /\bthe\s+$/i.test(slice.slice(Math.max(0, d.start - 4), d.start)))) {
    bound = bound === 'before' ? 'to' : 'from';
  }
  const start = back && word !== undefined && EN_DATE_BEFORE.has(word) && meaning !== undefined ? d.start - back[0].length : d.start;
  return {
    type: 'date',
    kind: 'date',
    start: start + offset,
    end: end + offset,
    from: spec,
    flags,
    ...(qualifier && meaning !== undefined ? { qualifier } : {}),
    ...(bound ? { bound } : {}),
    ...(since ? { since } : {}),
  };
}

/** What an English number counts: its unit word (or percent, or a currency), kind and scale. */
interface Counted {
  unit: string | undefined;
  kind: NumberMention['kind'];
  scale: number;
  weak: boolean;
  /** Where the figure ends after its unit. */
  end: number;
}

/**
 * A number read at `s`–`e` with what it counts, its range, currency, sign and qualifiers, in
 * stages: the number, a share `N in M`, the high end of a range, the unit word, a currency sign
 * before it, then the qualifiers and the value.
 */
function numberMention(text: string, s: number, e: number, written: string, floor: number, to: number): NumberMention | undefined {
  const number = parseEnglishNumber(written.trim().replace(/(\d)\s*bn$/i, '$1 billion'));
  // two thirds, a quarter, half: a share.
  const fraction = number === undefined ? parseEnglishFraction(written.trim()) : undefined;
  const value = number ?? fraction;
  if (value === undefined) return undefined;
  // the past two quarters, the next three quarters: quarters of a year counted, not a share
  const quarters = fraction !== undefined ? /^(\S+)[\s-]+quarters$/i.exec(written.trim()) : null;
  if (quarters && TIME_LEAD.test(text.slice(Math.max(floor, s - 24), s)) && !/^\s+of\b/i.test(text.slice(e, e + 4))) {
    const lead = written.indexOf(quarters[1]!);
    return numberMention(text, s + lead, s + lead + quarters[1]!.length, quarters[1]!, floor, to);
  }
  // 2nd, 3rd: ordinals are not figures
  if (/^(?:st|nd|rd|th)\b/i.test(text.slice(e, e + 3))) return undefined;
  const decade = decadeOfLife(text, s, e, number, floor);
  if (decade) return decade;
  // 134-to-63: each side of a vote's tally counts votes (before the range end's refusal below)
  if (number !== undefined && Number.isInteger(number) && /^\d[\d,]*$/.test(written.trim()) && tallyVotes(text, s, e, floor, to)) {
    return { type: 'number', kind: 'count', start: s, end: e, value: number, unit: 'votes', flags: [] };
  }
  if (isNotACount(text, s, e, written, fraction !== undefined)) return undefined;
  const rest = text.slice(e, Math.min(to, e + 40));
  // 2 in 5, one in five Americans: a share.
  const inEvery = fraction === undefined ? IN_EVERY.exec(rest) : null;
  const per = inEvery ? parseEnglishNumber(inEvery[1]!) : undefined;
  if (inEvery && per !== undefined && per > value && value > 0) return shareMention(text, s, e + inEvery[0].length, clean(value / per), floor, to);
  const high = fraction === undefined ? rangeEnd(text, s, e, value, floor, rest, written) : undefined;
  const counted = countedBy(text, high?.end ?? e, to, fraction !== undefined);
  // Currencies written before the number: $1.2 billion, US$300, €5, £10, ¥5,000
  const currency = CURRENCY_BEFORE.exec(text.slice(Math.max(floor, s - 3), s));
  let currencyStart = s;
  if (currency && counted.unit !== 'share') {
    Object.assign(counted, { unit: CURRENCIES.get(currency[1]!) ?? 'dollars', kind: 'quantity', scale: 1, weak: false, end: high?.end ?? e });
    currencyStart = s - currency[0].length;
  }
  // -5%, minus five percent: a minus sign before the figure makes it negative.
  const minusAt = currency ? undefined : minusBefore(text, s, floor);
  // about $8 billion: the qualifier stands before the currency sign.
  const before = qualifierBeforeEn(text, minusAt ?? currencyStart, floor);
  const isWords = !/\d/.test(written);
  const afterQ = qualifierAfterEn(text, counted.end);
  // Hunter, 41, is …: a person's age set off by commas after the name, as news writes it.
  if (counted.unit === undefined && fraction === undefined && isAgeAfterName(text, s, e, value)) Object.assign(counted, { unit: AGE.unit, kind: AGE.kind, scale: 1, weak: false });
  // Fifteen of the 19 hijackers: a part, counted in the whole's unit.
  const part = counted.unit === undefined && fraction === undefined ? PART_OF.exec(rest) : null;
  const whole = part ? parseEnglishNumber(part[1]!) : undefined;
  if (part && whole !== undefined && whole >= value) {
    const of = countedBy(text, e + part[0].length, to, false);
    if (of.unit !== undefined && of.kind === 'count') Object.assign(counted, { unit: of.unit, kind: of.kind, scale: of.scale, weak: of.weak });
  }
  // Number words are figures when something counts or bounds them (no fewer than thirty).
  if (isWords && counted.unit === undefined && !before && !afterQ && high === undefined && minusAt === undefined) return undefined;
  if (isWords && value === 1 && /^(one|a)\b/i.test(written.trim()) && counted.unit !== 'times' && !before) return undefined;
  const { qualifier, end } = withOrEqual(text, before, afterQ, counted.end, to);
  const sign = minusAt === undefined ? 1 : -1;
  // A negative share is a change (-5%), not a part of a whole: a quantity in percent.
  if (sign < 0 && counted.kind === 'share') Object.assign(counted, { kind: 'quantity', unit: '%', scale: 1 });
  const flags: MentionFlag[] = [];
  if (!counted.unit) flags.push('bare');
  if (counted.weak) flags.push('weak-unit');
  if (qualifier?.total) flags.push('total');
  if (high !== undefined) flags.push('range');
  const bound = high === undefined ? qualifier?.bound : undefined;
  const v: NumberMention['value'] =
    high !== undefined ? { min: round(sign * high.low * counted.scale), max: round(high.value * counted.scale) } : numberValue(round(sign * value * counted.scale), bound);
  const at = minusAt ?? s;
  const between = /\bbetween\s+$/i.exec(text.slice(Math.max(floor, at - 10), at));
  const start = before && (!afterQ || qualifier === before) ? Math.min(before.start, currencyStart) : currencyStart < at ? currencyStart : between ? at - between[0].length : at;
  return {
    type: 'number',
    kind: counted.kind,
    start,
    end,
    value: v,
    unit: counted.unit,
    flags,
    ...(qualifier ? { qualifier: qualifier.written } : {}),
    ...(bound ? { bound } : {}),
  };
}

/** The high end of a range after a number (20-30, 20 to 30, 20 through 100, between 20 and 30), above the low end. */
function rangeEnd(text: string, s: number, e: number, value: number, floor: number, rest: string, written: string): { readonly value: number; readonly low: number; readonly end: number } | undefined {
  const r = RANGE_AFTER.exec(rest);
  const betweenBefore = /\bbetween\s+$/i.test(text.slice(Math.max(floor, s - 14), s).replace(CURRENCY_BEFORE, ''));
  if (!r || (!betweenBefore && /^\s*and/i.test(r[0]))) return undefined;
  // $19 and $22: a currency sign before the high end only when one stands before the low end too.
  if (r[1] !== undefined && !CURRENCY_BEFORE.test(text.slice(Math.max(floor, s - 3), s))) return undefined;
  const high = parseEnglishNumber(r[2]!);
  if (high === undefined) return undefined;
  // between 20 and 30 million, $19 and $22 million: the scale after the high end is the low end's
  // too, unless the low end writes its own ($2 billion to $3 billion).
  const scale = SHARED_SCALE.exec(rest.slice(r[0].length));
  const factor = scale ? (parseEnglishNumber(`${r[2]!} ${scale[1]!}`) ?? high) / high : 1;
  const low = SCALE_WORD.test(written) ? value : round(value * factor);
  const top = round(high * factor);
  return top > low ? { value: top, low, end: e + r[0].length + (scale ? scale[0].length : 0) } : undefined;
}

/** What the number counts, read at `j` after it: percent, a unit word or the plural noun after an adjective (three Texas landowners). */
function countedBy(text: string, j: number, to: number, fraction: boolean): Counted {
  const counted: Counted = { unit: undefined, kind: 'count', scale: 1, weak: false, end: j };
  if (fraction) return { ...counted, unit: 'share', kind: 'share' };
  const after = text.slice(j, Math.min(to, j + 40));
  const pct = /^\s*(%|percent\b|per cent\b)/i.exec(after);
  if (pct) return { ...counted, unit: 'share', kind: 'share', scale: 0.01, end: j + pct[0].length };
  // a 76-year-old, 76 years old: an age
  const old = /^[\s-]+years?[\s-]+old\b/i.exec(after);
  if (old) return { unit: AGE.unit, kind: AGE.kind, scale: AGE.scale, weak: false, end: j + old[0].length };
  // a 24-page indictment, a 35-day shutdown: the unit joined to the number names what it counts.
  const joined = /^-([a-z]+)\s+[a-z]/i.exec(after);
  if (joined && !EN_GRADE_WORDS.has(joined[1]!.toLowerCase())) {
    const counter = englishCounter(joined[1]!);
    return { unit: counter.unit, kind: counter.kind, scale: counter.scale, weak: counter.weak ?? false, end: j + 1 + joined[1]!.length };
  }
  const words = /^(\s+)([A-Za-z][A-Za-z'-]*)(?:(\s+)([A-Za-z][A-Za-z'-]*)(?:\s+([a-z][a-z'-]*))?)?/.exec(after);
  if (!words) return counted;
  const w1 = words[2]!.toLowerCase();
  const w2 = words[4]?.toLowerCase();
  const end1 = words[1]!.length + words[2]!.length;
  const end2 = end1 + (words[3]?.length ?? 0) + (words[4]?.length ?? 0);
  let chosen: { word: string; end: number } | undefined;
  if (isEnglishUnit(w1) || (!STOP.has(w1) && /[a-z]s$/.test(w1) && !/^[A-Z]/.test(words[2]!))) chosen = { word: w1, end: end1 };
  else if (w2 && !STOP.has(w1) && isEnglishUnit(w2)) chosen = { word: w2, end: end2 };
  // three Texas landowners, six Republican senators: an adjective, then the plural noun counted.
  else if (w2 && !STOP.has(w1) && !STOP.has(w2) && /[a-z]{2}s$/.test(w2) && !/ss$/.test(w2)) chosen = { word: w2, end: end2 };
  // 12 crude explosive devices: two adjectives, then the plural noun
  else if (w2 && words[5] && /^[a-z]+$/.test(words[2]!) && /^[a-z]+$/.test(words[4]!) && !STOP.has(w1) && !STOP.has(w2) && !STOP.has(words[5]) && /[a-z]{2}s$/.test(words[5]) && !/ss$/.test(words[5])) {
    chosen = { word: words[5], end: words[0].length };
  } else if (!STOP.has(w1) && /^[a-z]+$/.test(words[2]!) && (!w2 || STOP.has(w2))) chosen = { word: w1, end: end1 };
  if (!chosen) return counted;
  const counter = englishCounter(chosen.word);
  return { unit: counter.unit, kind: counter.kind, scale: counter.scale, weak: counter.weak ?? false, end: j + chosen.end };
}

/** The qualifier of a number, a bound made inclusive by `or equal (to)` after it (more than 5000 or equal to), and where the figure ends. */
function withOrEqual(text: string, before: Qualifier | undefined, after: Qualifier | undefined, j: number, to: number): { readonly qualifier: Qualifier | undefined; readonly end: number } {
  const at = after ? after.end : j;
  // about $8 billion in all: a total after the figure leaves the bound before it standing.
  const qualifier = after?.bound === 'exact' && before && before.bound !== 'exact' ? before : (after ?? before);
  const orEqual = /^\s*,?\s*or\s+equal(?:\s+to)?\b(?!\s*(?:[-−]?\d|a\b|an\b))/i.exec(text.slice(at, Math.min(to, at + 20)));
  if (!orEqual || !qualifier || (qualifier.bound !== 'gt' && qualifier.bound !== 'lt')) return { qualifier, end: at };
  const inclusive: Qualifier = { ...qualifier, bound: qualifier.bound === 'gt' ? 'min' : 'max', written: `${qualifier.written}${text.slice(at, at + orEqual[0].length)}` };
  return { qualifier: inclusive, end: at + orEqual[0].length };
}

/** Round away binary noise with the one rule of the language layer (7 × 0.1 = 0.7). */
const round = clean;
