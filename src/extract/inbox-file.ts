import { contentHash, decodeUtf8, describeIoError, saveFile } from '../claims/save.js';
import type { Claim } from '../claims/schema.js';
import { readConfined } from '../util/confined-file.js';
import type { Candidate } from './candidates.js';
import { INBOX_FILE, InboxError, mergeInbox, type MergeSummary } from './inbox.js';
import type { ProposedSubject } from './subjects.js';

/** What {@link updateInbox} did. */
export type InboxUpdate =
  /** Merged: written when a candidate was added or refreshed or the inbox is new, else left as it was. */
  | { readonly status: 'merged'; readonly summary: MergeSummary }
  /** The inbox exists but cannot be read. */
  | { readonly status: 'unreadable'; readonly reason: string }
  /** The inbox is not an inbox (invalid YAML, no `candidates` sequence): the message says what to fix. */
  | { readonly status: 'invalid'; readonly message: string }
  /** The inbox changed on disk while the candidates were extracted: nothing was written. */
  | { readonly status: 'changed-on-disk' }
  /** Writing failed: nothing was replaced. */
  | { readonly status: 'unwritable'; readonly reason: string };

/**
 * Merge candidates into `claims/inbox.yaml` of `root` (see `mergeInbox`: comments and edits stay,
 * filed and rejected candidates are not proposed again) and write it atomically, unless it
 * changed on disk since it was read.
 */
export async function updateInbox(root: string, candidates: readonly Candidate[], claims: readonly Claim[], subjects: readonly ProposedSubject[] = []): Promise<InboxUpdate> {
  let bytes: Buffer | undefined;
  try {
    bytes = await readConfined(root, INBOX_FILE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return { status: 'unreadable', reason: describeIoError(error) };
  }
  const existing = bytes === undefined ? undefined : decodeUtf8(bytes);
  let merged: ReturnType<typeof mergeInbox>;
  try {
    merged = mergeInbox(existing, candidates, claims, subjects);
  } catch (error) {
    if (error instanceof InboxError) return { status: 'invalid', message: error.message };
    throw error;
  }
  if (merged.summary.added > 0 || merged.summary.refreshed > 0 || existing === undefined) {
    // The hash of the bytes read, not of the text: what is compared on disk just before the rename.
    const saved = await saveFile(root, INBOX_FILE, merged.text, bytes === undefined ? undefined : contentHash(bytes), { createFolders: true });
    if (saved.status === 'changed-on-disk') return { status: 'changed-on-disk' };
    if (saved.status === 'failed') return { status: 'unwritable', reason: saved.reason };
  }
  return { status: 'merged', summary: merged.summary };
}
