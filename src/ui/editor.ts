import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** How to open a file: for editing (claim files, the inbox), or only to read (a capture, which is never edited). */
export interface OpenOptions {
  readonly readOnly: boolean;
}

/** Runs an editor on an absolute path at a line; returns an error message, or undefined. */
export type EditorRunner = (file: string, line: number, options: OpenOptions) => string | undefined;

/** A program and its arguments. */
export interface Invocation {
  readonly command: string;
  readonly args: readonly string[];
}

/**
 * The flags that make an editor open a file read-only, by the editor's program name (knowledge as
 * data: an editor not listed here is not trusted to leave a capture alone, and the pager is used).
 */
export const READ_ONLY_FLAGS: Readonly<Record<string, readonly string[]>> = {
  vi: ['-R'],
  vim: ['-R'],
  nvim: ['-R'],
  gvim: ['-R'],
  mvim: ['-R'],
  view: [],
  nview: [],
  nano: ['-v'],
  micro: ['-readonly', 'true'],
  kak: ['-ro'],
};

/** The pager a capture is shown in when no editor that can open read-only is set: `less` (q quits). */
export const PAGER: Invocation = { command: 'less', args: [] };

/** The editor asked for: `$VISUAL`, else `$EDITOR`; split on spaces so `code --wait` works. */
export function editorCommand(env: Readonly<Record<string, string | undefined>>): Invocation | undefined {
  const line = (env['VISUAL'] || env['EDITOR'] || '').trim();
  if (!line) return undefined;
  const [command = '', ...args] = line.split(/\s+/);
  return { command, args };
}

/**
 * What runs to open `file` at `line`. For editing: `$VISUAL`/`$EDITOR` (else `vi`) with `+line`,
 * which vi, vim, nano, emacs, micro and kakoune understand. Read-only: that editor with its
 * read-only flag when it has a known one, else `less +<line>g` — never a plain editor on a capture.
 */
export function editorInvocation(file: string, line: number, env: Readonly<Record<string, string | undefined>>, options: OpenOptions): Invocation {
  const at = `+${Math.max(1, line)}`;
  const editor = editorCommand(env);
  if (!options.readOnly) {
    const { command, args } = editor ?? { command: 'vi', args: [] };
    return { command, args: [...args, at, file] };
  }
  const flags = editor ? READ_ONLY_FLAGS[path.basename(editor.command)] : undefined;
  if (editor && flags) return { command: editor.command, args: [...editor.args, ...flags, at, file] };
  return { command: PAGER.command, args: [...PAGER.args, `${at}g`, file] };
}

/**
 * Run the editor (or pager) on `file` at `line` and wait for it. Synchronous on purpose: the UI
 * does not draw while the editor owns the terminal. Returns an error message, or undefined when it ran.
 */
export function runEditor(file: string, line: number, env: Readonly<Record<string, string | undefined>>, options: OpenOptions): string | undefined {
  const { command, args } = editorInvocation(file, line, env, options);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code ?? result.error.message;
    return `cannot run \`${command}\`: ${code}; set $EDITOR (or $VISUAL) to your editor`;
  }
  if (result.status !== 0 && result.status !== null) return `\`${command}\` exited with ${result.status}`;
  return undefined;
}

/**
 * True for a capture (a file under the repository that is neither a claim file nor
 * `seeds/sources.yaml`): it is opened read-only unless the reviewer asks to edit it.
 */
export function isCapturePath(file: string): boolean {
  return !file.startsWith('claims/') && file !== 'seeds/sources.yaml';
}
