import stringWidth from 'string-width';
import path from 'node:path';
import { fileClaim, type FileClaimResult } from '../extract/index.js';
import { toTerminalSafe } from '../util/terminal-safe.js';
import { defineCommand } from './args.js';
import { INBOX_FILE } from '../claims/inbox.js';
import { repositoryRoot } from './repository-dir.js';
import { EXIT, UsageError, type CliIo } from './io.js';

/** `urazuke add <file> --quote "…"`. */
export const add = defineCommand(
  {
    name: 'add',
    summary: 'File one claim from a quote in a capture',
    usage: '<file> --quote "…" [--figure text] [--subject id] [--topic claims/x.yaml] [--dir repo]',
    description: [
      [
        'File one claim from a quote of a capture: the quote must be in the file exactly as written;',
        'the figure in it (its value and qualifier), the outlet that says it and the chain of sources',
        'are read by the extractor. The claim is appended to the topic file, keeping its comments.',
      ],
      [
        'A quote holding several figures (50人少ない150人) needs --figure to say which one is the claim,',
        'and add lists them, unless one is clearly the claim: the only one that fits the subject named,',
        'or the only number (a date beside it says when; a place or a yes-or-no comes last).',
      ],
      [
        'The subject is the one named with --subject (made when it is new; refused when its kind or',
        'unit cannot hold the figure), else an existing subject whose kind and unit fit the figure and',
        'whose question speaks of what the quote says, else a new one; add says which, and why.',
      ],
    ],
    options: {
      quote: { type: 'string', short: 'q', value: 'text', description: 'the words of the capture that state the figure (verbatim)' },
    figure: {
      type: 'string',
      short: 'f',
      value: 'text',
      description: ['the figure of the quote to file when it holds several, as written', "or its number ('150人' or '150' of 50人少ない150人)"],
    },
      subject: {
        type: 'string',
        short: 's',
        value: 'id',
        description: ['the subject the claim answers (created when the topic has none such;', 'default: an existing subject whose kind, unit and question fit, or a new one)'],
      },
      topic: {
        type: 'string',
        short: 't',
        value: 'file',
        description: ['the topic file (default: the one holding the subject, or the only one;', 'claims/extracted.yaml when there is none)'],
      },
      id: { type: 'string', value: 'id', description: 'the claim id (default: <subject>/<outlet>)' },
      dir: { type: 'string', short: 'd', value: 'repo', description: ['repository root (default: the nearest folder holding claims/', 'or seeds/, from the current folder upward)'] },
    },
    positionals: { min: 1, max: 1, noun: 'capture file' },
    exitCodes: {
      0: 'filed',
      1: 'the quote is not in the file, holds no figure, or the topic file changed on disk meanwhile',
      2: 'usage error, unreadable input, a quote of several figures without --figure, or a subject that cannot hold the figure',
    },
  },
  async ({ values, positionals }, io) => {
    const { quote } = values;
    if (quote === undefined || quote === '') throw new UsageError('add needs --quote "…", the words of the capture that state the figure');
    if (values.subject !== undefined && /\s/.test(values.subject)) throw new UsageError(`a subject id has no white space: '${values.subject}'`);
    const repo = await repositoryRoot(io, values.dir, 'add a claim');
    if (!repo.ok) return repo.exit;
    const root = repo.dir;
    const file = path.relative(root, path.resolve(io.cwd, positionals[0]!)).split(path.sep).join('/');
    if (file.startsWith('../') || path.isAbsolute(file)) throw new UsageError(`${positionals[0]} is outside the repository ${root}`);
    if (values.id !== undefined && /\s/.test(values.id)) throw new UsageError(`a claim id has no white space: '${values.id}'`);
    // A topic file is a YAML file under claims/, never the inbox: claims are filed nowhere else
    // (and, as every file urazuke writes, its real path must be inside the repository).
    let topic: string | undefined;
    if (values.topic !== undefined) {
      topic = path.relative(root, path.resolve(root, values.topic)).split(path.sep).join('/');
      if (!/^claims\/[^/].*\.ya?ml$/.test(topic) || topic.split('/').includes('..') || topic === INBOX_FILE) {
        throw new UsageError(`--topic must name a topic file under claims/ (not the inbox): '${values.topic}'`);
      }
    }
    if (values.figure !== undefined && values.figure.trim() === '') throw new UsageError('--figure needs the figure as the quote writes it, or its number');
    const result = await fileClaim({ root, file, quote, subject: values.subject, topic, id: values.id, figure: values.figure });
    return tell(io, result, { file, quote });
  },
);

/** Print what filing did; the exit code. */
function tell(io: CliIo, result: FileClaimResult, asked: { readonly file: string; readonly quote: string }): number {
  const safe = (s: string): string => toTerminalSafe(s, { singleLine: true });
  switch (result.status) {
    case 'filed': {
      const { candidate } = result;
      io.stdout.write(
        `Added ${safe(result.id)} to ${safe(result.topic)}\n` +
          `  ${safe(candidate.says)} — ${safe(candidate.outlet)}${candidate.chain.length > 1 ? ` (${candidate.chain.map(safe).join(' → ')})` : ''}\n` +
          `  subject ${safe(result.subject)}: ${safe(result.reason)}${result.createdSubject ? '; write its question' : ''}\n` +
          (result.others.length > 0 ? `  the quote also holds ${result.others.map((f) => `'${safe(f.figure)}'`).join(', ')}: --figure files one of them instead\n` : ''),
      );
      return EXIT.ok;
    }
    case 'quote-not-found':
      io.stderr.write(`urazuke: ${safe(asked.file)}: the quote is not in the file: "${safe(asked.quote)}"\nA quote must be copied exactly as the capture writes it (same digits, same punctuation).\n`);
      return EXIT.findings;
    case 'no-figure':
      io.stderr.write(`urazuke: ${safe(asked.file)}:${result.line}: no figure found in the quote "${safe(asked.quote)}"\n`);
      return EXIT.findings;
    case 'figure-needed': {
      const width = Math.max(...result.figures.map((f) => stringWidth(safe(f.figure))));
      io.stderr.write(
        `urazuke: ${safe(asked.file)}:${result.line}: ${result.asked === undefined ? `the quote holds ${result.figures.length} figures` : `--figure '${safe(result.asked)}' names no one figure of the quote`}; say which one is the claim:\n` +
          result.figures.map((f) => `  --figure ${safe(f.figure)}${' '.repeat(width - stringWidth(safe(f.figure)))}   ${safe(f.says)}\n`).join(''),
      );
      return EXIT.usage;
    }
    case 'subject-misfit':
      io.stderr.write(
        `urazuke: the figure ${safe(result.candidate.says)} does not fit subject ${safe(result.subject)}: ${safe(result.reason)}\n` +
          'Name another subject with --subject (a new id makes a new one), or choose another figure with --figure. Nothing was written.\n',
      );
      return EXIT.usage;
    case 'topic-needed':
      throw new UsageError(`name the topic file with --topic: ${result.topics.join(', ')}`);
    case 'unreadable':
      io.stderr.write(`urazuke: cannot read ${safe(result.file)}: ${result.reason}\n`);
      return EXIT.usage;
    case 'invalid-topic':
      io.stderr.write(`urazuke: ${safe(result.topic)}: invalid YAML (${result.message}); fix it first, nothing was written\n`);
      return EXIT.usage;
    case 'changed-on-disk':
      io.stderr.write(`urazuke: ${safe(result.topic)} changed on disk meanwhile; nothing was written. Run add again.\n`);
      return EXIT.findings;
    case 'unwritable':
      io.stderr.write(`urazuke: cannot write ${safe(result.topic)}: ${result.reason}\n`);
      return EXIT.usage;
    case 'failed':
      io.stderr.write(`urazuke: ${safe(result.topic)}: ${safe(result.reason)}\n`);
      return EXIT.usage;
  }
}
