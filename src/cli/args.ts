import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './io.js';

/**
 * `util.parseArgs` in strict mode (an unknown flag is a usage error) with `--help` built in.
 * Returns undefined after printing help, so the command returns 0.
 */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: T,
  help: string,
  io: CliIo,
) {
  const parsed = parseArgs({
    args: [...argv],
    options: { ...options, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if ((parsed.values as Record<string, unknown>)['help']) {
    io.stdout.write(help);
    return undefined;
  }
  return parsed;
}
