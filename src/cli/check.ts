import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { RULES, runCheck } from '../check/index.js';
import { formatGithub, formatJson, formatSarif, formatText, githubStepSummary, type FindingsFormatter, type FindingsInput } from '../report/findings/index.js';
import { describeIoError } from '../util/io-error.js';
import { severityOf } from '../util/message.js';
import { toTerminalSafe } from '../util/terminal-safe.js';
import { choicesOf, defineCommand } from './args.js';
import { checkCacheFile } from './cache-location.js';
import { EXIT, type CliIo } from './io.js';
import { openRepositoryDir } from './repository-dir.js';
import { VERSION } from './version.js';

/** The formats of `--format`, in the order `--help` names them. */
const FORMATTERS = { text: formatText, json: formatJson, github: formatGithub, sarif: formatSarif } satisfies Record<string, FindingsFormatter>;

/** `urazuke check [dir]`: the CI gate. */
export const check = defineCommand(
  {
    name: 'check',
    summary: 'CI gate: sources, quotes, schema; exit 1 on errors',
    usage: '[dir] [--format text|json|github|sarif] [--strict] [--quiet] [--no-cache]',
    description: [
      [
        'Check the claim files under <dir>/claims/ against their sources: schema, ids, every quote',
        'found in its capture, captures inside the repository and as seeds/sources.yaml recorded',
        'them. Without <dir>, the repository is the nearest folder holding claims/ or seeds/, from',
        'the current folder upward (as git finds its own).',
      ],
    ],
    options: {
      format: {
        type: 'string',
        short: 'f',
        value: 'name',
        choices: choicesOf(FORMATTERS),
        default: 'text',
        description: [
          'text (default): file:line:col  severity  message  rule-id  (claim id)',
          'json: {"findings": [...], "summary": {...}}',
          'github: GitHub Actions annotations, plus $GITHUB_STEP_SUMMARY when set',
          'sarif: SARIF 2.1.0, for code scanning',
        ],
      },
      strict: { type: 'boolean', description: 'treat warnings as errors' },
      quiet: { type: 'boolean', short: 'q', description: 'report errors only' },
      'no-cache': { type: 'boolean', description: 'neither read nor write the cache (see Cache below)' },
    },
    positionals: { min: 0, max: 1, noun: 'folder' },
    notes: [
      ['Rules:', ...ruleLines()],
      [
        'Cache: the findings of the last check are kept with the sha256 of every file it read, and',
        'given again while none changed; unchanged claim files are not parsed again. It lives in',
        '$URAZUKE_CACHE_DIR, else the user cache folder (~/.cache/urazuke), one file per repository',
        'path, and is dropped by a new version of urazuke.',
      ],
    ],
    exitCodes: {
      0: 'clean (warnings and info allowed)',
      1: 'findings at error level',
      2: 'usage error or unreadable input (dir missing or not a folder)',
    },
  },
  async ({ values, positionals }, io) => {
    const repo = await openRepositoryDir(positionals[0], io, 'check');
    if (!repo.ok) return repo.exit;
    const { dir } = repo;
    if (!repo.hasClaims) {
      io.stderr.write(`urazuke: no claims/ folder in '${toTerminalSafe(positionals[0] ?? '.', { singleLine: true })}': nothing to check\n`);
    }

    const cache = values['no-cache'] === true ? undefined : { file: checkCacheFile(dir, io.env), version: VERSION };
    const result = await runCheck(dir, { strict: values.strict === true, cache });
    const shown = values.quiet === true ? result.findings.filter((f) => severityOf(f) === 'error') : result.findings;
    const prefix = pathPrefix(values.format, io, dir);
    const input: FindingsInput = {
      findings: prefix === '' ? shown : shown.map((f) => withFile(f, `${prefix}${f.file}`)),
      summary: result.stats,
      rules: RULES.map((r) => ({ id: r.id, severity: r.severity, description: r.description })),
      version: VERSION,
    };
    io.stdout.write(FORMATTERS[values.format](input));
    const summaryFile = io.env['GITHUB_STEP_SUMMARY'];
    if (values.format === 'github' && summaryFile) {
      try {
        await appendFile(summaryFile, githubStepSummary(input));
      } catch (error) {
        io.stderr.write(`urazuke: cannot append to GITHUB_STEP_SUMMARY: ${describeIoError(error)}\n`);
      }
    }
    return result.stats.errors > 0 ? EXIT.findings : EXIT.ok;
  },
);

/** The rules section of `--help`: every rule id with its severity and description. */
function ruleLines(): string[] {
  const width = Math.max(...RULES.map((r) => r.id.length));
  return RULES.map((r) => `  ${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description}`);
}

/**
 * What the findings' paths (relative to the checked folder) are prefixed with in a format. `json`
 * keeps them relative to the checked folder (the stable interface); `text` makes them relative to
 * the working folder; `github` and `sarif` to the root of the checkout the annotations and code
 * scanning resolve them against — `$GITHUB_WORKSPACE` when set (a step's `working-directory` may
 * be below it), else the working folder — so both formats name a file alike.
 */
function pathPrefix(format: keyof typeof FORMATTERS, io: CliIo, dir: string): string {
  if (format === 'json') return '';
  const workspace = io.env['GITHUB_WORKSPACE'];
  if ((format === 'github' || format === 'sarif') && workspace) {
    const below = folderBelow(path.resolve(io.cwd, workspace), dir);
    if (below !== undefined) return below;
  }
  return folderBelow(io.cwd, dir) ?? '';
}

/** `dir` relative to `base` with a final `/` ('' when it is `base`), or undefined when it is not inside `base`. */
function folderBelow(base: string, dir: string): string | undefined {
  const rel = path.relative(base, dir);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel === '' ? '' : `${rel.split(path.sep).join('/')}/`;
}

/** A copy of a finding shown under another path (formatters only read findings). */
function withFile<T extends { file: string }>(finding: T, file: string): T {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(finding) as object) as T, finding);
  copy.file = file;
  return copy;
}
