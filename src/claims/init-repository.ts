import { mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { CATALOG_FILE } from '../sources/catalog.js';
import { describeIoError, saveFile } from './save.js';
import { schemaText } from './schema.js';

/**
 * `urazuke init`: lay out a new repository — `seeds/` with a commented `sources.yaml`, `claims/`
 * with `claims.schema.json` (so editors check topic files as they are typed) and a commented
 * topic file with no subjects yet. A file that exists is kept as it is, never overwritten: init
 * run again, or in a repository begun by hand, only adds what is missing.
 */

/** What init did to one path (repository-relative, POSIX; folders end with `/`). */
export interface InitStep {
  readonly file: string;
  readonly status: 'created' | 'kept';
}

/** Result of {@link initRepository}. */
export type InitResult =
  | { readonly status: 'done'; readonly steps: readonly InitStep[]; readonly topicFile: string }
  /** A path could not be created (permission, a file where a folder must be): `steps` were done before it. */
  | { readonly status: 'failed'; readonly file: string; readonly reason: string; readonly steps: readonly InitStep[] };

/** The commented catalog a new repository starts with. */
export const SOURCES_TEMPLATE = `# The captures of this case and what is known of each. The captures themselves (the
# .txt, .md and .html files beside this one) are never edited: what is known of them lives here.
#
# \`urazuke capture <file…>\` copies a capture here and writes its entry, read from the document
# itself; check what it read and correct it. Each entry:
#   file       the capture, relative to the repository (seeds/…)
#   title      the page's title
#   site       the site it was captured from, when it is a name (the first link of every chain)
#   outlet     the outlet whose article it is, when it is one
#   url        an address the page names for itself; never guessed
#   published  the date the page gives (YYYY-MM-DD)
#   language   ja, en …      encoding   utf-8, shift_jis, euc-jp, utf-16le …
#   sha256     of the file's bytes: \`urazuke check\` then tells "the capture changed" from
#              "the claim's quote is wrong"
# Nothing here is guessed: leave a field out rather than write what the page does not say.
sources: []
`;

/** The commented topic file of a new repository, with its topic id. */
export function topicTemplate(topic: string): string {
  return `# yaml-language-server: $schema=./claims.schema.json
#
# A topic file: the questions of one story (subjects) and what each outlet says (claims).
# \`urazuke review\` files here the candidates you accept from the inbox (claims/inbox.yaml,
# written by \`urazuke extract\`); \`urazuke add\` files one quote; you may also write by hand.
# An example of each, to copy:
#
#   subjects:
#     - id: attendance
#       question: How many people attended the festival?
#       kind: count        # count | quantity | share | date | period | place | text | boolean
#       unit: people
#   claims:
#     - id: attendance/example-times
#       subject: attendance
#       value: { approx: 450000 }   # 450000 · {min: 30} · {max: 5} · {min: 30, max: 40} · {approx: 3000}
#       says: About 450,000 people attended the festival.
#       outlet: Example Times
#       published: 2024-05-01
#       chain: [Example Times, city police]   # who passed it on, outermost first; last = origin
#       source:
#         file: seeds/example-times.html
#         quote: About 450,000 people attended the festival   # exactly as the capture writes it
#
# \`urazuke check\` checks every quote against its capture; \`urazuke report\` prints the verdicts.
topic: ${topic}
subjects: []
claims: []
`;
}

/** A topic id from a folder name: its letters and digits in lower case, else `case`. */
export function topicIdOf(folder: string): string {
  const id = folder
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'case' : id;
}

/** Lay out a repository in `root` (see the module comment). */
export async function initRepository(root: string): Promise<InitResult> {
  const steps: InitStep[] = [];
  const topic = topicIdOf(path.basename(path.resolve(root)));
  const existingTopic = await firstTopicFile(root);
  const topicFile = existingTopic ?? `claims/${topic}.yaml`;
  const plan: ReadonlyArray<readonly [string, string | undefined]> = [
    ['seeds/', undefined],
    [CATALOG_FILE, SOURCES_TEMPLATE],
    ['claims/', undefined],
    ['claims/claims.schema.json', schemaText()],
    [topicFile, topicTemplate(topic)],
  ];
  for (const [file, text] of plan) {
    const absolute = path.join(root, file);
    try {
      if (text === undefined) {
        const made = await mkdir(absolute, { recursive: true });
        if (made === undefined && !(await stat(absolute)).isDirectory()) throw new Error('a file is there, not a folder');
        steps.push({ file, status: made === undefined ? 'kept' : 'created' });
        continue;
      }
      // Expected not to exist: a file that is there is "changed on disk", and kept.
      const saved = await saveFile(root, file, text, undefined, { createFolders: true });
      if (saved.status === 'failed') return { status: 'failed', file, reason: saved.reason, steps };
      steps.push({ file, status: saved.status === 'saved' ? 'created' : 'kept' });
    } catch (error) {
      return { status: 'failed', file, reason: describeIoError(error), steps };
    }
  }
  return { status: 'done', steps, topicFile };
}

/** A topic file the repository already has (claims/*.yaml but the inbox), so init adds no second one. */
async function firstTopicFile(root: string): Promise<string | undefined> {
  try {
    const names = (await readdir(path.join(root, 'claims'))).filter((n) => /\.ya?ml$/.test(n) && !/^inbox\.ya?ml$/.test(n)).sort();
    return names[0] === undefined ? undefined : `claims/${names[0]}`;
  } catch {
    return undefined;
  }
}
