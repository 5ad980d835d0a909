import { describe, expect, expectTypeOf, it } from 'vitest';
import { commandHelp, defineCommand, didYouMean, exitCodeLines, parseCommandArgs, type CommandDeclaration } from '../../src/cli/args.js';
import { UsageError } from '../../src/cli/io.js';
import type { CliIo } from '../../src/cli/io.js';

const DEMO = {
  name: 'demo',
  summary: 'A command to test the declarations with',
  usage: '<files…> [--format json|yaml]',
  description: [['Do something with files,', 'in two lines.'], ['A second paragraph.']],
  options: {
    format: { type: 'string', short: 'f', value: 'name', choices: ['json', 'yaml'], description: ['json: as JSON', 'yaml: as YAML'] },
    level: { type: 'number', value: 'n', min: 0, max: 1, default: 0.5, description: 'how sure, 0–1' },
    quiet: { type: 'boolean', short: 'q', description: 'say less' },
    tag: { type: 'string', value: 'tag', multiple: true, description: ['a tag (again for more)', '  indented as written'] },
  },
  positionals: { min: 1, max: Infinity, noun: 'file' },
  notes: [['Environment: none.']],
  exitCodes: { 0: 'done', 2: 'usage error' },
} as const satisfies CommandDeclaration;

describe('parseCommandArgs', () => {
  it('gives typed values: enums, numbers in range, defaults, repeated options', () => {
    const args = parseCommandArgs(DEMO, ['a.txt', '-f', 'yaml', '--level', '0.25', '--tag', 'x', '--tag', 'y', '-q']);
    expect(args).toEqual({ values: { format: 'yaml', level: 0.25, quiet: true, tag: ['x', 'y'] }, positionals: ['a.txt'] });
    expect(parseCommandArgs(DEMO, ['a.txt'])).toEqual({ values: { format: undefined, level: 0.5, quiet: undefined, tag: [] }, positionals: ['a.txt'] });
  });

  it('rejects a value outside an enum or a range, naming what is allowed', () => {
    expect(() => parseCommandArgs(DEMO, ['a', '--format', 'xml'])).toThrow("unknown format 'xml', expected json or yaml");
    expect(() => parseCommandArgs(DEMO, ['a', '--level', '2'])).toThrow("--level expects a number from 0 to 1, got '2'");
    expect(() => parseCommandArgs(DEMO, ['a', '--level', 'high'])).toThrow("--level expects a number from 0 to 1, got 'high'");
  });

  it('words unknown flags and missing values as usage errors, with the nearest option when one is close', () => {
    expect(() => parseCommandArgs(DEMO, ['a', '--bogus'])).toThrow(new UsageError("unknown option '--bogus' for demo"));
    expect(() => parseCommandArgs(DEMO, ['a', '--levle', '1'])).toThrow(new UsageError("unknown option '--levle' for demo (did you mean '--level'?)"));
    expect(() => parseCommandArgs(DEMO, ['a', '-z'])).toThrow(new UsageError("unknown option '-z' for demo"));
    expect(() => parseCommandArgs(DEMO, ['a', '--format'])).toThrow(new UsageError('--format needs a value (<name>)'));
    expect(() => parseCommandArgs(DEMO, ['a', '--quiet=yes'])).toThrow(new UsageError('--quiet takes no value'));
    expect(() => parseCommandArgs(DEMO, ['a', '--format', 'yml'])).toThrow("unknown format 'yml' (did you mean 'yaml'?), expected json or yaml");
    // A value written with = is not an option, and neither is anything after --.
    expect(parseCommandArgs(DEMO, ['--tag=-z', '--', '--bogus']).positionals).toEqual(['--bogus']);
  });

  it('suggests only what is a few edits away', () => {
    expect(didYouMean('chek', ['check', 'report'])).toBe(" (did you mean 'check'?)");
    expect(didYouMean('reveiw', ['review', 'report'])).toBe(" (did you mean 'review'?)");
    expect(didYouMean('frobnicate', ['check', 'report'])).toBe('');
    expect(didYouMean('x', ['add'])).toBe('');
  });

  it('words a wrong count of positionals by what the command takes', () => {
    expect(() => parseCommandArgs(DEMO, [])).toThrow('demo needs at least one file');
    expect(() => parseCommandArgs({ ...DEMO, positionals: { min: 0, max: 1, noun: 'folder' } }, ['a', 'b'])).toThrow('demo takes one folder, got 2');
    expect(() => parseCommandArgs({ ...DEMO, positionals: { min: 1, max: 1, noun: 'capture file' } }, [])).toThrow('demo needs exactly one capture file');
  });

  it('answers help before checking any value', () => {
    expect(parseCommandArgs(DEMO, ['--format', 'xml', '-h'])).toBe('help');
  });
});

describe('commandHelp', () => {
  it('lays out usage, paragraphs, options in one column, notes and exit codes', () => {
    expect(commandHelp(DEMO)).toBe(
      [
        'Usage: urazuke demo <files…> [--format json|yaml]',
        '',
        'Do something with files,',
        'in two lines.',
        '',
        'A second paragraph.',
        '',
        'Options:',
        '  -f, --format <name>  json: as JSON',
        '                       yaml: as YAML',
        '      --level <n>      how sure, 0–1',
        '  -q, --quiet          say less',
        '      --tag <tag>      a tag (again for more)',
        '                         indented as written',
        '  -h, --help           show this help',
        '',
        'Environment: none.',
        '',
        'Exit codes: 0 done, 2 usage error.',
        '',
      ].join('\n'),
    );
  });

  it('wraps exit codes at a code, or inside one too long for a line', () => {
    expect(exitCodeLines({ 0: 'clean (warnings and info allowed)', 1: 'findings at error level', 2: 'usage error or unreadable input (dir missing or not a folder)' })).toEqual([
      'Exit codes: 0 clean (warnings and info allowed), 1 findings at error level,',
      '            2 usage error or unreadable input (dir missing or not a folder).',
    ]);
    expect(exitCodeLines({ 0: 'filed', 1: 'the quote is not in the file, holds no figure, or the topic file changed on disk meanwhile', 2: 'usage error or unreadable input' })).toEqual([
      'Exit codes: 0 filed, 1 the quote is not in the file, holds no figure, or the topic file',
      '            changed on disk meanwhile, 2 usage error or unreadable input.',
    ]);
  });
});

describe('defineCommand', () => {
  it('prints the help on --help and otherwise runs the action with the parsed arguments', async () => {
    let out = '';
    const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, stdin: undefined, cwd: '/', env: {} } satisfies CliIo;
    const seen: unknown[] = [];
    const command = defineCommand(DEMO, async (args) => {
      expectTypeOf(args.values.format).toEqualTypeOf<'json' | 'yaml' | undefined>();
      expectTypeOf(args.values.level).toEqualTypeOf<number>();
      expectTypeOf(args.values.quiet).toEqualTypeOf<boolean | undefined>();
      expectTypeOf(args.values.tag).toEqualTypeOf<readonly string[]>();
      seen.push(args.values.format, args.values.level, args.positionals);
      return 1;
    });
    expect([command.name, command.summary]).toEqual(['demo', DEMO.summary]);
    expect(await command.run(['--help'], io)).toBe(0);
    expect(out).toBe(command.help());
    expect(await command.run(['x', '-f', 'json'], io)).toBe(1);
    expect(seen).toEqual(['json', 0.5, ['x']]);
  });
});
