import { UsageError, type CliIo } from './io.js';

/** `urazuke add`: not built yet. */
export async function add(_argv: readonly string[], _io: CliIo): Promise<number> {
  throw new UsageError('add is not available yet');
}
