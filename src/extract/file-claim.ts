import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { addAliases, appendClaim, appendSubject } from '../claims/append.js';
import { claimIdFor } from '../claims/claim-id.js';
import { appendYamlText } from '../claims/append-text.js';
import { EditError } from '../claims/edit.js';
import { isDateKind } from '../claims/value-kind.js';
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
import { loadExtractContext, type ExtractContext } from './repository.js';

/**
 * `urazuke add`: file one claim from a quote of a capture. The extractor reads the figure of the
 * quote, its outlet and chain; the claim (and its subject, when the topic has none such) is
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
  /** The subject the claim answers (default: the one the extractor suggests, or a new one). */
  readonly subject?: string | undefined;
  /** Repository-relative topic file (default: the one holding the subject, or the only one). */
  readonly topic?: string | undefined;
  /** The claim id (default: `<subject>/<outlet>`). */
  readonly id?: string | undefined;
}

/** What {@link fileClaim} did; every case but `filed` wrote nothing. */
export type FileClaimResult =
  | { readonly status: 'filed'; readonly id: string; readonly topic: string; readonly createdSubject: string | undefined; readonly candidate: Candidate }
  /** The capture (`file`) or the topic file cannot be read. */
  | { readonly status: 'unreadable'; readonly file: string; readonly reason: string }
  | { readonly status: 'quote-not-found' }
  /** The quote, found at `line`, states no figure the extractor reads. */
  | { readonly status: 'no-figure'; readonly line: number }
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
  const candidate = candidateOf(context, located, request);
  if (!candidate) return { status: 'no-figure', line: located.line };
  const subjectId = request.subject ?? candidate.subject ?? newSubjectId(candidate, context.subjects.map((s) => s.id));
  const topic = request.topic ?? (await defaultTopic(context, subjectId));
  if (typeof topic !== 'string') return topic;
  return appendToTopic(context, topic, { request, located, candidate, subjectId });
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

/** The candidate the quote states: one that fits the named subject's kind, else the most confident. */
function candidateOf(context: ExtractContext, located: Located, request: FileClaimRequest): Candidate | undefined {
  const meta = context.metaOf(request.file);
  const extracted = extractFromText(located.raw, { file: request.file, format: formatOf(request.file), ...(meta ?? {}), outlets: context.outlets });
  const end = located.at + request.quote.length;
  const inside = extracted.figures.filter((f) => f.mention.start >= located.at && f.mention.end <= end);
  if (inside.length === 0) return undefined;
  const candidates = proposeSubjects(buildCandidates([{ ...extracted, figures: inside }]), context.subjects, { newSubjects: false, minConfidence: 0 }).candidates;
  const wanted = request.subject ? context.subjects.find((s) => s.id === request.subject) : undefined;
  return pick(candidates, wanted?.kind);
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
  claim: { readonly request: FileClaimRequest; readonly located: Located; readonly candidate: Candidate; readonly subjectId: string },
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
      const known = context.claimSet.subjects.some((s) => s.subject.id === subjectId);
      createdSubject = known ? undefined : appendSubject(doc, newSubject(subjectId, request.quote, candidate));
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
  return { status: 'filed', id, topic, createdSubject, candidate };
}

/** A subject for a figure no subject answers yet: its question is left for the reviewer to write. */
function newSubject(id: string, quote: string, candidate: Candidate): Subject {
  return {
    id,
    question: `(to be written) What does the figure in "${quote.length > 40 ? `${quote.slice(0, 40)}…` : quote}" answer?`,
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

/** The candidate to file: one that fits the subject's kind, else the most confident. */
function pick(candidates: readonly Candidate[], kind: string | undefined): Candidate | undefined {
  const fitting = kind ? candidates.filter((c) => (isDateKind(kind) ? isDateKind(c.kind) : !isDateKind(c.kind))) : [];
  const pool = fitting.length > 0 ? fitting : candidates;
  return [...pool].sort((a, b) => b.confidence - a.confidence)[0];
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
