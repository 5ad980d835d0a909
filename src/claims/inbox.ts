import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { readConfined } from '../util/confined-file.js';
import { describeIoError } from '../util/io-error.js';
import { decodeUtf8 } from './save.js';
import type { YamlPath } from '../yaml/positions.js';
import { claimIdFor } from './claim-id.js';
import { ClaimSchema, type Claim } from './schema.js';

/**
 * The inbox, `claims/inbox.yaml`: candidate claims `extract` proposes and a reviewer accepts into
 * a topic file or rejects. One reader of it (for review's Inbox), one rule for "the same
 * candidate" (used by `extract` when merging and by review when it finds an entry again), and one
 * way a candidate becomes a claim.
 */

/** Repository-relative path of the inbox `extract` fills. */
export const INBOX_FILE = 'claims/inbox.yaml';

/**
 * The identity of a candidate (or a filed claim) for the inbox: its source file, quote and the
 * figure's value. Two entries with one identity are one candidate, whoever they are credited to
 * (an outlet read better on a later run does not make a new candidate).
 */
export function candidateIdentity(file: unknown, quote: unknown, value: unknown): string {
  return `${String(file)}\u0000${String(quote)}\u0000${JSON.stringify(value)}`;
}

/** One candidate claim of the inbox, as found in the file. */
export interface InboxCandidate {
  /** Where it stands in the inbox document (`['candidates', 3]`). */
  readonly path: YamlPath;
  /** 1-based line of the entry, for `$EDITOR`. */
  readonly line: number;
  /** The entry as written (candidate fields beyond the claim shape are kept but not filed). */
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * A subject `extract` proposes, as the inbox's `subjects` lists it: what a topic file's subject
 * needs (its question drafted). Fields may be missing in an inbox written by hand or by an older
 * `extract`; the candidates naming it then stand in.
 */
export interface InboxSubject {
  readonly id: string;
  readonly question: string | undefined;
  readonly kind: string | undefined;
  readonly unit: string | undefined;
}

/** The inbox file as loaded: its text (for conflict checks on save), its candidates and its proposed subjects. */
export interface Inbox {
  readonly file: string;
  readonly text: string;
  readonly candidates: readonly InboxCandidate[];
  /** The proposed subjects of the inbox's `subjects` (none in an older inbox). */
  readonly subjects: readonly InboxSubject[];
  /** Why the file could not be read as an inbox; it is then left alone. */
  readonly error: string | undefined;
}

/**
 * Read the candidates of an inbox: a map with a `candidates` sequence (what `extract` writes),
 * or a bare sequence; those marked `status: rejected` are left out. Never throws.
 */
export function parseInbox(text: string, file = INBOX_FILE): Inbox {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const at = lineCounter.linePos(error.pos[0]);
    return { file, text, candidates: [], subjects: [], error: `${file}:${at.line}:${at.col}: invalid YAML` };
  }
  let base: YamlPath = [];
  let seq = doc.contents;
  const subjects = isMap(seq) ? inboxSubjects(doc.get('subjects')) : [];
  if (isMap(seq)) {
    base = ['candidates'];
    seq = doc.get('candidates', true) as typeof seq;
  }
  if (seq === null || seq === undefined) return { file, text, candidates: [], subjects, error: undefined };
  if (!isSeq(seq)) return { file, text, candidates: [], subjects, error: `${file}: expected a \`candidates\` sequence` };
  const candidates: InboxCandidate[] = [];
  seq.items.forEach((item, index) => {
    const data = (item as { toJSON?: () => unknown } | null)?.toJSON?.();
    if (!data || typeof data !== 'object' || Array.isArray(data)) return;
    // Rejected candidates stay in the file (so `extract` never proposes them again) but are not shown.
    if ((data as Record<string, unknown>)['status'] === 'rejected') return;
    const start = (item as { range?: [number, number, number] }).range?.[0] ?? 0;
    candidates.push({ path: [...base, index], line: lineCounter.linePos(start).line, data: data as Record<string, unknown> });
  });
  return { file, text, candidates, subjects, error: undefined };
}

/** The entries of the inbox's `subjects` that have an id (anything else there is left alone). */
function inboxSubjects(node: unknown): InboxSubject[] {
  if (!isSeq(node)) return [];
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
  const subjects: InboxSubject[] = [];
  for (const item of node.items) {
    if (!isMap(item)) continue;
    const id = item.get('id');
    if (typeof id !== 'string' || id === '') continue;
    subjects.push({ id, question: text(item.get('question')), kind: text(item.get('kind')), unit: text(item.get('unit')) });
  }
  return subjects;
}

/** Read `claims/inbox.yaml` of a repository; undefined when there is none. */
export async function readInbox(root: string): Promise<Inbox | undefined> {
  let text: string;
  try {
    text = decodeUtf8(await readConfined(root, INBOX_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return { file: INBOX_FILE, text: '', candidates: [], subjects: [], error: `${INBOX_FILE}: cannot be read: ${describeIoError(error)}` };
  }
  return parseInbox(text);
}

/** Text fields of a candidate, for display. */
export function candidateField(candidate: InboxCandidate, key: string): string {
  const value = candidate.data[key];
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The candidate's source quote and file. */
export function candidateSource(candidate: InboxCandidate): { readonly file: string; readonly quote: string; readonly line: number | undefined } {
  const source = candidate.data['source'];
  const record = source && typeof source === 'object' ? (source as Record<string, unknown>) : {};
  return {
    file: typeof record['file'] === 'string' ? record['file'] : '',
    quote: typeof record['quote'] === 'string' ? record['quote'] : '',
    line: typeof record['line'] === 'number' ? record['line'] : undefined,
  };
}

/** True when an inbox entry is this candidate (one {@link candidateIdentity}): how it is found again in a changed file. */
export function isSameCandidate(entry: unknown, candidate: InboxCandidate): boolean {
  if (!entry || typeof entry !== 'object') return false;
  const record = entry as Record<string, unknown>;
  const a = candidateSource({ path: [], line: 0, data: record });
  const b = candidateSource(candidate);
  return candidateIdentity(a.file, a.quote, record['value']) === candidateIdentity(b.file, b.quote, candidate.data['value']);
}

/**
 * The claim a candidate becomes when accepted into `subjectId`: the claim fields it has, a
 * fresh id (`<subject>/<outlet>`, numbered when taken), validated by the claim schema.
 */
export function candidateToClaim(candidate: InboxCandidate, subjectId: string, takenIds: ReadonlySet<string>): { readonly claim: Claim } | { readonly error: string } {
  const known = Object.keys(ClaimSchema.shape);
  const fields: Record<string, unknown> = {};
  for (const key of known) if (candidate.data[key] !== undefined) fields[key] = candidate.data[key];
  const outlet = typeof fields['outlet'] === 'string' ? fields['outlet'] : 'claim';
  // The candidate's own id names the extractor's guess (`times/中日新聞/1a2b3c`); a filed claim is named by its subject.
  const id = claimIdFor(subjectId, outlet, takenIds);
  const ordered = { id, subject: subjectId, ...Object.fromEntries(Object.entries(fields).filter(([k]) => k !== 'id' && k !== 'subject')) };
  const parsed = ClaimSchema.safeParse(ordered);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `the candidate is not a valid claim: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}; edit it first (e)` };
  }
  return { claim: parsed.data };
}
