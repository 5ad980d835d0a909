import { UsageError, type CliIo } from './io.js';

/** `urazuke check`: not built yet. */
export async function check(_argv: readonly string[], _io: CliIo): Promise<number> {
  throw new UsageError('check is not available yet');
}
