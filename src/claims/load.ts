import { decodeUtf8Strict } from '../util/strict-decode.js';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { FileTooLargeError, NotRegularFileError, OutsideRepositoryError, readConfined } from '../util/confined-file.js';
import { describeIoError } from '../util/io-error.js';
import { createFinding, restoreFinding, storeFinding, type Finding, type Place, type StoredFinding } from '../util/message.js';
import { firstLine, yamlErrorFindings, zodFindings } from '../yaml/findings.js';
import { readYamlLazily, type LazyYaml, type ParsedYaml } from '../yaml/lazy-document.js';
import type { YamlPath } from '../yaml/positions.js';
import {
  AliasesSchema,
  ClaimSchema,
  SubjectSchema,
  type Aliases,
  type Claim,
  type Subject,
} from './schema.js';

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

/** Options of `yaml`'s parser for claim files (also what the fast reader must agree with). */
export const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const;


/** Files under `claims/` that are not topic files. */
const NOT_TOPICS = new Set(['inbox.yaml', 'inbox.yml']);

/** What a topic is being read into: its subjects, claims, header fields and findings. */
interface TopicParts {
  readonly file: string;
  readonly findings: Finding[];
  readonly subjects: LoadedSubject[];
  readonly claims: LoadedClaim[];
  topicId: string | undefined;
  title: string | undefined;
  aliases: Aliases;
  /** The place of a YAML path, parsing the Document on first use. */
  readonly at: (p: YamlPath, key?: boolean) => Place;
}

/**
 * Parse one claim file. Never throws: YAML and schema problems become findings with file, line
 * and column, and every entry that is valid is kept, so one bad claim does not hide the rest.
 */
export function parseTopic(file: string, text: string, stored?: StoredTopic): { readonly topic: LoadedTopic; readonly findings: Finding[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // The values come from the fast reader when it can vouch for them, and so do the places of
  // values; the Document (keys' places, comments, edits) is parsed only when something asks for it.
  // A topic restored from a cache reads its text only when a place is asked for.
  let read: LazyYaml | undefined;
  const lazy = (): LazyYaml => (read ??= readYamlLazily(body, YAML_OPTIONS));
  const full = (): ParsedYaml => lazy().full();
  const place = (p: YamlPath, options: { readonly key?: boolean } = {}): Place => lazy().place(p, options);
  const parts: TopicParts = {
    file,
    findings: [],
    subjects: [],
    claims: [],
    topicId: undefined,
    title: undefined,
    aliases: {},
    at: (p, key) => place(p, key === undefined ? {} : { key }),
  };
  const topic: LoadedTopic = {
    file,
    text,
    get doc() {
      return full().doc;
    },
    get lineCounter() {
      return full().lineCounter;
    },
    get topic() {
      return parts.topicId;
    },
    get title() {
      return parts.title;
    },
    get aliases() {
      return parts.aliases;
    },
    subjects: parts.subjects,
    claims: parts.claims,
    placeOf: (p, options) => place(p, options),
  };
  if (stored) {
    parts.topicId = stored.topicId;
    parts.title = stored.title;
    parts.aliases = stored.aliases;
    for (const { subject, index } of stored.subjects) parts.subjects.push({ subject, topic, index });
    for (const { claim, index } of stored.claims) parts.claims.push({ claim, topic, index });
    return { topic, findings: stored.findings.map(restoreFinding) };
  }
  const fast = lazy().fast;
  const data = fast ? (fast.value ?? null) : dataOf(full(), parts, body);
  const record = data === undefined ? undefined : topMap(data, parts);
  if (record) {
    readHeader(record, parts);
    readEntries(record, parts, topic);
  }
  return { topic, findings: parts.findings };
}

/** The data of a parsed Document, or undefined (with findings) when it has YAML errors or cannot be built. */
function dataOf(parsed: ParsedYaml, parts: TopicParts, text: string): unknown {
  const { doc, lineCounter } = parsed;
  parts.findings.push(...yamlErrorFindings(doc.errors, parts.file, lineCounter, text));
  if (doc.errors.length > 0) return undefined;
  try {
    return doc.toJS({ maxAliasCount: 100 }) ?? null;
  } catch (error) {
    const reason = `Invalid YAML: ${firstLine(error instanceof Error ? error.message : String(error))}`;
    parts.findings.push(createFinding(reason, { ruleId: 'yaml-syntax', file: parts.file, place: parts.at([]) }));
    return undefined;
  }
}

/** The top-level map of a claim file, or undefined (with a finding) when the file is empty or not a map. */
function topMap(data: unknown, parts: TopicParts): Record<string, unknown> | undefined {
  const wrong = (reason: string): undefined => {
    parts.findings.push(createFinding(reason, { ruleId: 'schema', file: parts.file, place: parts.at([]) }));
    return undefined;
  };
  if (data === null || data === undefined) return wrong('Unexpected empty claim file, expected a map with `topic`, `subjects` and `claims`');
  if (typeof data !== 'object' || Array.isArray(data)) {
    return wrong(`Unexpected ${Array.isArray(data) ? 'sequence' : typeof data} at the top of the file, expected a map with \`topic\`, \`subjects\` and \`claims\``);
  }
  return data as Record<string, unknown>;
}

/** The keys of the top of a claim file: `topic`, `title`, `aliases` (and no other key but the lists). */
function readHeader(record: Record<string, unknown>, parts: TopicParts): void {
  const { file, findings, at } = parts;
  const known = new Set(['topic', 'title', 'aliases', 'subjects', 'claims']);
  for (const key of Object.keys(record)) {
    if (known.has(key)) continue;
    const reason = `Unexpected key \`${key}\` at the top of the file, expected one of ${[...known].map((k) => `\`${k}\``).join(', ')}`;
    findings.push(createFinding(reason, { ruleId: 'schema', file, place: at([key], true) }));
  }
  if (typeof record['topic'] === 'string' && /^\S+$/.test(record['topic'])) parts.topicId = record['topic'];
  else findings.push(createFinding('Unexpected or missing `topic`, expected an id such as `line-2021`', { ruleId: 'schema', file, place: at(['topic']) }));
  if (record['title'] !== undefined) {
    if (typeof record['title'] === 'string') parts.title = record['title'];
    else findings.push(createFinding('Unexpected `title`, expected a string', { ruleId: 'schema', file, place: at(['title']) }));
  }
  if (record['aliases'] !== undefined) {
    const parsed = AliasesSchema.safeParse(record['aliases']);
    if (parsed.success) parts.aliases = parsed.data;
    else findings.push(...zodFindings(parsed.error, file, ['aliases'], at));
  }
}

/** The `subjects` and `claims` of a claim file, each entry validated on its own. */
function readEntries(record: Record<string, unknown>, parts: TopicParts, topic: LoadedTopic): void {
  const { file, findings, at } = parts;
  const list = (key: 'subjects' | 'claims'): unknown[] => {
    const value = record[key];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    findings.push(createFinding(`Unexpected \`${key}\`, expected a sequence`, { ruleId: 'schema', file, place: at([key]) }));
    return [];
  };
  list('subjects').forEach((entry, index) => {
    const parsed = SubjectSchema.safeParse(entry);
    if (parsed.success) parts.subjects.push({ subject: parsed.data, topic, index });
    else findings.push(...zodFindings(parsed.error, file, ['subjects', index], at, idOf(entry)));
  });
  list('claims').forEach((entry, index) => {
    const parsed = ClaimSchema.safeParse(entry);
    if (parsed.success) parts.claims.push({ claim: parsed.data, topic, index });
    else findings.push(...zodFindings(parsed.error, file, ['claims', index], at, idOf(entry)));
  });
}

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

function idOf(entry: unknown): string | undefined {
  if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
    const id = (entry as Record<string, unknown>)['id'];
    if (typeof id === 'string') return id;
  }
  return undefined;
}

export type { Claim, Subject };
