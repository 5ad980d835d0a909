import { Document, isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';
import { appendYamlText } from '../claims/append-text.js';
import { EditError } from '../claims/edit.js';
import { candidateIdentity, INBOX_FILE } from '../claims/inbox.js';
import { guessKind, isDateKind } from '../claims/value-kind.js';
import type { Claim } from '../claims/schema.js';
import type { Candidate } from './candidates.js';
import type { ProposedSubject } from './subjects.js';

/**
 * The inbox, `claims/inbox.yaml`: candidates waiting for a reviewer. `extract` merges new
 * candidates into it through the YAML Document API (the reviewer's comments and edits stay), and
 * never proposes again a candidate already accepted (a claim with the same source file and quote
 * is in the claim files) or rejected (kept in the inbox with `status: rejected`). Its `subjects`
 * list the proposed subjects its candidates name (id, drafted question, kind, unit), for the
 * reviewer to accept whole.
 */

export { INBOX_FILE };

/** The header of a new inbox. */
const HEADER = [
  ' Candidate claims proposed by `urazuke extract`. Accept them into a topic file in',
  ' `urazuke review` (inbox), or set `status: rejected` on one: a rejected candidate stays here',
  ' so that it is never proposed again. Fields beyond the claim shape (confidence, kind, unit,',
  ' figure, places, copy_of) are the extractor\'s notes and are not filed; a place\'s aliases join the',
  ' topic\'s aliases when it is accepted.',
].join('\n');

/** What a merge did. */
export interface MergeSummary {
  readonly added: number;
  /** Already in the inbox (waiting or rejected). */
  readonly known: number;
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
  let summary: MergeSummary = { added: 0, known: 0, accepted: 0, rejected: 0, subjects: 0 };
  /** Subjects to list when the inbox has no `subjects` yet: written after the merge, as a block of their own. */
  let pending: ProposedSubject[] = [];
  const merge = (doc: Document, newKeys: boolean): void => {
    const added = appendCandidates(doc, candidates, claims);
    const hasList = isMap(doc.contents) && doc.has('subjects');
    if (newKeys || hasList) summary = { ...added, subjects: appendSubjects(doc, subjects, added.named) };
    else {
      summary = { ...added, subjects: 0 };
      pending = subjects.filter((s) => !s.filed && added.named.has(s.id));
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

/** Append to the inbox Document the candidates neither in it (waiting or rejected) nor filed. */
function appendCandidates(doc: Document, candidates: readonly Candidate[], claims: readonly Claim[]): Omit<MergeSummary, 'subjects'> & { readonly named: ReadonlySet<string> } {
  const named = new Set<string>();
  const seq = candidatesOf(doc);
  const known = new Map<string, string>(); // identity → status
  for (const item of seq.items) {
    if (!isMap(item)) continue;
    const data = item.toJSON() as Record<string, unknown>;
    const source = (data['source'] ?? {}) as Record<string, unknown>;
    known.set(identity(source['file'], source['quote'], data['value']), String(data['status'] ?? 'new'));
  }
  let added = 0;
  let already = 0;
  let accepted = 0;
  let rejected = 0;
  for (const candidate of candidates) {
    const key = identity(candidate.source.file, candidate.source.quote, candidate.value);
    const status = known.get(key);
    if (status === 'rejected') {
      rejected++;
      continue;
    }
    if (status !== undefined) {
      already++;
      continue;
    }
    if (isAccepted(candidate, claims)) {
      accepted++;
      continue;
    }
    const node = doc.createNode(inboxEntry(candidate));
    const value = node.get('value', true);
    if (isMap(value)) value.flow = true;
    const chain = node.get('chain', true);
    if (isSeq(chain)) chain.flow = true;
    seq.items.push(node);
    known.set(key, 'new');
    if (candidate.subject) named.add(candidate.subject);
    added++;
  }
  return { added, known: already, accepted, rejected, named };
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
