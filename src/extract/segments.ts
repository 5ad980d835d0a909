import { toHalfWidthDigits } from '../lang/numerals.js';
import { canonicalOutlet, isKnownOutlet, outletOfUrl } from './outlets.js';
import type { TextLine } from './layout.js';
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
/** `outlet date [time] [author]` — a byline. */
const BYLINE_RE = new RegExp(String.raw`^([^\s　]{1,30}?(?:\s[^\s　\d]{1,20})?)\s+(${DATE_PART}|${EN_DATE_PART})${TIME_PART}(?:\s+[^\s　]{1,12})?$`);
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
const COMMENTS_RE = /への\s*\d+\s*件の(?:フィードバック|コメント|返信)|^(?:\d+\s*件の)?(?:コメント|読者コメント|みんなのコメント|Comments?|Responses?)(?:一覧)?\s*[:：]?$|^\d+\s+(?:comments?|responses?)$|^(?:reader|user)s?['’]? comments$/i;
/** A Japanese wire dateline: 【ソウル共同】, 【北京時事】, 【ワシントン＝ロイター】, 【上海＝AFP時事】. */
const JA_DATELINE_RE = /^【[^】=＝]{0,12}?[=＝]?(共同|時事|ロイター|AFP時事|AFP=時事|AFP|AP|新華社|聯合|ブルームバーグ|Bloomberg|Reuters|EPA時事)】/;
/** A wire credit at the end of a story: （共同）, (Kyodo), — Reuters. */
const WIRE_CREDIT_RE = /(?:[（(]\s*(共同|時事|ロイター|AFP時事|AFP|AP|Kyodo|Reuters|Jiji|Bloomberg|新華社)\s*[)）]|[—–-]\s*(Kyodo|Reuters|AP|AFP|Jiji))\s*$/;
/** A line naming its source: 出典：中日新聞, 引用元: NHKニュース, Source: Reuters. */
const SOURCE_NAME_RE = /^(?:出典|引用元|引用|ソース|参照元|参照|情報元|Source|Via)\s*[:：]\s*([^\s:：]{2,40})/i;
/** An English dateline: TOKYO (Reuters) -, BEIJING, March 18 (AP) —. */
const DATELINE_RE = /^[A-Z][A-Z .,'-]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*\(([A-Z][A-Za-z .&]{1,30})\)\s*[-–—]/;
/** Words that say the text after a source line is an excerpt of it. */
const EXCERPT_RE = /^(?:一部)?抜粋|^(?:以下)?[、,]?\s*引用|^excerpt|^quote/i;
/** A reporting organisation doing its own reporting in a paragraph: JNNが…取材すると. */
const SELF_REPORT_RE = /([A-Za-z]{2,10}|[一-龥ァ-ヴー]{2,12}?)(?:が|の)(?:[^。]{0,20}?)(?:取材|独自に入手|調べ)/;

const SELF_REPORT_HINT = /取材|独自に入手|調べ/;

/** Format a Japanese or English date written in a byline as `YYYY-MM-DD`. */
export function bylineDate(written: string): string | undefined {
  const half = toHalfWidthDigits(written);
  const ja = /(\d{4})\s*[年.\/-]\s*(\d{1,2})\s*[月.\/-]\s*(\d{1,2})/.exec(half);
  if (ja) return iso(Number(ja[1]), Number(ja[2]), Number(ja[3]));
  const en = /(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(half);
  if (en) return iso(Number(en[3]), 'JanFebMarAprMayJunJulAugSepOctNovDec'.indexOf(en[1]!) / 3 + 1, Number(en[2]));
  return undefined;
}

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

/**
 * Give every line of a capture its speaker. `lines` come from `layout`; `text` is the decoded
 * capture they point into.
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
  const infos: Array<{ -readonly [K in keyof LineInfo]: LineInfo[K] }> = [];
  const content = (l: TextLine): string => text.slice(l.start, l.end);

  let section: Speaker = base;
  let inComments = false;
  let commentSpeaker: Speaker | undefined;
  let lead: Speaker | undefined; // a citation that leads the lines after it
  let boundary = -1; // last line that ends a trailing source's reach
  let noiseZone = false;
  const urlScopes = new Map<string, Set<string>>(); // URL → texts of the lines it named before
  const seen = new Map<string, number>(); // line text → times seen (repeated template lines)

  const withOutlet = (outlet: string, published: string | undefined, from: Speaker): Speaker => {
    const prefix = from.comment || inComments ? uniqueChain([publisher, READER_COMMENT]) : uniqueChain([publisher]);
    return {
      outlet,
      chain: uniqueChain([...prefix, outlet]),
      published: published ?? from.published ?? base.published,
      strength: 'explicit',
      comment: false,
    };
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.kind === 'blank') {
      infos.push({ speaker: lead ?? commentSpeaker ?? section, noise: 0, meta: true, heading: false });
      continue;
    }
    // Long lines are prose: only short ones can be bylines, headings, addresses or markers.
    const body = line.end - line.start <= 4000 ? content(line) : text.slice(line.start, line.start + 4000);
    const short = body.length <= 120;
    if (body.length <= 40) seen.set(body, (seen.get(body) ?? 0) + 1);
    let noise = line.kind === 'nav' ? 0.9 : lineNoise(body);
    if (line.kind === 'code') noise = Math.max(noise, 0.6);

    // Reader comments
    if (short && COMMENTS_RE.test(body)) {
      inComments = true;
      commentSpeaker = { outlet: READER_COMMENT, chain: uniqueChain([publisher, READER_COMMENT]), published: base.published, strength: 'explicit', comment: true };
      lead = undefined;
      boundary = index;
      noiseZone = false;
      infos.push({ speaker: commentSpeaker, noise: 0.3, meta: true, heading: true });
      continue;
    }
    if (short && isCommentFormLine(body)) {
      inComments = false;
      commentSpeaker = undefined;
      lead = undefined;
      noiseZone = true;
      boundary = index;
      infos.push({ speaker: section, noise: 0.9, meta: true, heading: true });
      continue;
    }
    if (short && NOISE_ZONE_START.test(body)) {
      noiseZone = true;
      boundary = index;
      infos.push({ speaker: section, noise: 0.9, meta: true, heading: true });
      continue;
    }
    if (noiseZone) {
      // a zone of links and widgets ends at real prose
      if (body.length >= 25 && /[。.!?！？]$/.test(body) && line.kind !== 'nav' && line.kind !== 'list') noiseZone = false;
      else noise = Math.max(noise, 0.85);
    }

    // Source addresses, and source lines naming an outlet (出典：中日新聞)
    const named = short ? SOURCE_NAME_RE.exec(body) : null;
    if (short && (URL_LINE_RE.test(body) || BLOGCARD_RE.test(body) || (named && !/^https?:|\.[a-z]{2,4}(?:\/|$)/i.test(named[1]!)))) {
      const isCard = BLOGCARD_RE.test(body);
      const isName = named !== null && !URL_LINE_RE.test(body) && !isCard;
      const url = isCard ? (/url\s*=\s*["”'″]?([^\s"”'″\]]+)/.exec(body)?.[1] ?? '') : isName ? '' : body.replace(/^[^h]*?(?=https?:)/, '');
      const outlet = isCard ? undefined : isName ? canonicalOutlet(named![1]!) : outletOfUrl(url);
      const published = urlDate(url);
      const next = nextContent(lines, index, text);
      const prev = prevContent(lines, index, text);
      const leads = outlet !== undefined && ((next !== undefined && EXCERPT_RE.test(next)) || (prev !== undefined && DATE_LINE_RE.test(prev)));
      if (outlet && leads) {
        // a citation header (title, date, address) then the excerpt
        const header = prev !== undefined && DATE_LINE_RE.test(prev) ? bylineDate(prev) : undefined;
        lead = withOutlet(canonicalOutlet(outlet), header ?? published, commentSpeaker ?? section);
        for (let k = boundary + 1; k < index; k++) {
          const info = infos[k]!;
          if (info.speaker.strength !== 'explicit' || info.speaker.comment) info.speaker = lead;
        }
      } else if (outlet) {
        const speaker = withOutlet(canonicalOutlet(outlet), published, commentSpeaker ?? section);
        const before = urlScopes.get(url);
        const named = new Set<string>();
        for (let k = boundary + 1; k < index; k++) {
          const info = infos[k]!;
          const l = lines[k]!;
          if (l.kind === 'blank' || info.meta) continue;
          const t = content(l);
          // The same address again names only the lines it named before (a pasted block repeated).
          if (before && !before.has(t)) continue;
          if (info.speaker.strength === 'explicit' && !info.speaker.comment) continue;
          info.speaker = speaker;
          named.add(t);
        }
        urlScopes.set(url, new Set([...(before ?? []), ...named]));
        lead = undefined;
      }
      boundary = index;
      infos.push({ speaker: lead ?? commentSpeaker ?? section, noise: Math.max(noise, 0.5), meta: true, heading: false });
      continue;
    }

    // Japanese wire datelines: 【ソウル共同】, 【北京時事】, 【ワシントン＝ロイター】
    const jaDateline = body.charCodeAt(0) === 0x3010 ? JA_DATELINE_RE.exec(body) : null;
    if (jaDateline && !inComments) {
      section = withOutlet(canonicalOutlet(jaDateline[1]!), section.published, section);
      lead = undefined;
      if (body.length > 30) {
        infos.push({ speaker: section, noise, meta: false, heading: false });
        continue;
      }
    }

    // English datelines: TOKYO (Reuters) - …, WASHINGTON, March 17 (AP) — …
    const dateline = body.length > 20 ? DATELINE_RE.exec(body) : null;
    if (dateline && !inComments) {
      section = withOutlet(canonicalOutlet(dateline[1]!), section.published, section);
      lead = undefined;
    }

    // Bylines and date lines
    const stamped = short ? STAMP_RE.exec(body) : null;
    if (stamped) {
      // Published: March 17, 2021 / 配信日：2021年3月17日 — the date of what follows
      const published = bylineDate(stamped[1]!);
      if (published) section = { ...section, published };
      infos.push({ speaker: lead ?? commentSpeaker ?? section, noise, meta: true, heading: false });
      continue;
    }
    const byline = short ? BYLINE_RE.exec(body) : null;
    if (byline && line.kind !== 'heading' && !/[。、／/|｜]/.test(byline[1]!) && looksLikeOutlet(byline[1]!)) {
      const outlet = canonicalOutlet(byline[1]!.split(/\s+/)[0]!);
      const published = bylineDate(byline[2]!);
      section = withOutlet(outlet, published, section);
      if (!inComments) commentSpeaker = undefined;
      lead = undefined;
      // The heading just before belongs to this segment too.
      const prevIndex = prevContentIndex(lines, index);
      if (prevIndex !== undefined && infos[prevIndex]!.heading) infos[prevIndex]!.speaker = section;
      infos.push({ speaker: section, noise, meta: true, heading: false });
      boundary = index;
      continue;
    }
    if (short && (DATE_LINE_RE.test(body) || /^By [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}(?:,| and| \||$)/.test(body))) {
      infos.push({ speaker: lead ?? commentSpeaker ?? section, noise, meta: true, heading: false });
      continue;
    }

    // Headings
    const marked = line.kind === 'heading' && short;
    const headingLike = !marked && short && noise < 0.5 && isHeadingLike(body, lines, index, text, seen);
    if (marked || headingLike) {
      const source = HEADING_SOURCE_RE.exec(body);
      let bylineFrom: number | undefined;
      if (source && looksLikeOutlet(source[1]!)) {
        section = withOutlet(canonicalOutlet(source[1]!), bylineDate(source[2]!), section);
        bylineFrom = source.index;
        lead = undefined;
      } else if (marked && !inComments) {
        section = base;
        lead = undefined;
      }
      boundary = index;
      const info: { -readonly [K in keyof LineInfo]: LineInfo[K] } = { speaker: lead ?? commentSpeaker ?? section, noise, meta: false, heading: true };
      if (bylineFrom !== undefined) info.bylineFrom = bylineFrom;
      infos.push(info);
      continue;
    }

    // A comment item that is not a continuation ends the excerpt it may have been quoting.
    if (inComments && line.kind === 'list' && !/^続き/.test(body)) lead = undefined;
    let speaker = lead ?? commentSpeaker ?? section;
    // A quoted block (>) whose source the page does not name is not the page's own word.
    if (line.quote > 0 && speaker.strength !== 'explicit') speaker = { ...speaker, outlet: undefined, strength: 'none' };
    // A wire credit closing a story, （共同） or (Kyodo): the story since the last heading is the wire's.
    const credit = WIRE_CREDIT_RE.exec(body.slice(-24));
    if (credit && speaker.strength !== 'explicit') {
      const wire = withOutlet(canonicalOutlet((credit[1] ?? credit[2])!), speaker.published, commentSpeaker ?? section);
      for (let k = boundary + 1; k < index; k++) {
        const info = infos[k]!;
        if (!info.meta && !info.heading && info.speaker.strength !== 'explicit') info.speaker = wire;
      }
      speaker = wire;
    }
    infos.push({ speaker, noise, meta: false, heading: false });
  }

  markLinkLists(text, lines, infos);
  assignSelfReports(text, lines, infos, publisher);
  return infos;
}

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
