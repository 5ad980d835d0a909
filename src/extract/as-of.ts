import { EN_MONTHS, EN_WEEKDAYS, isFullWeekday, JA_CLOCK_NUMBER, readTimeOfDay, TIME_OF_DAY, type TimeOfDay } from '../lang/calendar.js';
import { parseJapaneseNumber } from '../lang/numerals.js';
import { toHalfWidthDigits } from '../lang/numerals.js';
import { AS_OF_NOW, EN_AS_OF_BEFORE, JA_AS_OF_AFTER } from '../lang/updates.js';
import { momentAt } from '../sources/page-time.js';

/**
 * The moment a figure describes, when its sentence says it (DESIGN.md "Figures that move"):
 * a date or time followed by `現在`, `時点で` (`2日午後10時現在`, `午後11時時点で`, `1日現在`), or
 * after `as of` (`as of 10 p.m.`, `as of Tuesday`, `as of 10 p.m. ET on Jan. 2`); words of the
 * count so far (`これまでに`, `so far`) date it at the page's publication. Parts the phrase leaves
 * out come from the publication moment (its day, month, year); a clock in Japanese text is Japan
 * time, in English the zone written or the publication's. A time later than the publication
 * on the same day, with no day written, is the day before (the report came after it).
 */

/** The moment a figure's sentence gives, as `as_of` is written, or undefined. */
export function asOfInSentence(text: string, start: number, end: number, figureAt: number, published: string | undefined, english: boolean): string | undefined {
  const sentence = sentenceAround(text, start, end, figureAt);
  const read = sentenceMoments(text, sentence.start, sentence.end, published, english);
  const found = nearest(read.found, figureAt - sentence.start);
  if (found) return found;
  return published !== undefined && read.now ? published : undefined;
}

/** What a sentence says of moments: the phrases dating its figures, and whether it says "so far". */
interface SentenceMoments {
  readonly found: readonly Found[];
  readonly now: boolean;
}

/** The sentence read last (the figures of one sentence come one after another): read once for all of them. */
let lastRead: { readonly text: string; readonly start: number; readonly end: number; readonly published: string | undefined; readonly english: boolean; readonly read: SentenceMoments } | undefined;

function sentenceMoments(text: string, start: number, end: number, published: string | undefined, english: boolean): SentenceMoments {
  const last = lastRead;
  if (last && last.text === text && last.start === start && last.end === end && last.published === published && last.english === english) return last.read;
  const half = toHalfWidthDigits(text.slice(start, end));
  const lower = english ? half.toLowerCase() : half;
  // Each phrase needs one of its words: a sentence without any is not searched.
  const phrased = (english ? EN_AS_OF_BEFORE : JA_AS_OF_AFTER).some((w) => lower.includes(w));
  const found = !phrased ? [] : english ? englishAsOf(half, published) : japaneseAsOf(half, published);
  const read = { found, now: AS_OF_NOW[english ? 'en' : 'ja'].some((w) => lower.includes(w)) };
  lastRead = { text, start, end, published, english, read };
  return read;
}

/** 。．！？!? : the characters that end a sentence wherever they stand. */
const isSentenceEnd = (c: number): boolean => c === 0x3002 || c === 0xff0e || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
const WHITE = /\s/;

/** The sentence holding the figure, inside its line: up to 。！？!? or a `.` before white space. */
function sentenceAround(text: string, start: number, end: number, at: number): { start: number; end: number } {
  let s = at;
  while (s > start) {
    const c = text.charCodeAt(s - 1);
    if (isSentenceEnd(c) || (c === 0x2e && WHITE.test(text.charAt(s)))) break;
    s--;
  }
  let e = at;
  while (e < end) {
    const c = text.charCodeAt(e);
    if (isSentenceEnd(c) || (c === 0x2e && WHITE.test(text.charAt(e + 1)))) break;
    e++;
  }
  return { start: s, end: Math.min(end, e + 1) };
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const JA_TIME = String.raw`(?:(?:${Object.keys(TIME_OF_DAY.jaLeads).join('|')})?\s*${JA_CLOCK_NUMBER}\s*時(?:\s*${JA_CLOCK_NUMBER}\s*分|半)?|正午|\d{1,2}:\d{2})`;
const JA_AS_OF_RE = new RegExp(
  String.raw`(?:(\d{4})年)?(?:(${JA_CLOCK_NUMBER})月)?(?:(${JA_CLOCK_NUMBER})日)?(?:の)?\s*(${JA_TIME})?\s*(?:${[...JA_AS_OF_AFTER].sort((a, b) => b.length - a.length).map(escape).join('|')})`,
  'g',
);

function japaneseAsOf(half: string, published: string | undefined): Found[] {
  const found: Found[] = [];
  JA_AS_OF_RE.lastIndex = 0;
  for (let m = JA_AS_OF_RE.exec(half); m; m = JA_AS_OF_RE.exec(half)) {
    if (m[0].length === 0) JA_AS_OF_RE.lastIndex++;
    const [, year, month, day, clock] = m;
    if (day === undefined && clock === undefined) continue;
    const time = clock ? readTimeOfDay(clock.replace(/\s+/g, '')) : undefined;
    if (clock && !time) continue;
    const moment = place({ year, month: arabic(month), day: arabic(day) }, time, published, TIME_OF_DAY.japaneseOffset);
    if (moment) found.push({ index: m.index, end: m.index + m[0].length, moment });
  }
  return found;
}

/** A month or day in digits or kanji numerals (二日) as digits. */
function arabic(written: string | undefined): string | undefined {
  if (written === undefined || /^\d+$/.test(written)) return written;
  const n = parseJapaneseNumber(written);
  return n === undefined ? undefined : String(n);
}

interface Found {
  readonly index: number;
  readonly end: number;
  readonly moment: string;
}

/**
 * The phrase nearest the figure: Japanese writes it before (`午後11時時点で14人`), English after
 * (`14 as of 11:40 p.m.`), and a sentence may hold two (`17 at 9:22, revised to 14 as of 11:40`).
 */
function nearest(found: readonly Found[], at: number): string | undefined {
  const distance = (f: Found): number => (f.end <= at ? at - f.end : Math.max(0, f.index - at));
  return [...found].sort((a, b) => distance(a) - distance(b))[0]?.moment;
}

const EN_AS_OF_RE = new RegExp(String.raw`\b(?:${[...EN_AS_OF_BEFORE].sort((a, b) => b.length - a.length).map(escape).join('|')})\s+`, 'gi');
const EN_MONTH_RE = new RegExp(String.raw`^(?:on\s+)?(${Object.keys(EN_MONTHS).sort((a, b) => b.length - a.length).join('|')})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?`, 'i');
const EN_WEEKDAY_RE = new RegExp(String.raw`^(?:on\s+)?(${Object.keys(EN_WEEKDAYS).filter(isFullWeekday).join('|')})\b`, 'i');

function englishAsOf(half: string, published: string | undefined): Found[] {
  const found: Found[] = [];
  EN_AS_OF_RE.lastIndex = 0;
  for (let m = EN_AS_OF_RE.exec(half); m; m = EN_AS_OF_RE.exec(half)) {
    let rest = half.slice(m.index + m[0].length);
    let time = readTimeOfDay(rest);
    if (time) rest = rest.slice(time.end).replace(/^[\s,]+/, '');
    let day: DayParts | 'today' | 'yesterday' | number | undefined;
    const month = EN_MONTH_RE.exec(rest);
    const weekday = EN_WEEKDAY_RE.exec(rest);
    const relative = /^(today|tonight|yesterday)\b/i.exec(rest);
    if (month) day = { year: month[3], month: String(EN_MONTHS[month[1]!.toLowerCase()]), day: month[2] };
    else if (weekday) day = EN_WEEKDAYS[weekday[1]!.toLowerCase()];
    else if (relative) day = relative[1]!.toLowerCase() === 'yesterday' ? 'yesterday' : 'today';
    const after = month ?? weekday ?? relative;
    if (!time && after) {
      const tail = rest.slice(after[0].length).replace(/^[\s,]+(?:at\s+)?/i, '');
      time = readTimeOfDay(tail);
    }
    if (!time && day === undefined) continue;
    const moment = place(resolveDay(day, published), time, published, offsetOf(published));
    if (moment) found.push({ index: m.index, end: m.index + m[0].length + (time?.end ?? 0), moment });
  }
  return found;
}

interface DayParts {
  readonly year?: string | undefined;
  readonly month?: string | undefined;
  readonly day?: string | undefined;
}

/** A weekday, today or yesterday as the day's parts, counted from the publication's day. */
function resolveDay(day: DayParts | 'today' | 'yesterday' | number | undefined, published: string | undefined): DayParts {
  if (day === undefined || typeof day === 'object') return day ?? {};
  if (!published) return { day: undefined };
  const ref = new Date(`${published.slice(0, 10)}T00:00Z`);
  // A weekday alone is the latest one on or before the publication's day (news reports what happened).
  const back = day === 'today' ? 0 : day === 'yesterday' ? 1 : (((ref.getUTCDay() || 7) - day) + 7) % 7;
  const d = new Date(ref.getTime() - back * 86_400_000);
  return { year: String(d.getUTCFullYear()), month: String(d.getUTCMonth() + 1), day: String(d.getUTCDate()) };
}

/** Minutes east of UTC of a published moment, when it has a time. */
function offsetOf(published: string | undefined): number | undefined {
  const zone = published && /T\d{2}:\d{2}(?::\d{2})?(Z|[+-]\d{2}:\d{2})$/.exec(published)?.[1];
  if (!zone) return undefined;
  return zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}

/** A day and a time placed against the publication moment, as `as_of`; undefined when it cannot be placed. */
function place(parts: DayParts, time: TimeOfDay | undefined, published: string | undefined, zone: number | undefined): string | undefined {
  const ref = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  let year = parts.year ? Number(parts.year) : ref ? Number(ref[1]) : undefined;
  let month = parts.month ? Number(parts.month) : ref ? Number(ref[2]) : undefined;
  const dayOf = parts.day ? Number(parts.day) : ref && !parts.month ? Number(ref[3]) : undefined;
  if (year === undefined || month === undefined || dayOf === undefined) return undefined;
  // A day after the publication's, in no month written, is the month before.
  if (ref && !parts.month && !parts.year && dayOf > Number(ref[3])) {
    month -= 1;
    if (month === 0) [year, month] = [year - 1, 12];
  }
  const date = new Date(Date.UTC(year, month - 1, dayOf));
  if (date.getUTCMonth() !== month - 1 || month < 1 || month > 12) return undefined;
  let day = date.toISOString().slice(0, 10);
  if (!time) return day;
  const offset = time.offset ?? zone;
  if (offset === undefined) return day;
  let moment = momentAt(day, time.hour, time.minute, offset);
  // A clock later than the publication, with no day written, was the day before's.
  if (!parts.day && published && published.length > 10 && Date.parse(moment) > Date.parse(published)) {
    day = new Date(date.getTime() - 86_400_000).toISOString().slice(0, 10);
    moment = momentAt(day, time.hour, time.minute, offset);
  }
  return moment;
}
