import { parseArgs } from 'node:util';
import { EXIT, UsageError, type CliIo } from './io.js';

/**
 * Commands as declarations (the way textlint's `options.ts` is one list): a command declares its
 * usage, paragraphs, options, positionals and exit codes once, and {@link defineCommand} derives
 * from that the strict parsing (`util.parseArgs` underneath), the typed and validated values, and
 * the `--help` text. The top-level `urazuke --help` lists the commands by their `summary`.
 */

/** What every option declares. */
interface OptionBase {
  /** A one-letter alias: `-f` for `--format`. */
  readonly short?: string;
  /** The option may be given more than once; its value is then the list of them all. */
  readonly multiple?: boolean;
  /** Its lines in `--help`: the first beside the flag, the others aligned below it as written. */
  readonly description: string | readonly string[];
}

/** A flag without a value (`--strict`). */
export interface BooleanOption extends OptionBase {
  readonly type: 'boolean';
  readonly default?: boolean;
}

/** An option with a text value; with `choices`, an enum. */
export interface StringOption extends OptionBase {
  readonly type: 'string';
  /** Name of the value in `--help`: `--format <name>`. */
  readonly value: string;
  /** The only values allowed: anything else is a usage error naming them. */
  readonly choices?: readonly string[];
  readonly default?: string;
}

/** An option whose value is a number from `min` to `max`. */
export interface NumberOption extends OptionBase {
  readonly type: 'number';
  readonly value: string;
  readonly min: number;
  readonly max: number;
  readonly default?: number;
}

/** One option of a command. */
export type OptionDeclaration = BooleanOption | StringOption | NumberOption;

/** A command's options by long name (`'min-confidence'` is `--min-confidence`). */
export type OptionTable = Readonly<Record<string, OptionDeclaration>>;

/** How many positional arguments a command takes, and what they are (singular: `folder`). */
export interface PositionalsDeclaration {
  readonly min: number;
  readonly max: number;
  readonly noun: string;
}

/** A paragraph of `--help`, line by line as printed. */
export type Paragraph = readonly string[];

/** A command, declared once. */
export interface CommandDeclaration<O extends OptionTable = OptionTable> {
  /** The subcommand: `urazuke <name>`. */
  readonly name: string;
  /** Its line in the command list of `urazuke --help`. */
  readonly summary: string;
  /** What `Usage: urazuke <name> ` is followed by. */
  readonly usage: string;
  /** Paragraphs between the usage line and the options. */
  readonly description: readonly Paragraph[];
  /** Every option but `-h, --help`, which every command has. */
  readonly options: O;
  readonly positionals: PositionalsDeclaration;
  /** Paragraphs between the options and the exit codes. */
  readonly notes?: readonly Paragraph[];
  /** What each exit code means, without a final full stop. */
  readonly exitCodes: Readonly<Partial<Record<0 | 1 | 2, string>>>;
}

/** The keys of a table as the choices of an option (`--format` over a table of formatters). */
export function choicesOf<T extends object>(table: T): (keyof T & string)[] {
  return Object.keys(table) as (keyof T & string)[];
}

/** The value an option declaration gives. */
type ValueOf<D extends OptionDeclaration> = D extends BooleanOption
  ? boolean
  : D extends NumberOption
    ? number
    : D extends { readonly choices: readonly (infer C extends string)[] }
      ? C
      : string;

/** The typed values of a command's options: undefined when not given and without a default. */
export type OptionValues<O extends OptionTable> = {
  readonly [K in keyof O]: O[K] extends { readonly multiple: true }
    ? readonly ValueOf<O[K]>[]
    : O[K] extends { readonly default: unknown }
      ? ValueOf<O[K]>
      : ValueOf<O[K]> | undefined;
};

/** A command line parsed and checked against its declaration. */
export interface ParsedArgs<O extends OptionTable> {
  readonly values: OptionValues<O>;
  readonly positionals: readonly string[];
}

/** A command as the dispatcher runs it. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** The `--help` text. */
  help(): string;
  /** Run with the arguments after the command name; resolves to the exit code. */
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

/**
 * Make a command from its declaration and the function that does its work. `run` parses `argv`
 * strictly (an unknown flag is a usage error), prints the help and returns 0 on `-h`/`--help`,
 * checks every value (a usage error names what is wrong) and calls `action` with typed values.
 */
export function defineCommand<const O extends OptionTable>(
  declaration: CommandDeclaration<O>,
  action: (args: ParsedArgs<O>, io: CliIo) => Promise<number>,
): Command {
  return {
    name: declaration.name,
    summary: declaration.summary,
    help: () => commandHelp(declaration),
    async run(argv, io) {
      const args = parseCommandArgs(declaration, argv);
      if (args === 'help') {
        io.stdout.write(commandHelp(declaration));
        return EXIT.ok;
      }
      return action(args, io);
    },
  };
}

/** Parse and check `argv` against a declaration; `'help'` when help was asked for. */
export function parseCommandArgs<O extends OptionTable>(declaration: CommandDeclaration<O>, argv: readonly string[]): ParsedArgs<O> | 'help' {
  const config = Object.fromEntries(
    Object.entries(declaration.options).map(([name, option]) => [
      name,
      { type: option.type === 'boolean' ? 'boolean' : 'string', ...(option.short ? { short: option.short } : {}), ...(option.multiple ? { multiple: true } : {}) } as const,
    ]),
  );
  const options = { ...config, help: { type: 'boolean', short: 'h' } } as const;
  checkOptionNames(declaration, argv);
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof options; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw parseArgsProblem(declaration, error);
  }
  const written = parsed.values as Record<string, string | boolean | (string | boolean)[] | undefined>;
  if (written['help']) return 'help';
  const values: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(declaration.options)) {
    const raw = written[name];
    if (option.multiple) values[name] = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((one) => valueOf(name, option, one));
    else values[name] = raw === undefined || Array.isArray(raw) ? option.default : valueOf(name, option, raw);
  }
  checkPositionals(declaration, parsed.positionals.length);
  return { values: values as OptionValues<O>, positionals: parsed.positionals };
}

/** One written value of an option, checked and typed. */
function valueOf(name: string, option: OptionDeclaration, written: string | boolean): string | number | boolean {
  if (option.type === 'boolean' || typeof written === 'boolean') return written;
  if (option.type === 'number') {
    const value = Number(written);
    if (!Number.isFinite(value) || value < option.min || value > option.max) {
      throw new UsageError(`--${name} expects a number from ${option.min} to ${option.max}, got '${written}'`);
    }
    return value;
  }
  if (option.choices && !option.choices.includes(written)) {
    throw new UsageError(`unknown ${name} '${written}'${didYouMean(written, option.choices)}, expected ${alternatives(option.choices)}`);
  }
  return written;
}

/**
 * ` (did you mean 'strict'?)` when one of `known` is a few edits away from `written` (Levenshtein
 * distance one for a word of up to three letters, else two or a third of its length), else ''. The one way every unknown
 * command, option and value is answered.
 */
export function didYouMean(written: string, known: readonly string[]): string {
  // A swap of two letters is two edits: allowed from four letters on.
  const maxDistance = written.length <= 3 ? 1 : Math.max(2, Math.floor(written.length / 3));
  let best: { readonly word: string; readonly distance: number } | undefined;
  for (const word of known) {
    if (word === written) continue;
    const distance = editDistance(written, word);
    if (distance <= maxDistance && (best === undefined || distance < best.distance)) best = { word, distance };
  }
  return best ? ` (did you mean '${best.word}'?)` : '';
}

/** Levenshtein distance: the fewest insertions, deletions and substitutions from `a` to `b` (one row at a time). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * Unknown options are usage errors worded here (Node's parseArgs text speaks of positional
 * arguments and `--`): `unknown option '--strcit' (did you mean '--strict'?)`. Arguments after
 * `--` are positionals and not looked at.
 */
function checkOptionNames(declaration: CommandDeclaration<OptionTable>, argv: readonly string[]): void {
  const longs = [...Object.keys(declaration.options), 'help'];
  const shorts = [...Object.values(declaration.options).flatMap((o) => (o.short ? [o.short] : [])), 'h'];
  const takesValue = new Set([
    ...Object.entries(declaration.options).flatMap(([name, o]) => (o.type === 'boolean' ? [] : [`--${name}`, ...(o.short ? [`-${o.short}`] : [])])),
  ]);
  const unknown = (flag: string, hint: string): UsageError =>
    new UsageError(`unknown option '${flag}' for ${declaration.name}${hint}`);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return;
    if (arg.startsWith('--')) {
      const name = arg.slice(2).split('=')[0]!;
      if (!longs.includes(name)) throw unknown(`--${name}`, didYouMean(name, longs).replace(/'([^']+)'/, "'--$1'"));
      if (takesValue.has(`--${name}`) && !arg.includes('=')) i++;
    } else if (/^-[^-\d]/.test(arg)) {
      const letter = arg[1]!;
      if (!shorts.includes(letter)) throw unknown(`-${letter}`, '');
      if (takesValue.has(`-${letter}`) && arg.length === 2) i++;
    }
  }
}

/** A parseArgs error (a value missing, a value given to a flag) as a usage error in plain words. */
function parseArgsProblem(declaration: CommandDeclaration<OptionTable>, error: unknown): unknown {
  const code = (error as { code?: unknown } | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-\w, )?(--[\w-]+)/.exec(message)?.[2];
  const option = flag ? declaration.options[flag.slice(2)] : undefined;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag) {
    return new UsageError(option && option.type !== 'boolean' ? `${flag} needs a value (<${option.value}>)` : `${flag} takes no value`);
  }
  return error;
}

/** `json or yaml`, `text, json, github or sarif`. */
function alternatives(choices: readonly string[]): string {
  return choices.length > 1 ? `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)!}` : (choices[0] ?? '');
}

/** A usage error when the count of positional arguments is not what the command takes. */
function checkPositionals(declaration: CommandDeclaration<OptionTable>, count: number): void {
  const { name, positionals: { min, max, noun } } = declaration;
  if (count >= min && count <= max) return;
  const number = (n: number): string => (n === 1 ? 'one' : String(n));
  if (min === max) throw new UsageError(`${name} needs exactly ${number(min)} ${noun}`);
  if (count < min) throw new UsageError(`${name} needs at least ${number(min)} ${noun}`);
  throw new UsageError(`${name} takes ${min > 0 ? 'at most ' : ''}${number(max)} ${noun}, got ${count}`);
}

/** The `--help` of a command: usage, description, options, notes, exit codes. */
export function commandHelp(declaration: CommandDeclaration<OptionTable>): string {
  const options: readonly HelpOption[] = [
    ...Object.entries(declaration.options).map(([name, option]) => ({ name, ...option })),
    { name: 'help', short: 'h', description: 'show this help' },
  ];
  const sections: Paragraph[] = [
    [`Usage: urazuke ${declaration.name} ${declaration.usage}`],
    ...declaration.description,
    ['Options:', ...optionLines(options)],
    ...(declaration.notes ?? []),
    exitCodeLines(declaration.exitCodes),
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

/** An option as `--help` lists it. */
export interface HelpOption {
  readonly name: string;
  readonly short?: string;
  readonly value?: string;
  readonly description: string | readonly string[];
}

/**
 * The lines of an options list: `  -f, --format <name>  description`, the descriptions in one
 * column two spaces after the longest flag, their further lines aligned below the first.
 */
export function optionLines(options: readonly HelpOption[]): string[] {
  const flags = options.map((o) => `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.value ? ` <${o.value}>` : ''}`);
  const width = Math.max(...flags.map((f) => f.length));
  return options.flatMap((option, i) => {
    const [first = '', ...more] = typeof option.description === 'string' ? [option.description] : option.description;
    return [`  ${flags[i]!.padEnd(width)}  ${first}`, ...more.map((line) => `${' '.repeat(width + 4)}${line}`)];
  });
}

/** Width the exit codes are wrapped to. */
const EXIT_CODES_WIDTH = 90;
/** `Exit codes: ` */
const EXIT_CODES_LABEL = 'Exit codes: ';

/**
 * `Exit codes: 0 …, 1 …, 2 ….` wrapped to {@link EXIT_CODES_WIDTH} columns under the first code:
 * a code that does not fit on the line starts the next one; one too long for any line is wrapped
 * word by word.
 */
export function exitCodeLines(exitCodes: CommandDeclaration['exitCodes']): string[] {
  const entries = Object.entries(exitCodes).map(([code, meaning], i, all) => `${code} ${meaning}${i + 1 < all.length ? ',' : '.'}`);
  const indent = ' '.repeat(EXIT_CODES_LABEL.length);
  const lines: string[] = [];
  let line = EXIT_CODES_LABEL.trimEnd();
  for (const entry of entries) {
    if (line.length + 1 + entry.length <= EXIT_CODES_WIDTH) line += ` ${entry}`;
    else if (indent.length + entry.length <= EXIT_CODES_WIDTH) {
      lines.push(line);
      line = `${indent}${entry}`;
    } else {
      for (const word of entry.split(' ')) {
        if (line.length + 1 + word.length > EXIT_CODES_WIDTH) {
          lines.push(line);
          line = `${indent}${word}`;
        } else line += ` ${word}`;
      }
    }
  }
  return [...lines, line];
}
