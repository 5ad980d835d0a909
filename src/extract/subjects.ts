import type { Claim, Kind, Subject, Value } from '../claims/schema.js';
import { previewSubject } from '../compare/preview.js';
import { placeReading } from '../compare/places.js';
import { readDates } from '../compare/read-dates.js';
import type { Verdict } from '../compare/types.js';
import { looksEnglish } from '../lang/script.js';
import { conceptsIn, contentWords, EXCLUSIVE_CONCEPTS, wholeOfShare } from '../lang/concepts.js';
import { placeNamed } from '../lang/places.js';
import { unitRow } from '../lang/units.js';
import type { Candidate } from './candidates.js';
import { draftQuestion, subjectSlug } from './questions.js';

/**
 * Proposed subjects: the candidates of every document extracted together, and the claims
 * already filed, grouped into the questions they answer, each with a drafted question and the
 * verdict `compare` gives its claims (DESIGN.md "Proposed subjects").
 *
 * Two statements answer one question when they measure in one dimension (people, times, a date,
 * a place) and their clauses say the same around the figure: the words next to the figure weigh
 * most (四人はサーバーに【三十二回】アクセス: アクセス, サーバー), words many statements share weigh
 * little, and words of one meaning in both languages are one concept (アクセス, accessed). A copy
 * of a statement answers what the copied one answers; one page stating two different figures in
 * one dimension answers two questions; figures far apart (4 people, 86 million people; 2019,
 * 2021-03) seldom answer one. Candidates are compared only with those sharing a word that few
 * statements use, never all pairs.
 */

/** A subject of the claim store, with what is filed under it. */
export interface KnownSubject {
  readonly id: string;
  readonly kind: Kind;
  readonly unit?: string | undefined;
  readonly question?: string | undefined;
  readonly quotes: readonly string[];
  /** The claims filed under it, compared with the candidates proposed into it. */
  readonly claims?: readonly Claim[];
}

/** A proposed subject: a question the candidates answer, with its verdict preview. */
export interface ProposedSubject {
  readonly id: string;
  readonly question: string;
  readonly kind: Kind;
  readonly unit?: string;
  /** What its shares are shares of (a country's population, for 日本人の7割), when its clauses say. */
  readonly base?: number;
  /** Where the base comes from. */
  readonly note?: string;
  /** True when it is a subject of the claim store (the candidates fit it). */
  readonly filed: boolean;
  readonly verdict: Verdict;
  /** Number of independent origins. */
  readonly origins: number;
  readonly originNames: readonly string[];
  /** Ids of the candidates proposed into it. */
  readonly candidates: readonly string[];
  /** Pairs (candidate or filed claim ids) that cannot both be true. */
  readonly conflicts: ReadonlyArray<readonly [string, string]>;
  readonly conflictCount: number;
}

/** The candidates, each naming its proposed subject, and the subjects. */
export interface SubjectProposal {
  readonly candidates: readonly Candidate[];
  readonly subjects: readonly ProposedSubject[];
}

/** Options of {@link proposeSubjects}. */
export interface ProposeOptions {
  /** Candidates below this confidence are not grouped (default and floor: {@link GROUPED}). */
  readonly minConfidence?: number;
  /** Propose new subjects (default true); otherwise only filed subjects are proposed. */
  readonly newSubjects?: boolean;
}

/**
 * Candidates at least this confident are grouped: below the inbox's 0.5 but above noise, so that
 * the figures `--format json` gives at low confidence (a bare number, an age) find their subject.
 */
const GROUPED = 0.3;
/** Likeness for a statement to join a group. */
const JOIN = 0.2;
/** Likeness, on average over the members of two groups, for the groups to merge. */
const MERGE_AVERAGE = 0.12;
/** Members of a group compared one by one when merging; larger groups merge on one strong link. */
const MAX_AVERAGED = 80;
/** Likeness a link needs when a group is too large to average. */
const STRONG = 0.55;
/**
 * A word said by more statements than the cap is not used to find pairs (it is still compared):
 * the cap grows with the run (the root of its size, times four) between these bounds, so that the
 * pairs looked at grow in proportion to the statements, not faster.
 */
const MIN_POSTING_CAP = 40;
const MAX_POSTING_CAP = 400;

const NO_TERMS = new Int32Array(0);
const NO_WEIGHTS = new Float64Array(0);

/** What a statement is compared by. */
interface Profile {
  /** Index in the candidates, or -1 for a filed claim. */
  readonly candidate: number;
  /** The filed subject of a filed claim. */
  readonly filed: string | undefined;
  readonly dimension: string;
  readonly words: Map<string, number>;
  /** The words as numbers of the run's vocabulary, ascending, with their weights (set by {@link weigh}). */
  terms: Int32Array;
  weights: Float64Array;
  norm: number;
  /** A number to tell near figures from far ones: the amount, or the middle day of a date. */
  readonly magnitude: number | undefined;
  /** The amount in its dimension's base unit (15 seconds 15, 24 hours 86,400), to tell near from far across units. */
  readonly measure: number | undefined;
  readonly file: string | undefined;
  /** Who states it (page and outlet): one outlet's page stating two figures states two answers. */
  readonly speaker: string;
  /** One origin's word at one moment (outlet, chain, as_of): two figures of it answer two questions. */
  readonly moment: string | undefined;
  readonly valueKey: string;
  /** What a share is of (republican, arrest, 日本人): shares of two wholes answer two questions. */
  readonly base: string | undefined;
  /** The state the counted people are in, by its concept nearest the figure (@death, @missing): see EXCLUSIVE_CONCEPTS. */
  state: string | undefined;
  /** The days a date covers (first, last), when it is a date read in full. */
  readonly days: readonly [number, number] | undefined;
  /** A place as `compare` reads it: its key, and the country a city lies within. */
  readonly place: { readonly key: string; readonly within: string | undefined } | undefined;
  readonly quoteKey: string;
  readonly english: boolean;
  /** A date of someone's saying (県は2日、…と発表した; officials said Friday), not of what they say. */
  readonly statementDate: boolean;
}

/**
 * Group the candidates into proposed subjects (into filed ones where they fit). Pure and
 * deterministic: the same candidates in the same order give the same subjects.
 */
export function proposeSubjects(candidates: readonly Candidate[], known: readonly KnownSubject[] = [], options: ProposeOptions = {}): SubjectProposal {
  const min = options.minConfidence ?? GROUPED;
  const profiles: Profile[] = [];
  candidates.forEach((c, i) => {
    if (c.confidence >= Math.max(min, GROUPED)) profiles.push(candidateProfile(c, i));
  });
  const knownById = new Map(known.map((s) => [s.id, s]));
  for (const s of known) {
    const claims = s.claims ?? s.quotes.map((quote, k) => ({ id: `${s.id}#${k}`, subject: s.id, value: '', outlet: '', source: { quote } }) as Claim);
    for (const claim of claims) if (claim.source?.quote) profiles.push(filedProfile(s, claim));
  }
  const vocabulary = weigh(profiles);
  const groups = cluster(profiles, vocabulary, options.newSubjects ?? true);

  const subjectOf = new Map<number, string>();
  const subjects: ProposedSubject[] = [];
  const taken = new Set(known.map((s) => s.id));
  /** The next number to try for each id (numbering stays linear however many share one). */
  const numbered = new Map<string, number>();
  const firsts = new Map(groups.map((g) => [g, firstCandidate(g)] as const));
  const ordered = [...groups].sort((a, b) => firsts.get(a)! - firsts.get(b)!);
  for (const group of ordered) {
    const members = group.filter((p) => p.candidate >= 0).map((p) => candidates[p.candidate]!);
    if (members.length === 0) continue;
    const filedId = group.find((p) => p.filed !== undefined)?.filed;
    const filed = filedId !== undefined ? knownById.get(filedId) : undefined;
    let subject: Subject;
    if (filed) {
      subject = { id: filed.id, question: filed.question ?? filed.id, kind: filed.kind, ...(filed.unit ? { unit: filed.unit } : {}) };
    } else {
      const kind = groupKind(members);
      const unit = groupUnit(members, kind);
      const slug = subjectSlug(members, kind, unit);
      let id = slug;
      for (let n = numbered.get(slug) ?? 2; taken.has(id); n++) {
        id = `${slug}-${n}`;
        numbered.set(slug, n + 1);
      }
      taken.add(id);
      const base = shareBase(members);
      subject = { id, question: draftQuestion(members, kind, unit), kind, ...(unit ? { unit } : {}), ...(base ? { base: base.base, note: base.note } : {}) };
    }
    for (const p of group) if (p.candidate >= 0) subjectOf.set(p.candidate, subject.id);
    const claims: Claim[] = [...(filed?.claims ?? []), ...members.map((m) => asClaim(m, subject.id))];
    const result = previewSubject(subject, claims);
    subjects.push({
      id: subject.id,
      question: subject.question,
      kind: subject.kind,
      ...(subject.unit ? { unit: subject.unit } : {}),
      ...(typeof subject.base === 'number' ? { base: subject.base } : {}),
      ...(subject.note ? { note: subject.note } : {}),
      filed: filed !== undefined,
      verdict: result.verdict,
      origins: result.origins,
      originNames: result.originNames,
      candidates: members.map((m) => m.id),
      conflicts: result.conflicts.map(([a, b]) => [a, b] as const),
      conflictCount: result.conflictCount,
    });
  }
  const out = candidates.map((c, i) => {
    const id = subjectOf.get(i);
    if (id === undefined) {
      if (c.subject === undefined) return c;
      const { subject: _dropped, ...rest } = c;
      return rest;
    }
    return withSubject(c, id);
  });
  return { candidates: out, subjects };
}

/**
 * The base of a subject's shares when a clause names a country's people before one (日本人の7割,
 * 日本の人口の3割, 国民の半数 after a country, 60% of Japan's population): that country's population.
 */
function shareBase(members: readonly Candidate[]): { base: number; note: string } | undefined {
  for (const m of members) {
    if (m.value === null || typeof m.value !== 'object' || !('share' in m.value)) continue;
    const quote = m.source.quote;
    const at = quote.indexOf(m.figure);
    const before = quote.slice(0, at < 0 ? quote.length : at);
    const after = at < 0 ? '' : quote.slice(at + m.figure.length);
    const name =
      /([一-龥ァ-ヴー]{1,8}?)(?:人|国民|の人口|の国民)の$/.exec(before)?.[1] ??
      /^\s*of\s+(?:the\s+)?(?:population\s+of\s+)?([A-Z][A-Za-z. ]{1,30}?)(?:'s|’s)?\s+(?:population|people)\b/.exec(after)?.[1];
    const place = name ? placeNamed(name) : undefined;
    if (place?.kind !== 'country' || place.population <= 0) continue;
    return {
      base: place.population * 1000,
      note: `The base is the population of ${place.names[0]} (${name}), about ${Math.round(place.population / 100) / 10} million in the country-json data set: check it against the year the claims speak of.`,
    };
  }
  return undefined;
}

/** Lowest candidate index of a group (groups are listed in the order of their first candidate). */
function firstCandidate(group: readonly Profile[]): number {
  let min = Infinity;
  for (const p of group) if (p.candidate >= 0 && p.candidate < min) min = p.candidate;
  return min;
}

/** The candidate with `subject` set, its keys kept in claim order (subject after id). */
function withSubject(c: Candidate, subject: string): Candidate {
  const { id, subject: _old, ...rest } = c;
  return { id, subject, ...rest };
}

/** A candidate as the claim it would become, for the verdict preview. */
function asClaim(c: Candidate, subject: string): Claim {
  return {
    id: c.id,
    subject,
    value: c.value,
    outlet: c.outlet,
    ...(c.published ? { published: c.published } : {}),
    ...(c.as_of ? { as_of: c.as_of } : {}),
    ...(c.as_of_from ? { as_of_from: c.as_of_from } : {}),
    chain: [...c.chain],
    ...(c.stance ? { stance: c.stance } : {}),
    source: { ...c.source },
  };
}

const DATE_KINDS: ReadonlySet<Kind> = new Set(['date', 'period']);

/** The dimension a statement measures in: dates, places, yes-or-no, or a unit's dimension. */
function dimensionOf(kind: Kind, unit: string | undefined, value: unknown): string {
  if (DATE_KINDS.has(kind)) return 'date';
  if (kind === 'place' || kind === 'boolean' || kind === 'text') return kind;
  if (value !== null && typeof value === 'object' && 'share' in value) return 'share-of-base';
  if (kind === 'share' || unit === 'share') return 'share';
  const row = unit !== undefined ? unitRow(unit) : undefined;
  // a counted noun the unit table does not know (troops, soldiers) may count what a known one does
  return `${kind === 'quantity' ? 'quantity' : 'count'}:${row?.dimension ?? (unit === undefined ? '' : '?')}`;
}

/** True when statements of the two dimensions may answer one question. */
function compatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === 'count:?' || b === 'count:?') return a.startsWith('count:') && b.startsWith('count:');
  // 日本人の7割以上 answers how many people use it: a share of a base is a count of that base's unit
  if (a === 'share-of-base') return b.startsWith('count:') || b === 'share';
  if (b === 'share-of-base') return a.startsWith('count:') || a === 'share';
  return false;
}

/** Proximity weights: the words next to the figure say what it counts or dates. */
function proximity(distance: number, english: boolean): number {
  const d = english ? distance / 6 : distance;
  if (d <= 6) return 1;
  if (d <= 14) return 0.6;
  return 0.35;
}

/** Add the words of `text` to `words`, weighed by their distance from the figure at `at` (`end`). */
function addWords(words: Map<string, number>, text: string, at: number, end: number, scale = 1): void {
  const english = looksEnglish(text);
  const add = (word: string, weight: number): void => {
    if ((words.get(word) ?? 0) < weight) words.set(word, weight);
  };
  const distance = (index: number, length: number): number => (index + length <= at ? at - (index + length) : index >= end ? index - end : 0);
  for (const w of contentWords(text)) {
    if (w.index >= at && w.index < end) continue;
    add(w.word, proximity(distance(w.index, w.word.length), english) * scale);
  }
  for (const hit of conceptsIn(text)) {
    if (hit.index >= at && hit.index < end) continue;
    add(`@${hit.id}`, 1.5 * proximity(distance(hit.index, 2), english) * scale);
  }
}

function candidateProfile(c: Candidate, index: number): Profile {
  const quote = c.source.quote;
  const words = new Map<string, number>();
  let at = quote.indexOf(c.figure);
  let end = at + c.figure.length;
  if (at < 0) {
    at = quote.length;
    end = quote.length;
  }
  addWords(words, quote, at, end);
  // the counted noun itself (troops, 棟): what two counts of unknown units share
  if (c.unit && !unitRow(c.unit)) words.set(`#${c.unit.toLowerCase()}`, 1.2);
  // what a place locates and the proposition of a yes-or-no claim say what the question is about
  if (c.kind === 'place') {
    const located = /^(.+?) in /.exec(c.says)?.[1];
    if (located) addWords(words, located, -1, -1, 1.3);
  }
  if (c.kind === 'boolean') {
    const proposition = /^(?:yes|no|possibly): (.*) \(/.exec(c.says)?.[1];
    if (proposition) addWords(words, proposition, -1, -1, 1);
  }
  return {
    candidate: index,
    filed: undefined,
    dimension: dimensionOf(c.kind, c.unit, c.value),
    words,
    terms: NO_TERMS,
    weights: NO_WEIGHTS,
    norm: 0,
    magnitude: magnitudeOf(c.value, DATE_KINDS.has(c.kind)),
    measure: measureOf(c.value, c.kind, c.unit),
    file: c.source.file,
    speaker: `${c.source.file}\u0000${c.outlet}`,
    moment: c.as_of ? `${c.outlet}\u0000${c.chain.join('\u0000')}\u0000${c.as_of}` : undefined,
    valueKey: JSON.stringify(c.value),
    days: DATE_KINDS.has(c.kind) ? daysOf(c.value) : undefined,
    place: c.kind === 'place' ? placeOf(c.value) : undefined,
    state: stateOf(words),
    base: c.kind === 'share' && at < quote.length ? wholeOfShare(quote.slice(0, at), quote.slice(end)) : undefined,
    quoteKey: quote.replace(/\s+/g, ''),
    english: looksEnglish(quote),
    statementDate: DATE_KINDS.has(c.kind) && isStatementDate(quote, at, end),
  };
}

/**
 * A date placed where a sentence says when its speaker spoke: right after the speaker as topic
 * and before a comma (気象庁は1日午後11時過ぎ、…と発表した), or next to a verb of saying (said
 * Friday, announced on Monday).
 */
function isStatementDate(quote: string, at: number, end: number): boolean {
  const before = quote.slice(Math.max(0, at - 30), at);
  const after = quote.slice(end, end + 16);
  if (/[^\s、。「」]は\s*$/.test(before) && /^[^、。「」]{0,10}、/.test(after)) return true;
  return /\b(?:said|says|told|announced|stated)\s+(?:on\s+)?$/i.test(before) || /^\s*(?:,\s*)?(?:said|announced|told)\b/i.test(after);
}

function filedProfile(s: KnownSubject, claim: Claim): Profile {
  const words = new Map<string, number>();
  const quote = claim.source?.quote ?? '';
  addWords(words, quote, quote.length, quote.length, 0.8);
  if (s.question) addWords(words, s.question, -1, -1, 0.5);
  return {
    candidate: -1,
    filed: s.id,
    dimension: dimensionOf(s.kind, s.unit, claim.value),
    words,
    terms: NO_TERMS,
    weights: NO_WEIGHTS,
    norm: 0,
    magnitude: magnitudeOf(claim.value, DATE_KINDS.has(s.kind)),
    measure: measureOf(claim.value, s.kind, s.unit),
    file: claim.source?.file,
    speaker: `${claim.source?.file ?? ''}\u0000${claim.outlet}`,
    moment: undefined,
    valueKey: JSON.stringify(claim.value),
    days: DATE_KINDS.has(s.kind) ? daysOf(claim.value) : undefined,
    place: s.kind === 'place' ? placeOf(claim.value) : undefined,
    state: stateOf(words),
    base: undefined,
    quoteKey: quote.replace(/\s+/g, ''),
    english: looksEnglish(quote),
    statementDate: false,
  };
}

/** A representative number of a value: an amount, or the middle of a date as days since 1970. */
function magnitudeOf(value: Value | unknown, date: boolean): number | undefined {
  if (typeof value === 'number') return date ? dayNumber(String(value)) : value;
  if (typeof value === 'string') return date ? dayNumber(value) : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  const r = value as Record<string, unknown>;
  if ('share' in r) return undefined;
  const keys = date ? ['from', 'to', 'before', 'after'] : ['min', 'max', 'gt', 'lt', 'approx'];
  const ends = keys
    .map((k) => r[k])
    .map((v) => (v === undefined ? undefined : date ? dayNumber(String(v)) : typeof v === 'number' ? v : undefined))
    .filter((v): v is number => v !== undefined);
  if (ends.length === 0) return undefined;
  return ends.reduce((a, b) => a + b, 0) / ends.length;
}

/** The magnitude of an amount in its dimension's base unit (a date's is its day number). */
function measureOf(value: Value | unknown, kind: Kind, unit: string | undefined): number | undefined {
  const magnitude = magnitudeOf(value, DATE_KINDS.has(kind));
  if (magnitude === undefined || DATE_KINDS.has(kind) || unit === undefined) return magnitude;
  return magnitude * (unitRow(unit)?.factor ?? 1);
}

/** Days since 1970 of a date as written (2021, 2021-03, 2021-03-17: their first day). */
/** The days a date value covers, as `compare` reads it (undefined when unreadable or open-ended). */
function daysOf(value: Value | unknown): readonly [number, number] | undefined {
  try {
    const shown = readDates(value as Value);
    if (shown.reading?.type !== 'interval') return undefined;
    const { lo, hi } = shown.reading.interval;
    return Number.isFinite(lo) && Number.isFinite(hi) ? [lo, hi] : undefined;
  } catch {
    return undefined;
  }
}

/** Concepts of states counted one at a time (@death, @injury…), each with its family. */
const STATE_FAMILY = new Map<string, number>(EXCLUSIVE_CONCEPTS.flatMap((family, k) => family.map((id) => [`@${id}`, k] as const)));

/** The state concept weighing most in a statement's words (the one nearest its figure), if any. */
function stateOf(words: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let weight = 0;
  for (const [word, w] of words) {
    if (w > weight && STATE_FAMILY.has(word)) {
      best = word;
      weight = w;
    }
  }
  return best;
}

/** A place value as `compare` reads it (日本 and 日本国内 one key; 大連 within China's). */
function placeOf(value: Value | unknown): Profile['place'] {
  if (typeof value !== 'string') return undefined;
  const reading = placeReading(value, [value]);
  return { key: reading.key, within: reading.within };
}

function dayNumber(text: string): number | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 6, m[3] ? Number(m[3]) : m[2] ? 15 : 1);
  return Math.floor(t / 86_400_000);
}

/**
 * Weigh words by how few statements say them (inverse document frequency), set each norm, and
 * number the words of the run so that two statements' words are compared as two sorted lists.
 * Returns how many words the run has.
 */
function weigh(profiles: Profile[]): number {
  const df = new Map<string, number>();
  for (const p of profiles) for (const w of p.words.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const vocabulary = new Map<string, number>();
  for (const w of df.keys()) vocabulary.set(w, vocabulary.size);
  const n = profiles.length + 1;
  for (const p of profiles) {
    let sum = 0;
    const terms: Array<readonly [number, number]> = [];
    for (const [w, weight] of p.words) {
      const idf = Math.log(n / (df.get(w) ?? 1));
      const v = weight * Math.max(idf, 0.05);
      p.words.set(w, v);
      terms.push([vocabulary.get(w)!, v]);
      sum += v * v;
    }
    terms.sort((x, y) => x[0] - y[0]);
    p.terms = Int32Array.from(terms, (t) => t[0]);
    p.weights = Float64Array.from(terms, (t) => t[1]);
    p.norm = Math.sqrt(sum);
  }
  return vocabulary.size;
}

/** How alike two statements are (0 when they cannot answer one question). */
function likeness(a: Profile, b: Profile): number {
  if (!compatible(a.dimension, b.dimension)) return 0;
  if (a.filed !== undefined && b.filed !== undefined) return a.filed === b.filed ? 1 : 0;
  // one speaker of one page stating two figures of one dimension answers two questions
  if (clash(a, b)) return 0;
  if (a.quoteKey.length >= 15 && a.quoteKey === b.quoteKey) return a.valueKey === b.valueKey ? 1 : 0.6;
  if (a.norm === 0 || b.norm === 0) return 0;
  let sim = dotProduct(a.terms, a.weights, b.terms, b.weights) / (a.norm * b.norm);
  if (sim === 0) return 0;
  sim *= nearness(a, b);
  // when someone said a thing and when the thing happened are seldom one question
  if (a.statementDate !== b.statementDate) sim *= 0.5;
  // 20 percent of Republicans and a third of all arrests: shares of two wholes
  if (a.base !== undefined && b.base !== undefined && a.base !== b.base) sim *= 0.3;
  // the dead and the missing, the injured and those in cardiac arrest: two groups of people
  if (a.state !== undefined && b.state !== undefined && a.state !== b.state && STATE_FAMILY.get(a.state) === STATE_FAMILY.get(b.state)) sim *= 0.3;
  sim += figureBonus(a, b);
  return Math.min(sim, 1);
}

/** The dot product of two word vectors, each as ascending word numbers and their weights. */
function dotProduct(at: Int32Array, aw: Float64Array, bt: Int32Array, bw: Float64Array): number {
  let dot = 0;
  for (let x = 0, y = 0; x < at.length && y < bt.length; ) {
    const p = at[x]!;
    const q = bt[y]!;
    if (p === q) dot += aw[x++]! * bw[y++]!;
    else if (p < q) x++;
    else y++;
  }
  return dot;
}

/**
 * What the figures themselves say: one telling figure ($5.7 billion, 234 miles, 47 times) stated
 * twice is most likely one fact, whatever words surround it (across languages few words are
 * shared at all); a near one ($3.5 billion, $3.6 billion) may be the same fact rounded or disputed.
 */
function figureBonus(a: Profile, b: Profile): number {
  if (a.magnitude === undefined || b.magnitude === undefined) return 0;
  if (a.dimension === 'date') return a.valueKey === b.valueKey ? 0.1 : 0;
  const same = !differentFigures(a, b);
  if (same) return telling(a) ? 0.35 : 0.1;
  const lo = Math.min(Math.abs(a.measure!), Math.abs(b.measure!));
  const hi = Math.max(Math.abs(a.measure!), Math.abs(b.measure!));
  return lo > 0 && hi / lo <= 1.1 && telling(a) ? 0.1 : 0;
}

/** A figure unlikely to be stated by chance: not a small whole number, not a date. */
function telling(p: Profile): boolean {
  if (p.magnitude === undefined || p.dimension === 'date') return false;
  return !(Number.isInteger(p.magnitude) && Math.abs(p.magnitude) < 10);
}

/** Figures far apart seldom answer one question: 1 for near ones, less for far ones. */
function nearness(a: Profile, b: Profile): number {
  if (a.magnitude === undefined || b.magnitude === undefined) return 1;
  if (a.dimension === 'date') {
    const gap = Math.abs(a.magnitude - b.magnitude);
    return gap <= 45 ? 1 : gap <= 400 ? 0.75 : 0.3;
  }
  const lo = Math.min(Math.abs(a.measure!), Math.abs(b.measure!));
  const hi = Math.max(Math.abs(a.measure!), Math.abs(b.measure!));
  if (hi === 0) return 1;
  const ratio = lo === 0 ? Infinity : hi / lo;
  // 15 seconds and 24 hours, 4 people and 5,000: not one figure disputed
  return ratio <= 3 ? 1 : ratio <= 20 ? 0.75 : ratio <= 1000 ? 0.45 : 0.2;
}

/**
 * Agglomerative grouping over the pairs that share a rare word: the most alike pairs first, two
 * groups joined when their link is strong enough and their members are alike on average, never
 * two filed subjects in one group.
 */
function cluster(profiles: Profile[], vocabulary: number, newSubjects: boolean): Profile[][] {
  const n = profiles.length;
  const edges = linkedPairs(profiles, vocabulary);
  // filed claims of one subject start as one group
  const groupOf = profiles.map((_, i) => i);
  const members = new Map<number, number[]>(profiles.map((_, i) => [i, [i]]));
  /** The filed subject each group holds, if any (kept per group, not looked for per link). */
  const filedOf = new Map<number, string>();
  /** How many times each group has grown: a merge refused is not tried again until one grows. */
  const version = new Int32Array(n);
  const refused = new Map<number, number>();
  /** Members of each group by speaker and by moment: a clash is looked for only among statements of one. */
  const bySpeaker = new Map<number, Map<string, number[]>>();
  const index = (g: number): Map<string, number[]> => {
    let map = bySpeaker.get(g);
    if (!map) {
      map = new Map();
      const push = (key: string, m: number): void => {
        const list = map!.get(key);
        if (list) list.push(m);
        else map!.set(key, [m]);
      };
      for (const m of members.get(g)!) {
        const p = profiles[m]!;
        push(`s${p.speaker}`, m);
        if (p.moment !== undefined) push(`m${p.moment}`, m);
      }
      bySpeaker.set(g, map);
    }
    return map;
  };
  function join(g: number, h: number): void {
    bySpeaker.delete(g);
    bySpeaker.delete(h);
    const a = members.get(g)!;
    for (const m of members.get(h)!) {
      a.push(m);
      groupOf[m] = g;
    }
    members.delete(h);
    const fh = filedOf.get(h);
    if (fh !== undefined && !filedOf.has(g)) filedOf.set(g, fh);
    version[g]! += 1;
  }
  profiles.forEach((p, i) => {
    if (p.filed === undefined) return;
    filedOf.set(i, p.filed);
  });
  const firstOfFiled = new Map<string, number>();
  profiles.forEach((p, i) => {
    if (p.filed === undefined) return;
    const g = firstOfFiled.get(p.filed);
    if (g === undefined) firstOfFiled.set(p.filed, i);
    else join(g, i);
  });
  const groupsClash = (g: number, h: number): boolean => {
    const ia = index(g);
    const ib = index(h);
    const [small, large] = ia.size <= ib.size ? [ia, ib] : [ib, ia];
    for (const [key, xs] of small) {
      const ys = large.get(key);
      if (ys) for (const x of xs) for (const y of ys) if (sameFileClash(profiles[x]!, profiles[y]!)) return true;
    }
    // (two groups of two filed subjects never reach here: their links are skipped)
    return false;
  };
  for (const e of edges.order) {
    const g = groupOf[edges.from[e]!]!;
    const h = groupOf[edges.to[e]!]!;
    if (g === h) continue;
    const fg = filedOf.get(g);
    const fh = filedOf.get(h);
    if (fg !== undefined && fh !== undefined) continue;
    if (!newSubjects && fg === undefined && fh === undefined) continue;
    const a = members.get(g)!;
    const b = members.get(h)!;
    if (a.length + b.length > 2) {
      if (a.length > MAX_AVERAGED || b.length > MAX_AVERAGED) {
        if (edges.sim[e]! < STRONG) continue;
      } else {
        // two groups as they were when last refused are refused again
        const pair = g < h ? g * n + h : h * n + g;
        const stamp = g < h ? version[g]! * (n + 1) + version[h]! : version[h]! * (n + 1) + version[g]!;
        if (refused.get(pair) === stamp) continue;
        if (groupsClash(g, h) || averageLikeness(profiles, a, b) < MERGE_AVERAGE) {
          refused.set(pair, stamp);
          continue;
        }
      }
    }
    join(g, h);
  }
  const groups = [...members.values()].map((list) => list.sort((x, y) => x - y).map((i) => profiles[i]!));
  if (newSubjects) return groups;
  // only filed subjects: candidates left alone are no subject's
  return groups.filter((group) => group.some((p) => p.filed !== undefined));
}

/** Likeness on average over an even sample of each group's members (bounded work per merge). */
function averageLikeness(profiles: readonly Profile[], a: readonly number[], b: readonly number[]): number {
  const sa = sample(a);
  const sb = sample(b);
  let sum = 0;
  for (const x of sa) for (const y of sb) sum += likeness(profiles[x]!, profiles[y]!);
  return sum / (sa.length * sb.length);
}

/** The links of {@link cluster}: pairs alike enough to join, most alike first (then by index). */
interface Links {
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly sim: Float64Array;
  /** Link numbers in the order they are tried. */
  readonly order: Uint32Array;
}

/**
 * The pairs that share a rare word and are alike enough to join, found through an index of words
 * whose postings are capped, so that common words find no pairs and no two statements are
 * compared twice (each statement marks those it has been compared with).
 */
function linkedPairs(profiles: readonly Profile[], vocabulary: number): Links {
  const n = profiles.length;
  const postings: number[][] = Array.from({ length: vocabulary }, () => []);
  profiles.forEach((p, i) => {
    for (const t of p.terms) postings[t]!.push(i);
  });
  const cap = Math.min(MAX_POSTING_CAP, Math.max(MIN_POSTING_CAP, Math.ceil(Math.sqrt(n) * 4)));
  const compared = new Int32Array(n).fill(-1);
  let from = new Int32Array(1024);
  let to = new Int32Array(1024);
  let sim = new Float64Array(1024);
  let count = 0;
  const partners: number[] = [];
  for (let i = 0; i < n; i++) {
    partners.length = 0;
    for (const t of profiles[i]!.terms) {
      const list = postings[t]!;
      if (list.length < 2 || list.length > cap) continue;
      // postings are in ascending order: the partners after i start just past it
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (list[mid]! <= i) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < list.length; k++) {
        const j = list[k]!;
        if (compared[j] === i) continue;
        compared[j] = i;
        partners.push(j);
      }
    }
    partners.sort((x, y) => x - y);
    for (const j of partners) {
      const s = likeness(profiles[i]!, profiles[j]!);
      if (s < JOIN) continue;
      if (count === from.length) {
        from = grow(from);
        to = grow(to);
        sim = grow(sim);
      }
      from[count] = i;
      to[count] = j;
      sim[count] = s;
      count++;
    }
  }
  // links are made in (i, j) order: most alike first, and among equals that order
  const order = new Uint32Array(count);
  for (let e = 0; e < count; e++) order[e] = e;
  order.sort((x, y) => sim[y]! - sim[x]! || x - y);
  return { from: from.subarray(0, count), to: to.subarray(0, count), sim: sim.subarray(0, count), order };
}

function grow<T extends Int32Array | Float64Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * Two different figures one speaker of one page states, or one origin gives at one moment (its
 * city's and its prefecture's toll), answer two questions.
 */
function clash(a: Profile, b: Profile): boolean {
  if (a.candidate < 0 || b.candidate < 0) return false;
  if (a.speaker === b.speaker) return differentFigures(a, b, true);
  return a.moment !== undefined && a.moment === b.moment && differentFigures(a, b);
}

/**
 * Two values that are different figures (最大震度7 and 震度7 are one; 50 and 55 two). Dates a day
 * apart may be one day told in two time zones, but not on one page by one speaker (`samePage`):
 * 1日 and 2日 there are two days.
 */
function differentFigures(a: Profile, b: Profile, samePage = false): boolean {
  if (a.valueKey === b.valueKey) return false;
  // February, the end of February and February 28 are one answer told more or less closely (as
  // are 中国 and 大連)
  if (nested(a, b)) return false;
  if (a.measure === undefined || b.measure === undefined) return true;
  const gap = Math.abs(a.measure - b.measure);
  return a.dimension === 'date' ? gap > (samePage ? 0 : 1) : gap > 0.005 * Math.max(Math.abs(a.measure), Math.abs(b.measure));
}

/** Two dates one of which holds the other, or two places one of which lies in the other (大連, 中国). */
function nested(a: Profile, b: Profile): boolean {
  if (a.place && b.place) return a.place.key === b.place.key || a.place.key === b.place.within || b.place.key === a.place.within;
  return a.days !== undefined && b.days !== undefined && (within(a.days, b.days) || within(b.days, a.days));
}

function within(inner: readonly [number, number], outer: readonly [number, number]): boolean {
  return inner[0] >= outer[0] && inner[1] <= outer[1];
}

/** Members of a group compared when averaging: all of a small group, an even spread of a large one. */
const SAMPLED = 12;

function sample(members: readonly number[]): readonly number[] {
  if (members.length <= SAMPLED) return members;
  const step = members.length / SAMPLED;
  return Array.from({ length: SAMPLED }, (_, k) => members[Math.floor(k * step)]!);
}

/** Two statements that may never share a group: a {@link clash}, or claims of two filed subjects. */
function sameFileClash(a: Profile, b: Profile): boolean {
  if (a.filed !== undefined && b.filed !== undefined && a.filed !== b.filed) return true;
  return compatible(a.dimension, b.dimension) && clash(a, b);
}

/** The kind of a new subject: its members' (dates and periods make a date, unless all are periods). */
function groupKind(members: readonly Candidate[]): Kind {
  const kinds = new Map<Kind, number>();
  for (const m of members) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
  if (kinds.has('date') || kinds.has('period')) return kinds.has('date') ? 'date' : 'period';
  let best: Kind = members[0]!.kind;
  let count = 0;
  for (const [kind, n] of kinds) {
    if (n > count) {
      best = kind;
      count = n;
    }
  }
  // a share of a base and counts of the base's unit: a count
  if (best === 'share' && kinds.has('count')) return 'count';
  return best;
}

/** The unit of a new subject: its members' most common one (a share of a base has none). */
function groupUnit(members: readonly Candidate[], kind: Kind): string | undefined {
  if (kind !== 'count' && kind !== 'quantity') return undefined;
  const units = new Map<string, number>();
  for (const m of members) {
    if (!m.unit || m.unit === 'share') continue;
    units.set(m.unit, (units.get(m.unit) ?? 0) + 1);
  }
  let best: string | undefined;
  let count = 0;
  for (const [unit, n] of units) {
    if (n > count) {
      best = unit;
      count = n;
    }
  }
  return best;
}
