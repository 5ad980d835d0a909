/** A writable stream as the CLI uses it: tests pass a collector, the bin passes process streams. */
export interface Output {
  write(chunk: string): unknown;
  readonly isTTY?: boolean | undefined;
  readonly columns?: number | undefined;
  readonly rows?: number | undefined;
}

/** Everything a command may touch outside its arguments, so `execute` is callable from tests. */
export interface CliIo {
  readonly stdout: Output;
  readonly stderr: Output;
  readonly stdin: NodeJS.ReadStream | undefined;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The io of the running process. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env };
}

/** Exit codes: 0 clean, 1 findings at error level, 2 usage or unreadable input. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** A usage error: printed with a hint to `--help`, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
