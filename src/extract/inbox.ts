import { Document, isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';
import { appendYamlText } from '../claims/append-text.js';
import { EditError } from '../claims/edit.js';
import { candidateIdentity, INBOX_FILE } from '../claims/inbox.js';
import { guessKind, isDateKind } from '../claims/value-kind.js';
import type { Claim } from '../claims/schema.js';
import { fnv1a } from '../util/hash.js';
import type { Candidate } from './candidates.js';
import type { ProposedSubject } from './subjects.js';

/**
 * The inbox, `claims/inbox.yaml`: candidates waiting for a reviewer. `extract` merges new
 * candidates into it through the YAML Document API (the reviewer's comments and edits stay), and
 * never proposes again a candidate already accepted (a claim with the same source file and quote
 * is in the claim files) or rejected (kept in the inbox with `status: rejected`).
 *
 * A waiting candidate read again (the same file, quote and figure as written) is refreshed when
 * its reading changed — after `seeds/sources.yaml` names the outlet, say — and only when the
 * reviewer did not edit it: each entry carries `extracted_as`, a hash of its fields as `extract`
 * wrote them. An entry whose fields still hash so is replaced by the new reading; one edited by
 * hand is kept as it is; one without the hash (an inbox of an older urazuke) gets the
 * extractor's own fields (id, outlet, chain, confidence, subject) anew and keeps every other.
 * Rejected entries are never touched.
 *
 * Its `subjects` list the proposed subjects its candidates name (id, drafted question, kind,
 * unit), for the reviewer to accept whole.
 */

export { INBOX_FILE };

/** The header of a new inbox. */
const HEADER = [
  ' Candidate claims proposed by `urazuke extract`. Accept them into a topic file in',
  ' `urazuke review` (inbox), or set `status: rejected` on one: a rejected candidate stays here',
  ' so that it is never proposed again. Fields beyond the claim shape (confidence, kind, unit,',
  ' figure, places, copy_of) are the extractor\'s notes and are not filed; a place\'s aliases join the',
  ' topic\'s aliases when it is accepted. `extracted_as` is a hash of an entry as extract wrote it: a',
  ' later extract refreshes an entry whose reading changed only while it still matches (edit an',
  ' entry and it is kept as you left it).',
].join('\n');

/** What a merge did. */
export interface MergeSummary {
  readonly added: number;
  /** Already in the inbox, waiting, read as before (or edited by hand: see `edited`). */
  readonly known: number;
  /** Waiting in the inbox and read differently now: the entry was refreshed. */
  readonly refreshed: number;
  /** Waiting in the inbox and read differently now, but edited by hand: kept as it is. */
  readonly edited: number;
  /** Already filed as a claim. */
  readonly accepted: number;
  readonly rejected: number;
  /** Proposed subjects written to the inbox's `subjects`. */
  readonly subjects: number;
}

const identity = candidateIdentity;

/** A date value (as opposed to a number): how a claim's quote holding two figures is told apart. */
const isDateValue = (value: unknown): boolean => isDateKind(guessKind(value));

/** True when a claim in the store already files this candidate (same file and quote, same sort of figure). */
export function isAccepted(candidate: Candidate, claims: readonly Claim[]): boolean {
  const places = [candidate.source, ...(candidate.places ?? []).map((p) => ({ file: p.file, quote: candidate.source.quote }))];
  return claims.some(
    (claim) =>
      claim.source?.quote === candidate.source.quote &&
      places.some((p) => p.file === claim.source?.file) &&
      (JSON.stringify(claim.value) === JSON.stringify(candidate.value) || isDateValue(claim.value) === isDateValue(candidate.value)),
  );
}

/** The inbox entry of a proposed subject: what a topic file's subject needs. */
export function inboxSubject(subject: ProposedSubject): Record<string, unknown> {
  return {
    id: subject.id,
    question: subject.question,
    kind: subject.kind,
    ...(subject.unit ? { unit: subject.unit } : {}),
    ...(subject.base !== undefined ? { base: subject.base } : {}),
    ...(subject.note ? { note: subject.note } : {}),
  };
}

/** The inbox entry of a candidate: the claim fields first, then the extractor's notes. */
export function inboxEntry(candidate: Candidate): Record<string, unknown> {
  const entry: Record<string, unknown> = { id: candidate.id };
  if (candidate.subject) entry['subject'] = candidate.subject;
  entry['value'] = candidate.value;
  entry['says'] = candidate.says;
  entry['outlet'] = candidate.outlet;
  if (candidate.published) entry['published'] = candidate.published;
  if (candidate.as_of) entry['as_of'] = candidate.as_of;
  if (candidate.as_of_from) entry['as_of_from'] = candidate.as_of_from;
  entry['chain'] = [...candidate.chain];
  if (candidate.stance) entry['stance'] = candidate.stance;
  entry['source'] = { ...candidate.source };
  entry['confidence'] = candidate.confidence;
  entry['kind'] = candidate.kind;
  if (candidate.unit) entry['unit'] = candidate.unit;
  entry['figure'] = candidate.figure;
  if (candidate.places) entry['places'] = candidate.places.map((p) => `${p.file}:${p.line}`);
  if (candidate.copyOf) entry['copy_of'] = `${candidate.copyOf.file}:${candidate.copyOf.line}`;
  if (candidate.aliases) entry['aliases'] = [...candidate.aliases];
  return entry;
}

/**
 * Merge candidates into the inbox text (undefined: no inbox yet) and return the new text and
 * what was done. The merge appends to the inbox's YAML Document, written through
 * `appendYamlText`: entries already there, hand-edited or not, keep every byte of their lines; only
 * the appended entries are new lines.
 */
export function mergeInbox(
  existing: string | undefined,
  candidates: readonly Candidate[],
  claims: readonly Claim[],
  subjects: readonly ProposedSubject[] = [],
): { readonly text: string; readonly summary: MergeSummary } {
  let summary: MergeSummary = { added: 0, known: 0, refreshed: 0, edited: 0, accepted: 0, rejected: 0, subjects: 0 };
  /** Subjects to list when the inbox has no `subjects` yet: written after the merge, as a block of their own. */
  let pending: ProposedSubject[] = [];
  const merge = (doc: Document, newKeys: boolean): void => {
    const { named, ...added } = appendCandidates(doc, candidates, claims);
    const hasList = isMap(doc.contents) && doc.has('subjects');
    pending = [];
    if (newKeys || hasList) summary = { ...added, subjects: appendSubjects(doc, subjects, named) };
    else {
      summary = { ...added, subjects: 0 };
      pending = subjects.filter((s) => !s.filed && named.has(s.id));
    }
  };
  if (existing === undefined || existing.replace(/^\uFEFF/, '').trim() === '') {
    const doc = newInbox();
    merge(doc, true);
    return { text: String(doc), summary };
  }
  let text: string;
  try {
    // appending to the sequences there keeps the merge a splice of new lines, however large the inbox
    text = appendYamlText(existing, (doc) => merge(doc, false));
    if (pending.length > 0) {
      const listed = appendSubjectBlock(text, pending);
      if (listed !== undefined) {
        text = listed;
        summary = { ...summary, subjects: pending.length };
      } else {
        text = appendYamlText(existing, (doc) => merge(doc, true));
      }
    }
  } catch (error) {
    if (!(error instanceof EditError)) throw error;
    throw new InboxError(`${INBOX_FILE}: ${error.message.replace(/; fix it first$/, '')}; fix or remove it, nothing was written`);
  }
  return { text, summary };
}

/**
 * The inbox text with a `subjects:` block added at its end (a top-level map's new last key), or
 * undefined when the text does not read back as the same inbox with those subjects (a flow map,
 * a document end marker): then the Document is edited instead.
 */
function appendSubjectBlock(text: string, subjects: readonly ProposedSubject[]): string | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const block = new Document({ subjects: subjects.map(inboxSubject) }).toString({ lineWidth: 0 }).replace(/\n/g, eol);
  const joined = `${text}${text.endsWith('\n') ? '' : eol}${block}`;
  const doc = parseDocument(joined.replace(/^\uFEFF/, ''), { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const listed = doc.get('subjects', true);
  if (!isSeq(listed) || listed.items.length !== subjects.length) return undefined;
  const candidates = doc.get('candidates', true);
  if (!isSeq(candidates)) return undefined;
  return joined;
}

/**
 * Append to the inbox's `subjects` the proposed subjects (not filed ones) that an added candidate
 * names and the inbox does not list yet; the number appended.
 */
function appendSubjects(doc: Document, subjects: readonly ProposedSubject[], named: ReadonlySet<string>): number {
  const wanted = subjects.filter((s) => !s.filed && named.has(s.id));
  if (wanted.length === 0 || isSeq(doc.contents)) return 0;
  let seq = doc.get('subjects', true);
  if (seq !== undefined && seq !== null && !isSeq(seq)) throw new InboxError(`${INBOX_FILE}: \`subjects\` is not a sequence; nothing was written`);
  const listed = new Set<string>();
  if (isSeq(seq)) for (const item of seq.items) if (isMap(item)) listed.add(String(item.get('id')));
  let added = 0;
  for (const subject of wanted) {
    if (listed.has(subject.id)) continue;
    if (!isSeq(seq)) {
      seq = new YAMLSeq();
      doc.set('subjects', seq);
    }
    (seq as YAMLSeq).items.push(doc.createNode(inboxSubject(subject)));
    listed.add(subject.id);
    added++;
  }
  return added;
}

/** An entry of the inbox as found before the merge. */
interface Present {
  readonly index: number;
  readonly data: Record<string, unknown>;
  readonly rejected: boolean;
  /** Matched by a candidate of this merge already. */
  taken: boolean;
}

/** The key a candidate is found again by: its place and figure as written (the value read from it may change). */
const readingKey = (file: unknown, quote: unknown, figure: unknown): string => `${String(file)}\u0000${String(quote)}\u0000${String(figure)}`;

/** The fields an extract rewrites in an entry it cannot tell edited or not. */
const EXTRACTOR_FIELDS = ['id', 'outlet', 'chain', 'confidence', 'subject'] as const;

const FINGERPRINT = 'extracted_as';

/**
 * Append to the inbox Document the candidates neither in it (waiting or rejected) nor filed, and
 * refresh the waiting ones read differently now (see the module comment).
 */
function appendCandidates(doc: Document, candidates: readonly Candidate[], claims: readonly Claim[]): Omit<MergeSummary, 'subjects'> & { readonly named: ReadonlySet<string> } {
  const named = new Set<string>();
  const seq = candidatesOf(doc);
  const byIdentity = new Map<string, Present>();
  const byReading = new Map<string, Present[]>();
  seq.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const data = item.toJSON() as Record<string, unknown>;
    const source = (data['source'] ?? {}) as Record<string, unknown>;
    const present: Present = { index, data, rejected: data['status'] === 'rejected', taken: false };
    const key = identity(source['file'], source['quote'], data['value']);
    if (!byIdentity.has(key)) byIdentity.set(key, present);
    if (data['figure'] !== undefined) {
      const reading = readingKey(source['file'], source['quote'], data['figure']);
      byReading.set(reading, [...(byReading.get(reading) ?? []), present]);
    }
  });
  const counts = { added: 0, known: 0, refreshed: 0, edited: 0, accepted: 0, rejected: 0 };
  for (const candidate of candidates) {
    const key = identity(candidate.source.file, candidate.source.quote, candidate.value);
    const same = byIdentity.get(key);
    const present =
      same && !same.taken ? same : (byReading.get(readingKey(candidate.source.file, candidate.source.quote, candidate.figure)) ?? []).find((p) => !p.taken);
    if (present) {
      present.taken = true;
      if (present.rejected) counts.rejected++;
      else {
        const done = refresh(doc, seq, present, candidate);
        if (done === 'refreshed' && candidate.subject) named.add(candidate.subject);
        counts[done]++;
      }
      continue;
    }
    if (same) {
      counts[same.rejected ? 'rejected' : 'known']++;
      continue;
    }
    if (isAccepted(candidate, claims)) {
      counts.accepted++;
      continue;
    }
    seq.items.push(entryNode(doc, candidate));
    byIdentity.set(key, { index: seq.items.length - 1, data: {}, rejected: false, taken: true });
    if (candidate.subject) named.add(candidate.subject);
    counts.added++;
  }
  return { ...counts, named };
}

/** Refresh a waiting entry read again; what was done. */
function refresh(doc: Document, seq: YAMLSeq, present: Present, candidate: Candidate): 'known' | 'refreshed' | 'edited' {
  const fresh = fingerprinted(candidate);
  const { [FINGERPRINT]: mark, ...written } = present.data;
  const { [FINGERPRINT]: _fresh, ...wanted } = fresh;
  if (canonical(written) === canonical(wanted)) return 'known';
  if (mark !== undefined) {
    if (mark !== fingerprintOf(written)) return 'edited';
    seq.items[present.index] = entryNode(doc, candidate);
    return 'refreshed';
  }
  // Written before entries carried their hash: the extractor's own fields anew, the rest kept.
  const item = seq.items[present.index];
  if (!isMap(item)) return 'known';
  let changed = false;
  for (const field of EXTRACTOR_FIELDS) {
    const now = wanted[field];
    if (canonical(now) === canonical(written[field])) continue;
    changed = true;
    if (now === undefined) item.delete(field);
    else item.set(field, flowed(doc.createNode(now)));
  }
  if (!changed) return 'known';
  // Now all as extract writes it: from here on, a later extract can tell.
  if (canonical(item.toJSON()) === canonical(wanted)) item.set(FINGERPRINT, fresh[FINGERPRINT]);
  return 'refreshed';
}

/** The inbox entry of a candidate with its `extracted_as` hash. */
function fingerprinted(candidate: Candidate): Record<string, unknown> {
  const entry = inboxEntry(candidate);
  return { ...entry, [FINGERPRINT]: fingerprintOf(entry) };
}

/** The node written for a candidate: the entry, its value and chain in flow style. */
function entryNode(doc: Document, candidate: Candidate): ReturnType<Document['createNode']> {
  const node = doc.createNode(fingerprinted(candidate));
  const value = node.get('value', true);
  if (isMap(value)) value.flow = true;
  const chain = node.get('chain', true);
  if (isSeq(chain)) chain.flow = true;
  return node;
}

function flowed<T>(node: T): T {
  if (isMap(node) || isSeq(node)) node.flow = true;
  return node;
}

/** Eight hex digits of the entry's fields, keys in any order. */
function fingerprintOf(fields: Readonly<Record<string, unknown>>): string {
  return fnv1a(canonical(fields)).toString(16).padStart(8, '0');
}

/** JSON with the keys of every map sorted. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** Mark the inbox entry at `index` rejected (kept, so `extract` never proposes it again). */
export function markRejected(doc: Document, index: number): void {
  const seq = candidatesOf(doc);
  const item = seq.items[index];
  if (!isMap(item)) throw new Error(`there is no candidate ${index + 1} in the inbox`);
  item.set('status', 'rejected');
}

function newInbox(): Document {
  const doc = parseDocument('candidates: []\n');
  doc.commentBefore = HEADER;
  return doc;
}

/** The inbox's `candidates` sequence (created when missing; a bare sequence is read as one). */
function candidatesOf(doc: Document): YAMLSeq {
  if (isSeq(doc.contents)) return doc.contents;
  if (doc.contents === null || doc.contents === undefined) doc.contents = doc.createNode({ candidates: [] }) as unknown as typeof doc.contents;
  if (!isMap(doc.contents)) throw new InboxError(`${INBOX_FILE}: expected a map with \`candidates\`; nothing was written`);
  let seq = doc.get('candidates', true);
  if (seq === undefined || seq === null) {
    seq = new YAMLSeq();
    doc.set('candidates', seq);
  }
  if (!isSeq(seq)) throw new InboxError(`${INBOX_FILE}: \`candidates\` is not a sequence; nothing was written`);
  if (seq.items.length === 0) seq.flow = false;
  return seq;
}

/** A problem with the inbox file that stops a merge (nothing is written). */
export class InboxError extends Error {
  override readonly name = 'InboxError';
}
