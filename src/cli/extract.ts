import { UsageError, type CliIo } from './io.js';

/** `urazuke extract`: not built yet. */
export async function extract(_argv: readonly string[], _io: CliIo): Promise<number> {
  throw new UsageError('extract is not available yet');
}
