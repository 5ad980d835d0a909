import { decideColor } from '../ui/color.js';
import { loadReviewData } from '../ui/review-data.js';
import { sortResults } from '../ui/subject-order.js';
import { defineCommand } from './args.js';
import { EXIT } from './io.js';
import { openRepositoryDir } from './repository-dir.js';

/**
 * `urazuke review [dir]`: the Ink UI on a terminal, the plain report otherwise. Ink is imported
 * here only, and only when the UI runs, so that no other command pays for loading it.
 */
export const review = defineCommand(
  {
    name: 'review',
    summary: 'Terminal UI: subjects, claims by outlet, quotes, resolve',
    usage: '[dir]',
    description: [
      [
        'Review the claims of a repository (default: the one the current folder is in) in a terminal UI: subjects with',
        'conflicts first, the claims of each by outlet and value, their quotes in the captures, two claims',
        'compared word by word; resolve a subject, deprecate a claim, accept candidates from the inbox.',
        'Every change is shown as a YAML diff and written only when confirmed; a file changed on disk',
        'meanwhile is never overwritten. Press ? in the UI for every key.',
      ],
      ['When standard input or output is not a terminal, the plain report is printed instead.'],
    ],
    options: {},
    positionals: { min: 0, max: 1, noun: 'folder' },
    notes: [['Environment: NO_COLOR turns colour off; VISUAL or EDITOR is the editor `o` and `e` open.']],
    exitCodes: { 0: 'done', 2: 'usage error or unreadable folder' },
  },
  async ({ positionals }, io) => {
    const repo = await openRepositoryDir(positionals[0], io, 'review');
    if (!repo.ok) return repo.exit;
    const { dir } = repo;

    const interactive = io.stdin?.isTTY === true && io.stdout.isTTY === true;
    if (!interactive) {
      const [data, { renderPlainReport }] = await Promise.all([loadReviewData(dir), import('../report/verdicts/index.js')]);
      io.stdout.write(renderPlainReport(sortResults(data.results), { width: io.stdout.columns ?? 100 }));
      return EXIT.ok;
    }

    // Ink loads while the claims are read and compared.
    const [ui, data] = await Promise.all([importInteractive(() => import('../ui/index.js')), loadReviewData(dir)]);
    return ui.runReview(data, {
      stdin: io.stdin as NodeJS.ReadStream,
      stdout: io.stdout as NodeJS.WriteStream,
      stderr: io.stderr as NodeJS.WriteStream,
      env: io.env,
      color: decideColor(io.env, io.stdout.isTTY),
    });
  },
);

/** Variables by which Ink (through is-in-ci) decides, once at import, that it runs in CI. */
const CI_VARIABLES = ['CI', 'CONTINUOUS_INTEGRATION'] as const;

/**
 * Import the UI with the CI variables hidden. Ink reads them once when it is loaded and, in CI,
 * draws only the last frame on exit, which leaves a person at a real terminal (a shell that
 * exports CI=true, a terminal opened inside a CI job) looking at a blank screen. Review only runs
 * Ink when stdin and stdout are terminals, so the UI must draw. The variables are put back at
 * once, so `$EDITOR` and other children see the environment as it was.
 */
async function importInteractive<T>(load: () => Promise<T>): Promise<T> {
  const saved = CI_VARIABLES.map((name) => [name, process.env[name]] as const);
  for (const [name] of saved) delete process.env[name];
  try {
    return await load();
  } finally {
    for (const [name, value] of saved) if (value !== undefined) process.env[name] = value;
  }
}
