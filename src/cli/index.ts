import { toTerminalSafe } from '../util/terminal-safe.js';
import { didYouMean, exitCodeLines, optionLines, type Command, type HelpOption } from './args.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import { VERSION } from './version.js';

/**
 * Subcommands in the order `urazuke --help` lists them, each loaded on demand so that `check`
 * never pays for the UI. Each is declared in its own file (see `args.ts`).
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  init: async () => (await import('./init.js')).init,
  capture: async () => (await import('./capture.js')).capture,
  review: async () => (await import('./review.js')).review,
  check: async () => (await import('./check.js')).check,
  report: async () => (await import('./report.js')).report,
  extract: async () => (await import('./extract.js')).extract,
  add: async () => (await import('./add.js')).add,
};

/** Options of `urazuke` itself, for its help (the dispatcher reads them before any command). */
const MAIN_OPTIONS: readonly HelpOption[] = [
  { name: 'help', short: 'h', description: 'show help (also: urazuke <command> --help)' },
  { name: 'version', short: 'v', description: 'print the version' },
];

/** Top-level help: every command with its summary, as the commands declare them. */
export async function mainHelp(): Promise<string> {
  const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'urazuke — cross-check factual claims across the outlets that report them',
    '',
    'Usage: urazuke <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    ...optionLines(MAIN_OPTIONS),
    '',
    ...exitCodeLines({ 0: 'clean', 1: 'findings at error level', 2: 'usage error or unreadable input' }),
    '',
  ].join('\n');
}

/**
 * Run the CLI with `argv` (without `node` and the script) and return the exit code.
 * Never throws: usage errors exit 2, anything unexpected is reported without a stack trace.
 */
export async function execute(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  // The command being run, once known: its own --help is the one to point to.
  let command: string | undefined;
  try {
    if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
      io.stdout.write(await mainHelp());
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    if (first === '-v' || first === '--version') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    const load = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!load) throw new UsageError(`unknown command '${first}'${didYouMean(first, Object.keys(COMMANDS))}`);
    command = first;
    return await (await load()).run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr.write(`urazuke: ${toTerminalSafe((error as Error).message, { singleLine: true })}\nTry 'urazuke ${command ? `${command} ` : ''}--help'.\n`);
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
