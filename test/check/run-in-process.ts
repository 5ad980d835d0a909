import { execute } from '../../src/cli/index.js';
import type { CliIo } from '../../src/cli/io.js';
import { ROOT } from '../helpers/cli.js';

/** Result of a CLI run. */
export interface InProcessResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Run the CLI's `execute(argv, io)` in this process (as textlint's tests call `cli.execute`): the
 * same code path as the built bin minus process start-up, so most command-line tests stay fast.
 * The built CLI is still run as a subprocess by the end-to-end tests.
 */
export async function runInProcess(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<InProcessResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: undefined,
    cwd: options.cwd ?? ROOT,
    env: { NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
  };
  const code = await execute(args, io);
  return { code, stdout, stderr };
}
