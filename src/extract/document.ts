import { fnv1a } from '../util/hash.js';
import { attributionsIn, chainAt, type Attribution, type AttributionContext } from './attribution.js';
import { clauseAround } from './clause.js';
import { bylineStamp } from './segments.js';
import { asOfInSentence } from './as-of.js';
import { pageMeta } from '../sources/page-meta.js';
import { momentOf } from '../sources/page-time.js';
import { layout, type Format, type Layout, type TextLine } from '../sources/layout.js';
import type { DateSpec } from './dates.js';
import type { Mention } from './mention.js';
import { figureNoise, notFigureSpans } from './noise.js';
import { isMediaOutlet, useOutlets, type OutletData } from './outlets.js';
import { inSpans, otherEventSpans } from './other-event.js';
import { pagePublisher } from './publisher.js';
import { scanEnglish } from './scan-en.js';
import { looksEnglish } from '../lang/script.js';
import { scanJapanese } from './scan-ja.js';
import { joinBounds } from './bounds.js';
import { markHedges } from './hedges.js';
import { scanFacts } from './scan-facts.js';
import { scanPlaces } from './scan-places.js';
import { segment, type DocumentMeta, type LineInfo, type Strength } from './segments.js';

/**
 * One document in, its figures out: layout → segments (who speaks where) → figures per line
 * with their qualifiers → inline attribution → quote, line, confidence. Pure: no file system, no
 * output; the same text and metadata always give the same figures in the same order.
 */

/** A figure found in a document, with everything a candidate claim needs except its final value. */
export interface Figure {
  /** Repository-relative path of the capture. */
  readonly file: string;
  /** 1-based line of the quote. */
  readonly line: number;
  /** The clause holding the figure, verbatim. */
  readonly quote: string;
  /** The figure itself as written (少なくとも三十二回). */
  readonly written: string;
  /** Offset of the quote in the text. */
  readonly at: number;
  readonly mention: Mention;
  readonly outlet: string | undefined;
  readonly chain: readonly string[];
  /** Date of the segment that says it, if known (with its time when one is known). */
  readonly published: string | undefined;
  /** The moment the figure describes: from its sentence (`午後10時現在`, `as of`) or else its page's publication. */
  readonly asOf?: string | undefined;
  /** Where `asOf` was read. */
  readonly asOfFrom?: 'text' | 'published' | undefined;
  readonly strength: Strength;
  /** Said by a reader in a comment. */
  readonly comment: boolean;
  /** 0–1: how likely this is a claim worth filing (noise stays below 0.5). */
  readonly confidence: number;
  /** Hash of the paragraph (line) it is in: the same paragraph elsewhere is the same statement. */
  readonly paragraph: number;
}

/** What a document yields. */
export interface DocumentFigures {
  readonly file: string;
  readonly format: Format;
  /** The document's own date, as given or as found in its first byline or date. */
  readonly published: string | undefined;
  readonly publisher: string | undefined;
  readonly figures: readonly Figure[];
}

/** Input of {@link extractFromText}. */
export interface TextMeta extends DocumentMeta {
  /** Repository-relative path written into candidates. */
  readonly file: string;
  /** How to read the text (default: by the file's extension, else plain text). */
  readonly format?: Format;
  /** Outlets the repository adds to the known ones (`seeds/outlets.yaml`). */
  readonly outlets?: readonly OutletData[] | undefined;
  /** Line number of the text's first line (a part of a large capture starts further down). */
  readonly firstLine?: number;
}

/** Words that name a source (for lines without figures). */
const MARKER_RE = /によると|によれば|と報じ|と伝え|[Aa]ccording to/g;

/** Extract the figures of one decoded document. */
export function extractFromText(raw: string, meta: TextMeta): DocumentFigures {
  const format = meta.format ?? 'text';
  const laid = layout(raw, format);
  // HTML is read as its text content (the view); everything else as the file's text.
  const view = laid.view;
  const text = view ? view.text : raw;
  const toRaw = (offset: number): number => (view ? view.toFileOffset(offset) : offset);
  const docMeta = mergeMeta(meta, laid, text);
  const infos = segment(text, laid.lines, docMeta);
  const lineStarts = new LineCounter(raw, meta.firstLine ?? 1);
  const context: AttributionContext = { lastNamed: undefined };
  const figures: Figure[] = [];
  const headings: { readonly index: number; readonly chain: number }[] = [];
  let docDate = docMeta.published;
  for (let k = 0; k < laid.lines.length && docDate === undefined; k++) {
    docDate = infos[k]!.speaker.published;
  }
  // The page's publication moment: its date, with the time its first byline of that day gives.
  const docMoment = docDate?.length === 10 ? (infos.map((i) => i.speaker.published).find((p) => p !== undefined && p.length > 10 && p.startsWith(docDate!)) ?? docDate) : docDate;

  // Where a line names a source without a figure in it (its name is needed for 記事, 同紙 later).
  const markers: number[] = [];
  MARKER_RE.lastIndex = 0;
  for (let m = MARKER_RE.exec(text); m; m = MARKER_RE.exec(text)) markers.push(m.index);
  let markerAt = 0;
  // The date the story told last, for 翌日, 同年, the following week (read against the same date).
  let told: { readonly spec: DateSpec; readonly published: string | undefined } | undefined;
  for (let k = 0; k < laid.lines.length; k++) {
    const line = laid.lines[k]!;
    const info = infos[k]!;
    if (line.kind === 'blank' || line.kind === 'code' || info.meta) continue;
    const scanned = mentionsOfLine(text, line.start, line.end);
    // attribution context runs over every line so that 記事 finds the outlet named before
    let attributions: Attribution[] | undefined;
    while (markerAt < markers.length && markers[markerAt]! < line.start) markerAt++;
    const named = markerAt < markers.length && markers[markerAt]! < line.end;
    if (scanned.length > 0 || named) attributions = attributionsIn(text, line.start, line.end, context);
    if (scanned.length === 0) continue;
    const paragraph = hash(text, line.start, line.end);
    const storyYear = yearOf(info.speaker.published ?? docDate);
    const otherEvent = otherEventSpans(text, line.start, line.end, storyYear, looksEnglish(text, line.start, line.end));
    for (const scannedMention of scanned) {
      if (info.bylineFrom !== undefined && scannedMention.start >= line.start + info.bylineFrom) continue;
      const published = info.speaker.published ?? docDate;
      if (told && told.published !== published) told = undefined;
      const mention = storyDated(scannedMention, told?.spec);
      if (mention.type === 'date' && mention.kind === 'date' && mention.bound === undefined) told = { spec: mention.from, published };
      const moment = published !== undefined && published === docDate ? docMoment : published;
      if (info.heading || isTitleLine(text, laid.lines, k)) headings.push({ index: figures.length, chain: info.speaker.chain.length });
      const about = otherEvent.length > 0 && inSpans(otherEvent, mention.start);
      figures.push(figureOf({ text, raw: meta.file, view, toRaw, lineStarts }, line, info, mention, attributions, { published, moment, otherEvent: about }, paragraph));
    }
  }
  creditHeadlines(figures, headings);
  if (docDate === undefined) {
    // No date given: the first full date the document writes stands for it.
    docDate = firstFullDate(figures);
    if (docDate !== undefined) for (let i = 0; i < figures.length; i++) if (figures[i]!.published === undefined) figures[i] = { ...figures[i]!, published: docDate };
  }
  return { file: meta.file, format: laid.format, published: docDate, publisher: docMeta.publisher, figures };
}

/** The first line of a capture, short and without a sentence's end, is its title (a text capture's headline). */
function isTitleLine(text: string, lines: readonly TextLine[], k: number): boolean {
  const first = lines.findIndex((l) => l.kind !== 'blank');
  if (k !== first) return false;
  const line = lines[k]!;
  return line.end - line.start <= 80 && !/[。．!?！？]/.test(text.slice(line.start, line.end));
}

/**
 * A headline restates its story: a figure of a heading that credits no source, whose value and
 * unit the body states with a source (`3県が…に災害救助法適用` over `内閣府によると、…3県が…`),
 * is that source's word too, so it takes the body's chain.
 */
function creditHeadlines(figures: Figure[], headings: readonly { readonly index: number; readonly chain: number }[]): void {
  if (headings.length === 0) return;
  const isHeading = new Set(headings.map((h) => h.index));
  const keyOf = (f: Figure): string | undefined => (f.mention.type === 'number' ? `${f.mention.unit ?? ''}\u0000${JSON.stringify(f.mention.value)}` : undefined);
  // the body's figures by value and unit, with the longest chain first seen for each (one pass, not one per heading)
  const body = new Map<string, Figure[]>();
  figures.forEach((f, i) => {
    const key = isHeading.has(i) ? undefined : keyOf(f);
    if (key === undefined) return;
    const list = body.get(key);
    if (list) list.push(f);
    else body.set(key, [f]);
  });
  for (const { index, chain } of headings) {
    const head = figures[index]!;
    if (head.mention.type !== 'number' || head.chain.length > chain) continue;
    const credited = body.get(keyOf(head)!)?.find((f) => f.chain.length > head.chain.length);
    if (credited) figures[index] = { ...head, chain: credited.chain };
  }
}

/** The figures of one line: scanned in its language, addresses and identifiers left out, two bounds joined, hedges marked. */
function mentionsOfLine(text: string, start: number, end: number): readonly Mention[] {
  const english = looksEnglish(text, start, end);
  const found = english ? scanEnglish(text, start, end) : scanJapanese(text, start, end);
  // Addresses, telephone numbers and identifiers hold digits but no figure.
  const skip = found.length > 0 ? notFigureSpans(text, start, end) : [];
  const kept = skip.length === 0 ? found : found.filter((m) => !skip.some(([s, e]) => m.start < e && s < m.end));
  const figures = markHedges(text, joinBounds(text, kept), english, end);
  const places = scanPlaces(text, start, end, english);
  const facts = scanFacts(text, start, end, english);
  if (places.length === 0 && facts.length === 0) return figures;
  return [...figures, ...places, ...facts].sort((a, b) => a.start - b.start);
}

/** Where the figures of a document are cut from: its text, the view of an HTML page, and the raw file's lines. */
interface DocumentText {
  readonly text: string;
  readonly raw: string;
  readonly view: Layout['view'];
  readonly toRaw: (offset: number) => number;
  readonly lineStarts: LineCounter;
}

/** A figure: the mention with its clause as the quote, its outlet and chain (inline sources included) and its confidence. */
function figureOf(
  source: DocumentText,
  line: TextLine,
  info: LineInfo,
  mention: Mention,
  attributions: Attribution[] | undefined,
  dated: { readonly published: string | undefined; readonly moment: string | undefined; readonly otherEvent?: boolean },
  paragraph: number,
): Figure {
  const { text, view } = source;
  const { published, moment } = dated;
  let clause = clauseAround(text, line.start, line.end, mention.start, mention.end);
  if (view) {
    // Prefer a quote the file writes verbatim (inside one text node) when it keeps some context.
    const verbatim = view.verbatimRange(clause.start, clause.end, mention.start, mention.end);
    if (verbatim && verbatim.end - verbatim.start >= Math.min(clause.end - clause.start, mention.end - mention.start + 6)) clause = verbatim;
  }
  const inline = attributions ? chainAt(attributions, mention.start) : [];
  // A news outlet credited inline (朝日新聞の報道では) is the outlet of the claim; the page passes it on.
  const outlet = [...inline].reverse().find((link) => isMediaOutlet(link)) ?? info.speaker.outlet;
  const confidence = score(mention, {
    lineNoise: info.noise,
    figureNoise: figureNoise(text, mention.start, line.start),
    comment: info.speaker.comment,
    heading: info.heading,
    attributed: inline.length > 0,
    strength: info.speaker.strength,
    hasDate: published !== undefined,
    otherEvent: dated.otherEvent === true,
  });
  return {
    file: source.raw,
    line: source.lineStarts.lineOf(source.toRaw(clause.start)),
    quote: text.slice(clause.start, clause.end),
    at: clause.start,
    written: text.slice(mention.start, mention.end),
    mention,
    outlet,
    chain: joinChain(info.speaker.chain, inline),
    published,
    ...asOfOf(text, line, mention, moment),
    strength: info.speaker.strength,
    comment: info.speaker.comment,
    confidence,
    paragraph,
  };
}

/** The moment a figure describes: its sentence's as-of phrase, else its page's publication (DESIGN.md "Figures that move"). */
function asOfOf(text: string, line: TextLine, mention: Mention, moment: string | undefined): Pick<Figure, 'asOf' | 'asOfFrom'> {
  const said = mention.type === 'number' ? asOfInSentence(text, line.start, line.end, mention.start, moment, looksEnglish(text, line.start, line.end)) : undefined;
  if (said !== undefined) return { asOf: said, asOfFrom: 'text' };
  return moment !== undefined ? { asOf: moment, asOfFrom: 'published' } : {};
}

/** The first full date (year, month, day) a document's figures write, as `YYYY-MM-DD`. */
function firstFullDate(figures: readonly Figure[]): string | undefined {
  const first = figures.find((f) => f.mention.type === 'date' && f.mention.from.year !== undefined && f.mention.from.day !== undefined);
  if (!first || first.mention.type !== 'date') return undefined;
  const { year, month, day } = first.mention.from;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** How many story-relative dates (翌日 of 翌日 …) may count from one another. */
const MAX_STORY_CHAIN = 8;

/** A date counted from the date the story told last (翌日, 同年, the following week) gets that date as its base. */
function storyDated(mention: Mention, told: DateSpec | undefined): Mention {
  if (mention.type !== 'date' || !told) return mention;
  // A story of many 翌日 in a row counts from a bounded chain of dates, never an unbounded one.
  let depth = 0;
  for (let b: DateSpec | undefined = told; b?.base; b = b.base) depth++;
  if (depth >= MAX_STORY_CHAIN) return mention;
  const from = mention.from.story && !mention.from.base ? { ...mention.from, base: told } : mention.from;
  const to = mention.to?.story && !mention.to.base ? { ...mention.to, base: told } : mention.to;
  return from === mention.from && to === mention.to ? mention : { ...mention, from, ...(to ? { to } : {}) };
}

/** The segment's chain followed by the inline one, without repeating a link. */
function joinChain(segmentChain: readonly string[], inline: readonly string[]): string[] {
  const out = [...segmentChain];
  // a source credited again inside (毎日新聞の取材に対し… in 毎日新聞's own story) is one link
  for (const link of inline) if (!out.includes(link)) out.push(link);
  return out;
}

interface ScoreContext {
  readonly lineNoise: number;
  readonly figureNoise: number;
  readonly comment: boolean;
  readonly heading: boolean;
  readonly attributed: boolean;
  readonly strength: Strength;
  readonly hasDate: boolean;
  /** Said of another event than the story's (a past disaster named for comparison). */
  readonly otherEvent?: boolean;
}

/**
 * Confidence that a figure is a claim worth filing: a counted number 0.7, a date 0.6, a period
 * 0.7; a qualifier, an inline source or an outlet named in the page add a little; a bare number
 * (0.3), a ranking or score (0.25) and a lone 今年 (0.35) start low; a figure of another event
 * than the story's caps it at 0.4, noise at 0.2; a reader's own words and headings scale it down.
 */
export function score(mention: Mention, context: ScoreContext): number {
  let c: number;
  if (mention.type === 'number') {
    c = mention.flags.includes('bare') ? 0.3 : mention.flags.includes('weak-unit') ? 0.25 : 0.7;
    if (mention.qualifier) c += 0.1;
    if (mention.unit === 'minutes' || mention.unit === 'seconds') c -= 0.15;
    if (mention.flags.includes('vague-date')) c = Math.min(c, 0.35);
    if (mention.flags.includes('hedged')) c -= 0.15;
  } else if (mention.type === 'place') {
    // a place with what is there (本社を置く, based in) 0.65; a place word next to a thing 0.55, 0.5 when no gazetteer knows it
    c = mention.flags.includes('weak-place') ? (mention.flags.includes('bare') ? 0.5 : 0.55) : 0.65;
  } else if (mention.type === 'fact') {
    // a finding or denial in so many words 0.6; an event said to have happened or not 0.5; a hedge less
    c = mention.flags.includes('bare') ? 0.4 : mention.flags.includes('weak-fact') ? 0.5 : 0.6;
    if (mention.flags.includes('hedged')) c -= 0.15;
  } else {
    c = mention.kind === 'period' ? 0.7 : mention.flags.includes('vague-date') ? 0.35 : 0.6;
    if (mention.qualifier) c += 0.1;
    if (mention.from.day !== undefined && mention.from.month === undefined && mention.from.year === undefined) c -= 0.05;
  }
  if (context.attributed) c += 0.05;
  if (context.strength === 'explicit') c += 0.05;
  if (context.heading) c *= 0.85;
  if (context.comment) c *= 0.6;
  // a headline locates and asserts in shorthand (中国子会社のアクセス問題): its body says it in full
  if ((mention.type === 'place' || mention.type === 'fact') && context.heading) c = Math.min(c, 0.45);
  // a hedged or bare yes-or-no claim stays out of the inbox whoever is credited with it
  if (mention.type === 'fact' && (mention.flags.includes('hedged') || mention.flags.includes('bare'))) c = Math.min(c, 0.45);
  // a figure of a past event named for comparison (2016年の熊本地震では…) is not the story's
  if (context.otherEvent) c = Math.min(c, 0.4);
  // a figure the text calls wrong (震度7は「誤り」) is taken back, not claimed: below any grouping
  if (mention.flags.includes('retracted')) c = Math.min(c, 0.2);
  if (context.lineNoise >= 0.5 || context.figureNoise >= 0.5) c = Math.min(c, 0.2);
  else c *= 1 - context.lineNoise;
  return Math.round(Math.max(0, Math.min(1, c)) * 100) / 100;
}

/** Whose page it is and when it was published: the caller's (sources.yaml), else the page's own (see `publisher.ts`). */
function mergeMeta(meta: TextMeta, laid: Layout, text: string): DocumentMeta {
  if (meta.outlets) useOutlets(meta.outlets);
  const found = pagePublisher(text, laid, { publisher: meta.publisher, outlet: meta.outlet, published: meta.published }, meta.file);
  return { publisher: found.publisher, outlet: found.outlet, published: publicationMoment(meta.published, normaliseDate(pageMeta(laid.metadata).published)) };
}

/**
 * The page's publication moment: `sources.yaml` first (a day, or a date and time with its zone),
 * made precise by the page's own time of that day (metadata, JSON-LD); else the page's own.
 */
function publicationMoment(given: string | undefined, own: string | undefined): string | undefined {
  const moment = given === undefined ? undefined : (momentOf(given) ?? given);
  if (moment === undefined) return own;
  return moment.length === 10 && own !== undefined && own.length > 10 && own.startsWith(moment) ? own : moment;
}

function normaliseDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const moment = momentOf(value);
  if (moment) return moment;
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (iso) return iso[0];
  return bylineStamp(value);
}

/** The year of a date written `YYYY…`, if any. */
function yearOf(date: string | undefined): number | undefined {
  const year = date === undefined ? NaN : Number(date.slice(0, 4));
  return Number.isFinite(year) ? year : undefined;
}

/** A 32-bit FNV-1a hash of a range of text, ignoring white space: the identity of a paragraph. */
export function hash(text: string, from: number, to: number): number {
  return fnv1a(text, from, to, isBlank);
}

const isBlank = (c: number): boolean => c === 0x20 || c === 0x3000 || c === 0x09;

/** Line numbers of offsets asked for in increasing order (a forward scan, no index of the whole text). */
class LineCounter {
  #offset = 0;
  #line: number;
  readonly #text: string;

  constructor(text: string, firstLine = 1) {
    this.#text = text;
    this.#line = firstLine;
  }

  lineOf(offset: number): number {
    const text = this.#text;
    // step back (a clause may start before the figure before it) without rescanning from the top
    while (this.#offset > offset) {
      this.#offset--;
      const c = text.charCodeAt(this.#offset);
      if (c === 10 || (c === 13 && text.charCodeAt(this.#offset + 1) !== 10)) this.#line--;
    }
    for (let i = this.#offset; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.#line++;
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.#line++;
    }
    this.#offset = offset;
    return this.#line;
  }
}
