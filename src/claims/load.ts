import { decodeUtf8Strict } from '../util/strict-decode.js';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { FileTooLargeError, NotRegularFileError, OutsideRepositoryError, readConfined } from '../util/confined-file.js';
import { describeIoError } from '../util/io-error.js';
import { createFinding, storeFinding, type Finding, type Place, type StoredFinding } from '../util/message.js';
import type { YamlPath } from '../yaml/positions.js';
import type { Aliases, Claim, Subject } from './schema.js';

/** Largest claim file read; larger ones are reported, not parsed. */
export const MAX_CLAIM_FILE_BYTES = 64 * 1024 * 1024;

/** A subject as loaded, with where it stands. */
export interface LoadedSubject {
  readonly subject: Subject;
  readonly topic: LoadedTopic;
  /** Index in the topic's `subjects` sequence. */
  readonly index: number;
}

/** A claim as loaded, with where it stands. */
export interface LoadedClaim {
  readonly claim: Claim;
  readonly topic: LoadedTopic;
  /** Index in the topic's `claims` sequence. */
  readonly index: number;
}

/** One parsed claim file: its YAML document (kept for positions and comment-preserving edits) and its valid entries. */
export interface LoadedTopic {
  /** Repository-relative POSIX path, e.g. `claims/line-2021.yaml`. */
  readonly file: string;
  readonly text: string;
  readonly doc: Document;
  readonly lineCounter: LineCounter;
  readonly topic: string | undefined;
  readonly title: string | undefined;
  readonly aliases: Aliases;
  readonly subjects: readonly LoadedSubject[];
  readonly claims: readonly LoadedClaim[];
  /** Place of the node at a YAML path (or its nearest existing ancestor). */
  placeOf(path: YamlPath, options?: { readonly key?: boolean }): Place;
}

/** Every claim file of a repository. */
export interface ClaimSet {
  /** Absolute path of the repository root. */
  readonly root: string;
  readonly topics: readonly LoadedTopic[];
  readonly subjects: readonly LoadedSubject[];
  readonly claims: readonly LoadedClaim[];
  /** `yaml-syntax` and `schema` findings. */
  readonly findings: readonly Finding[];
}

/**
 * What parsing a topic file found, as plain data: its header, its valid entries with their
 * indexes, and its findings. A cache keeps it by the file's text, so an unchanged file is not
 * parsed again (see `check/cache.ts`).
 */
export interface StoredTopic {
  readonly topicId: string | undefined;
  readonly title: string | undefined;
  readonly aliases: Aliases;
  readonly subjects: readonly { readonly subject: Subject; readonly index: number }[];
  readonly claims: readonly { readonly claim: Claim; readonly index: number }[];
  readonly findings: readonly StoredFinding[];
}

/** Where {@link loadClaimSet} finds topics parsed before and keeps the ones it parses. */
export interface TopicStore {
  /** The topic parsed from exactly this text of this file, if kept. */
  get(file: string, text: string): StoredTopic | undefined;
  set(file: string, text: string, topic: StoredTopic): void;
}

/** A parsed topic as plain data, for a {@link TopicStore}. */
export function storeTopic(topic: LoadedTopic, findings: readonly Finding[]): StoredTopic {
  return {
    topicId: topic.topic,
    title: topic.title,
    aliases: topic.aliases,
    subjects: topic.subjects.map(({ subject, index }) => ({ subject, index })),
    claims: topic.claims.map(({ claim, index }) => ({ claim, index })),
    findings: findings.map(storeFinding),
  };
}

/** Files under `claims/` that are not topic files. */
const NOT_TOPICS = new Set(['inbox.yaml', 'inbox.yml']);

/**
 * Load every topic file under `<root>/claims/` (recursively, `.yaml` and `.yml`, in path order;
 * `inbox.yaml` holds candidates and is not a topic). Unreadable files become findings.
 */
export async function loadClaimSet(root: string, options: { readonly store?: TopicStore | undefined } = {}): Promise<ClaimSet> {
  const absRoot = path.resolve(root);
  const files = await listClaimFiles(absRoot);
  const topics: LoadedTopic[] = [];
  const findings: Finding[] = [];
  for (const file of files) {
    const result = await loadTopicFile(absRoot, file, options.store);
    if (result.topic) topics.push(result.topic);
    findings.push(...result.findings);
  }
  return {
    root: absRoot,
    topics,
    subjects: topics.flatMap((t) => t.subjects),
    claims: topics.flatMap((t) => t.claims),
    findings,
  };
}

/** Read and parse one claim file, given its repository-relative path. */
export async function loadTopicFile(
  absRoot: string,
  file: string,
  store?: TopicStore,
): Promise<{ readonly topic: LoadedTopic | undefined; readonly findings: Finding[] }> {
  let buffer: Buffer;
  try {
    // Confined to the repository (a symlink leading out is refused, never read), opened without
    // blocking (a FIFO would block a read for ever) and refused above the size cap before reading.
    buffer = await readConfined(absRoot, file, { maxBytes: MAX_CLAIM_FILE_BYTES });
  } catch (error) {
    return { topic: undefined, findings: [unreadable(file, error)] };
  }
  const decoded = decodeUtf8Strict(buffer);
  const { invalid } = decoded;
  if (invalid) {
    return {
      topic: undefined,
      findings: [createFinding('Unexpected bytes that are not UTF-8, expected a UTF-8 claim file', { ruleId: 'yaml-syntax', file, place: invalid })],
    };
  }
  // A byte-order mark is kept in the text (parseTopic skips it): edits keep it, and the text's
  // UTF-8 bytes are the file's, which is what a save compares on disk.
  const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  const text = bom ? `\uFEFF${decoded.text}` : decoded.text;
  // The schema and the YAML readers load with the first claim file to parse (`parse-topic.ts`).
  const { parseTopic } = await import('./parse-topic.js');
  if (!store) return parseTopic(file, text);
  const stored = store.get(file, text);
  if (stored) return parseTopic(file, text, stored);
  const parsed = parseTopic(file, text);
  store.set(file, text, storeTopic(parsed.topic, parsed.findings));
  return parsed;
}

/** Repository-relative paths of the topic files, sorted. */
export async function listClaimFiles(absRoot: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(path.join(absRoot, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) await walk(rel);
      else if (/\.ya?ml$/i.test(entry.name) && !(dir === 'claims' && NOT_TOPICS.has(entry.name))) out.push(rel);
    }
  };
  await walk('claims');
  return out.sort();
}

/** The finding for a claim file that is not read: outside the repository, not a regular file, too large, unreadable. */
function unreadable(file: string, error: unknown): Finding {
  if (error instanceof OutsideRepositoryError) {
    return createFinding(`Unexpected claim file that is ${error.message}, expected a file inside it`, { ruleId: 'file-outside', file });
  }
  if (error instanceof NotRegularFileError) {
    return createFinding('Unexpected claim file that is not a regular file (a FIFO, socket or device), expected a YAML file', { ruleId: 'yaml-syntax', file });
  }
  if (error instanceof FileTooLargeError) {
    return createFinding(`Unexpected claim file of ${error.size} bytes, expected at most ${error.maxBytes}: split it into topics`, { ruleId: 'yaml-syntax', file });
  }
  return createFinding(`Cannot read claim file: ${describeIoError(error)}`, { ruleId: 'yaml-syntax', file });
}

export type { Claim, Subject };
