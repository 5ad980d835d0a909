import { loadClaimSet, type LoadedTopic } from '../claims/load.js';
import { compareClaimSet } from '../compare/index.js';
import type { SubjectResult } from '../compare/types.js';
import type { Finding } from '../util/message.js';
import { readInbox, type Inbox } from '../claims/inbox.js';

/** Everything the review UI shows, loaded from a repository (no Ink here: it loads while Ink does). */
export interface ReviewData {
  /** Absolute path of the repository. */
  readonly root: string;
  readonly results: readonly SubjectResult[];
  /** Topic files as loaded: their texts are what edits are computed from and checked against on save. */
  readonly topics: readonly LoadedTopic[];
  /** Problems found while loading and comparing (shown in the header count). */
  readonly findings: readonly Finding[];
  readonly inbox: Inbox | undefined;
}

/** Load claims, compare them and read the inbox. */
export async function loadReviewData(root: string): Promise<ReviewData> {
  const [set, inbox] = await Promise.all([loadClaimSet(root), readInbox(root)]);
  const compared = compareClaimSet(set);
  return {
    root: set.root,
    results: compared.subjects,
    topics: set.topics,
    findings: [...set.findings, ...compared.findings],
    inbox,
  };
}
