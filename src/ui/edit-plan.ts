import { createPatch } from 'diff';
import { contentHash, decodeUtf8, describeIoError, saveFiles } from '../claims/save.js';
import { readConfined } from '../util/confined-file.js';

/**
 * An edit of one or more claim files, kept as a function of the files' texts so that it can be
 * applied again to files that changed on disk meanwhile ("reload and re-apply").
 */
export interface EditPlan {
  /** What it does, for people: "resolve access-count", "deprecate access-count/jnn". */
  readonly label: string;
  /** Repository-relative paths of the files it edits. */
  readonly files: readonly string[];
  /** The new texts, one per file. Throws `EditError` when it no longer applies. */
  apply(texts: readonly string[]): string[];
  /** False for an undo, which restores texts rather than applying an edit. */
  readonly reapplicable: boolean;
}

/** One file of a change: the text it was loaded with and the text to write. */
export interface FileChange {
  readonly file: string;
  readonly before: string;
  readonly after: string;
}

/** A planned edit applied to known texts, waiting for the reviewer to confirm it. */
export interface PendingChange {
  readonly plan: EditPlan;
  readonly files: readonly FileChange[];
}

/** Apply a plan to the texts the files were loaded with. */
export function prepareChange(plan: EditPlan, before: readonly string[]): PendingChange {
  const after = plan.apply(before);
  return { plan, files: plan.files.map((file, i) => ({ file, before: before[i] ?? '', after: after[i] ?? '' })) };
}

/** The change as a unified diff of the YAML, one section per file. */
export function changePatch(change: PendingChange): string {
  return change.files
    .filter((f) => f.before !== f.after)
    .map((f) => createPatch(f.file, f.before, f.after, 'on disk', 'after this change', { context: 2 }))
    .join('\n');
}

/** What happened to a save. */
export type CommitResult =
  | { readonly status: 'saved' }
  /** A file is not what was loaded: nothing was written; `current` holds what is on disk now, per file. */
  | { readonly status: 'changed-on-disk'; readonly current: readonly string[] }
  /** Nothing was written (`written` empty), or only the files in `written`, which could not be put back. */
  | { readonly status: 'failed'; readonly reason: string; readonly written: readonly string[] };

/**
 * Write a change (its files that change) in one all-or-nothing save (`saveFiles`): only if every
 * file still holds the text the change was computed from, checked immediately before the
 * renames; when one changed on disk, or a write fails, no file is changed.
 */
export async function commitChange(root: string, change: PendingChange): Promise<CommitResult> {
  const writes = change.files
    .filter((f) => f.before !== f.after)
    .map((f) => ({ file: f.file, text: f.after, expectedHash: contentHash(f.before) }));
  const result = await saveFiles(root, writes, { createFolders: true });
  if (result.status === 'saved') return { status: 'saved' };
  if (result.status === 'failed') return { status: 'failed', reason: `${result.file}: ${result.reason}`, written: result.written };
  const current = await readTexts(root, change.files.map((f) => f.file));
  return 'reason' in current ? { status: 'failed', reason: current.reason, written: [] } : { status: 'changed-on-disk', current: current.texts };
}

/** Read files as text, confined to the repository and decoded as the loaders decode them (a missing file reads as empty). */
export async function readTexts(root: string, files: readonly string[]): Promise<{ readonly texts: string[] } | { readonly reason: string }> {
  const texts: string[] = [];
  for (const file of files) {
    try {
      texts.push(decodeUtf8(await readConfined(root, file)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') texts.push('');
      else return { reason: `${file}: ${describeIoError(error)}` };
    }
  }
  return { texts };
}

/** The plan that undoes a saved change: it puts back the texts the files had before. */
export function undoPlan(change: PendingChange): EditPlan {
  return {
    label: `undo ${change.plan.label}`,
    files: change.files.map((f) => f.file),
    apply: () => change.files.map((f) => f.before),
    reapplicable: false,
  };
}

/** The change that undoes a saved change, computed against what was written. */
export function undoChange(change: PendingChange): PendingChange {
  return { plan: undoPlan(change), files: change.files.map((f) => ({ file: f.file, before: f.after, after: f.before })) };
}

/** The same change, to be written over whatever is on disk now (the reviewer chose to overwrite). */
export function overwriteChange(change: PendingChange, current: readonly string[]): PendingChange {
  return { plan: change.plan, files: change.files.map((f, i) => ({ ...f, before: current[i] ?? '' })) };
}
