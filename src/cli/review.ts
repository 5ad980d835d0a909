import { UsageError, type CliIo } from './io.js';

/** `urazuke review`: not built yet. */
export async function review(_argv: readonly string[], _io: CliIo): Promise<number> {
  throw new UsageError('review is not available yet');
}
