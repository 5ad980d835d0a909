import path from 'node:path';
import { checkRepoPath } from '../util/repo-path.js';
import { saveFile } from './save.js';
import { schemaText } from './schema.js';

/** The name of the JSON Schema file that topic files point their editors to. */
export const SCHEMA_FILE = 'claims.schema.json';

/**
 * The text of a new, empty topic file: the line that gives editors the schema (beside it), its
 * `topic` id (the file's name) and empty lists of subjects and claims.
 */
export function newTopicText(file: string): string {
  const topic = path.posix.basename(file).replace(/\.ya?ml$/, '');
  return [
    `# yaml-language-server: $schema=./${SCHEMA_FILE}`,
    '# A topic file: the subjects (questions) of a case and the claims outlets make about them.',
    `topic: ${topic}`,
    'subjects: []',
    'claims: []',
    '',
  ].join('\n');
}

/** Why a name cannot be a new topic file, or undefined when it can. */
export function topicFileProblem(file: string): string | undefined {
  if (!/^claims\/.+\.ya?ml$/.test(file)) return `expected a file under claims/ ending in .yaml, such as claims/my-case.yaml`;
  if (/^claims\/inbox\.ya?ml$/.test(file)) return 'claims/inbox.yaml is the inbox, not a topic file';
  const topic = path.posix.basename(file).replace(/\.ya?ml$/, '');
  if (!/^[^\s#:'"{}[\],&*!|>%@`]+$/.test(topic)) return `\`${topic}\` cannot be a topic id: no spaces or YAML punctuation`;
  return undefined;
}

/** What {@link createTopicFile} did. */
export type CreateTopicResult = { readonly created: readonly string[] } | { readonly error: string };

/**
 * Create a topic file that does not exist yet (never over an existing one), and the JSON Schema
 * beside it when it is absent, so that the topic file's `$schema` line resolves in an editor.
 */
export async function createTopicFile(root: string, file: string): Promise<CreateTopicResult> {
  const problem = topicFileProblem(file);
  if (problem) return { error: problem };
  const checked = checkRepoPath(root, file);
  if (!checked.ok) return { error: `${file}: ${checked.reason}` };
  const topic = await saveFile(root, checked.relative, newTopicText(checked.relative), undefined, { createFolders: true });
  if (topic.status === 'changed-on-disk') return { error: `${file} exists already: nothing was written` };
  if (topic.status === 'failed') return { error: `${file}: ${topic.reason}` };
  const schema = path.posix.join(path.posix.dirname(checked.relative), SCHEMA_FILE);
  const written = await saveFile(root, schema, schemaText(), undefined);
  // An existing schema file is the user's (or an older version): it is left as it is.
  return { created: written.status === 'saved' ? [checked.relative, schema] : [checked.relative] };
}
