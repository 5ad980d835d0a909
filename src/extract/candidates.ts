import { groupDigits } from '../lang/numerals.js';
import { fnv1a } from '../util/hash.js';
import type { Kind, Value } from '../claims/schema.js';
import { dateValue, parseReference, periodValue, resolveDate, resolvePeriod, type Ymd } from './dates.js';
import type { DocumentFigures, Figure } from './document.js';
import type { Mention } from './mention.js';

/**
 * Candidate claims: the figures of every document placed in time (relative dates against the
 * date of the segment that says them, or the corpus's date when a page has none), written as
 * DESIGN.md values, merged where the same outlet says the same thing in several places (a
 * repeated paragraph is one candidate with every place it appears), given an outlet where an
 * unattributed copy of a paragraph is attributed elsewhere. Grouping them into subjects is
 * `subjects.ts`'s.
 */

/** Where else a candidate's quote appears. */
export interface Place {
  readonly file: string;
  readonly line: number;
}

/** A candidate claim: the claim shape of DESIGN.md plus confidence, kind, unit and other places. */
export interface Candidate {
  readonly id: string;
  /** The proposed subject (`proposeSubjects`): a filed one, or one shared with other candidates. */
  readonly subject?: string;
  readonly value: Value;
  readonly says: string;
  readonly outlet: string;
  readonly published?: string;
  /** The moment the figure describes (a day, or a date and time with its zone). */
  readonly as_of?: string;
  /** Where `as_of` was read: the figure's sentence, or its page's publication. */
  readonly as_of_from?: 'text' | 'published';
  readonly chain: readonly string[];
  /** 0–1; noise (menus, counters, rankings) stays below 0.5. */
  readonly confidence: number;
  readonly kind: Kind;
  readonly unit?: string;
  readonly source: { readonly file: string; readonly quote: string; readonly line: number };
  /** The figure as written (少なくとも三十二回). */
  readonly figure: string;
  /** Other places the same page repeats the statement (a repeated paragraph, a pasted block). */
  readonly places?: readonly Place[];
  /** `reports`: the page relays the figure without asserting it (hedged: とみられる, reportedly). */
  readonly stance?: 'reports';
  /** The page copies this statement from another page (verbatim or nearly): where the copied one stands. */
  readonly copyOf?: Place;
  /** Other names of a place value (Dalian, 大连), offered to the topic's aliases on accepting. */
  readonly aliases?: readonly string[];
}

/** Options of {@link buildCandidates}. */
export interface BuildOptions {
  /** Drop candidates below this confidence (default 0). */
  readonly minConfidence?: number;
  /** The date to read relative dates against when neither the segment nor any document has one. */
  readonly reference?: string | undefined;
}

/** Unattributed speakers get this outlet name. */
export const UNATTRIBUTED = '(unattributed)';

/** Turn the figures of documents (in the order given) into candidates, deterministically. */
export function buildCandidates(documents: readonly DocumentFigures[], options: BuildOptions = {}): Candidate[] {
  const builder = new CandidateBuilder(options);
  for (const doc of documents) builder.add(doc);
  return builder.finish();
}

/** A figure kept for a candidate, with the other places the same statement appears. */
interface Entry {
  figure: Figure;
  readonly key: string;
  readonly places: Place[];
  confidence: number;
  /** Its twin keys ({@link twinKeys}), made once: the same strings key the pages saying it. */
  readonly twins: readonly string[];
}

/** Most places listed for one candidate. */
const MAX_PLACES = 1000;

/**
 * Builds candidates document by document (fold the results of a worker pool into it as they
 * come): only one entry per distinct statement is kept, so memory grows with what is new, not
 * with the size of the corpus.
 */
export class CandidateBuilder {
  readonly #options: BuildOptions;
  readonly #entries = new Map<string, Entry>();
  /** Pages saying one paragraph or clause: paragraph hash (or clause) + figure → the first figures of each page saying it. */
  readonly #attributed = new Map<string, Figure[]>();
  readonly #published: string[] = [];

  constructor(options: BuildOptions = {}) {
    this.#options = options;
  }

  /** Fold one document's figures in. */
  add(doc: DocumentFigures): void {
    if (doc.published) this.#published.push(doc.published);
    for (const f of doc.figures) {
      const twins = twinKeys(f);
      if (!f.comment) {
        // the first page to say it (an attributed one before any other) is what later pages copy
        for (const twin of twins) {
          const known = this.#attributed.get(twin);
          if (!known) this.#attributed.set(twin, [f]);
          else if (known.length < MAX_TWINS && !known.some((k) => k.file === f.file)) known.push(f);
        }
      }
      const key = entryKey(f);
      const existing = this.#entries.get(key);
      if (existing) {
        if (existing.places.length < MAX_PLACES) existing.places.push({ file: f.file, line: f.line });
        existing.confidence = Math.max(existing.confidence, f.confidence);
      } else {
        // Keep copies of the strings, not slices that would keep the whole document alive.
        const kept = { ...f, quote: detach(f.quote), written: detach(f.written) };
        this.#entries.set(key, { figure: kept, key, places: [], confidence: f.confidence, twins });
      }
    }
  }

  /** The candidates, in the order their first place was added. */
  finish(): Candidate[] {
    const reference = corpusReference(this.#published) ?? parseReference(this.#options.reference);
    const options = this.#options;
    // A statement another page said first is a copy: its own candidate, its chain through the page it copies.
    // (Entries are in the order their first place was added: a Map keeps insertion order.)
    const candidates: MutableCandidate[] = [];
    for (const entry of this.#entries.values()) {
      let f = entry.figure;
      let copyOf: Place | undefined;
      const twin = copiedPage(f, this.#twinsOf(entry));
      if (twin) {
        copyOf = { file: twin.file, line: twin.line };
        f = copiedFrom(f, twin);
      }
      const ref = parseReference(f.published) ?? reference;
      const valued = valueOf(f.mention, ref);
      const confidence = valued.unresolved ? Math.round(entry.confidence * 50) / 100 : entry.confidence;
      if (confidence < (options.minConfidence ?? 0)) continue;
      const outlet = f.outlet ?? UNATTRIBUTED;
      const chain = f.chain.length > 0 ? [...f.chain] : [outlet];
      const unit = f.mention.type === 'number' ? f.mention.unit : undefined;
      const seenPlaces = new Set(entry.places.length > 0 ? [`${f.file}\u0000${f.line}`] : []);
      const places = entry.places.length === 0 ? entry.places : entry.places.filter((p) => {
        const key = `${p.file}\u0000${p.line}`;
        if (seenPlaces.has(key)) return false;
        seenPlaces.add(key);
        return true;
      });
      candidates.push({
        id: '',
        value: valued.value,
        says: describe(f, valued.value, unit),
        outlet,
        chain,
        confidence,
        kind: valued.kind,
        source: { file: f.file, quote: f.quote, line: f.line },
        figure: f.written,
        places,
        ...(f.mention.flags.includes('hedged') ? { stance: 'reports' as const } : {}),
        ...(copyOf ? { copyOf } : {}),
        ...(f.published ? { published: f.published.slice(0, 10) } : {}),
        ...(f.asOf ? { as_of: f.asOf } : {}),
        ...(f.asOfFrom ? { as_of_from: f.asOfFrom } : {}),
        ...(unit ? { unit } : {}),
        ...(f.mention.type === 'place' && f.mention.aliases.length > 0 ? { aliases: f.mention.aliases } : {}),
      });
    }
    assignIds(candidates);
    return candidates.map(finish);
  }

  /** The first figures of the pages saying an entry's statement (its paragraph, else its clause). */
  #twinsOf(entry: Entry): readonly Figure[] {
    let out: readonly Figure[] = [];
    for (const key of entry.twins) {
      const pages = this.#attributed.get(key);
      if (pages) out = out.length === 0 ? pages : [...out, ...pages];
    }
    return out;
  }
}

/** A copy of a string that does not keep the string it was sliced from alive. */
function detach(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}

/** What makes two figures one statement of one page: the page, outlet, quote, the figure, and the date it is read against (a place: outlet, page, place and what is there). */
function entryKey(f: Figure): string {
  // one outlet placing one thing at one place in one page says it once, however often it repeats it
  if (f.mention.type === 'place') return `${f.outlet ?? ''}\u0000${f.file}\u0000place\u0000${f.mention.value}\u0000${f.mention.located}`;
  const relative = f.mention.type === 'date' ? (f.published?.slice(0, 10) ?? '') : '';
  return `${f.file}\u0000${f.outlet ?? ''}\u0000${f.quote}\u0000${f.written}\u0000${relative}`;
}

/** Pages remembered per paragraph, to tell which one the others copy. */
const MAX_TWINS = 8;

/**
 * The page `f` copies among the pages saying the same. One page of them is the original: the
 * one the others credit (its page passed on in their chains), else one naming its own outlet (a
 * dateline, a byline), else the first; `f` copies it unless `f` is it, already passes it on, or
 * is the same outlet's page (the same article captured twice).
 */
function copiedPage(f: Figure, twins: readonly Figure[]): Figure | undefined {
  const pages = twins.filter((t, k) => twins.findIndex((u) => u.file === t.file) === k);
  if (pages.length < 2) return undefined;
  const credited = pages.find((t) => t.chain[0] !== undefined && pages.some((u) => u !== t && u.chain.indexOf(t.chain[0]!) > 0));
  const original = credited ?? pages.find((t) => t.strength === 'explicit') ?? pages[0]!;
  if (original.file === f.file) return undefined;
  const own = f.chain[0] ?? f.outlet;
  if (own !== undefined && original.chain.includes(own)) return undefined;
  return original;
}

/** What tells a copy of a statement: the same paragraph (white space aside) or the same clause, with the same figure. */
function twinKeys(f: Figure): string[] {
  const keys = [`p\u0000${f.paragraph}\u0000${f.written}`];
  if (f.quote.length >= 15) keys.push(`q\u0000${f.quote.replace(/\s+/g, '')}\u0000${f.written}`);
  return keys;
}

/**
 * A copy's chain runs through the page it copies: its own page first (its publisher, and its
 * own outlet), then the copied page's chain. A copy its page credits to nobody (an aggregator
 * repeating a wire story) keeps its own page as its outlet; one that names the outlet keeps it.
 */
function copiedFrom(f: Figure, twin: Figure): Figure {
  const own = f.chain.filter((link) => !twin.chain.includes(link));
  const chain = [...own, ...twin.chain];
  const outlet = f.outlet ?? twin.outlet;
  return { ...f, outlet, chain, published: f.published ?? twin.published, strength: f.strength === 'none' ? twin.strength : f.strength };
}

type MutableCandidate = { -readonly [K in keyof Candidate]: Candidate[K] } & { places: Place[] };

/** The candidate with its keys in the order of a claim (id, subject, value, says, outlet, …). */
function finish(c: MutableCandidate): Candidate {
  return {
    id: c.id,
    ...(c.subject ? { subject: c.subject } : {}),
    value: c.value,
    says: c.says,
    outlet: c.outlet,
    ...(c.published ? { published: c.published } : {}),
    ...(c.as_of ? { as_of: c.as_of } : {}),
    ...(c.as_of_from ? { as_of_from: c.as_of_from } : {}),
    chain: c.chain,
    source: c.source,
    confidence: c.confidence,
    kind: c.kind,
    ...(c.unit ? { unit: c.unit } : {}),
    figure: c.figure,
    ...(c.places.length > 0 ? { places: c.places } : {}),
    ...(c.stance ? { stance: c.stance } : {}),
    ...(c.copyOf ? { copyOf: c.copyOf } : {}),
    ...(c.aliases && c.aliases.length > 0 ? { aliases: c.aliases } : {}),
  };
}

/** The date documents without their own date are read against: the latest date of the most common month. */
function corpusReference(published: readonly string[]): Ymd | undefined {
  const counts = new Map<string, number>();
  for (const p of published) counts.set(p.slice(0, 7), (counts.get(p.slice(0, 7)) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [month, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && month > best)) {
      best = month;
      bestCount = count;
    }
  }
  if (!best) return undefined;
  const inMonth = published.filter((p) => p.startsWith(best!)).sort();
  return parseReference(inMonth.at(-1) ?? best);
}

/** The DESIGN.md value of a mention, its kind, and whether a date could not be placed. */
export function valueOf(mention: Mention, reference: Ymd | undefined): { value: Value; kind: Kind; unresolved: boolean } {
  if (mention.type === 'place') return { value: mention.value, kind: 'place', unresolved: false };
  if (mention.type === 'fact') return { value: mention.value, kind: 'boolean', unresolved: false };
  if (mention.type === 'number') {
    const kind: Kind = mention.kind === 'share' ? 'share' : mention.kind === 'quantity' ? 'quantity' : 'count';
    return { value: mention.value as Value, kind: mention.flags.includes('share-of-base') ? 'count' : kind, unresolved: false };
  }
  if (mention.kind === 'period' && mention.to) {
    const span = resolvePeriod(mention.from, mention.to, reference);
    if (!span) return { value: 'unresolved date', kind: 'period', unresolved: true };
    return { value: periodValue(span.from, span.to) as Value, kind: 'period', unresolved: false };
  }
  const from = resolveDate(mention.from, reference);
  if (!from) return { value: 'unresolved date', kind: 'date', unresolved: true };
  return { value: dateValue(from, mention.bound) as Value, kind: 'date', unresolved: false };
}

const BOUND_WORDS: Readonly<Record<string, string>> = { min: 'at least', max: 'at most', gt: 'more than', lt: 'less than', approx: 'about' };

/** A plain-English line for a candidate: "at least 32 times", "from 2018-08 to 2021-02". */
function describe(f: Figure, value: Value, unit: string | undefined): string {
  const m = f.mention;
  const written = m.qualifier && !f.written.includes(m.qualifier) ? `${m.qualifier}…${f.written}` : f.written;
  f = { ...f, written };
  const num = (n: unknown): string => (typeof n === 'number' ? groupDigits(n) : String(n));
  const share = (n: unknown): string => (typeof n === 'number' ? `${Math.round(n * 1000) / 10}%` : String(n));
  const fmt = unit === 'share' ? share : num;
  const unitText = unit && unit !== 'share' ? ` ${unit}` : '';
  const bounded = (v: unknown, of = ''): string => {
    if (typeof v === 'number') return `${fmt(v)}${of}${unitText}`;
    if (v && typeof v === 'object') {
      const r = v as Record<string, unknown>;
      if (r['min'] !== undefined && r['max'] !== undefined) return `${fmt(r['min'])} to ${fmt(r['max'])}${of}${unitText}`;
      // Two bounds (20歳以上65歳未満): both said, lower first.
      const words = Object.entries(BOUND_WORDS).filter(([key]) => r[key] !== undefined).map(([key, word]) => `${word} ${fmt(r[key])}`);
      if (words.length > 0) return `${words.join(' and ')}${of}${unitText}`;
    }
    return String(v);
  };
  if (m.type === 'place') return `${m.located ? `${m.located} in ` : 'in '}${m.value}${f.written === m.value ? '' : ` (${f.written})`}`;
  if (m.type === 'fact') return `${m.polarity === 'false' ? 'no' : m.polarity === 'possible' ? 'possibly' : 'yes'}: ${m.proposition} (${f.written})`;
  if (m.type === 'number') {
    if (value && typeof value === 'object' && 'share' in value) return `${bounded((value as { share: unknown }).share, ' of the base')} (${f.written})`;
    const total = m.flags.includes('total') ? ' in total' : '';
    const hedge = m.flags.includes('hedged') ? ', not confirmed' : '';
    return `${bounded(value)}${total}${hedge} (${f.written})`;
  }
  if (typeof value === 'string' || typeof value === 'number') return `${m.since ? 'from ' : ''}${value} (${f.written})`;
  const r = value as Record<string, unknown>;
  if (r['from'] !== undefined && r['to'] !== undefined) return `from ${r['from']} to ${r['to']} (${f.written})`;
  if (r['from'] !== undefined) return `from ${r['from']} on (${f.written})`;
  if (r['to'] !== undefined) return `by ${r['to']} (${f.written})`;
  if (r['before'] !== undefined) return `before ${r['before']} (${f.written})`;
  if (r['after'] !== undefined) return `after ${r['after']} (${f.written})`;
  return f.written;
}


/** Stable ids: unit or kind, outlet, and a short hash of file, quote and figure. */
function assignIds(candidates: MutableCandidate[]): void {
  const used = new Set<string>();
  for (const c of candidates) {
    const head = (c.unit ?? c.kind).replace(/\s+/g, '-');
    const outlet = c.outlet.replace(/\s+/g, '-').replace(/[()]/g, '');
    const base = `${head}/${outlet}/${shortHash(`${c.source.file}\u0000${c.source.quote}\u0000${c.figure}`)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    c.id = id;
  }
}

/** Six hex digits of FNV-1a. */
export function shortHash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0').slice(0, 6);
}
