import { spawnSync } from 'node:child_process';

/** The editor to run: `$VISUAL`, else `$EDITOR`, else `vi`; split on spaces so `code --wait` works. */
export function editorCommand(env: Readonly<Record<string, string | undefined>>): { readonly command: string; readonly args: readonly string[] } {
  const line = (env['VISUAL'] || env['EDITOR'] || 'vi').trim();
  const [command = 'vi', ...args] = line.split(/\s+/);
  return { command, args };
}

/**
 * Run the editor on `file` at `line` (`+line file`, understood by vi, vim, nano, emacs, micro,
 * kakoune) and wait for it. Synchronous on purpose: the UI does not draw while the editor owns
 * the terminal. Returns an error message, or undefined when the editor ran.
 */
export function runEditor(file: string, line: number, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const { command, args } = editorCommand(env);
  const result = spawnSync(command, [...args, `+${Math.max(1, line)}`, file], { stdio: 'inherit' });
  if (result.error) return `cannot run the editor \`${command}\`: ${(result.error as NodeJS.ErrnoException).code ?? result.error.message}; set $EDITOR`;
  if (result.status !== 0 && result.status !== null) return `the editor \`${command}\` exited with ${result.status}`;
  return undefined;
}
