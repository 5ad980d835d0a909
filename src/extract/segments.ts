import { JA_WEEKDAY_MARKS, readTimeOfDay, TIME_OF_DAY } from '../lang/calendar.js';
import { toHalfWidthDigits } from '../lang/numerals.js';
import { momentAt } from '../sources/page-time.js';
import { canonicalOutlet, isKnownOutlet, outletOfUrl } from './outlets.js';
import type { TextLine } from '../sources/layout.js';
import { lineNoise, NOISE_ZONE_START, isCommentFormLine } from './noise.js';

/**
 * Who speaks where. A capture is read line by line and each line gets a speaker: the outlet
 * that says it and the chain of who passed it on (outermost first, last = origin, as DESIGN.md
 * defines `chain`), the date of the segment, and whether it is a reader comment. Segments start
 * at headings like `●title／outlet date`, at byline lines (`   中日 2021年3月17日`), at source URLs
 * (after quoted text they name its source; before it, with a date, they lead a citation), and
 * at reader-comment sections. Inline attribution inside a line (LINEによると) is `attribution.ts`.
 */

/** What the document itself says about where it comes from. */
export interface DocumentMeta {
  /** The site or blog that published the page (first link of every chain). */
  readonly publisher?: string | undefined;
  /** The outlet whose article the page is, when it is one. */
  readonly outlet?: string | undefined;
  /** Date of the page, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`). */
  readonly published?: string | undefined;
}

/** How sure the segmenter is of a line's outlet. */
export type Strength = 'explicit' | 'publisher' | 'none';

/** The speaker of a line. */
export interface Speaker {
  /** The outlet that asserts what the line says. */
  readonly outlet: string | undefined;
  /** Who passed it on, outermost first (publisher, 読者コメント, cited outlet …). */
  readonly chain: readonly string[];
  /** Date of the segment, `YYYY-MM-DD` or shorter. */
  readonly published: string | undefined;
  readonly strength: Strength;
  /** Said in a reader comment (not an excerpt of an outlet quoted there). */
  readonly comment: boolean;
}

/** What the segmenter knows of one line. */
export interface LineInfo {
  readonly speaker: Speaker;
  /** 0 = prose, 1 = certainly navigation, counters, rankings, ads. */
  readonly noise: number;
  /** A byline, date line or URL: its figures are metadata, not claims. */
  readonly meta: boolean;
  /** A heading (marked or a short line without sentence end). */
  readonly heading: boolean;
  /** Offset in the line after which its text is a byline (`●title／outlet date`): figures past it are not claims. */
  readonly bylineFrom?: number;
}

/** The name readers' comments are chained under. */
export const READER_COMMENT = '読者コメント';

const DATE_PART = String.raw`(?:\d{4}|[０-９]{4})\s*[年.\/-]\s*[0-9０-９]{1,2}\s*[月.\/-]\s*[0-9０-９]{1,2}\s*日?(?:\s*[(（][月火水木金土日祝][)）])?`;
const EN_DATE_PART = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}`;
const TIME_PART = String.raw`(?:\s*\d{1,2}(?::\d{2}|時\d{1,2}分|時)(?:\s*(?:JST|GMT|UTC))?)?`;
/** Words after a byline's time that say what it dates: 22:45配信, 10時更新. */
const STAMP_WORD = String.raw`(?:\s*(?:配信|更新|公開|掲載|投稿))?`;
/** `outlet date [time] [author]` — a byline. */
const BYLINE_RE = new RegExp(String.raw`^([^\s　]{1,30}?(?:\s[^\s　\d]{1,20})?)\s+(${DATE_PART}|${EN_DATE_PART})${TIME_PART}${STAMP_WORD}(?:\s+[^\s　]{1,12})?$`);
/** `title／outlet date [time]` at the end of a heading. */
const HEADING_SOURCE_RE = new RegExp(String.raw`[／/|｜]\s*([^／/|｜]{1,30}?)\s*(${DATE_PART}|${EN_DATE_PART})${TIME_PART}\s*$`);
/** A line stamping a date: Published: March 17, 2021; 配信日：2021年3月17日. */
const STAMP_RE = new RegExp(String.raw`^(?:Published|Updated|Posted|Last updated|公開日|更新日|配信日|投稿日|掲載日|公開|更新|配信)(?:\s*(?:on|at))?\s*[:：]?\s*(${DATE_PART}|${EN_DATE_PART})`, 'i');
/** A line that is only a date. */
const DATE_LINE_RE = new RegExp(String.raw`^(?:${DATE_PART}|${EN_DATE_PART})${TIME_PART}$`);
/** A line that is only an address (or a bare host) or a blog card. */
const URL_LINE_RE = /^(?:出典|引用元|参照|ソース|Source|via)?\s*[:：]?\s*(?:https?:\/\/[^\s]+|(?:www\d*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:jp|com|net|org|cn|kr|tw|uk|us|info|news|me|io|co)(?:\/[^\s]*)?)$/i;
const BLOGCARD_RE = /^\[blogcard\b/i;
/** Reader-comment sections. */
const COMMENTS_RE = /\d+\s*件の(?:フィードバック|コメント|返信|反応)\s*$|^(?:\d+\s*件の)?(?:コメント|読者コメント|みんなのコメント|Comments?|Responses?)(?:一覧)?\s*[:：]?$|^\d+\s+(?:comments?|responses?)$|^(?:reader|user)s?['’]? comments$/i;
/** A Japanese wire dateline: 【ソウル共同】, 【北京時事】, 【ワシントン＝ロイター】, 【上海＝AFP時事】. */
export const JA_DATELINE_RE = /^【[^】=＝]{0,12}?[=＝]?(共同|時事|ロイター|AFP時事|AFP=時事|AFP|AP|新華社|聯合|ブルームバーグ|Bloomberg|Reuters|EPA時事)】|^【[^】=＝]{1,12}[=＝]([^】=＝]{2,20})】/;
/** A wire credit at the end of a story: （共同）, (Kyodo), — Reuters. */
const WIRE_CREDIT_RE = /(?:[（(]\s*(共同|時事|ロイター|AFP時事|AFP|AP|Kyodo|Reuters|Jiji|Bloomberg|新華社)\s*[)）]|[—–-]\s*(Kyodo|Reuters|AP|AFP|Jiji))\s*$/;
/** A line naming its source: 出典：中日新聞, 引用元: NHKニュース, Source: Reuters. */
const SOURCE_NAME_RE = /^(?:出典|引用元|引用|ソース|参照元|参照|情報元|Source|Via)\s*[:：]\s*([^\s:：]{2,40})/i;
/** An English dateline: TOKYO (Reuters) -, BEIJING, March 18 (AP) —. */
export const DATELINE_RE = /^[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2})?(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*\(([A-Z][A-Za-z .&]{1,30})\)\s*[-–—]/;
/** Words that say the text after a source line is an excerpt of it. */
const EXCERPT_RE = /^(?:一部)?抜粋|^(?:以下)?[、,]?\s*引用|^excerpt|^quote/i;
/** A reporting organisation doing its own reporting in a paragraph: JNNが…取材すると. */
const SELF_REPORT_RE = /([A-Za-z]{2,10}|[一-龥ァ-ヴー]{2,12}?)(?:が|の)(?:[^。]{0,20}?)(?:取材|独自に入手|調べ)/;

const SELF_REPORT_HINT = /取材|独自に入手|調べ/;

/** Format a Japanese or English date written in a byline as `YYYY-MM-DD`. */
export function bylineDate(written: string): string | undefined {
  return bylineDay(toHalfWidthDigits(written))?.day;
}

/** The first byline date in text (digits half-width) and where it ends. */
function bylineDay(half: string): { readonly day: string | undefined; readonly end: number } | undefined {
  const ja = /(\d{4})\s*[年.\/-]\s*(\d{1,2})\s*[月.\/-]\s*(\d{1,2})\s*日?/.exec(half);
  if (ja) return { day: iso(Number(ja[1]), Number(ja[2]), Number(ja[3])), end: ja.index + ja[0].length };
  const en = /(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(half);
  if (en) return { day: iso(Number(en[3]), 'JanFebMarAprMayJunJulAugSepOctNovDec'.indexOf(en[1]!) / 3 + 1, Number(en[2])), end: en.index + en[0].length };
  return undefined;
}

/**
 * A byline's date with the time that follows it, as a moment: `2024年1月2日 22時15分` and
 * `2024-01-02 22:45配信` → `2024-01-02T22:15+09:00`. A clock in a Japanese byline is Japan
 * time; elsewhere the byline must name its zone (`10:30 a.m. ET`), else only the day is kept.
 */
export function bylineStamp(written: string, japanese = JAPANESE_RE.test(written)): string | undefined {
  const half = toHalfWidthDigits(written);
  const found = bylineDay(half);
  if (!found?.day) return undefined;
  const rest = half.slice(found.end).replace(WEEKDAY_MARK_RE, '').replace(/^[\s,　]*(?:at\s+)?/i, '');
  const time = readTimeOfDay(rest);
  const offset = time?.offset ?? (japanese ? TIME_OF_DAY.japaneseOffset : undefined);
  return time && offset !== undefined ? momentAt(found.day, time.hour, time.minute, offset) : found.day;
}

const JAPANESE_RE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const WEEKDAY_MARK_RE = new RegExp(`^\\s*[(（][${JA_WEEKDAY_MARKS}][)）]`);

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The date in an address's path (…/20210319/…, /2021/03/19/), if any. */
export function urlDate(url: string): string | undefined {
  const compact = /\/(20\d\d)(\d\d)(\d\d)(?:\/|[_-]|$)/.exec(url);
  if (compact) return iso(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const slashed = /\/(20\d\d)\/(\d\d)\/(\d\d)\//.exec(url);
  if (slashed) return iso(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  return undefined;
}

function uniqueChain(links: readonly (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const link of links) if (link && out.at(-1) !== link) out.push(link);
  return out;
}

type MutableInfo = { -readonly [K in keyof LineInfo]: LineInfo[K] };

/** What the segmenter knows while it reads a capture line by line. */
interface SegmentState {
  readonly text: string;
  readonly lines: readonly TextLine[];
  readonly infos: MutableInfo[];
  /** The page's own speaker: the catalog's or the page's publisher, else the byline that opens the page. */
  base: Speaker;
  readonly publisher: string | undefined;
  /** A line of prose has been read (a byline after it no longer opens the page). */
  proseSeen: boolean;
  /** The speaker of the current section (since the last heading, byline or dateline). */
  section: Speaker;
  inComments: boolean;
  /** The comment section is an element of the page (HTML), not a marker line. */
  structuralComments: boolean;
  commentSpeaker: Speaker | undefined;
  /** A citation that leads the lines after it. */
  lead: Speaker | undefined;
  /** The last line that ends a trailing source's reach. */
  boundary: number;
  noiseZone: boolean;
  /** URL → texts of the lines it named before. */
  readonly urlScopes: Map<string, Set<string>>;
  /** Line text → times seen (repeated template lines). */
  readonly seen: Map<string, number>;
}

/** One line as a classifier sees it. */
interface LineView {
  readonly index: number;
  readonly line: TextLine;
  /** The line's text (its first 4000 characters: long lines are prose). */
  readonly body: string;
  /** Short enough to be a byline, heading, address or marker. */
  readonly short: boolean;
  noise: number;
}

/**
 * A classifier of one kind of line (reader-comment marker, noise zone, source address, dateline,
 * byline, heading, prose): it pushes the line's info and returns true when the line is of its
 * kind, else leaves everything as it is and returns false.
 */
type Classifier = (state: SegmentState, view: LineView) => boolean;

/**
 * Give every line of a capture its speaker. `lines` come from `layout`; `text` is the decoded
 * capture they point into. Each line goes through the classifiers in order; the first that knows
 * its kind decides it.
 */
export function segment(text: string, lines: readonly TextLine[], meta: DocumentMeta): LineInfo[] {
  const publisher = meta.publisher ? canonicalOutlet(meta.publisher) : undefined;
  const pageOutlet = meta.outlet ? canonicalOutlet(meta.outlet) : undefined;
  const base: Speaker = {
    outlet: pageOutlet ?? publisher,
    chain: uniqueChain([publisher, pageOutlet]),
    published: meta.published,
    strength: pageOutlet ? 'explicit' : publisher ? 'publisher' : 'none',
    comment: false,
  };
  const state: SegmentState = {
    text, lines, infos: [], base, publisher, proseSeen: false, section: base, inComments: false, structuralComments: false, commentSpeaker: undefined, lead: undefined,
    boundary: -1, noiseZone: false, urlScopes: new Map(), seen: new Map(),
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.kind === 'blank') {
      state.infos.push({ speaker: current(state), noise: 0, meta: true, heading: false });
      continue;
    }
    const body = line.end - line.start <= 4000 ? text.slice(line.start, line.end) : text.slice(line.start, line.start + 4000);
    if (body.length <= 40) state.seen.set(body, (state.seen.get(body) ?? 0) + 1);
    let noise = line.kind === 'nav' ? 0.9 : line.kind === 'caption' ? 0.8 : lineNoise(body);
    if (line.kind === 'code') noise = Math.max(noise, 0.6);
    structuralComments(state, line);
    const view: LineView = { index, line, body, short: body.length <= 120, noise };
    CLASSIFIERS.some((classify) => classify(state, view));
  }
  markLinkLists(text, lines, state.infos);
  assignSelfReports(text, lines, state.infos, publisher);
  return state.infos;
}

/** The speaker of a line nothing else names: the citation leading it, the comment section, or the section. */
function current(state: SegmentState): Speaker {
  return state.lead ?? state.commentSpeaker ?? state.section;
}

/** A speaker for an outlet named in the page, passed on by the publisher (and 読者コメント inside comments). */
function withOutlet(state: SegmentState, outlet: string, published: string | undefined, from: Speaker): Speaker {
  const prefix = from.comment || state.inComments ? uniqueChain([state.publisher, READER_COMMENT]) : uniqueChain([state.publisher]);
  return { outlet, chain: uniqueChain([...prefix, outlet]), published: published ?? from.published ?? state.base.published, strength: 'explicit', comment: false };
}

/** The speaker of reader comments: the comment section, and the commenter when the page names one. */
function commentSpeaker(state: SegmentState, commenter?: string): Speaker {
  return { outlet: READER_COMMENT, chain: uniqueChain([state.publisher, READER_COMMENT, commenter]), published: state.base.published, strength: 'explicit', comment: true };
}

/** A comment section that is an element of the page opens at its first line and closes after its last. */
function structuralComments(state: SegmentState, line: TextLine): void {
  const inside = line.kind === 'comment' || line.kind === 'author';
  if (inside && !state.inComments) {
    state.inComments = true;
    state.structuralComments = true;
    state.commentSpeaker = commentSpeaker(state);
    state.lead = undefined;
  } else if (!inside && state.structuralComments) {
    state.inComments = false;
    state.structuralComments = false;
    state.commentSpeaker = undefined;
  }
}

/** A commenter's name line: `通りすがりのSE より:`, `Name: …`, `Aiko says:`. */
const COMMENTER_RE = /^(?:(?:名前|投稿者|ニックネーム|Name|Posted by|Comment by|By)\s*[:：]\s*([^\s:：].{0,29}?)|([^\s:：。].{0,29}?)\s*(?:より|says|said|wrote|さんのコメント)\s*[:：]?)$/i;

/** Inside comments, a line naming who writes the comment below it. */
function commenter(state: SegmentState, view: LineView): boolean {
  if (!state.inComments || !view.short) return false;
  const { body, line } = view;
  let name: string | undefined;
  if (line.kind === 'author') name = body.replace(/\s*(?:より|says|said|wrote)\s*[:：]?$/i, '').trim();
  else {
    const named = COMMENTER_RE.exec(body);
    const byline = named ? null : BYLINE_RE.exec(body);
    name = named ? (named[1] ?? named[2])!.trim() : byline && looksLikeOutlet(byline[1]!) && !isKnownOutlet(byline[1]!.split(/\s+/)[0]!) ? byline[1]!.trim() : undefined;
  }
  if (!name || name.length > 30) return false;
  state.commentSpeaker = commentSpeaker(state, name);
  state.lead = undefined;
  state.infos.push({ speaker: state.commentSpeaker, noise: view.noise, meta: true, heading: false });
  return true;
}

/** Reader-comment sections, the comment form that ends them, and zones of links and widgets. */
function commentsAndZones(state: SegmentState, view: LineView): boolean {
  const { index, body, short, line } = view;
  if (short && COMMENTS_RE.test(body)) {
    state.inComments = true;
    state.commentSpeaker = commentSpeaker(state);
    state.lead = undefined;
    state.boundary = index;
    state.noiseZone = false;
    state.infos.push({ speaker: state.commentSpeaker, noise: 0.3, meta: true, heading: true });
    return true;
  }
  const form = short && isCommentFormLine(body);
  if (form || (short && NOISE_ZONE_START.test(body))) {
    if (form) {
      state.inComments = false;
      state.commentSpeaker = undefined;
      state.lead = undefined;
    }
    state.noiseZone = true;
    state.boundary = index;
    state.infos.push({ speaker: state.section, noise: 0.9, meta: true, heading: true });
    return true;
  }
  if (state.noiseZone) {
    // a zone of links and widgets ends at real prose
    if (body.length >= 25 && /[。.!?！？]$/.test(body) && line.kind !== 'nav' && line.kind !== 'list') state.noiseZone = false;
    else view.noise = Math.max(view.noise, 0.85);
  }
  return false;
}

/** Source addresses and source lines naming an outlet (出典：中日新聞): they lead an excerpt or name what came before. */
function sourceLine(state: SegmentState, view: LineView): boolean {
  const { index, body, short } = view;
  const named = short ? SOURCE_NAME_RE.exec(body) : null;
  const isCard = short && BLOGCARD_RE.test(body);
  if (!short || !(URL_LINE_RE.test(body) || isCard || (named && !/^https?:|\.[a-z]{2,4}(?:\/|$)/i.test(named[1]!)))) return false;
  const isName = named !== null && !URL_LINE_RE.test(body) && !isCard;
  const url = isCard ? (/url\s*=\s*[\u0022\u0027\u2018-\u201f\u2032-\u2037]?([^\s\u0022\u0027\u2018-\u201f\u2032-\u2037\]]+)/.exec(body)?.[1] ?? '') : isName ? '' : body.replace(/^[^h]*?(?=https?:)/, '');
  const outlet = isCard ? undefined : isName ? canonicalOutlet(named![1]!) : outletOfUrl(url);
  const published = urlDate(url);
  const next = nextContent(state.lines, index, state.text);
  const prev = prevContent(state.lines, index, state.text);
  const leads = outlet !== undefined && ((next !== undefined && EXCERPT_RE.test(next)) || (prev !== undefined && DATE_LINE_RE.test(prev)));
  if (outlet && leads) {
    // a citation header (title, date, address) then the excerpt
    const header = prev !== undefined && DATE_LINE_RE.test(prev) ? bylineDate(prev) : undefined;
    state.lead = withOutlet(state, canonicalOutlet(outlet), header ?? published, state.commentSpeaker ?? state.section);
    for (let k = state.boundary + 1; k < index; k++) {
      const info = state.infos[k]!;
      if (info.speaker.strength !== 'explicit' || info.speaker.comment) info.speaker = state.lead;
    }
  } else if (outlet) {
    nameLinesBefore(state, index, url, withOutlet(state, canonicalOutlet(outlet), published, state.commentSpeaker ?? state.section));
    state.lead = undefined;
  }
  state.boundary = index;
  state.infos.push({ speaker: current(state), noise: Math.max(view.noise, 0.5), meta: true, heading: false });
  return true;
}

/** A source address after quoted text names the lines since the last boundary; the same address again names only those it named before. */
function nameLinesBefore(state: SegmentState, index: number, url: string, speaker: Speaker): void {
  const before = state.urlScopes.get(url);
  const named = new Set<string>();
  for (let k = state.boundary + 1; k < index; k++) {
    const info = state.infos[k]!;
    const l = state.lines[k]!;
    if (l.kind === 'blank' || info.meta) continue;
    const t = state.text.slice(l.start, l.end);
    if (before && !before.has(t)) continue;
    if (info.speaker.strength === 'explicit' && !info.speaker.comment) continue;
    info.speaker = speaker;
    named.add(t);
  }
  state.urlScopes.set(url, new Set([...(before ?? []), ...named]));
}

/** Wire datelines: 【ソウル共同】, 【ワシントン＝ロイター】 and TOKYO (Reuters) - … start a section of the wire. */
function dateline(state: SegmentState, view: LineView): boolean {
  const { body } = view;
  const jaDateline = body.charCodeAt(0) === 0x3010 ? JA_DATELINE_RE.exec(body) : null;
  if (jaDateline && !state.inComments) {
    state.section = withOutlet(state, canonicalOutlet((jaDateline[1] ?? jaDateline[2])!), state.section.published, state.section);
    state.lead = undefined;
    if (body.length > 30) {
      state.infos.push({ speaker: state.section, noise: view.noise, meta: false, heading: false });
      return true;
    }
  }
  const english = body.length > 20 ? DATELINE_RE.exec(body) : null;
  if (english && !state.inComments) {
    state.section = withOutlet(state, canonicalOutlet(english[1]!), state.section.published, state.section);
    state.lead = undefined;
  }
  return false;
}

/** Bylines (`中日 2021年3月17日`), date stamps (Published: …, 配信日：…) and lines that are only a date or an author. */
function bylineOrDate(state: SegmentState, view: LineView): boolean {
  const { index, body, short, line } = view;
  const stamped = short ? STAMP_RE.exec(body) : null;
  if (stamped) {
    const published = bylineStamp(body.slice(stamped.index + stamped[0].length - stamped[1]!.length));
    if (published) state.section = { ...state.section, published };
    state.infos.push({ speaker: current(state), noise: view.noise, meta: true, heading: false });
    return true;
  }
  const byline = short ? BYLINE_RE.exec(body) : null;
  if (byline && line.kind !== 'heading' && !/[。、／/|｜]/.test(byline[1]!) && looksLikeOutlet(byline[1]!)) {
    state.section = withOutlet(state, canonicalOutlet(byline[1]!.split(/\s+/)[0]!), bylineStamp(body.slice(body.indexOf(byline[2]!)), JAPANESE_RE.test(body)), state.section);
    // the byline that opens a page nobody else names is the page's own: a heading further down returns to it
    if (state.base.strength === 'none' && !state.proseSeen && !state.inComments) state.base = state.section;
    if (!state.inComments) state.commentSpeaker = undefined;
    state.lead = undefined;
    // The heading just before belongs to this segment too.
    const prevIndex = prevContentIndex(state.lines, index);
    if (prevIndex !== undefined && state.infos[prevIndex]!.heading) state.infos[prevIndex]!.speaker = state.section;
    state.infos.push({ speaker: state.section, noise: view.noise, meta: true, heading: false });
    state.boundary = index;
    return true;
  }
  if (short && (DATE_LINE_RE.test(body) || /^By [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}(?:,| and| \||$)/.test(body))) {
    state.infos.push({ speaker: current(state), noise: view.noise, meta: true, heading: false });
    return true;
  }
  return false;
}

/** Headings, marked or looking like one: a heading naming an outlet (●title／中日 date) starts its section. */
function heading(state: SegmentState, view: LineView): boolean {
  const { index, body, short, line } = view;
  const marked = line.kind === 'heading' && short;
  if (!marked && !(short && view.noise < 0.5 && isHeadingLike(body, state.lines, index, state.text, state.seen))) return false;
  const source = HEADING_SOURCE_RE.exec(body);
  let bylineFrom: number | undefined;
  if (source && looksLikeOutlet(source[1]!)) {
    state.section = withOutlet(state, canonicalOutlet(source[1]!), bylineStamp(body.slice(body.lastIndexOf(source[2]!)), JAPANESE_RE.test(body)), state.section);
    bylineFrom = source.index;
    state.lead = undefined;
  } else if (marked && !state.inComments) {
    state.section = state.base;
    state.lead = undefined;
  }
  state.boundary = index;
  const info: MutableInfo = { speaker: current(state), noise: view.noise, meta: false, heading: true };
  if (bylineFrom !== undefined) info.bylineFrom = bylineFrom;
  state.infos.push(info);
  return true;
}

/** Prose: said by the current speaker, unless it is a quoted block nobody is named for or a story a wire credit closes. */
function prose(state: SegmentState, view: LineView): boolean {
  const { index, body, line } = view;
  if (!view.short || /[。.!?！？]$/.test(body)) state.proseSeen = true;
  // A comment item that is not a continuation ends the excerpt it may have been quoting.
  if (state.inComments && line.kind === 'list' && !/^続き/.test(body)) state.lead = undefined;
  let speaker = current(state);
  // A quoted block (>) whose source the page does not name is not the page's own word.
  if (line.quote > 0 && speaker.strength !== 'explicit') speaker = { ...speaker, outlet: undefined, strength: 'none' };
  // A wire credit closing a story, （共同） or (Kyodo): the story since the last heading is the wire's.
  const credit = WIRE_CREDIT_RE.exec(body.slice(-24));
  if (credit && speaker.strength !== 'explicit') {
    const wire = withOutlet(state, canonicalOutlet((credit[1] ?? credit[2])!), speaker.published, state.commentSpeaker ?? state.section);
    for (let k = state.boundary + 1; k < index; k++) {
      const info = state.infos[k]!;
      if (!info.meta && !info.heading && info.speaker.strength !== 'explicit') info.speaker = wire;
    }
    speaker = wire;
  }
  state.infos.push({ speaker, noise: view.noise, meta: false, heading: false });
  return true;
}

/** The classifiers, in the order a line is offered to them. */
const CLASSIFIERS: readonly Classifier[] = [commentsAndZones, commenter, sourceLine, dateline, bylineOrDate, heading, prose];

/** Three or more short list items in a row without a sentence among them: a list of links. */
function markLinkLists(text: string, lines: readonly TextLine[], infos: Array<{ noise: number }>): void {
  let run: number[] = [];
  const flush = (): void => {
    if (run.length >= 3) for (const k of run) infos[k]!.noise = Math.max(infos[k]!.noise, 0.8);
    run = [];
  };
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.kind === 'blank') continue;
    const short = l.end - l.start <= 40;
    if ((l.kind === 'list' || l.kind === 'nav') && short && !/[。.!?！？]$/.test(text.slice(Math.max(l.start, l.end - 1), l.end))) run.push(k);
    else flush();
  }
  flush();
}

/**
 * Paragraph runs whose outlet is still unknown and that name an outlet doing its own reporting
 * (JNNが中国の関連会社を取材すると) are that outlet's.
 */
function assignSelfReports(text: string, lines: readonly TextLine[], infos: Array<{ speaker: Speaker; meta: boolean; heading: boolean }>, publisher: string | undefined): void {
  let runStart = -1;
  const flush = (end: number): void => {
    if (runStart < 0) return;
    for (let k = runStart; k < end; k++) {
      const l = lines[k]!;
      if (l.kind === 'blank') continue;
      const body = text.slice(l.start, Math.min(l.end, l.start + 2000));
      if (!SELF_REPORT_HINT.test(body)) continue;
      const match = SELF_REPORT_RE.exec(body);
      if (match && isKnownOutlet(match[1]!)) {
        const outlet = canonicalOutlet(match[1]!);
        for (let j = runStart; j < end; j++) {
          const info = infos[j]!;
          if (info.speaker.strength !== 'explicit') {
            info.speaker = { ...info.speaker, outlet, chain: uniqueChain([publisher, outlet]), strength: 'explicit' };
          }
        }
        break;
      }
    }
    runStart = -1;
  };
  for (let k = 0; k < infos.length; k++) {
    const info = infos[k]!;
    const open = info.speaker.strength !== 'explicit' && !info.heading && !(info.meta && lines[k]!.kind !== 'blank');
    if (open) {
      if (runStart < 0) runStart = k;
    } else {
      flush(k);
    }
  }
  flush(infos.length);
}

/** Something that can be an outlet's name in a byline: short, no sentence, not a number. */
function looksLikeOutlet(name: string): boolean {
  const t = name.trim();
  return t.length > 0 && t.length <= 30 && !/[。、「」／/|｜:：]/.test(t) && !/^\d+$/.test(t) && !/(が|を|に|は|で|た|る)$/.test(t);
}

/** A short line standing alone (or repeated) that titles what follows, not a sentence. */
function isHeadingLike(body: string, lines: readonly TextLine[], index: number, text: string, seen: Map<string, number>): boolean {
  if (body.length > 40 || /[。！？!?]$|[、,]$/.test(body) || /。/.test(body)) return false;
  if ((seen.get(body) ?? 0) > 1) return true;
  const next = lines[index + 1];
  const prev = lines[index - 1];
  const alone = (!next || next.kind === 'blank') && (!prev || prev.kind === 'blank');
  if (alone) return true;
  // a short line directly followed by a long paragraph: a sub-heading
  return next !== undefined && next.kind !== 'blank' && next.end - next.start > 2 * body.length && body.length <= 30 && !/[、]/.test(text.slice(next.start, next.start)) && prev?.kind === 'blank';
}

function nextContent(lines: readonly TextLine[], index: number, text: string): string | undefined {
  for (let k = index + 1; k < lines.length && k < index + 4; k++) {
    const l = lines[k]!;
    if (l.kind !== 'blank') return text.slice(l.start, l.end);
  }
  return undefined;
}

function prevContentIndex(lines: readonly TextLine[], index: number): number | undefined {
  for (let k = index - 1; k >= 0 && k > index - 4; k--) if (lines[k]!.kind !== 'blank') return k;
  return undefined;
}

function prevContent(lines: readonly TextLine[], index: number, text: string): string | undefined {
  const k = prevContentIndex(lines, index);
  return k === undefined ? undefined : text.slice(lines[k]!.start, lines[k]!.end);
}
