import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { yamlErrorFindings, zodFindings } from '../yaml/findings.js';
import { placeOf, type YamlPath } from '../yaml/positions.js';
import { createFinding, type Finding } from '../util/message.js';
import { OutsideRepositoryError, readConfined } from '../util/confined-file.js';
import { describeFsError } from './load.js';

/** Where a repository names outlets of its own, relative to its root. */
export const OUTLETS_FILE = 'seeds/outlets.yaml';

/** One outlet a repository names: its canonical name, other spellings, and the hosts of its addresses. */
export const OutletEntrySchema = z.object({
  name: z.string().min(1).describe('The outlet as candidates name it.'),
  spellings: z.array(z.string().min(1)).optional().describe('Other ways pages write it (short forms, other scripts).'),
  hosts: z.array(z.string().min(1)).optional().describe('Hosts of its addresses (a suffix match: example.jp covers news.example.jp).'),
});

export type OutletEntry = z.infer<typeof OutletEntrySchema>;

/** `seeds/outlets.yaml` as loaded: the valid entries, and findings with line and column for the rest. */
export interface OutletFile {
  readonly outlets: readonly OutletEntry[];
  readonly findings: readonly Finding[];
}

/** Load `seeds/outlets.yaml` under `root`: a missing file is no outlets; never throws. */
export async function loadOutletFile(root: string): Promise<OutletFile> {
  let text: string;
  try {
    // Confined: an outlet list linked out of the repository is never read.
    text = (await readConfined(root, OUTLETS_FILE)).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { outlets: [], findings: [] };
    const finding =
      error instanceof OutsideRepositoryError
        ? createFinding(`Unexpected outlet list that is ${error.message}, expected a file inside it; it was not read`, { ruleId: 'file-outside', file: OUTLETS_FILE })
        : createFinding(`Cannot read the outlet list: ${describeFsError(error)}`, { ruleId: 'yaml-syntax', file: OUTLETS_FILE });
    return { outlets: [], findings: [finding] };
  }
  return parseOutletFile(text);
}

/** Parse the text of an outlet list: `outlets:` followed by entries (a bare list is accepted too). */
export function parseOutletFile(text: string, file: string = OUTLETS_FILE): OutletFile {
  const lineCounter = new LineCounter();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const doc = parseDocument(body, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const findings: Finding[] = yamlErrorFindings(doc.errors, file, lineCounter, body);
  if (doc.errors.length > 0) return { outlets: [], findings };
  const at = (p: YamlPath) => placeOf(doc, lineCounter, p, {});
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { outlets: [], findings: [createFinding(`Invalid YAML: ${error instanceof Error ? error.message : String(error)}`, { ruleId: 'yaml-syntax', file, place: at([]) })] };
  }
  if (data === null || data === undefined) return { outlets: [], findings };
  const record = typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  const list = Array.isArray(data) ? data : record?.['outlets'];
  const base: YamlPath = Array.isArray(data) ? [] : ['outlets'];
  if (!Array.isArray(list)) {
    findings.push(createFinding('Unexpected outlet list shape, expected `outlets:` followed by a list of `name:` entries', { ruleId: 'schema', file, place: at([]) }));
    return { outlets: [], findings };
  }
  const outlets: OutletEntry[] = [];
  list.forEach((raw, index) => {
    const result = OutletEntrySchema.safeParse(raw);
    if (result.success) outlets.push(result.data);
    else findings.push(...zodFindings(result.error, file, [...base, index], at));
  });
  return { outlets, findings };
}
