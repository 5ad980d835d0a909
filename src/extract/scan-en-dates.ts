import {
  EN_BARE_UNIT_PHRASES,
  EN_EVENT_DAYS,
  EN_FUTURE_CUES,
  EN_TO_DATE,
  EN_HOLIDAYS,
  EN_MONTHS,
  EN_OFFSETS,
  EN_PARTS,
  EN_PAST_CUES,
  EN_RELATIONS,
  EN_RELATIVE_WORDS,
  EN_UNITS,
  EN_WEEK_PARTS,
  EN_WEEKDAYS,
  isFullWeekday,
  MONTH_PARTS,
  RELATION_STEP,
  YEAR_PARTS,
  type CalendarUnit,
  type DatePart,
  type RelativeWord,
  type WeekdayRelation,
} from '../lang/calendar.js';
import { ENGLISH_DECADES, ENGLISH_ORDINALS, ENGLISH_SMALL, parseEnglishOrdinal, readEnglishNumber } from '../lang/english-numbers.js';
import { holidaySpec, type DateSpec, type Shift } from './dates.js';
import { EN_DATE_AFTER } from './qualifiers.js';
import { EN_SPAN_CONTINUATIONS } from '../lang/qualifiers.js';

/**
 * English dates in one pass over a line's words: a tokenizer splits the line into words, numbers
 * and signs, and a small grammar reads a date where one can start: month names (March 17, 2021;
 * 17 March; March 2021; mid-November), years (in 2018, 2014-2018, the 1990s, Q3 2019), numeric
 * dates (02/22/2016, 2016-10-16, 13.5.2015), weekdays (Friday, next Friday, Tuesday of next
 * week), relative words (tomorrow, last week, this quarter, the following day), weeks (the week
 * of April 10, week 31, the last week of July), ordinals (the 18th, the first Friday of July, the
 * 21st century) and offsets (two weeks ago, in 3 days, 3 days after January 12th); and spans
 * (from May to October 2020, between 2015 and 2018, April 9th through 17th). Every word comes
 * from the calendar of `src/lang/calendar.ts`.
 */

/** A word, number or sign of a line, with its offsets in the scanned slice. */
interface Token {
  readonly text: string;
  readonly low: string;
  readonly start: number;
  readonly end: number;
  /** A run of digits: its value and length. */
  readonly num?: number;
  readonly digits?: number;
  /** 21st, 3rd: the ordinal written with digits. */
  readonly ord?: number;
}

/** A date read from tokens `from` to `to` (exclusive). */
export interface EnglishDate {
  readonly start: number;
  readonly end: number;
  readonly spec: DateSpec;
  /** The end of a span. */
  readonly to?: DateSpec;
  /** Offsets of the words `from`/`between` that open a span (kept in the figure). */
  readonly opened?: boolean;
  /** A relative word alone (tomorrow, last week): a rough date, low confidence. */
  readonly vague?: boolean;
}

const TOKEN_RE = /\d+(?:st|nd|rd|th)\b|\d+|[QqHh]\d\b|[A-Za-z]+(?:['’](?![sS]\b)[A-Za-z]+)?|['’][sS]\b|\S/g;

function tokenize(slice: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const text = m[0];
    const start = m.index;
    const first = text.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39) {
      const last = text.charCodeAt(text.length - 1);
      if (last >= 0x30 && last <= 0x39) out.push({ text, low: text, start, end: start + text.length, num: Number(text), digits: text.length });
      else out.push({ text, low: text.toLowerCase(), start, end: start + text.length, ord: Number(text.slice(0, -2)) });
    } else out.push({ text, low: text.toLowerCase(), start, end: start + text.length });
  }
  return out;
}

const CURRENCY = new Set(['$', '€', '£', '¥', '￥']);
/** Month names that are also common words (may, march) and abbreviations: months only in a date's company. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'feb', 'apr']);
/** Words after which a month or a bare year is a date (in May, since 2018, by June). */
const DATE_CONTEXT = new Set([
  'in', 'since', 'from', 'by', 'until', 'till', 'through', 'to', 'of', 'during', 'before', 'after', 'between', 'and', 'early', 'mid', 'late',
  'end', 'beginning', 'start', 'this', 'last', 'next', 'past', 'coming', 'year', 'fiscal', 'fy', 'spring', 'summer', 'autumn', 'fall', 'winter',
  'on', 'around', 'circa', 'starting', 'as', 'than', 'ending', 'til', 'thru',
]);
/** Words after which a month and day with a hyphen is a date (on 4-22), where a range (from 4-23) or a score (by 2-1) is not. */
const ON_DAY = new Set(['on', 'since', 'until', 'till']);
/** Words that may follow `the 18th` when it is a day (not the 18th century, the 3rd largest). */
const AFTER_DAY_WORDS = new Set(['and', 'or', 'to', 'through', 'at', 'when', 'in', 'on', 'by', 'for', 'was', 'is', 'will', 'as', 'with', 'from', 'until', 'till', 'but', 'that', 'which', 'so', 'this', 'next', 'last', 'we', 'i', 'he', 'she', 'they', 'it']);

/** Words before a length of time that make it a duration (for 3 days, the last 3 months, over the next 2 weeks). */
/** Words that join or open the two ends of a span (between August and October, 10/1-11/7). */
const SPAN_WORDS: ReadonlySet<string> = new Set(['between', 'from', 'and', 'to', 'through', 'till', 'until', '-', '–', '—']);
const DURATION_LEADS = new Set(['for', 'last', 'past', 'next', 'over', 'within', 'the', 'first', 'coming', 'previous', 'following']);

/** Words joining two ends of a span. */
const SPAN_JOINS = new Set(['to', 'through', 'thru', 'until', 'till', 'til', '-', '–', '—', '~']);

/** Phrases of a table by their first word, longest first: one lookup per token. */
type PhraseIndex<V> = ReadonlyMap<string, ReadonlyArray<readonly [readonly string[], V]>>;

function phraseIndex<V>(table: Readonly<Record<string, V>>): PhraseIndex<V> {
  const index = new Map<string, Array<readonly [readonly string[], V]>>();
  for (const [phrase, value] of Object.entries(table)) {
    const words = tokenize(phrase).map((t) => t.low);
    const list = index.get(words[0]!) ?? [];
    list.push([words, value]);
    index.set(words[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b[0].length - a[0].length);
  return index;
}

const RELATIVE_INDEX = phraseIndex(EN_RELATIVE_WORDS);
const HOLIDAY_INDEX = phraseIndex(EN_HOLIDAYS);
const OFFSET_INDEX = phraseIndex(EN_OFFSETS);
const RELATION_INDEX = phraseIndex(EN_RELATIONS);
/** Parts of a week first, then of years and months (the longer phrase wins within a first word). */
const PART_INDEX = phraseIndex({ ...EN_WEEK_PARTS, ...EN_PARTS });
const PHRASE_WORDS = new Map<string, readonly string[]>();

/** Words an ordinal written in words starts with (first, twenty of twenty-first). */
const ORDINAL_FIRST = new Set([...Object.keys(ENGLISH_ORDINALS), ...Object.keys(ENGLISH_SMALL).filter((w) => ENGLISH_SMALL[w]! >= 20 && ENGLISH_SMALL[w]! % 10 === 0)]);

/** Month abbreviations (dec, sept): names shorter than the longest name of their month. */
const MONTH_ABBREVIATIONS = new Set(
  Object.keys(EN_MONTHS).filter((w) => Object.keys(EN_MONTHS).some((v) => EN_MONTHS[v] === EN_MONTHS[w] && v.length > w.length)),
);

/** Words a date may start with; any other word is skipped at once. */
const STARTS = new Set([
  ...Object.keys(EN_MONTHS), ...Object.keys(EN_WEEKDAYS), ...Object.keys(EN_RELATIONS).map((w) => w.split(' ')[0]!),
  ...Object.keys(EN_RELATIVE_WORDS).flatMap((w) => w.split(' ')), ...Object.keys(EN_PARTS).map((w) => w.split(' ')[0]!), ...Object.keys(EN_UNITS),
  ...Object.keys(EN_WEEK_PARTS), ...Object.keys(ENGLISH_DECADES), ...Object.keys(EN_HOLIDAYS).map((w) => w.split(/[\s']/)[0]!), ...Object.keys(ENGLISH_ORDINALS), ...Object.keys(ENGLISH_SMALL),
  'the', 'from', 'between', 'in', 'a', 'an', 'week', 'w', 'year', 'last', "'", 'that', 'now', 'today', ...Object.keys(EN_TO_DATE).map((w) => w.split(' ')[0]!),
]);

/** Common words that start a date only before another word of one (the 18th, in 3 days, a week ago, from May). */
const LEADS = new Set(['the', 'in', 'a', 'an', 'from', 'between', 'that', "'"]);

const cueAlternation = (words: readonly string[]): string => words.map((w) => w.replace(/'/g, "['’]").replace(/ /g, '\\s+')).join('|');
/** Tense cues of the calendar: group 1 a future one (will, due), group 2 a past one (said, was, -ed). */
const CUE_RE = new RegExp(`(?:^|[^a-z'’]|(?=['’]))(?:(${cueAlternation(EN_FUTURE_CUES)})|(${cueAlternation(EN_PAST_CUES)}|[a-z]{3,}ed))(?![a-z])`, 'g');

/** English date parser over one line's tokens. */
class EnglishDates {
  readonly #slice: string;
  readonly #t: Token[];

  constructor(slice: string) {
    this.#slice = slice;
    this.#t = tokenize(slice);
  }

  /** Every date of the line, leftmost longest first, in order. */
  all(): EnglishDate[] {
    const out: EnglishDate[] = [];
    const t = this.#t;
    for (let i = 0; i < t.length; ) {
      if (!this.#mayStart(i)) {
        i++;
        continue;
      }
      const found = this.#span(i);
      if (found) {
        const [date, next] = found;
        out.push(date);
        i = next;
      } else i++;
    }
    return out;
  }

  // Token helpers -----------------------------------------------------------------------------

  /**
   * Whether a date may start at token i: a number, an ordinal or a word of the calendar; the
   * common words among them (the, in, a, from) only before such a word or a number.
   */
  #mayStart(i: number, depth = 0): boolean {
    const tok = this.#t[i];
    if (!tok) return false;
    if (tok.num !== undefined || tok.ord !== undefined) return true;
    if (!STARTS.has(tok.low)) return false;
    if (!LEADS.has(tok.low)) return true;
    return depth < 2 && this.#mayStart(i + 1, depth + 1);
  }

  #low(i: number): string {
    return this.#t[i]?.low ?? '';
  }

  /** True when tokens i and i+1 touch (no space between them). */
  #touch(i: number): boolean {
    const a = this.#t[i];
    const b = this.#t[i + 1];
    return a !== undefined && b !== undefined && a.end === b.start;
  }

  /** The words from token i that match a phrase (lower case, single spaces), and the index after them. */
  #phrase(i: number, phrase: string): number | undefined {
    const words = PHRASE_WORDS.get(phrase) ?? phrase.split(' ');
    for (let k = 0; k < words.length; k++) if (this.#low(i + k) !== words[k]) return undefined;
    return i + words.length;
  }

  /** The longest entry of a table of phrases starting at token i. */
  #longest<V>(i: number, index: PhraseIndex<V>): [V, number] | undefined {
    const entries = index.get(this.#low(i));
    if (!entries) return undefined;
    for (const [words, value] of entries) {
      let k = 1;
      while (k < words.length && this.#low(i + k) === words[k]) k++;
      if (k === words.length) return [value, i + words.length];
    }
    return undefined;
  }

  #month(i: number): number | undefined {
    const w = this.#low(i);
    return Object.hasOwn(EN_MONTHS, w) ? EN_MONTHS[w] : undefined;
  }

  #weekday(i: number): number | undefined {
    const w = this.#low(i);
    return Object.hasOwn(EN_WEEKDAYS, w) ? EN_WEEKDAYS[w] : undefined;
  }

  /** A month name at i, past its abbreviation's full stop (Dec.; not the full stop after July.). */
  #monthAt(i: number): [number, number] | undefined {
    const m = this.#month(i);
    if (m === undefined) return undefined;
    return [m, this.#low(i + 1) === '.' && this.#touch(i) && MONTH_ABBREVIATIONS.has(this.#low(i)) ? i + 2 : i + 1];
  }

  /** A day of the month at i: 17, 17th, seventeenth, twenty-first, twenty one. */
  #dayAt(i: number): [number, number] | undefined {
    const tok = this.#t[i];
    if (!tok) return undefined;
    if (tok.ord !== undefined) return tok.ord >= 1 && tok.ord <= 31 ? [tok.ord, i + 1] : undefined;
    if (tok.num !== undefined) {
      // 4.5, 2:30 and 1,768 continue the number: no day.
      const decimal = (this.#low(i + 1) === '.' || this.#low(i + 1) === ':' || this.#low(i + 1) === ',') && this.#touch(i) && this.#t[i + 2]?.num !== undefined && this.#touch(i + 1);
      return tok.digits! <= 2 && tok.num >= 1 && tok.num <= 31 && !decimal ? [tok.num, i + 1] : undefined;
    }
    const ordinal = this.#ordinalWordAt(i);
    if (ordinal && ordinal[0] <= 31) return ordinal;
    return undefined;
  }

  /** A day written as a cardinal word (twenty nine, fifteen), not followed by a unit or a noun counted. */
  #cardinalDayAt(i: number): [number, number] | undefined {
    if (this.#t[i]?.num !== undefined) return undefined;
    const count = this.#dayWordsAt(i);
    if (!count) return undefined;
    const next = this.#low(count[1]);
    if (this.#unitAt(count[1]) || /^[a-z]+s$/.test(next)) return undefined;
    return count;
  }

  /** twenty five January nineteen eighty six: a day in cardinal words, only before a month with its year. */
  #cardinalDayBeforeDatedMonth(i: number): [number, number] | undefined {
    const day = this.#cardinalDayAt(i);
    if (!day) return undefined;
    const month = this.#monthAt(day[1]);
    return month && this.#yearAfter(month[1]) ? day : undefined;
  }

  /** A number of days in words, one to thirty-one (twenty five, thirty-one), read no further (twenty five nineteen eighty six). */
  #dayWordsAt(i: number): [number, number] | undefined {
    const low = this.#low(i);
    if (!Object.hasOwn(ENGLISH_SMALL, low) || low === 'a' || low === 'an') return undefined;
    let value = ENGLISH_SMALL[low]!;
    let k = i + 1;
    if (value === 20 || value === 30) {
      const u = this.#low(k) === '-' && this.#touch(k - 1) && this.#touch(k) ? k + 1 : k;
      const unit = Object.hasOwn(ENGLISH_SMALL, this.#low(u)) ? ENGLISH_SMALL[this.#low(u)]! : 0;
      if (unit >= 1 && unit <= 9) {
        value += unit;
        k = u + 1;
      }
    }
    // October two thousand (and five): a year in words, not the second
    if (this.#low(k) === 'thousand' || this.#low(k) === 'hundred') return undefined;
    return value >= 1 && value <= 31 && Number.isInteger(value) ? [value, k] : undefined;
  }

  /** Month and day with a hyphen or a dot after a weekday (Friday 7-6, Friday 7.6). */
  #monthDay(i: number): [DateSpec, number, boolean] | undefined {
    const a = this.#t[i];
    const sep = this.#low(i + 1);
    const b = this.#t[i + 2];
    if (a?.num === undefined || b?.num === undefined || !(sep === '-' || sep === '.' || sep === '/') || !this.#touch(i) || !this.#touch(i + 1)) return undefined;
    if (a.digits! > 2 || b.digits! > 2 || this.#low(i + 3) === sep) return undefined;
    const [month, day] = a.num > 12 ? [b.num, a.num] : [a.num, b.num];
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? [{ month, day }, i + 3, false] : undefined;
  }

  /** An ordinal word at i (first, twenty-first, twenty first), and the index after it. */
  #ordinalWordAt(i: number): [number, number] | undefined {
    if (!ORDINAL_FIRST.has(this.#low(i))) return undefined;
    for (const span of [3, 2, 1]) {
      const last = this.#t[i + span - 1];
      if (!last || !this.#t[i]) continue;
      const value = parseEnglishOrdinal(this.#slice.slice(this.#t[i]!.start, last.end));
      if (value !== undefined) return [value, i + span];
    }
    return undefined;
  }

  /** An ordinal at i, digits (21st) or words (third), or `last` (−1). */
  #ordinalAt(i: number): [number, number] | undefined {
    const tok = this.#t[i];
    if (!tok) return undefined;
    if (tok.ord !== undefined) return [tok.ord, i + 1];
    if (tok.low === 'last') return [-1, i + 1];
    return this.#ordinalWordAt(i);
  }

  /** A count at i: digits, number words (two, twenty-one), a or an (one). */
  #countAt(i: number): [number, number] | undefined {
    const tok = this.#t[i];
    if (!tok) return undefined;
    if (tok.num !== undefined) return [tok.num, i + 1];
    if (tok.low === 'a' || tok.low === 'an') return [1, i + 1];
    const words = readEnglishNumber(this.#slice.slice(tok.start));
    if (!words) return undefined;
    const end = tok.start + words.length;
    let k = i;
    while (k < this.#t.length && this.#t[k]!.end <= end) k++;
    while (k > i + 1 && (this.#low(k - 1) === 'and' || this.#low(k - 1) === 'a')) k--;
    return k > i ? [words.value, k] : undefined;
  }

  /** A four-digit year at i (1800–2199). */
  #yearAt(i: number): number | undefined {
    const tok = this.#t[i];
    return tok?.num !== undefined && tok.digits === 4 && tok.num >= 1800 && tok.num <= 2199 ? tok.num : undefined;
  }

  /** A year after a date, past a comma, `of` or `in`: March 17, 2021; 26 june in 2020; april of 87. */
  #yearAfter(i: number): [number, number] | undefined {
    let k = i;
    if (this.#low(k) === ',') k++;
    else if (this.#low(k) === 'of' || this.#low(k) === 'in') k++;
    // after a month or a day a four-digit number is a year from 1000 on (5 December 1391)
    const tok = this.#t[k];
    const year = tok?.num !== undefined && tok.digits === 4 && tok.num >= 1000 && tok.num <= 2199 ? tok.num : undefined;
    if (year !== undefined && this.#low(k + 1) !== ':') return [year, k + 1];
    if (this.#low(k) === "'" && this.#t[k + 1]?.digits === 2) return [this.#t[k + 1]!.num! + 100_000, k + 2];
    const words = this.#yearWordsAt(k);
    if (words) return words;
    // April of 87: two digits after of are a year
    if (this.#low(i) === 'of' && this.#t[k]?.digits === 2 && !/^[a-z%]/.test(this.#low(k + 1))) return [this.#t[k]!.num! + 100_000, k + 1];
    return undefined;
  }

  /**
   * A year in words: nineteen eighty-six, nineteen hundred ninety three, nineteen zero one, two
   * thousand and fifteen, two thousand (its first word a number from ten to ninety-nine, then
   * hundred, thousand or two more digits' worth).
   */
  #yearWordsAt(i: number): [number, number] | undefined {
    const tok = this.#t[i];
    if (!tok || tok.num !== undefined || !Object.hasOwn(ENGLISH_SMALL, tok.low)) return undefined;
    const head = this.#countAt(i);
    if (!head) return undefined;
    // two thousand (and fifteen): the whole run of number words is the year
    if (head[0] >= 1000 && head[0] <= 2199 && /thousand/.test(this.#slice.slice(tok.start, this.#t[head[1] - 1]!.end).toLowerCase())) return [head[0], head[1]];
    // nineteen eighty six: a century's number, then its last two digits
    const century = ENGLISH_SMALL[tok.low]!;
    if (century < 10 || century > 21) return undefined;
    let k = i + 1;
    if (this.#low(k) === 'hundred') k++;
    if (this.#low(k) === 'zero' || this.#low(k) === 'oh') {
      const unit = this.#low(k + 1);
      if (Object.hasOwn(ENGLISH_SMALL, unit) && ENGLISH_SMALL[unit]! < 10) return [century * 100 + ENGLISH_SMALL[unit]!, k + 2];
      return undefined;
    }
    const rest = this.#countAt(k);
    if (!rest || this.#t[k]?.num !== undefined || rest[0] < 10 || rest[0] > 99) return undefined;
    return [century * 100 + rest[0], rest[1]];
  }

  /** A unit of the calendar at i (days, week, fortnight …). */
  #unitAt(i: number): [CalendarUnit, number, number] | undefined {
    const w = this.#low(i);
    if (!Object.hasOwn(EN_UNITS, w)) return undefined;
    const [unit, times] = EN_UNITS[w]!;
    return [unit, times, i + 1];
  }

  // Spans -------------------------------------------------------------------------------------

  /** from X to Y, between X and Y, X to Y, X-Y, April 9th through 17th, 9 to 12 of June. */
  #span(i: number): [EnglishDate, number] | undefined {
    const opener = this.#low(i) === 'from' || this.#low(i) === 'between' ? this.#low(i) : undefined;
    const k = opener ? i + 1 : i;
    // 9 to 12 of June, between the ninth and the seventeenth of April: two days of one month
    const d1 = this.#dayAt(k) ?? (this.#low(k) === 'the' ? this.#dayAt(k + 1) : undefined);
    if (d1 && !this.#monthAt(d1[1])) {
      const join = this.#low(d1[1]);
      if ((opener === 'between' ? join === 'and' : SPAN_JOINS.has(join) || join === 'and') && join !== '-') {
        const d2 = this.#dayAt(d1[1] + 1) ?? (this.#low(d1[1] + 1) === 'the' ? this.#dayAt(d1[1] + 2) : undefined);
        if (d2) {
          let m = d2[1];
          if (this.#low(m) === 'of') m++;
          const month = this.#monthAt(m);
          if (month) {
            const year = this.#yearAfter(month[1]);
            const base: DateSpec = year ? { ...this.#yearSpec(year[0]), month: month[0] } : { month: month[0] };
            return [this.#make(i, (year ?? month)[1], { ...base, day: d1[0] }, { ...base, day: d2[0] }, opener !== undefined), (year ?? month)[1]];
          }
        }
      }
    }
    // the 2020-21 season, fiscal 2019/20: two years, the second written with its last two digits
    const y = this.#low(k) === 'the' ? k + 1 : k;
    const y1 = this.#yearAt(y);
    const y2 = this.#t[y + 2];
    if (y1 !== undefined && (this.#low(y + 1) === '-' || this.#low(y + 1) === '/' || this.#low(y + 1) === '–') && this.#touch(y) && this.#touch(y + 1) && y2?.digits === 2 && y2.num === (y1 + 1) % 100 && this.#t[y + 3]?.num === undefined) {
      return [this.#make(opener ? i : y, y + 3, { year: y1 }, { year: y1 + 1 }, opener !== undefined), y + 3];
    }
    // May to March, Jan-Feb 2017: a month alone opens a span; so does now (between now and May 21)
    const plain = this.#date(k);
    // Without an opener the date alone is what this position holds when no span follows it.
    const alone = (): [EnglishDate, number] | undefined => (opener ? undefined : plain);
    let first = plain;
    if (!first) {
      const bareMonth = this.#monthAt(k);
      const now = this.#phrase(k, 'now') ?? this.#phrase(k, 'today');
      if (bareMonth && SPAN_JOINS.has(this.#low(bareMonth[1])) && this.#monthAt(bareMonth[1] + 1)) {
        first = [{ start: this.#t[k]!.start, end: this.#t[bareMonth[1] - 1]!.end, spec: { month: bareMonth[0] } }, bareMonth[1]];
      } else if (now !== undefined && opener === 'between') first = [{ start: this.#t[k]!.start, end: this.#t[k]!.end, spec: { dayRel: 0 } }, now];
    }
    if (!first) return undefined;
    const [a, afterA0] = first;
    // in 2009 and continuing through 2016: a span whose end follows a verb of continuing.
    const continued = opener !== 'between' && this.#low(afterA0) === 'and' && EN_SPAN_CONTINUATIONS.includes(this.#low(afterA0 + 1)) && SPAN_JOINS.has(this.#low(afterA0 + 2));
    const afterA = continued ? afterA0 + 2 : afterA0;
    const join = this.#low(afterA);
    const joined = opener === 'between' ? join === 'and' : SPAN_JOINS.has(join);
    if (!joined || a.to) return alone();
    let second = this.#date(afterA + 1, a.spec) ?? this.#bareMonthEnd(afterA + 1);
    if (!second) {
      // April 9th through 17th: a day alone ends a span that started on a day
      const day = a.spec.day !== undefined ? (this.#dayAt(afterA + 1) ?? (this.#low(afterA + 1) === 'the' ? this.#dayAt(afterA + 2) : undefined)) : undefined;
      if (day && !this.#monthAt(day[1])) second = [{ start: this.#t[afterA + 1]!.start, end: this.#t[day[1] - 1]!.end, spec: { day: day[0] } }, day[1]];
      // between jan 2019 and now, from march to date
      const now = this.#phrase(afterA + 1, 'now') ?? this.#phrase(afterA + 1, 'date') ?? this.#phrase(afterA + 1, 'today') ?? this.#phrase(afterA + 1, 'current date');
      if (!second && now !== undefined) second = [{ start: this.#t[afterA + 1]!.start, end: this.#t[now - 1]!.end, spec: { dayRel: 0 } }, now];
    }
    if (!second) return alone();
    const [b, afterB] = second;
    if (b.to) return alone();
    // Two bare years: 2014 to 2018, 2014-2018 (not 2000-3000 people: the second after the first, not before a noun)
    if (isBareYear(a.spec) && isBareYear(b.spec) && (b.spec.year! <= a.spec.year! || /^[a-z]+s$/i.test(this.#low(afterB)))) return alone();
    return [this.#make(i, afterB, a.spec, b.spec, opener !== undefined), afterB];
  }

  /** A month alone ending a span (May to March), with the year after it if written. */
  #bareMonthEnd(i: number): [EnglishDate, number] | undefined {
    const month = this.#monthAt(i);
    if (!month || this.#dayAt(month[1])) return undefined;
    const year = this.#yearAfter(month[1]);
    const next = (year ?? month)[1];
    return [{ start: this.#t[i]!.start, end: this.#t[next - 1]!.end, spec: year ? { ...this.#yearSpec(year[0]), month: month[0] } : { month: month[0] } }, next];
  }

  #make(i: number, next: number, from: DateSpec, to: DateSpec | undefined, opened: boolean): EnglishDate {
    const start = this.#t[i]!.start;
    const end = this.#t[next - 1]!.end;
    return to ? { start, end, spec: from, to, ...(opened ? { opened } : {}) } : { start, end, spec: from };
  }

  #yearSpec(year: number): DateSpec {
    return year > 100_000 ? { yy: year - 100_000 } : { year };
  }

  // One date ----------------------------------------------------------------------------------

  /** A date starting at token i; `after`: the start of a span this one ends (a bare year is then a date). */
  #date(i: number, after?: DateSpec): [EnglishDate, number] | undefined {
    const tok = this.#t[i];
    if (!tok) return undefined;
    if (CURRENCY.has(this.#low(i - 1))) return undefined;
    const found =
      this.#relative(i) ??
      this.#weekend(i) ??
      this.#holiday(i) ??
      this.#offset(i) ??
      this.#sliceDate(i) ??
      this.#ordinalDate(i) ??
      this.#relation(i) ??
      this.#weekdayDate(i) ??
      this.#toDate(i) ??
      this.#partDate(i) ??
      this.#weekOf(i) ??
      this.#numeric(i) ??
      this.#monthDate(i) ??
      this.#dayMonth(i) ??
      this.#yearDate(i, after);
    if (!found) return undefined;
    const [spec, next, vague] = found;
    // in 2020 after a date without a year: 28 june in 2020
    let end = next;
    let withYear = spec;
    if (spec.year === undefined && spec.yy === undefined && spec.month !== undefined && spec.yearRel === undefined && spec.monthRel === undefined) {
      const year = this.#low(next) === 'in' ? this.#yearAfter(next) : undefined;
      if (year) {
        withYear = { ...spec, ...this.#yearSpec(year[0]) };
        end = year[1];
      }
    }
    // leave as of January 1, coming in January: a month (and day) without a year in a clause that
    // looks ahead is the next one on or after the reference day, not the nearest
    // (not an end of a span, which is placed from its start)
    const inSpan = after !== undefined || SPAN_WORDS.has(this.#low(i - 1)) || SPAN_WORDS.has(this.#low(end));
    // (a clause without any cue, a headline: the nearest, ahead only by a little; see DateSpec.toward)
    if (!inSpan && withYear.month !== undefined && withYear.year === undefined && withYear.yy === undefined && withYear.yearRel === undefined && withYear.monthRel === undefined && withYear.toward === undefined && withYear.story === undefined) {
      const cue = this.#cue(i);
      withYear = { ...withYear, toward: cue ?? 'near' };
    }
    const date: EnglishDate = { start: tok.start, end: this.#t[end - 1]!.end, spec: withYear, ...(vague ? { vague } : {}) };
    return [date, end];
  }

  /** today, tomorrow, the day after tomorrow, the next day, the following week, that year. */
  #relative(i: number): [DateSpec, number, boolean] | undefined {
    const found = this.#longest(i, RELATIVE_INDEX);
    if (!found) return undefined;
    const [word, next] = found;
    if (EN_BARE_UNIT_PHRASES.has(this.#slice.slice(this.#t[i]!.start, this.#t[next - 1]!.end).toLowerCase().replace(/\s+/g, ' ')) && !this.#endsPhrase(next)) return undefined;
    return [relativeSpec(word), next, true];
  }

  /** Whether nothing at token i continues a phrase before it: the end of the clause, or a word that is no noun, number or name of a date. */
  #endsPhrase(i: number): boolean {
    const tok = this.#t[i];
    if (!tok) return true;
    if (/^[.,;:!?)"”]$/.test(tok.text)) return true;
    if (tok.num !== undefined || /^['’]/.test(tok.text) || tok.text === '-') return false;
    const low = this.#low(i);
    if (['of', 'to', 'ending', 'beginning', 'starting', 'ended', 'began', 'before', 'after', 'when', 'that', 'in', 'is', 'was', 'will', 'has', 'had'].includes(low)) return false;
    return this.#month(i) === undefined && this.#weekday(i) === undefined && /^(?:and|or|but|off|with|for|at|on|as|so|then|because|while|although|since)$/.test(low);
  }

  /** 2 days ago, two weeks from now, in 3 weeks, 3 days after January 12th, two weeks from tomorrow, 2 weeks and 2 days ago. */
  #offset(i: number): [DateSpec, number, boolean] | undefined {
    const inFront = this.#low(i) === 'in';
    // for the last 3 months and 2 days ago: a length after for, last, past, next is a duration, not an offset
    if (DURATION_LEADS.has(this.#low(i - 1))) return undefined;
    let k = inFront ? i + 1 : i;
    const lengths: Array<[CalendarUnit, number]> = [];
    for (;;) {
      const count = this.#countAt(k);
      if (!count) break;
      const unit = this.#unitAt(count[1]);
      if (!unit) break;
      lengths.push([unit[0], count[0] * unit[1]]);
      k = unit[2];
      if (inFront) break;
      const join = this.#low(k);
      if ((join === 'and' || join === ',') && this.#countAt(k + 1) && this.#unitAt(this.#countAt(k + 1)![1])) k++;
      else if (!(this.#countAt(k) && this.#unitAt(this.#countAt(k)![1]))) break;
    }
    if (lengths.length === 0) return this.#nthWeekdayAhead(k);
    const shifts = (sign: number, keep: boolean): Shift[] => lengths.map(([unit, n]) => (keep ? { unit, by: sign * n, keep: true } : { unit, by: sign * n }));
    // in 3 days is a date ahead unless the clause is past; in 2 years only where the clause looks
    // ahead (it will be done in 2 years): else a length (the first official in 40 years, $139
    // million in seven years, the highest in a decade).
    if (inFront) {
      const cue = this.#cue(i);
      const long = lengths.some(([unit]) => unit === 'month' || unit === 'year');
      return cue === 'future' || (!long && cue === undefined) ? [{ shift: shifts(1, false) }, k, true] : undefined;
    }
    const word = this.#longest(k, OFFSET_INDEX);
    if (!word) return undefined;
    const [sign, next] = word;
    const anchorWord = this.#low(k);
    if (anchorWord === 'ago' || anchorWord === 'later' || anchorWord === 'earlier' || anchorWord === 'hence') return this.#onWeekday([{ shift: shifts(sign, false) }, next, true]);
    if (this.#phrase(k, 'from now')) return this.#onWeekday([{ shift: shifts(sign, false) }, next, true]);
    // before, after, from: counted from the date after them, keeping its precision
    const anchor = this.#date(next);
    if (!anchor || anchor[0].to) return undefined;
    return this.#onWeekday([{ ...anchor[0].spec, shift: [...(anchor[0].spec.shift ?? []), ...shifts(sign, true)] }, anchor[1], false]);
  }

  /** An offset followed by `on Friday` (two months from today on Tuesday): that weekday of the week the offset reaches. */
  #onWeekday(found: [DateSpec, number, boolean]): [DateSpec, number, boolean] {
    const [spec, next] = found;
    if (this.#low(next) !== 'on') return found;
    const weekday = this.#weekday(next + 1);
    return weekday === undefined || !isFullWeekday(this.#low(next + 1)) ? found : [{ ...spec, weekOf: true, weekday }, next + 2, false];
  }

  /** two Sundays from now, two Mondays later: the N-th such weekday after the reference day. */
  #nthWeekdayAhead(k: number): [DateSpec, number, boolean] | undefined {
    const count = this.#countAt(k);
    if (!count || count[0] < 1 || count[0] > 52) return undefined;
    const low = this.#low(count[1]);
    const weekday = this.#weekday(count[1]) ?? (low.endsWith('s') ? EN_WEEKDAYS[low.slice(0, -1)] : undefined);
    if (weekday === undefined) return undefined;
    const after = count[1] + 1;
    const end = this.#phrase(after, 'from now') ?? (this.#low(after) === 'later' ? after + 1 : undefined);
    if (end === undefined) return undefined;
    const shift: Shift[] = count[0] > 1 ? [{ unit: 'week', by: count[0] - 1, keep: true }] : [];
    return [{ weekday, toward: 'coming', ...(shift.length > 0 ? { shift } : {}) }, end, false];
  }

  /** next week, this quarter, last year, the coming month, next Friday, this past Wednesday, this September, this summer, next week on Friday. */
  #relation(i: number): [DateSpec, number, boolean] | undefined {
    let k = i;
    if (this.#low(k) === 'the') k++;
    const found = this.#longest(k, RELATION_INDEX);
    if (!found) return undefined;
    const [relation, afterRelation] = found;
    const step = RELATION_STEP[relation];
    const weekday = this.#weekday(afterRelation);
    if (weekday !== undefined) {
      // this Friday, June 15 and this Friday-Jun-15: the date said with its weekday
      let d = afterRelation + 1;
      if (this.#low(d) === ',' || (this.#low(d) === '-' && this.#touch(d - 1)) || this.#low(d) === '(') d++;
      const dated = d > afterRelation + 1 || this.#monthAt(d) ? (this.#monthDate(d) ?? this.#numeric(d) ?? this.#dayMonth(d)) : this.#monthDay(d);
      if (dated && dated[0].day !== undefined) return [dated[0], this.#low(dated[1]) === ')' ? dated[1] + 1 : dated[1], false];
      // next week on Friday is of the week; next Friday too (the peer suites read it so)
      return [weekdaySpec(relation, weekday), afterRelation + 1, false];
    }
    // next 5/12, next 6th of April, this May 5: the next such day after the reference day, or this year's
    const day = this.#numeric(afterRelation) ?? this.#dayMonth(afterRelation) ?? this.#monthDay(afterRelation);
    if (day && day[0].day !== undefined && day[0].month !== undefined && day[0].year === undefined && day[0].yy === undefined) {
      if (relation === 'this') return [{ ...day[0], yearRel: 0 }, day[1], false];
      return [{ ...day[0], toward: relation === 'next' || relation === 'coming' ? 'coming' : 'previous' }, day[1], false];
    }
    const holiday = this.#longest(afterRelation, HOLIDAY_INDEX);
    if (holiday && relation !== 'this') {
      const h = holiday[0];
      const toward = relation === 'next' || relation === 'coming' ? 'coming' : 'previous';
      return [{ ...holidaySpec(h), toward }, holiday[1], false];
    }
    // this calendar year
    if (this.#low(afterRelation) === 'calendar' && this.#low(afterRelation + 1) === 'year') return [{ yearRel: step }, afterRelation + 2, false];
    const unit = this.#unitAt(afterRelation);
    if (unit) {
      const [u, times] = unit;
      if (times !== 1) return undefined;
      let next = unit[2];
      const spec = unitSpec(u, step);
      if (u === 'year' && (this.#low(next) === "'s" || this.#low(next) === '’s')) {
        // next year's first quarter
        const part = this.#longest(next + 1, PART_INDEX);
        if (part && YEAR_PARTS[part[0]] !== undefined) return [{ yearRel: step, part: part[0] }, part[1], false];
      }
      if (u === 'week') {
        // next week Monday, next week on Tuesday, this week's Friday
        let m = next;
        if (this.#low(m) === "'s" || this.#low(m) === '’s' || this.#low(m) === 'on' || this.#low(m) === '-') m++;
        const wd = this.#weekday(m);
        if (wd !== undefined) return [{ weekRel: step, weekday: wd }, m + 1, false];
      }
      return [spec, next, relation === 'this' || relation === 'next' || relation === 'last' ? true : true];
    }
    if (this.#low(afterRelation) === 'weekend') return [{ weekRel: step, part: 'weekend' }, afterRelation + 1, false];
    const month = this.#monthAt(afterRelation);
    if (month) {
      const [m, next] = month;
      // this September: this year's; next May: the next one after the reference month; last May: the last one before it
      if (relation === 'this') return [{ yearRel: 0, month: m }, next, false];
      return [{ month: m, toward: relation === 'next' || relation === 'coming' ? 'coming' : 'previous' }, next, false];
    }
    const part = this.#low(afterRelation);
    if (Object.hasOwn(EN_PARTS, part) && YEAR_PARTS[EN_PARTS[part]!] !== undefined && !/^(?:early|late|mid|end|beginning|start|middle)$/.test(part)) {
      return [{ yearRel: relation === 'this' ? 0 : step, part: EN_PARTS[part]! }, afterRelation + 1, false];
    }
    return undefined;
  }

  /** Christmas, Christmas Eve, Easter 2018, Good Friday (a year after it when written). */
  #holiday(i: number): [DateSpec, number, boolean] | undefined {
    const found = this.#longest(i, HOLIDAY_INDEX);
    if (!found) return undefined;
    const [holiday, next] = found;
    const year = this.#yearAfter(next);
    const spec: DateSpec = holidaySpec(holiday);
    return year ? [{ ...spec, ...this.#yearSpec(year[0]) }, year[1], false] : [spec, next, false];
  }

  /** the first six months of 2021, the last 3 weeks of this year, first ten days of last year. */
  #sliceDate(i: number): [DateSpec, number, boolean] | undefined {
    let k = i;
    if (this.#low(k) === 'the') k++;
    const from = this.#low(k) === 'first' ? 'start' : this.#low(k) === 'last' ? 'end' : undefined;
    if (!from) return undefined;
    const count = this.#countAt(k + 1);
    if (!count) return undefined;
    const unit = this.#unitAt(count[1]);
    if (!unit || unit[1] !== 1 || unit[0] === 'decade' || unit[0] === 'year') return undefined;
    const of = this.#low(unit[2]);
    if (of !== 'of' && of !== 'in') return undefined;
    const frame = this.#frameAt(unit[2] + 1);
    if (!frame || frame[0].day !== undefined || frame[0].week !== undefined) return undefined;
    return [{ ...frame[0], slice: { unit: unit[0], count: count[0], from } }, frame[1], false];
  }

  /** the weekend, this weekend (this week's), that weekend (the story's week's). */
  #weekend(i: number): [DateSpec, number, boolean] | undefined {
    const w = this.#low(i);
    if (this.#low(i + 1) !== 'weekend') return undefined;
    if (w === 'the') return [{ weekRel: 0, part: 'weekend' }, i + 2, true];
    if (w === 'that') return [{ story: { unit: 'week', by: 0, story: true }, part: 'weekend' }, i + 2, true];
    return undefined;
  }

  /** Friday (alone: behind or ahead by the clause), Friday the 22nd, Monday 21, Tuesday of next week, Friday next week, Friday, March 5. */
  #weekdayDate(i: number): [DateSpec, number, boolean] | undefined {
    const weekday = this.#weekday(i);
    if (weekday === undefined) return undefined;
    let k = i + 1;
    if (this.#low(k) === '.' && this.#touch(i)) k++;
    if (this.#low(k) === ',' || (this.#low(k) === '-' && this.#touch(k - 1))) k++;
    // Friday, March 5 and Friday 7/6, Friday 7-6, Friday 7.6: the date, the weekday said with it
    const dated = this.#numeric(k) ?? this.#monthDay(k) ?? this.#monthDate(k) ?? this.#dayMonth(k);
    if (dated && (dated[0].day !== undefined || dated[0].month !== undefined)) return dated;
    // Friday the 22nd, Monday 21, mon 13th, Friday the fifteen
    const theDay = this.#low(k) === 'the' ? (this.#dayAt(k + 1) ?? this.#cardinalDayAt(k + 1)) : this.#dayAt(k);
    if (theDay && this.#weekday(theDay[1]) === undefined && !this.#unitAt(theDay[1])) return [{ day: theDay[0], weekday }, theDay[1], false];
    // Tuesday of next week, on Friday next week, Monday of the following week
    let m = k;
    if (this.#low(m) === 'of') m++;
    if (this.#low(m) === 'the') m++;
    const relation = this.#longest(m, RELATION_INDEX);
    if (relation && this.#low(relation[1]) === 'week') return [{ weekRel: RELATION_STEP[relation[0]], weekday }, relation[1] + 1, false];
    if (this.#phrase(m, 'following week')) return [{ weekRel: 1, weekday }, m + 2, false];
    // Monday two weeks from now, Sunday 3 weeks after January 15th: that weekday of the week the offset reaches
    const offset = this.#offset(k);
    if (offset && offset[0].shift) return [{ ...offset[0], weekOf: true, weekday }, offset[1], false];
    // this week Friday and next week Friday are read by #relation; a weekday alone
    if (!isFullWeekday(this.#low(i))) return undefined;
    return [{ weekday, toward: this.#tense(i) }, i + 1, false];
  }

  /** year to date, year-to-date, YTD: the year (month, quarter) up to the reference day. */
  #toDate(i: number): [DateSpec, number, boolean] | undefined {
    const words: string[] = [];
    let k = i;
    for (; k < i + 5 && words.length < 3 && this.#t[k]; k++) {
      if (this.#low(k) === '-' && this.#touch(k - 1) && this.#touch(k)) continue;
      words.push(this.#low(k));
      if (Object.hasOwn(EN_TO_DATE, words.join(' '))) return [{ ...unitSpec(EN_TO_DATE[words.join(' ')]!, 0), part: 'earlier' }, k + 1, false];
    }
    return undefined;
  }

  /** early 2021, mid-November, the end of March 2021, the first half of 2021, Q3 2019, the end of the week, later this week, end of month, the first quarter of the year. */
  #partDate(i: number): [DateSpec, number, boolean] | undefined {
    let k = i;
    if (this.#low(k) === 'the') k++;
    // the longest part phrase: first half, third quarter, end …
    const found = this.#longest(k, PART_INDEX);
    if (!found) return undefined;
    const [part, afterPart] = found;
    let m = afterPart;
    if (this.#low(m) === '-') m++;
    // beginning in 2009, ending in June: since and until a date, not parts of it (early in 2009 is one)
    if (this.#low(m) === 'in' && (part === 'beginning' || part === 'end') && this.#low(k - 1) !== 'the') return undefined;
    if (this.#low(m) === 'of' || this.#low(m) === 'in') m++;
    if (this.#low(m) === 'the') m++;
    // the end of the week, later this week, earlier in the week, end of month, the end of the year
    const unitWord = this.#unitAt(m);
    const relation = this.#longest(m, RELATION_INDEX);
    const unit = unitWord ?? (relation ? this.#unitAt(relation[1]) : undefined);
    if (unit && unit[1] === 1 && (unit[0] === 'week' || unit[0] === 'month' || unit[0] === 'year')) {
      const step = relation && !unitWord ? RELATION_STEP[relation[0]] : 0;
      const weekPart = unit[0] === 'week' ? EN_WEEK_PARTS[this.#low(k)] ?? part : part;
      const relativeToToday = weekPart === 'earlier' || weekPart === 'later';
      if (unit[0] === 'week' && !relativeToToday && !['beginning', 'early', 'mid', 'late', 'end', 'weekend', 'first-half', 'second-half'].includes(weekPart)) return undefined;
      if (unit[0] === 'month' && !relativeToToday && MONTH_PARTS[part] === undefined) return undefined;
      if (unit[0] === 'year' && !relativeToToday && YEAR_PARTS[part] === undefined) return undefined;
      return [{ ...unitSpec(unit[0], step), part: weekPart }, unit[2], false];
    }
    if (EN_WEEK_PARTS[this.#low(k)] !== undefined && EN_PARTS[this.#low(k)] === undefined) return undefined;
    // Q3 2019, 2019 Q3 are read here and by #yearDate; the part of a month or a year
    const month = this.#monthAt(m);
    // beginning January 7th is since a day, not the beginning of January
    if (month && (this.#dayAt(month[1]) || (this.#low(month[1]) === 'the' && this.#dayAt(month[1] + 1)))) return undefined;
    if (month && MONTH_PARTS[part] !== undefined) {
      const year = this.#yearAfter(month[1]);
      if (year) return [{ ...this.#yearSpec(year[0]), month: month[0], part }, year[1], false];
      return [{ month: month[0], part }, month[1], false];
    }
    if (YEAR_PARTS[part] === undefined) return undefined;
    const year = this.#yearAt(m) ?? (this.#low(m) === "'" && this.#t[m + 1]?.digits === 2 ? -1 : undefined);
    if (year !== undefined && year > 0) {
      // the 1990s after a part: the early 1990s
      if (this.#low(m + 1) === 's' && this.#touch(m)) return this.#decadePart(year, part, m + 2);
      return [{ year, part }, m + 1, false];
    }
    const rel = this.#longest(m, RELATION_INDEX);
    if (rel && this.#low(rel[1]) === 'year') return [{ yearRel: RELATION_STEP[rel[0]], part }, rel[1] + 1, false];
    // Q1 alone, the first quarter: this year's (not a season alone, which news writes for any year)
    if (/^q[1-4]$/.test(this.#low(k)) || /quarter|half/.test(this.#slice.slice(this.#t[k]!.start, this.#t[afterPart - 1]!.end).toLowerCase())) {
      if (this.#yearAt(afterPart) === undefined && !this.#monthAt(afterPart)) return [{ yearRel: 0, part }, afterPart, false];
    }
    return undefined;
  }

  #decadePart(year: number, part: DatePart, next: number): [DateSpec, number, boolean] | undefined {
    return year % 10 === 0 ? [{ year, decade: true, part }, next, false] : undefined;
  }

  /** the 18th, the first Friday of July, the 3rd week of 2018, the last week of July, the 21st century, the 15th day of next month, the second of August, the third month of 2021. */
  #ordinalDate(i: number): [DateSpec, number, boolean] | undefined {
    const the = this.#low(i) === 'the';
    const k = the ? i + 1 : i;
    // for the 27. (a day written without its suffix, at the end of a clause)
    const bare = this.#t[k];
    if (the && bare?.num !== undefined && bare.digits! <= 2 && bare.num >= 1 && bare.num <= 31 && (k + 1 >= this.#t.length || /^[.,;!?)]$/.test(this.#low(k + 1)))) {
      // the 27. ends a clause; the 4.5 and the 1,768 continue a number
      if (!((this.#low(k + 1) === '.' || this.#low(k + 1) === ',') && this.#t[k + 2]?.num !== undefined && this.#touch(k) && this.#touch(k + 1))) return [{ day: bare.num }, k + 1, false];
    }
    const ordinal = this.#ordinalAt(k);
    if (!ordinal) return undefined;
    const [n, afterOrd] = ordinal;
    const next = this.#low(afterOrd);
    if (next === 'century' && n > 0 && n <= 30) return [{ century: n }, afterOrd + 1, false];
    if (next === 'week') {
      // the first week of 2015, the last week of July, the 3rd week of Jan
      let m = afterOrd + 1;
      if (this.#low(m) !== 'of' && this.#low(m) !== 'in') return undefined;
      m++;
      const frame = this.#frameAt(m);
      if (!frame) return undefined;
      return [{ ...frame[0], week: n }, frame[1], false];
    }
    const weekday = this.#weekday(afterOrd);
    if (weekday !== undefined && n >= -1 && n <= 5 && n !== 0) {
      // the first Friday of July, the second Monday of next month; second Sunday alone: this month's
      const m = afterOrd + 1;
      if (this.#low(m) === 'of' || this.#low(m) === 'in') {
        const frame = this.#frameAt(m + 1);
        if (frame && frame[0].week === undefined && (frame[0].month !== undefined || frame[0].monthRel !== undefined)) return [{ ...frame[0], weekday, nth: n }, frame[1], false];
      }
      if (n > 0 && isFullWeekday(this.#low(afterOrd))) return [{ monthRel: 0, weekday, nth: n }, afterOrd + 1, false];
      return undefined;
    }
    if (next === 'quarter' && n >= 1 && n <= 4) {
      // 1st quarter of 2013
      let m = afterOrd + 1;
      if (this.#low(m) === 'of') m++;
      const year = this.#yearAt(m);
      const part = (['q1', 'q2', 'q3', 'q4'] as const)[n - 1]!;
      if (year !== undefined) return [{ year, part }, m + 1, false];
      return undefined;
    }
    if (next === 'month' && n >= 1 && n <= 12 && this.#low(afterOrd + 1) === 'of') {
      // the third month of 2021, the 9th month of next year
      const frame = this.#frameAt(afterOrd + 2);
      if (frame && (frame[0].year !== undefined || frame[0].yearRel !== undefined) && frame[0].month === undefined) return [{ ...frame[0], month: n }, frame[1], false];
      return undefined;
    }
    if (n < 1 || n > 31) return undefined;
    // the 15th day of next month, the second of August, 20th of next month, the 27th
    let m = afterOrd;
    if (this.#low(m) === 'day') m++;
    if (this.#low(m) === 'of') {
      const frame = this.#frameAt(m + 1);
      if (frame && frame[0].week === undefined && (frame[0].month !== undefined || frame[0].monthRel !== undefined) && frame[0].day === undefined) return [{ ...frame[0], day: n }, frame[1], false];
    }
    // on 29th: a day written as an ordinal after on
    if (!the && this.#low(i - 1) === 'on' && this.#t[k]!.ord !== undefined && !/^[a-z]/.test(this.#low(afterOrd))) return [{ day: n }, afterOrd, false];
    if (!the) return undefined;
    // the 18th alone: a day of the reference month (or the one before); a word ordinal only after on
    // (on the first); never before a noun it counts (the first half, the 10th anniversary)
    const clauseEnd = afterOrd >= this.#t.length || /^[.,;!?)]$/.test(this.#low(afterOrd));
    if (this.#t[k]!.ord === undefined && !(this.#ordinalWordAt(k) && (this.#low(i - 1) === 'on' || (clauseEnd && n > 10)))) return undefined;
    const follower = this.#low(afterOrd);
    if (/^[a-z]/.test(follower) && !AFTER_DAY_WORDS.has(follower)) return undefined;
    return [{ day: n }, afterOrd, false];
  }

  /** What a week, weekday or day is counted in: July, July 2016, 2015, this month, next year, last month. */
  #frameAt(i: number): [DateSpec, number] | undefined {
    let k = i;
    if (this.#low(k) === 'the') k++;
    const month = this.#monthAt(k);
    if (month) {
      const year = this.#yearAfter(month[1]);
      return year ? [{ ...this.#yearSpec(year[0]), month: month[0] }, year[1]] : [{ month: month[0] }, month[1]];
    }
    const year = this.#yearAt(k);
    if (year !== undefined) return [{ year }, k + 1];
    const relation = this.#longest(k, RELATION_INDEX);
    if (relation) {
      const unit = this.#unitAt(relation[1]);
      if (unit && unit[1] === 1 && (unit[0] === 'month' || unit[0] === 'year')) return [unitSpec(unit[0], RELATION_STEP[relation[0]]), unit[2]];
    }
    if (this.#low(k) === 'month') return [{ monthRel: 0 }, k + 1];
    if (this.#low(k) === 'year') return [{ yearRel: 0 }, k + 1];
    return undefined;
  }

  /** the week of April 10, the week of the 18th, w/c Feb 4, the week beginning February 4, week 31, week 3 of 2027. */
  #weekOf(i: number): [DateSpec, number, boolean] | undefined {
    let k = i;
    if (this.#low(k) === 'the') k++;
    if (this.#phrase(k, 'w / c')) {
      const d = this.#monthDate(k + 3) ?? this.#dayMonth(k + 3);
      return d ? [{ ...d[0], weekOf: true }, d[1], false] : undefined;
    }
    if (this.#low(k) !== 'week') return undefined;
    let m = k + 1;
    const n = this.#t[m]?.num;
    if (n !== undefined && n >= 1 && n <= 53 && this.#t[m]!.digits! <= 2) {
      // week 31 (this year's), week 3 of 2027, week 27 of last year
      if (this.#low(m + 1) === 'of') {
        const frame = this.#frameAt(m + 2);
        if (frame && frame[0].month === undefined && frame[0].monthRel === undefined) return [{ ...frame[0], week: n }, frame[1], false];
      }
      return [{ yearRel: 0, week: n }, m + 1, false];
    }
    if (!(this.#low(m) === 'of' || this.#low(m) === 'beginning' || this.#low(m) === 'starting' || this.#low(m) === 'commencing')) return undefined;
    m++;
    if (this.#low(m) === 'on') m++;
    const d = this.#monthDate(m) ?? this.#dayMonth(m) ?? this.#numeric(m) ?? this.#ordinalDate(m);
    if (!d || d[0].day === undefined) return undefined;
    return [{ ...d[0], weekOf: true }, d[1], false];
  }

  /** 02/22/2016, 05/05/89, 1/1/2016, 9-18-15, 21/04/2016, 13.5.2015, 2016-10-16, 2015.5.13, 2019/sep/01, 2019-aug-1, 23/sep/2020, 05-aug-2016, 11/20 beside a date word. */
  #numeric(i: number): [DateSpec, number, boolean] | undefined {
    const a = this.#t[i];
    const sep = this.#low(i + 1);
    if (a?.num === undefined || !(sep === '/' || sep === '-' || sep === '.') || !this.#touch(i) || !this.#touch(i + 1)) return undefined;
    const x = a.num;
    const xDigits = a.digits!;
    // 2019/sep/01, 2019-aug-1, 23/sep/2020, 05-aug-2016
    const named = this.#month(i + 2);
    if (named !== undefined) {
      const c = this.#low(i + 3) === sep && this.#touch(i + 2) && this.#touch(i + 3) ? this.#t[i + 4] : undefined;
      if (c?.num === undefined) return undefined;
      if (xDigits === 4 && c.digits! <= 2) return [{ year: x, month: named, day: c.num }, i + 5, false];
      if (xDigits <= 2 && c.digits === 4) return [{ year: c.num, month: named, day: x }, i + 5, false];
      return undefined;
    }
    const b = this.#t[i + 2];
    if (b?.num === undefined) return undefined;
    const y = b.num;
    const yDigits = b.digits!;
    const third = this.#low(i + 3) === sep && this.#touch(i + 2) && this.#touch(i + 3) ? this.#t[i + 4] : undefined;
    const z = third?.num;
    const zDigits = third?.digits;
    // 1.2.3.4, versions (but 10-1-2018-10-7-2018 is a span of two dates)
    if (z !== undefined && (this.#low(i + 5) === sep || this.#low(i + 5) === ':') && this.#touch(i + 4) && this.#t[i + 6]?.num !== undefined && this.#touch(i + 5) && !(sep === '-' && zDigits === 4)) return undefined;
    if (xDigits === 4) {
      // 2016-10-16, 2015.5.13, 2015-12 (a year and its month)
      if (z !== undefined && zDigits! <= 2) return validDay(x, y, z) ? [{ year: x, month: y, day: z }, i + 5, false] : undefined;
      if (z === undefined && sep !== '.' && yDigits <= 2 && y >= 1 && y <= 12 && this.#t[i + 3]?.num === undefined) return [{ year: x, month: y }, i + 3, false];
      return undefined;
    }
    // 12-2015, 12/2015: a month and its year
    if (z === undefined && sep !== '.' && xDigits <= 2 && x >= 1 && x <= 12 && yDigits === 4 && y >= 1900 && y <= 2100 && this.#t[i + 3]?.num === undefined && this.#low(i + 3) !== sep) return [{ year: y, month: x }, i + 3, false];
    if (xDigits > 2 || yDigits > 2) return undefined;
    if (z === undefined) {
      // 9/11: a day naming an event of its year
      const event = sep === '/' ? EN_EVENT_DAYS[`${x}/${y}`] : undefined;
      if (event?.numeric && !(this.#low(i + 3) === '/' && this.#touch(i + 2))) return [{ year: event.year, month: x, day: y }, i + 3, false];
      // 11/20 without a year: a date beside a date word (on 11/20, Friday 5/12), never a fraction or a score alone
      // (or opening a span of such dates: 10/1-11/2/2017)
      const opensSpan = this.#low(i + 3) === '-' && this.#touch(i + 2) && this.#t[i + 4]?.num !== undefined && this.#low(i + 5) === '/';
      // on 11/20, 11/22 or 11/25: a list after such a date
      const listed = (this.#low(i - 1) === ',' || this.#low(i - 1) === 'or' || this.#low(i - 1) === 'and') && this.#low(i - 3) === '/' && this.#t[i - 2]?.num !== undefined && this.#t[i - 4]?.num !== undefined;
      // 08/12, 22/04: a number written with a leading zero is no fraction or score; on 4-22: a day after `on`
      const padded = (a.digits === 2 && a.text.startsWith('0')) || (yDigits === 2 && b.text.startsWith('0'));
      const onDay = sep === '-' && ON_DAY.has(this.#low(i - 1)) && !this.#unitAt(i + 3) && (!/^[a-z]/i.test(this.#t[i + 3]?.text ?? '') || AFTER_DAY_WORDS.has(this.#low(i + 3))) && this.#low(i + 3) !== '-';
      const dated = DATE_CONTEXT.has(this.#low(i - 1)) || SPAN_JOINS.has(this.#low(i - 1)) || opensSpan || listed || this.#weekday(i - 1) !== undefined || this.#weekday(i - 2) !== undefined;
      if ((sep === '/' && (dated || padded)) || onDay || (sep === '-' && padded && this.#low(i + 3) !== '-')) {
        const [month, day] = x > 12 ? [y, x] : [x, y];
        if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
          // 5/7, 2020
          const year = this.#low(i + 3) === ',' ? this.#yearAfter(i + 3) : undefined;
          return year ? [{ ...this.#yearSpec(year[0]), month, day }, year[1], false] : [{ month, day }, i + 3, false];
        }
      }
      return undefined;
    }
    if (zDigits !== 4 && zDigits !== 2) return undefined;
    // With dots only a four-digit year makes a date, day first (13.5.2015); slashes and hyphens
    // read the month first (02/22/2016, 9-18-15) unless the first number is above 12 (21/04/2016).
    if (sep === '.' && zDigits !== 4) return undefined;
    const [month, day] = sep === '.' || x > 12 ? [y, x] : [x, y];
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    return [{ ...(zDigits === 4 ? { year: z } : { yy: z }), month, day }, i + 5, false];
  }

  /** March 17, 2021; Dec. 31 , 1994; March 2021; May twenty-first; oct/2; dec-2018; March (with a date word before it). */
  #monthDate(i: number): [DateSpec, number, boolean] | undefined {
    const month = this.#monthAt(i);
    if (!month) return undefined;
    const [m, k] = month;
    // oct/2, Oct-2, dec-2018, dec/2018
    if ((this.#low(k) === '/' || this.#low(k) === '-') && this.#touch(k - 1) && this.#touch(k)) {
      const n = this.#t[k + 1];
      if (n?.num !== undefined && n.digits === 4) return [{ year: n.num, month: m }, k + 2, false];
      if (n?.num !== undefined && n.digits! <= 2 && n.num >= 1 && n.num <= 31 && this.#low(k + 2) !== '-') return [{ month: m, day: n.num }, k + 2, false];
      if (n?.num !== undefined && n.digits! <= 2 && this.#low(k + 2) === '-' && this.#yearAt(k + 3) !== undefined) return [{ year: this.#yearAt(k + 3)!, month: m, day: n.num }, k + 4, false];
    }
    let d = k;
    if (this.#low(d) === 'the') d++;
    // October, 1st: an ordinal day after a comma
    else if (this.#low(d) === ',' && this.#t[d + 1]?.ord !== undefined) d++;
    const day = this.#dayAt(d) ?? this.#cardinalDayAt(d);
    if (day && !this.#unitAt(day[1]) && !(this.#t[day[1]]?.num !== undefined && this.#t[day[1]]!.digits === 2 && this.#low(day[1] + 1) !== ',')) {
      // a day after the month (March 17; not March 17 people)
      const year = this.#yearAfter(day[1]);
      if (year) return [{ ...this.#yearSpec(year[0]), month: m, day: day[0] }, year[1], false];
      // July 22 that year, July 22 of the same year: the year the story told last
      const of = this.#low(day[1]) === 'of' ? day[1] + 1 : day[1];
      const story = this.#longest(of, RELATIVE_INDEX);
      if (story && story[0].story && story[0].unit === 'year') return [{ month: m, day: day[0], story: story[0] }, story[1], false];
      // the Sept. 11 attacks: a day naming an event of its year, before a noun it names
      const event = EN_EVENT_DAYS[`${m}/${day[0]}`];
      if (event && this.#namesNoun(day[1])) return [{ year: event.year, month: m, day: day[0] }, day[1], false];
      return [{ month: m, day: day[0] }, day[1], false];
    }
    const year = this.#yearAfter(k);
    if (year) return [{ ...this.#yearSpec(year[0]), month: m }, year[1], false];
    // a month alone: after a date word (in May, since August), or a full name written with a capital
    const before = this.#low(i - 1);
    const written = this.#t[i]!.text;
    const sentenceStart = i === 0 || /^[.!?]$/.test(this.#low(i - 1));
    if (DATE_CONTEXT.has(before) || (this.#low(i - 1) === 'the' && DATE_CONTEXT.has(this.#low(i - 2)))) return [{ month: m }, k, false];
    if (!AMBIGUOUS_MONTHS.has(this.#low(i)) && /^[A-Z]/.test(written) && !sentenceStart) return [{ month: m }, k, false];
    return undefined;
  }

  /** 17 March 2021, 26 june, the 27th of June, second of aug, twenty second of June 2017, 15 april of 87. */
  #dayMonth(i: number): [DateSpec, number, boolean] | undefined {
    const day = this.#dayAt(i) ?? this.#cardinalDayBeforeDatedMonth(i);
    if (!day) return undefined;
    let k = day[1];
    if (this.#low(k) === 'of') k++;
    const month = this.#monthAt(k);
    if (!month) return undefined;
    // the 19 Sept. 11 hijackers: the month has its own day after it
    const own = this.#t[month[1]];
    if (own?.num !== undefined && own.digits! <= 2 && !this.#touch(month[1] - 1)) return undefined;
    const year = this.#yearAfter(month[1]);
    if (year) return [{ ...this.#yearSpec(year[0]), month: month[0], day: day[0] }, year[1], false];
    return [{ month: month[0], day: day[0] }, month[1], false];
  }

  /** 2018 where a year is expected, the 1990s, the '90s, the nineties, 2019 Q3, 2017-q1, 2017 April, year 2012, the year 2019. */
  #yearDate(i: number, after: DateSpec | undefined): [DateSpec, number, boolean] | undefined {
    let k = i;
    if (this.#low(k) === 'the') k++;
    if (this.#low(k) === 'year' && this.#yearAt(k + 1) !== undefined) k++;
    const low = this.#low(k);
    if (Object.hasOwn(ENGLISH_DECADES, low)) return [{ yy: ENGLISH_DECADES[low]!, decade: true }, k + 1, false];
    if (low === "'" && this.#t[k + 1]?.digits === 2 && this.#low(k + 2) === 's' && this.#touch(k + 1)) {
      const yy = this.#t[k + 1]!.num!;
      return yy % 10 === 0 ? [{ yy, decade: true }, k + 3, false] : undefined;
    }
    const tok = this.#t[k];
    if (tok?.num !== undefined && tok.digits === 2 && tok.num % 10 === 0 && this.#low(k + 1) === 's' && this.#touch(k) && this.#low(k - 1) === 'the') {
      return [{ yy: tok.num, decade: true }, k + 2, false];
    }
    // in nineteen ninety six, in two thousand and twenty (not before a noun counted: in two thousand cases)
    if (this.#low(i - 1) === 'in' && k === i) {
      const words = this.#yearWordsAt(k);
      if (words && !/^[a-z]+s$/.test(this.#low(words[1])) && !this.#unitAt(words[1])) return [{ year: words[0] }, words[1], false];
    }
    const year = this.#yearAt(k);
    if (year === undefined) return undefined;
    const next = this.#low(k + 1);
    // the 1990s, 1990's
    if ((next === 's' || next === "'s" || next === '’s') && this.#touch(k)) return year % 10 === 0 ? [{ year, decade: true }, k + 2, false] : undefined;
    // 2019 Q3, 2017-q1, 2019 h2
    let q = k + 1;
    if (next === '-' && this.#touch(k)) q++;
    if (/^(?:q[1-4]|h[12])$/.test(this.#low(q))) return [{ year, part: EN_PARTS[this.#low(q)]! }, q + 1, false];
    // 2017 April
    const month = this.#monthAt(k + 1);
    if (month && !this.#dayAt(month[1])) return [{ year, month: month[0] }, month[1], false];
    // A bare year only where a year is expected: after a date word, before punctuation, or ending a span.
    if (this.#low(k - 1) === 'year' || k > i || after !== undefined) return [{ year }, k + 1, false];
    const before = this.#low(i - 1);
    const following = this.#t[k + 1];
    const join = this.#low(k + 1);
    if (DATE_CONTEXT.has(before) || (before === '(' || before === '-' || before === '–')) return [{ year }, k + 1, false];
    if (!following || (/^[.,;:)!?]$/.test(join) && !(join === ',' && this.#t[k + 2]?.num !== undefined) && !(join === '.' && this.#touch(k) && this.#t[k + 2]?.num !== undefined))) return [{ year }, k + 1, false];
    if (SPAN_JOINS.has(join) && this.#yearAt(k + 2) !== undefined) return [{ year }, k + 1, false];
    // 2018 or later, 2012 onwards: a year bounded by a date word after it
    const rest = this.#slice.slice(this.#t[k]!.end, this.#t[k]!.end + 16).toLowerCase().trimStart();
    if (EN_DATE_AFTER.some(([w]) => rest.startsWith(w) && !/[a-z]/.test(rest.charAt(w.length)))) return [{ year }, k + 1, false];
    return undefined;
  }

  /** Whether token i is a noun a date may name (attacks, families, Advocates): a word that is no joining or date word. */
  #namesNoun(i: number): boolean {
    const tok = this.#t[i];
    if (!tok || !/^[A-Za-z]/.test(tok.text) || this.#touch(i - 1)) return false;
    const low = this.#low(i);
    return !AFTER_DAY_WORDS.has(low) && !DATE_CONTEXT.has(low) && this.#month(i) === undefined && this.#weekday(i) === undefined && !this.#unitAt(i);
  }

  /** Whether the sentence puts a weekday behind or ahead: the nearest cue before it (will, said), else after it. */
  #tense(i: number): 'past' | 'future' {
    return this.#cue(i) ?? 'past';
  }

  /** The tense the clause around token `i` states by a cue word (will, due, said, …), or undefined when none does. */
  #cue(i: number): 'past' | 'future' | undefined {
    const tok = this.#t[i]!;
    const before = this.#slice.slice(Math.max(0, tok.start - 80), tok.start);
    const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1).toLowerCase();
    let last: 'past' | 'future' | undefined;
    CUE_RE.lastIndex = 0;
    for (let m = CUE_RE.exec(sentence); m; m = CUE_RE.exec(sentence)) last = m[1] ? 'future' : 'past';
    if (last) return last;
    const after = this.#slice.slice(tok.end, tok.end + 80);
    const clause = after.slice(0, Math.max(0, after.search(/[.!?]|$/))).toLowerCase();
    CUE_RE.lastIndex = 0;
    const first = CUE_RE.exec(clause);
    return first ? (first[1] ? 'future' : 'past') : undefined;
  }
}

function isBareYear(spec: DateSpec): boolean {
  return spec.year !== undefined && Object.keys(spec).length === 1;
}

function validDay(year: number, month: number, day: number): boolean {
  return year >= 1800 && year <= 2199 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function relativeSpec(word: RelativeWord): DateSpec {
  if (word.story) return { story: word };
  return unitSpec(word.unit, word.by);
}

function unitSpec(unit: CalendarUnit, by: number): DateSpec {
  switch (unit) {
    case 'day':
      return { dayRel: by };
    case 'week':
      return { weekRel: by };
    case 'month':
      return { monthRel: by };
    case 'quarter':
      return { quarterRel: by };
    case 'decade':
      return { yearRel: 0, shift: [{ unit: 'decade', by }] };
    default:
      return { yearRel: by };
  }
}

function weekdaySpec(relation: WeekdayRelation, weekday: number): DateSpec {
  switch (relation) {
    case 'this':
      return { weekRel: 0, weekday };
    case 'next':
      return { weekRel: 1, weekday };
    case 'last':
      return { weekRel: -1, weekday };
    case 'coming':
      return { weekday, toward: 'coming' };
    case 'past':
      return { weekday, toward: 'previous' };
  }
}

/** A digit or a word a date may start with other than the common lead words: a line without one has no date. */
const ANY_START = new RegExp(`\\d|\\b(?:${[...STARTS].filter((w) => !LEADS.has(w) && /^[a-z]/.test(w)).sort((a, b) => b.length - a.length).join('|')})\\b`, 'i');

/** The dates of an English slice of text, with offsets in the slice. */
export function englishDates(slice: string): EnglishDate[] {
  if (!ANY_START.test(slice)) return [];
  return new EnglishDates(slice).all();
}
