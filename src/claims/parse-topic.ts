import { readYamlLazily, type LazyYaml, type ParsedYaml } from '../yaml/lazy-document.js';
import { firstLine, yamlErrorFindings, zodFindings } from '../yaml/findings.js';
import type { YamlPath } from '../yaml/positions.js';
import { createFinding, restoreFinding, type Finding, type Place } from '../util/message.js';
import type { LoadedClaim, LoadedSubject, LoadedTopic, StoredTopic } from './load.js';
import { AliasesSchema, ClaimSchema, SubjectSchema, type Aliases } from './schema.js';

/*
 * Parsing the text of one topic file into its subjects, claims and findings. Apart from `load.ts`
 * because the claim schema (zod) and the YAML readers cost tens of milliseconds to load:
 * `loadTopicFile` imports this module with the first claim file it reads, so a repository with
 * none (and a check the cache answers) never pays for them.
 */

/** Options of `yaml`'s parser for claim files (also what the fast reader must agree with). */
export const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const;

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

function idOf(entry: unknown): string | undefined {
  if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
    const id = (entry as Record<string, unknown>)['id'];
    if (typeof id === 'string') return id;
  }
  return undefined;
}
