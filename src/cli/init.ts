import path from 'node:path';
import { initRepository } from '../claims/init-repository.js';
import { toTerminalSafe } from '../util/terminal-safe.js';
import { defineCommand } from './args.js';
import { EXIT } from './io.js';

/** `urazuke init [dir]`: start a repository. */
export const init = defineCommand(
  {
    name: 'init',
    summary: 'Start a repository: seeds/, claims/, their commented files',
    usage: '[dir]',
    description: [
      [
        'Lay out a repository in <dir> (default: the current folder; made when missing): seeds/ for the',
        'captures with a commented seeds/sources.yaml, and claims/ with claims.schema.json (editors',
        'check topic files with it) and a commented topic file with no subjects yet. A file that is',
        'there already is kept as it is: init never overwrites anything.',
      ],
    ],
    options: {},
    positionals: { min: 0, max: 1, noun: 'folder' },
    exitCodes: { 0: 'done (or nothing was missing)', 2: 'usage error, or a file or folder could not be made' },
  },
  async ({ positionals }, io) => {
    const root = path.resolve(io.cwd, positionals[0] ?? '.');
    const result = await initRepository(root);
    const safe = (s: string): string => toTerminalSafe(s, { singleLine: true });
    const shown = safe(positionals[0] ?? '.');
    for (const step of result.steps) io.stdout.write(`  ${step.status === 'created' ? 'created' : 'kept   '}  ${safe(step.file)}\n`);
    if (result.status === 'failed') {
      io.stderr.write(`urazuke: cannot init '${shown}': ${safe(result.file)}: ${result.reason}\n`);
      return EXIT.usage;
    }
    io.stdout.write(
      [
        '',
        positionals[0] === undefined ? 'A urazuke repository is ready in this folder. Next:' : `A urazuke repository is ready in ${shown}. Next, in it (cd ${shown}):`,
        `  1. urazuke capture ~/Downloads/article.html …   copy captures into seeds/ and describe`,
        '     them in seeds/sources.yaml (read from each page: check the outlet, date and url)',
        '  2. urazuke extract seeds/     propose the figures of the captures as candidate claims,',
        '     into claims/inbox.yaml',
        `  3. urazuke review             press i for the Inbox, n to accept a candidate into a new subject`,
        `     (filed in ${safe(result.topicFile)}); then urazuke check (the CI gate) and urazuke report`,
        '',
      ].join('\n'),
    );
    return EXIT.ok;
  },
);
