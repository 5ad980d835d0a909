import { UsageError, type CliIo } from './io.js';

/** `urazuke report`: not built yet. */
export async function report(_argv: readonly string[], _io: CliIo): Promise<number> {
  throw new UsageError('report is not available yet');
}
