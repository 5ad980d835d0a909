import { EN_ORGANISATION_KINDS, JA_NOT_COMPANY_END, JA_SAME_TYPES } from '../lang/attribution-words.js';
import { EN_MONTHS, EN_RELATIVE_WORDS, EN_WEEKDAYS } from '../lang/calendar.js';
import { KANJI_NUMERAL_CLASS, NUMERAL_CLASS } from '../lang/numerals.js';
import { EN_ATTRIBUTION_HINT, englishAttributions } from './attribution-en.js';
import { sentenceStart, type Attribution } from './attribution-span.js';
import { canonicalOutlet, isMediaOutlet } from './outlets.js';

export type { Attribution } from './attribution-span.js';

/**
 * Inline attribution: inside a segment, a sentence may say whose word a figure is —
 * 朝日新聞の報道では, LINEによると, LINEの調査では, 日本メディアが報じた際, 環球時報は…と報じた,
 * 記事は…と伝えた (記事 = the outlet named last), according to Reuters, the company said. Each
 * extends the chain of the figures it covers: markers that wrap a sentence (…と報じた) are outer,
 * markers before the figure nest in the order they are written.
 */

/** Markers written before what they attribute: Xによると, Xの報道では, Xが報じた際. */
const PRE_RE =
  /(?:の(?:報道|調査|発表|取材|説明|集計|試算|推計|分析|まとめ|記事|資料|見解|報告)(?:で(?:は)?|によると|によれば|では)|の取材に(?:対し|応じ)|によると|によれば|によりますと|が報じた(?:際|ところ(?:では|によると)?)|の報道を(?:受け|もとに)|が(?:明らかにした|発表した)ところ(?:では|によると))/g;
/** Markers after what they attribute: (Xは)…と報じた. */
const POST_RE = /(?:を(?:発表|公表|発令|明らかに)し|(?:と|ことを)(?:報じ|伝え|報道し|発表|してい|みてい|見込|推計し|試算し|明らかにし|明らかに|述べ|説明し|話し|話す|指摘し|報告し|公表し|表明し|強調し|語っ|明かし|打ち明け|紹介し|結論づけ|呼びかけ|呼び掛け))/g;
/** The end of a clause that sets a sentence's scene before its topic: …の地震で、, …を受け、, …に伴い、. */
const SCENE_END = /(?:で|を受け(?:て)?|に伴い|に関連し(?:て)?)[、,]\s*$/;
/** (…)と X が報じた / と X が伝えた: the source named after what it said. */
const NAMED_POST_RE = new RegExp(`と([一-龥ァ-ヴーA-Za-z0-9・&]{2,20}?)(?:が|は)(?:${NUMERAL_CLASS}{1,3}日(?:付で)?、?)?(?:報じ|伝え|報道し)`, 'g');
/** Words that point back to the outlet named last (記事 = the article just cited). */
const ANAPHORA = new Set(['記事', '同紙', '同誌', '同通信', '同サイト', '同メディア', '同記事', '報道', '同報道', 'the report', 'the newspaper', 'The report', 'The newspaper']);
/** 同庁, 同社, 同省, 同署: the organisation of that type named last. */
const SAME_TYPE_RE = new RegExp(`^同(${JA_SAME_TYPES.join('|')})$`);
/** How far back (characters) an anaphor looks for a name of its type the text wrote. */
const ANAPHOR_REACH = 4000;

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
  /** Sources credited so far, the latest last (同庁, the agency point back into them). */
  named?: string[];
  /** Where (the line's start) each of `named` was credited last. */
  namedAt?: number[];
  /** How many times an anaphor has searched the text before it (bounded per document). */
  scans?: number;
}


/** Attributions in the line `from`…`to` of `text`, in no particular order. */
export function attributionsIn(text: string, from: number, to: number, context: AttributionContext): Attribution[] {
  const out: Attribution[] = [];
  const line = text.slice(from, to);
  const remember = (canonical: string): string => {
    context.lastNamed = canonical;
    if (isMediaOutlet(canonical)) context.lastOutlet = canonical;
    const named = (context.named ??= []);
    const namedAt = (context.namedAt ??= []);
    if (named.at(-1) === canonical) namedAt[namedAt.length - 1] = from;
    else {
      named.push(canonical);
      namedAt.push(from);
    }
    if (named.length > 64) {
      named.splice(0, named.length - 64);
      namedAt.splice(0, namedAt.length - 64);
    }
    return canonical;
  };
  const resolve = (name: string, at: number): string | undefined => {
    if (ANAPHORA.has(name) || /^同(?:紙|誌|通信)$/.test(name)) return context.lastOutlet ?? context.lastNamed;
    const same = SAME_TYPE_RE.exec(name);
    if (same) {
      // 同庁 → the 庁 named last (credited, else written in the text before); 同局 may be a broadcaster
      const found = sameTypeNamed(context.named ?? [], same[1]!) ?? (scanBudget(context) ? sameTypeWritten(text, at, same[1]!) : undefined) ?? (same[1] === '社' ? context.lastNamed : same[1] === '局' ? context.lastOutlet : undefined);
      return found === undefined ? undefined : remember(found);
    }
    return remember(canonicalOutlet(name.replace(/^(?:その|この|同)/, '').replace(/(?<=.{2})(?:発表|調べ|まとめ|集計|資料|側)$/, '')));
  };
  const resolveEnglish = (written: string, at: number): string | undefined => {
    if (/^(?:he|she)$/i.test(written.trim())) return lastPerson(context, at);
    const anaphor = /^(?:the|that|this)\s+([a-z]+)$/i.exec(written.trim());
    if (anaphor) {
      const found = englishAnaphor(context.named ?? [], scanBudget(context) ? text : '', at, anaphor[1]!.toLowerCase());
      if (found) return remember(found);
    }
    const name = englishName(written);
    return name ? resolve(name, at) : undefined;
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
    // a clause before the topic that sets the scene (…の地震で、警察庁は…) is not the topic's word
    const scene = subject !== undefined && subject.at > start && SCENE_END.test(text.slice(start, subject.at));
    if (subject) found.push({ name: subject.name, nameAt: subject.at, from: scene ? subject.at : start, to: at, wraps: true });
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
    const source = resolve(f.name, f.nameAt);
    if (source) out.push({ source, from: f.from, to: f.to, wraps: f.wraps, at: f.nameAt });
  }
  if (EN_ATTRIBUTION_HINT.test(line)) out.push(...englishAttributions(text, from, to, resolveEnglish));
  // Xによると reaches on over the next sentences, but not into one that credits its own source (警察庁は…と発表した)
  stopAtOwnSources(text, from, out);
  return out.sort((a, b) => a.from - b.from || a.at - b.at);
}

/** How many anaphors of a document may search the text before them for a name of their type. */
const MAX_ANAPHOR_SCANS = 500;

/** True while the document's anaphors may still search the text (a hostile page repeating 同社 a million times may not). */
function scanBudget(context: AttributionContext): boolean {
  context.scans = (context.scans ?? 0) + 1;
  return context.scans <= MAX_ANAPHOR_SCANS;
}

/** How far back (characters) `he said` looks for the person it names. */
const PRONOUN_REACH = 1500;

/** `he said`, `she wrote`: the person credited last, when that was near (a name of people, not of an organisation). */
function lastPerson(context: AttributionContext, at: number): string | undefined {
  const named = context.named ?? [];
  const namedAt = context.namedAt ?? [];
  for (let k = named.length - 1; k >= 0; k--) {
    if (namedAt[k]! < at - PRONOUN_REACH) return undefined;
    const name = named[k]!;
    if (isPersonName(name)) return name;
  }
  return undefined;
}

/** A person's name as English writes it: Mr. Mattis, Nancy Pelosi, Mattis — capitalised words that name no organisation or kind. */
function isPersonName(name: string): boolean {
  if (!/^[A-Z]/.test(name) || isMediaOutlet(name) || /^[A-Z]{2,}$/.test(name)) return false;
  const words = name.toLowerCase().replace(/[.,]/g, '').split(/\s+/);
  if (words.length > 4) return false;
  const kinds = Object.values(EN_ORGANISATION_KINDS).flat();
  if (words.some((w) => kinds.includes(w) || /^(?:officials?|sources?|authorities|police|prosecutors|committee|house|senate|congress|white|court|united|states|government|campaign|party)$/.test(w))) return false;
  return words.every((w, k) => /^[a-z][a-z'’-]*$/.test(w) || (k < words.length - 1 && /^[a-z]$/.test(w)));
}

/** The source of a type credited last: 同庁 → the last one ending in 庁; 同社 → the last company, by any name. */
function sameTypeNamed(named: readonly string[], type: string): string | undefined {
  for (let k = named.length - 1; k >= 0; k--) {
    const name = named[k]!;
    if (name.length > type.length && name.endsWith(type)) return name;
    if (type === '社' && !JA_NOT_COMPANY_END.test(name) && !isMediaOutlet(name) && /[一-龥ァ-ヴA-Za-z]/.test(name) && !/^[a-z]/.test(name)) return name;
  }
  return undefined;
}

/** The last name of a type the text writes before `at` (気象庁は…。同庁は → 気象庁), not itself a 同X, nor a longer word (庁舎). */
function sameTypeWritten(text: string, at: number, type: string): string | undefined {
  const floor = Math.max(0, at - ANAPHOR_REACH);
  for (let k = text.lastIndexOf(type, at - 1); k >= floor; k = text.lastIndexOf(type, k - 1)) {
    const end = k + type.length;
    if (text.charAt(k - 1) === '同' || isNameChar(text.charCodeAt(end)) && !/[ぁ-ゖ]/.test(text.charAt(end))) continue;
    const name = nameBefore(text, end, Math.max(floor, k - 24));
    if (name && name.length > type.length && !name.startsWith('同')) return name;
    if (k === 0) break;
  }
  return undefined;
}

/**
 * What an English anaphor names (the agency, the company, the mayor): the last source credited
 * whose name holds the word or a word of its kind, else the last proper name of that kind the
 * text writes before `at`, else the noun itself.
 */
function englishAnaphor(named: readonly string[], text: string, at: number, noun: string): string | undefined {
  const kinds = EN_ORGANISATION_KINDS[noun] ?? [noun];
  const words = (name: string): string[] => name.toLowerCase().replace(/[.,]/g, '').split(/\s+/);
  for (let k = named.length - 1; k >= 0; k--) {
    const w = words(named[k]!);
    if (w.includes(noun) || kinds.some((kind) => w.includes(kind))) return named[k];
  }
  const window = text.slice(Math.max(0, at - ANAPHOR_REACH), at);
  const kindWords = kinds.map((k) => k.charAt(0).toUpperCase() + k.slice(1)).join('|');
  const written = [...window.matchAll(new RegExp(`\\b((?:[A-Z][\\w&.'-]*\\s+){1,5}(?:${kindWords}))\\b`, 'g'))].at(-1);
  if (written) return written[1]!.replace(/^(?:The|A|An)\s+/, '');
  return noun;
}

/**
 * Xによると reaches on over the next sentences, but not into one that credits its own source
 * (…によると、…。警察庁は…と発表した): each such attribution ends where that sentence starts.
 * Linear in the attributions of the line (a long line may hold hundreds of thousands).
 */
function stopAtOwnSources(text: string, floor: number, out: Attribution[]): void {
  const wrapping = out.filter((b) => b.wraps).sort((a, b) => a.from - b.from);
  if (wrapping.length === 0) return;
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!;
    if (a.wraps) continue;
    let lo = 0;
    let hi = wrapping.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (wrapping[mid]!.from <= a.from) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo; j < wrapping.length && wrapping[j]!.from < a.to; j++) {
      const b = wrapping[j]!;
      if (b.source === a.source || b.at <= a.at || sentenceStart(text, b.from + 1, floor) < b.from - 1) continue;
      out[k] = { ...a, to: b.from };
      break;
    }
  }
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
  name = name.replace(/^(?:the|a|an|another|one|two|three|four|five|several|some|many|other|both|multiple)\s+/i, '');
  const words = name.split(/\s+/);
  // trailing time words and the prepositions before them: Stone on Friday, Trump last week
  while (words.length > 1 && (isDayWord(words.at(-1)!) || /^(?:of|the|and|de|on|in|at|last|this|early|late)$/i.test(words.at(-1)!))) words.pop();
  name = words.join(' ');
  if (name.length < 2 || EN_NOT_SOURCE.test(name) || isCalendarWord(words[0]!)) return undefined;
  return name;
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
