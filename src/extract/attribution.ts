import { EN_MONTHS, EN_RELATIVE_WORDS, EN_WEEKDAYS } from '../lang/calendar.js';
import { KANJI_NUMERAL_CLASS, NUMERAL_CLASS } from '../lang/numerals.js';
import { isSentenceEnd } from '../lang/sentences.js';
import { canonicalOutlet, isMediaOutlet } from './outlets.js';

/**
 * Inline attribution: inside a segment, a sentence may say whose word a figure is —
 * 朝日新聞の報道では, LINEによると, LINEの調査では, 日本メディアが報じた際, 環球時報は…と報じた,
 * 記事は…と伝えた (記事 = the outlet named last), according to Reuters, the company said. Each
 * extends the chain of the figures it covers: markers that wrap a sentence (…と報じた) are outer,
 * markers before the figure nest in the order they are written.
 */

/** One attribution in a line. */
export interface Attribution {
  /** Who is credited, canonical. */
  readonly source: string;
  /** Offsets (in the text) of what it covers. */
  readonly from: number;
  readonly to: number;
  /** Wraps its sentence (…と報じた): outer to markers written before the figure. */
  readonly wraps: boolean;
  /** Where the marker is, for ordering. */
  readonly at: number;
}

/** Markers written before what they attribute: Xによると, Xの報道では, Xが報じた際. */
const PRE_RE =
  /(?:の(?:報道|調査|発表|取材|説明|集計|試算|推計|分析|まとめ|記事|資料|見解|報告)(?:で(?:は)?|によると|によれば|では)|の取材に(?:対し|応じ)|によると|によれば|によりますと|が報じた(?:際|ところ(?:では|によると)?)|の報道を(?:受け|もとに)|が(?:明らかにした|発表した)ところ(?:では|によると))/g;
/** Markers after what they attribute: (Xは)…と報じた. */
const POST_RE = /(?:と|ことを)(?:報じ|伝え|報道し|発表|してい|みてい|見込|推計し|試算し|明らかにし|明らかに|述べ|説明し|話し|話す|指摘し|報告し|公表し|表明し|強調し|語っ|明かし|打ち明け|紹介し|結論づけ)/g;
/** (…)と X が報じた / と X が伝えた: the source named after what it said. */
const NAMED_POST_RE = new RegExp(`と([一-龥ァ-ヴーA-Za-z0-9・&]{2,20}?)(?:が|は)(?:${NUMERAL_CLASS}{1,3}日(?:付で)?、?)?(?:報じ|伝え|報道し)`, 'g');
/** A line worth the English patterns. */
const EN_HINT = /[Aa]ccording to| (?:said|says|reported|reports|told|announced|found|estimated|confirmed|stated|disclosed|revealed)\b/;
/** English: according to X. */
const EN_ACCORDING_RE = /\b[Aa]ccording to (?:the )?((?:[A-Z][\w.&'-]*)(?:\s+(?:[A-Z][\w.&'-]*|of|de|the))*)/g;
/** English: X said / reported / told … */
const EN_SAID_RE = /\b((?:the )?(?:[A-Z][\w.&'-]*)(?:\s+(?:of\s+)?[A-Z][\w.&'-]*){0,4}(?:\s+(?:officials?|spokes(?:wo)?man|spokesperson|authorit(?:y|ies)|police|prosecutors|investigators))?|(?:an?\s+|the\s+)?(?:(?:senior|former|local|federal|state|administration|government|company|ministry|port|city|police)\s+){0,3}(?:officials?|spokes(?:wo)?man|spokesperson|authorit(?:y|ies)|police|prosecutors|investigators|sources?)|the company|the ministry|the government|the report|the newspaper)\s+(?:said|says|reported|reports|told|announced|found|estimated|confirmed|stated|disclosed|revealed|predicted|projected)\b/g;

/** Words that point back to the outlet named last (記事 = the article just cited). */
const ANAPHORA = new Set(['記事', '同紙', '同社', '同局', '同誌', '同通信', '同サイト', '同メディア', '同記事', '報道', '同報道', 'the report', 'the newspaper', 'The report', 'The newspaper']);

/** Not sources: pronouns and time words that a backward scan can pick up. */
const NOT_SOURCE = new RegExp(`^(?:これ|それ|この|その|今回|同日|当日|現在|今日|本日|昨日|一方|また|さらに|ただ|なお|しかし|実際|今後|\\d.*|${KANJI_NUMERAL_CLASS}+)$`);

/** Characters a name is made of (kanji, katakana, Latin, digits, ・ and a few signs). */
function isNameChar(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || // kanji
    (c >= 0x30a0 && c <= 0x30ff) || // katakana and ・ ー
    (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ||
    (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || (c >= 0xff10 && c <= 0xff19) ||
    c === 0x26 || c === 0x2e || c === 0xff06 || c === 0x3005 /* 々 */ || c === 0x30fc
  );
}

/** The name that ends right before `end` (at most 24 characters), or undefined. */
export function nameBefore(text: string, end: number, floor: number): string | undefined {
  let s = end;
  while (s > floor && end - s < 24) {
    const c = text.charCodeAt(s - 1);
    if (isNameChar(c)) s--;
    else if (c === 0x20 && s - 1 > floor && isLatin(text.charCodeAt(s - 2)) && isLatin(text.charCodeAt(s))) s--; // Record China
    else break;
  }
  s = hiraganaStart(text, s, floor);
  const name = text.slice(s, end).trim();
  if (name.length === 0 || NOT_SOURCE.test(name)) return undefined;
  return name;
}

/** Particles and endings a run of hiragana before a name is cut after (県のみなと市 → みなと市). */
const PARTICLE = /^(?:.*[のはがをにでへもやとか、]|)((?:[\u3041-\u3096ー]){2,8})$/;

/**
 * A name whose first part is written in hiragana (みなと新聞, みなと市消防局): the hiragana run
 * before a name of an organisation belongs to it when it stands at a boundary (line start,
 * punctuation, space) or after a particle that ends the word before.
 */
function hiraganaStart(text: string, s: number, floor: number): number {
  if (s <= floor || !isHiragana(text.charCodeAt(s - 1))) return s;
  const rest = text.slice(s, Math.min(text.length, s + 24));
  if (!ORGANISATION.test(rest)) return s;
  let h = s;
  while (h > floor && s - h < 12 && isHiragana(text.charCodeAt(h - 1))) h--;
  const run = text.slice(h, s);
  // a run ending in て or で is a verb's connective form (について, として, によって), never a name's start
  if (/[てで]$/.test(run)) return s;
  const before = h > floor ? text.charCodeAt(h - 1) : 0x20;
  if (isNameChar(before)) {
    // 県のみなと市: keep what follows the particle
    const match = PARTICLE.exec(run);
    return match?.[1] && match[1].length < run.length ? s - match[1].length : s;
  }
  // at a boundary, a leading particle still is none of the name (はみなと新聞 does not occur; のみなと does)
  const trimmed = /^[のはがをにでへもや]/.test(run) ? run.slice(1) : run;
  return trimmed.length >= 2 ? s - trimmed.length : s;
}

/** Names of organisations whose first part may be hiragana: …新聞, …市, …消防局, …町役場. */
const ORGANISATION = /^[一-龥ァ-ヴー々]{0,10}(?:新聞|新報|日報|通信|放送|テレビ|市|町|村|区|県|局|署|庁|省|社|会|組合|協会|病院|大学|役場|役所|消防|警察)/;

function isHiragana(c: number): boolean {
  return (c >= 0x3041 && c <= 0x3096) || c === 0x30fc;
}

function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Context carried from line to line of a document: the outlet named last, for 記事 and 同紙. */
export interface AttributionContext {
  lastNamed: string | undefined;
  /** The media outlet named last (記事, 同紙 point to it). */
  lastOutlet?: string | undefined;
}


/** Sentence ends. */
function sentenceStart(text: string, at: number, floor: number): number {
  const limit = Math.max(floor, at - 400);
  let depth = 0;
  for (let k = at - 1; k >= limit; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x300d || c === 0x300f) depth++;
    else if ((c === 0x300c || c === 0x300e) && depth > 0) depth--;
    if (depth > 0) continue;
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || ((c === 0x2e || c === 0x21 || c === 0x3f) && text.charCodeAt(k + 1) === 0x20 && isSentenceEnd(text, k))) return k + 1;
  }
  return limit;
}

/** Attributions in the line `from`…`to` of `text`, in no particular order. */
export function attributionsIn(text: string, from: number, to: number, context: AttributionContext): Attribution[] {
  const out: Attribution[] = [];
  const line = text.slice(from, to);
  const resolve = (name: string): string | undefined => {
    if (name === '同社') return context.lastNamed;
    if (ANAPHORA.has(name) || /^同(?:紙|局|誌|通信)$/.test(name)) return context.lastOutlet ?? context.lastNamed;
    const canonical = canonicalOutlet(name.replace(/^(?:その|この|同)/, '').replace(/(?<=.{2})(?:発表|調べ|まとめ|集計|資料|側)$/, ''));
    context.lastNamed = canonical;
    if (isMediaOutlet(canonical)) context.lastOutlet = canonical;
    return canonical;
  };
  // Markers are resolved in the order their names are written, so that 記事 points back to
  // the outlet named before it, not to one named later in the same line.
  const found: Array<{ name: string; nameAt: number; from: number; to: number; wraps: boolean }> = [];
  PRE_RE.lastIndex = 0;
  for (let m = PRE_RE.exec(line); m; m = PRE_RE.exec(line)) {
    const at = from + m.index;
    const name = nameBefore(text, at, from);
    // what follows, to the end of the paragraph but not beyond a few sentences (one-line documents)
    if (name) found.push({ name, nameAt: at - name.length, from: at + m[0].length, to: Math.min(to, at + PRE_REACH), wraps: false });
  }
  POST_RE.lastIndex = 0;
  for (let m = POST_RE.exec(line); m; m = POST_RE.exec(line)) {
    const at = from + m.index;
    const start = sentenceStart(text, at, from);
    const subject = topicOf(text, start, at);
    if (subject) found.push({ name: subject.name, nameAt: subject.at, from: start, to: at, wraps: true });
  }
  // …と朝日新聞が報じた: the name after the quotation
  NAMED_POST_RE.lastIndex = 0;
  for (let m = NAMED_POST_RE.exec(line); m; m = NAMED_POST_RE.exec(line)) {
    const at = from + m.index;
    const name = m[1]!;
    if (NOT_SOURCE.test(name)) continue;
    found.push({ name, nameAt: sentenceStart(text, at, from), from: sentenceStart(text, at, from), to: at, wraps: true });
  }
  found.sort((a, b) => a.nameAt - b.nameAt);
  for (const f of found) {
    const source = resolve(f.name);
    if (source) out.push({ source, from: f.from, to: f.to, wraps: f.wraps, at: f.nameAt });
  }
  if (EN_HINT.test(line)) {
    EN_ACCORDING_RE.lastIndex = 0;
    for (let m = EN_ACCORDING_RE.exec(line); m; m = EN_ACCORDING_RE.exec(line)) {
      const at = from + m.index;
      const name = englishName(m[1]!);
      const source = name ? resolve(name) : undefined;
      if (!source) continue;
      // "according to X, …" covers its sentence; so does "…, according to X."
      const start = sentenceStart(text, at, from);
      const end = sentenceEnd(text, at, to);
      out.push({ source, from: start, to: end, wraps: true, at });
    }
    EN_SAID_RE.lastIndex = 0;
    for (let m = EN_SAID_RE.exec(line); m; m = EN_SAID_RE.exec(line)) {
      const at = from + m.index;
      const raw = englishName(m[1]!);
      if (!raw) continue;
      const source = resolve(raw);
      if (!source) continue;
      out.push({ source, from: sentenceStart(text, at, from), to: sentenceEnd(text, at, to), wraps: true, at });
    }
  }
  return out.sort((a, b) => a.from - b.from || a.at - b.at);
}

/** Words that begin an English sentence, never a source. */
const EN_NOT_SOURCE = /^(?:It|He|She|They|We|I|You|This|That|These|Those|There|Here|But|And|Or|So|Then|Now|Also|Mr|Mrs|Ms|Dr|Earlier|Later|Last|Next)\.?$/;

/** A weekday or a day word (Friday, today) trailing a name: when it spoke, not who. */
function isDayWord(word: string): boolean {
  const lower = word.toLowerCase();
  return lower in EN_WEEKDAYS || lower in EN_RELATIVE_WORDS;
}

/** A word of the calendar (a weekday, a month, today): a time, never a source. */
function isCalendarWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return lower in EN_WEEKDAYS || lower in EN_MONTHS || lower in EN_RELATIVE_WORDS;
}

/**
 * An English source as written: the part after the last sentence end inside it (`CNN. He`),
 * without a leading article, an article count (`Two`), trailing time words (`Trump on Friday`)
 * or a dangling `of`; undefined for pronouns and time words.
 */
function englishName(written: string): string | undefined {
  let name = written.trim().replace(/[.,;:]+$/, '');
  const cut = /^.*[a-z\d]{2,}[.!?]\s+/.exec(name);
  if (cut) name = name.slice(cut[0].length);
  name = name.replace(/^(?:the|a|an|two|three|several|some|many|other)\s+/i, '').replace(/\s+(?:of|the|and|de|on|in)$/i, '');
  const words = name.split(/\s+/);
  while (words.length > 1 && isDayWord(words.at(-1)!)) words.pop();
  name = words.join(' ');
  if (name.length < 2 || EN_NOT_SOURCE.test(name) || isCalendarWord(words[0]!)) return undefined;
  return name;
}

function sentenceEnd(text: string, at: number, to: number): number {
  const limit = Math.min(to, at + 400);
  for (let k = at; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x3002 || ((c === 0x2e || c === 0x21 || c === 0x3f) && (k + 1 >= to || text.charCodeAt(k + 1) === 0x20) && isSentenceEnd(text, k))) return k + 1;
  }
  return limit;
}

/** The topic of a sentence: the first `Xは` (X a name) between `start` and `end`, else the first `Xが`. */
function topicOf(text: string, start: number, end: number): { name: string; at: number } | undefined {
  return markedBefore(text, start, end, 0x306f /* は */) ?? markedBefore(text, start, end, 0x304c /* が */);
}

/** The first name marked by `particle` outside quotations. */
function markedBefore(text: string, start: number, end: number, particle: number): { name: string; at: number } | undefined {
  let depth = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x300c || c === 0x300e) depth++;
    else if ((c === 0x300d || c === 0x300f) && depth > 0) depth--;
    if (depth > 0) continue;
    if (c === particle && k > start && (text.charCodeAt(k - 1) === 0xff09 || text.charCodeAt(k - 1) === 0x29)) {
      // 株式会社ヨリミチ（本社：東京都港区）は: the name before the parenthesis
      const open = Math.max(text.lastIndexOf('（', k), text.lastIndexOf('(', k));
      const name = open > start ? nameBefore(text, open, start) : undefined;
      if (name && name.length >= 2) return { name, at: open - name.length };
    }
    if (c === particle && k > start && isNameChar(text.charCodeAt(k - 1))) {
      const name = nameBefore(text, k, start);
      if (name && name.length >= 2) return { name, at: k - name.length };
      if (name) continue;
    }
  }
  return undefined;
}

/** How far a marker written before what it attributes reaches (characters). */
const PRE_REACH = 600;
/** No attribution covers more than this many characters. */
const MAX_REACH = 1200;

/**
 * The inline chain of a figure at `at`: sources whose attributions cover it, outermost first.
 * `attributions` must be sorted by `from` (as {@link attributionsIn} returns them).
 */
export function chainAt(attributions: readonly Attribution[], at: number): string[] {
  // attributions starting after `at` cannot cover it; those starting long before have ended
  let hi = attributions.length;
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (attributions[mid]!.from <= at) lo = mid + 1;
    else hi = mid;
  }
  const covering: Attribution[] = [];
  for (let k = lo - 1; k >= 0; k--) {
    const a = attributions[k]!;
    if (a.from < at - MAX_REACH) break;
    if (at < a.to) covering.push(a);
  }
  covering.sort((a, b) => (a.wraps === b.wraps ? a.at - b.at : a.wraps ? -1 : 1));
  const out: string[] = [];
  for (const a of covering) if (out.at(-1) !== a.source) out.push(a.source);
  return out;
}
