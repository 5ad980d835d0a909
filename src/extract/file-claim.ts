import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { addAliases, appendClaim, appendSubject } from '../claims/append.js';
import { claimIdFor } from '../claims/claim-id.js';
import { appendYamlText } from '../claims/append-text.js';
import { EditError } from '../claims/edit.js';
import { contentHash, decodeUtf8, describeIoError, saveFile } from '../claims/save.js';
import type { Claim, Subject } from '../claims/schema.js';
import { decode } from '../sources/decode.js';
import { LineIndex } from '../sources/line-index.js';
import { readConfined } from '../util/confined-file.js';
import { buildCandidates, type Candidate } from './candidates.js';
import { proposeSubjects } from './subjects.js';
import { extractFromText } from './document.js';
import { anchorQuote } from '../anchor/anchor.js';
import { formatOf, layout } from '../sources/layout.js';
import { isDateKind } from '../claims/value-kind.js';
import { loadExtractContext, type ExtractContext } from './repository.js';
import { chooseSubject, kindUnitMisfit, placeholderQuestion } from './subject-fit.js';

/**
 * `urazuke add`: file one claim from a quote of a capture. The extractor reads the figure of the
 * quote (the one `--figure` names when it holds several), its outlet and chain; the subject is
 * the one named, or an existing one whose kind, unit and question fit, or a new one
 * (`subject-fit.ts`, which also says why); the claim (and its subject, when it is new) is
 * appended to the topic file through the YAML Document API, so its comments stay, and saved
 * only if the file did not change on disk meanwhile.
 */

/** What to file. */
export interface FileClaimRequest {
  /** Absolute path of the repository root. */
  readonly root: string;
  /** Repository-relative path of the capture (POSIX); it is read confined to the repository. */
  readonly file: string;
  /** The words of the capture that state the figure, verbatim. */
  readonly quote: string;
  /** The subject the claim answers (default: an existing subject that fits, or a new one). */
  readonly subject?: string | undefined;
  /** Repository-relative topic file (default: the one holding the subject, or the only one). */
  readonly topic?: string | undefined;
  /** The claim id (default: `<subject>/<outlet>`). */
  readonly id?: string | undefined;
  /** Which figure of the quote to file when it holds several (`150人`, `150`). */
  readonly figure?: string | undefined;
}

/** A figure of the quote, as offered to choose from. */
export interface OfferedFigure {
  /** As written (`150人`). */
  readonly figure: string;
  /** In plain words (`150 people (150人)`). */
  readonly says: string;
}

/** What {@link fileClaim} did; every case but `filed` wrote nothing. */
export type FileClaimResult =
  | {
      readonly status: 'filed';
      readonly id: string;
      readonly topic: string;
      /** The subject filed under, whether it was made for the claim, and why it was chosen. */
      readonly subject: string;
      readonly createdSubject: string | undefined;
      readonly reason: string;
      readonly candidate: Candidate;
      /** The quote's other figures, not filed (`--figure` chooses one of them instead). */
      readonly others: readonly OfferedFigure[];
    }
  /** The capture (`file`) or the topic file cannot be read. */
  | { readonly status: 'unreadable'; readonly file: string; readonly reason: string }
  | { readonly status: 'quote-not-found' }
  /** The quote, found at `line`, states no figure the extractor reads. */
  | { readonly status: 'no-figure'; readonly line: number }
  /** The quote holds several figures and none is clearly the claim (or `--figure` named none, or several): these. */
  | { readonly status: 'figure-needed'; readonly line: number; readonly figures: readonly OfferedFigure[]; readonly asked: string | undefined }
  /** The subject named cannot hold the figure (its kind or unit): why. */
  | { readonly status: 'subject-misfit'; readonly subject: string; readonly reason: string; readonly candidate: Candidate }
  /** No topic named, and the repository has several: these. */
  | { readonly status: 'topic-needed'; readonly topics: readonly string[] }
  | { readonly status: 'invalid-topic'; readonly topic: string; readonly message: string }
  | { readonly status: 'changed-on-disk'; readonly topic: string }
  /** Writing the topic file failed: nothing was replaced. */
  | { readonly status: 'unwritable'; readonly topic: string; readonly reason: string }
  /** Appending to the topic file failed. */
  | { readonly status: 'failed'; readonly topic: string; readonly reason: string };

/** The quote located in its capture. */
interface Located {
  /** The capture's decoded text, and the text the quote is found in (HTML: its text content). */
  readonly raw: string;
  readonly text: string;
  /** Offset of the quote in `text`, and the line it starts on in the capture. */
  readonly at: number;
  readonly line: number;
}

/** File one claim (see the module comment). */
export async function fileClaim(request: FileClaimRequest): Promise<FileClaimResult> {
  let bytes: Buffer;
  try {
    bytes = await readConfined(request.root, request.file);
  } catch (error) {
    return { status: 'unreadable', file: request.file, reason: describeIoError(error) };
  }
  const located = locate(decode(bytes).text, request);
  if (!located) return { status: 'quote-not-found' };
  const context = await loadExtractContext(request.root);
  const named = request.subject === undefined ? undefined : context.claimSet.subjects.find((s) => s.subject.id === request.subject)?.subject;
  const found = figureOf(candidatesIn(context, located, request), request.figure, named);
  if (found.status === 'none') return { status: 'no-figure', line: located.line };
  if (found.status === 'choose') return { status: 'figure-needed', line: located.line, figures: found.figures.map((c) => ({ figure: c.figure, says: c.says })), asked: request.figure };
  const { candidate, others } = found;
  const subjects = context.claimSet.subjects.map((s) => s.subject);
  const suggestedIsNew = candidate.subject !== undefined && !subjects.some((s) => s.id === candidate.subject);
  const choice = chooseSubject({
    named: request.subject,
    suggested: candidate.subject,
    figure: candidate,
    quote: request.quote,
    context: candidate.source.quote,
    subjects,
    newId: suggestedIsNew ? candidate.subject! : newSubjectId(candidate, subjects.map((s) => s.id)),
  });
  if (choice.status === 'misfit') return { status: 'subject-misfit', subject: choice.id, reason: choice.reason, candidate };
  const topic = request.topic ?? (await defaultTopic(context, choice.id));
  if (typeof topic !== 'string') return topic;
  const filed = await appendToTopic(context, topic, { request, located, candidate, subjectId: choice.id, existing: choice.existing, reason: choice.reason });
  return filed.status === 'filed' ? { ...filed, others: others.map((c) => ({ figure: c.figure, says: c.says })) } : filed;
}

/**
 * Where the quote is in the capture, found as `check` finds it (`anchorQuote` over the decoded
 * text and the text content that `src/sources` reads), then placed in the text extraction
 * reads (HTML: its text content), so the claim filed is one `check` anchors.
 */
function locate(raw: string, request: FileClaimRequest): Located | undefined {
  const laid = formatOf(request.file) === 'html' ? layout(raw, 'html') : undefined;
  const lines = new LineIndex(raw);
  const anchored = anchorQuote({ text: raw, lines, view: laid?.view }, { quote: request.quote });
  if (anchored.kind !== 'exact' && anchored.kind !== 'ambiguous') return undefined;
  const text = laid?.view ? laid.view.text : raw;
  // the first occurrence at or after the anchored place, in the text extraction reads
  let at = text.indexOf(request.quote);
  if (laid?.view) {
    for (let k = at; k >= 0; k = text.indexOf(request.quote, k + 1)) {
      if (laid.view.toFileOffset(k) >= anchored.start) {
        at = k;
        break;
      }
    }
  } else at = anchored.start;
  if (at < 0) return undefined;
  return { raw, text, at, line: lines.pointAt(anchored.start).line };
}

/** The candidates of the figures inside the quote, in the order they are written. */
function candidatesIn(context: ExtractContext, located: Located, request: FileClaimRequest): Candidate[] {
  const meta = context.metaOf(request.file);
  const extracted = extractFromText(located.raw, { file: request.file, format: formatOf(request.file), ...(meta ?? {}), outlets: context.outlets });
  const end = located.at + request.quote.length;
  const inside = extracted.figures.filter((f) => f.mention.start >= located.at && f.mention.end <= end);
  if (inside.length === 0) return [];
  return [...proposeSubjects(buildCandidates([{ ...extracted, figures: inside }]), context.subjects, { newSubjects: false, minConfidence: 0 }).candidates];
}

/**
 * The figure to file: the one `--figure` names (its words as written, `150人`, or its number,
 * `150`); else the only one; else, among those that fit the subject named and are more than
 * noise (confidence 0.5 and up), the only number (a count, quantity or share), else the only
 * date, else the only other reading (a place, a yes or no): a number is what a quote is filed
 * for, a date beside it mostly says when. Otherwise the user chooses.
 */
function figureOf(
  candidates: readonly Candidate[],
  asked: string | undefined,
  named: Subject | undefined,
): { readonly status: 'one'; readonly candidate: Candidate; readonly others: readonly Candidate[] } | { readonly status: 'choose'; readonly figures: readonly Candidate[] } | { readonly status: 'none' } {
  if (candidates.length === 0) return { status: 'none' };
  const distinct = (list: readonly Candidate[]): Candidate[] => list.filter((c, i) => list.findIndex((d) => d.figure === c.figure && d.kind === c.kind) === i);
  const one = (candidate: Candidate): { readonly status: 'one'; readonly candidate: Candidate; readonly others: readonly Candidate[] } => ({
    status: 'one',
    candidate,
    others: distinct(candidates.filter((c) => c !== candidate && c.figure !== candidate.figure)),
  });
  if (asked !== undefined) {
    const matching = distinct(candidates.filter((c) => namesFigure(asked, c.figure)));
    return matching.length === 1 ? one(matching[0]!) : { status: 'choose', figures: distinct(candidates) };
  }
  const all = distinct(candidates);
  if (all.length === 1) return one(all[0]!);
  const fitting = named ? all.filter((c) => kindUnitMisfit(c, named) === undefined) : all;
  const pool = fitting.length > 0 ? fitting : all;
  const claims = pool.filter((c) => c.confidence >= 0.5);
  const tiers = [(c: Candidate) => c.kind === 'count' || c.kind === 'quantity' || c.kind === 'share', (c: Candidate) => isDateKind(c.kind), () => true];
  for (const tier of tiers) {
    const found = (claims.length > 0 ? claims : pool).filter(tier);
    if (found.length === 1) return one(found[0]!);
    if (found.length > 1) return { status: 'choose', figures: found };
  }
  return { status: 'choose', figures: pool };
}

/** True when `asked` is the figure as written, or its number standing alone in it (`150` of `150人`, never of `1500`). */
function namesFigure(asked: string, figure: string): boolean {
  const a = asked.normalize('NFKC').trim();
  const f = figure.normalize('NFKC');
  if (a === '' || a === f) return a !== '';
  for (let k = f.indexOf(a); k >= 0; k = f.indexOf(a, k + 1)) {
    const before = f[k - 1];
    const after = f[k + a.length];
    if (!/[\d.,]/.test(before ?? '') && !/[\d.,]/.test(after ?? '')) return true;
  }
  return false;
}

/** The topic file holding the subject, or the only one, or `claims/extracted.yaml` when there is none. */
async function defaultTopic(context: ExtractContext, subjectId: string): Promise<string | FileClaimResult> {
  const holding = context.claimSet.subjects.find((s) => s.subject.id === subjectId)?.topic.file;
  if (holding) return holding;
  const topics = await topicFiles(context.root);
  if (topics.length > 1) return { status: 'topic-needed', topics };
  return topics[0] ?? 'claims/extracted.yaml';
}

/**
 * Append the claim (and its subject when no topic defines it) to the topic file, through
 * `appendYamlText` (only the appended lines are new; every other line keeps its bytes), and save it
 * confined to the repository, only over the bytes it was read as.
 */
async function appendToTopic(
  context: ExtractContext,
  written: string,
  claim: {
    readonly request: FileClaimRequest;
    readonly located: Located;
    readonly candidate: Candidate;
    readonly subjectId: string;
    readonly existing: boolean;
    readonly reason: string;
  },
): Promise<FileClaimResult> {
  const topic = path.posix.normalize(written);
  let original: Buffer | undefined;
  try {
    original = await readConfined(context.root, topic);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { status: 'unreadable', file: topic, reason: describeIoError(error) };
  }
  const text = original
    ? decodeUtf8(original)
    : `# yaml-language-server: $schema=./claims.schema.json\ntopic: ${path.basename(topic).replace(/\.ya?ml$/, '')}\nsubjects: []\nclaims: []\n`;
  const { request, candidate, subjectId } = claim;
  let id = '';
  let createdSubject: string | undefined;
  let edited: string;
  try {
    edited = appendYamlText(text, (doc) => {
      createdSubject = claim.existing ? undefined : appendSubject(doc, newSubject(subjectId, request.quote, candidate));
      id = appendClaim(doc, claimOf(context, claim, createdSubject ?? subjectId));
      if (typeof candidate.value === 'string' && candidate.aliases) addAliases(doc, candidate.value, candidate.aliases);
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof EditError) return { status: 'invalid-topic', topic, message: message.replace(/^the file is not valid YAML \((.*)\); fix it first$/, '$1') };
    return { status: 'failed', topic, reason: message };
  }
  const saved = await saveFile(context.root, topic, edited, original ? contentHash(original) : undefined, { createFolders: true });
  if (saved.status === 'changed-on-disk') return { status: 'changed-on-disk', topic };
  if (saved.status === 'failed') return { status: 'unwritable', topic, reason: saved.reason };
  return { status: 'filed', id, topic, subject: subjectId, createdSubject, reason: claim.reason, candidate, others: [] };
}

/** A subject for a figure no subject answers yet: its question is left for the reviewer to write. */
function newSubject(id: string, quote: string, candidate: Candidate): Subject {
  return {
    id,
    question: placeholderQuestion(quote),
    kind: candidate.kind,
    ...(candidate.unit && candidate.unit !== 'share' ? { unit: candidate.unit } : {}),
  };
}

/** The claim filed for the candidate under `subject`. */
function claimOf(context: ExtractContext, claim: { readonly request: FileClaimRequest; readonly located: Located; readonly candidate: Candidate }, subject: string): Claim {
  const { request, located, candidate } = claim;
  return {
    id: request.id ?? claimIdFor(subject, candidate.outlet, new Set(context.claims.map((c) => c.id))),
    subject,
    value: candidate.value,
    says: candidate.says,
    outlet: candidate.outlet,
    ...(candidate.published ? { published: candidate.published } : {}),
    ...(candidate.as_of ? { as_of: candidate.as_of } : {}),
    ...(candidate.as_of_from ? { as_of_from: candidate.as_of_from } : {}),
    chain: [...candidate.chain],
    source: { file: request.file, quote: request.quote, ...distinguishing(located.text, request.quote, located.at), line: located.line },
  };
}

/**
 * When the quote occurs more than once in the capture, the shortest `prefix` (or else `suffix`)
 * that makes the occurrence at `at` the only one (W3C TextQuoteSelector), so check finds it.
 */
function distinguishing(text: string, quote: string, at: number): { prefix?: string; suffix?: string } {
  if (text.indexOf(quote, text.indexOf(quote) + 1) < 0) return {};
  const count = (needle: string): number => {
    let n = 0;
    for (let i = text.indexOf(needle); i >= 0 && n < 2; i = text.indexOf(needle, i + 1)) n++;
    return n;
  };
  for (let k = 1; k <= 64; k++) {
    const prefix = text.slice(Math.max(0, at - k), at);
    // within the line: a selector with a line break in it is hard to read and to keep
    if (prefix.length === k && !/[\r\n]/.test(prefix) && prefix.trim() !== '' && count(prefix + quote) === 1) return { prefix };
    const end = at + quote.length;
    const suffix = text.slice(end, end + k);
    if (suffix.length === k && !/[\r\n]/.test(suffix) && suffix.trim() !== '' && count(quote + suffix) === 1) return { suffix };
  }
  return {};
}

function newSubjectId(candidate: Candidate, taken: readonly string[]): string {
  const head = (candidate.unit ?? candidate.kind).replace(/\s+/g, '-');
  let n = 1;
  while (taken.includes(`${head}-${n}`)) n++;
  return `${head}-${n}`;
}

/** Topic files of the repository (claims/*.yaml but the inbox), sorted. */
async function topicFiles(root: string): Promise<string[]> {
  try {
    const names = await readdir(path.join(root, 'claims'));
    return names.filter((n) => /\.ya?ml$/.test(n) && !/^inbox\.ya?ml$/.test(n)).sort().map((n) => `claims/${n}`);
  } catch {
    return [];
  }
}
