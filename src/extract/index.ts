/**
 * Extraction: candidate claims from captures. The pure core is `extractFromText` (one decoded
 * document → its figures) and `buildCandidates` / `CandidateBuilder` (figures of many documents →
 * candidates), `proposeSubjects` (candidates → proposed subjects); `extractFile` and `extractAll` add reading, decoding and worker threads.
 */
export { extractFromText, type DocumentFigures, type Figure, type TextMeta } from './document.js';
export { buildCandidates, CandidateBuilder, valueOf, type Candidate, type BuildOptions, type Place } from './candidates.js';
export { proposeSubjects, type KnownSubject, type ProposedSubject, type SubjectProposal, type ProposeOptions } from './subjects.js';
export { extractFile, extractFromBytes, isFailure, type FileJob, type FileFailure } from './files.js';
export { extractAll, type PoolOptions } from './pool.js';
export { INBOX_FILE, mergeInbox, markRejected, inboxEntry, inboxSubject, isAccepted, InboxError, type MergeSummary } from './inbox.js';
export { layout, formatOf, type Format, type Layout, type TextLine } from '../sources/layout.js';
export { segment, type DocumentMeta, type Speaker, type LineInfo } from './segments.js';
export { collectJobs, loadExtractContext, type ExtractContext, type MissingInput } from './repository.js';
export { extractCandidates, extractRun, streamCandidates, streamCandidateTexts, type ExtractRun } from './run.js';
export { updateInbox, type InboxUpdate } from './inbox-file.js';
export { fileClaim, type FileClaimResult } from './file-claim.js';
export { captureFiles, type CaptureFailure, type CaptureInput, type CaptureOutcome, type CaptureResult } from './capture-files.js';
export { describeCapture, type CaptureDescription } from './describe-capture.js';
