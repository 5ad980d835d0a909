import { toTerminalSafe } from '../util/terminal-safe.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import { VERSION } from './version.js';

/** A subcommand: maps its arguments to an exit code. */
export type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

/** Subcommands, loaded on demand so `check` never pays for the UI. */
const COMMANDS: Record<string, { readonly summary: string; readonly load: () => Promise<Command> }> = {
  review: { summary: 'Terminal UI: subjects, claims by outlet, quotes, resolve', load: async () => (await import('./review.js')).review },
  check: { summary: 'CI gate: sources, quotes, schema; exit 1 on errors', load: async () => (await import('./check.js')).check },
  report: { summary: 'Publish verdicts: markdown, json, claimreview', load: async () => (await import('./report.js')).report },
  extract: { summary: 'Propose candidate claims from documents', load: async () => (await import('./extract.js')).extract },
  add: { summary: 'File one claim from a quote in a capture', load: async () => (await import('./add.js')).add },
};

/** Top-level help. */
export function mainHelp(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length));
  return [
    'urazuke — cross-check factual claims across the outlets that report them',
    '',
    'Usage: urazuke <command> [options]',
    '',
    'Commands:',
    ...names.map((name) => `  ${name.padEnd(width)}  ${COMMANDS[name]!.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also: urazuke <command> --help)',
    '  -v, --version  print the version',
    '',
    'Exit codes: 0 clean, 1 findings at error level, 2 usage error or unreadable input.',
    '',
  ].join('\n');
}

/**
 * Run the CLI with `argv` (without `node` and the script) and return the exit code.
 * Never throws: usage errors exit 2, anything unexpected is reported without a stack trace.
 */
export async function execute(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
      io.stdout.write(mainHelp());
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    if (first === '-v' || first === '--version') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    const entry = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!entry) throw new UsageError(`unknown command '${first}'`);
    const command = await entry.load();
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr.write(`urazuke: ${toTerminalSafe((error as Error).message, { singleLine: true })}\nTry 'urazuke --help'.\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`urazuke: ${toTerminalSafe(message, { singleLine: true })}\n`);
    if (io.env['URAZUKE_DEBUG'] && error instanceof Error && error.stack) io.stderr.write(`${toTerminalSafe(error.stack)}\n`);
    return EXIT.usage;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
