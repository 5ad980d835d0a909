/**
 * Verdict formatters of `urazuke report`, one per file: they only read the compared subjects.
 */
export { formatClaimReview, reviewUrl } from './claimreview.js';
export { CONFIG_FILE, parseReviewOptions, type ReviewOptions } from './review-options.js';
export { formatJson, intervalJson, subjectJson } from './json.js';
export { formatMarkdown, webAddress } from './markdown.js';
export { valueAsWritten } from './as-written.js';
export { formatText, renderPlainReport, type PlainReportOptions } from './text.js';
export { chainText, groupsText, originsText, resolutionText, summaryLine, terminalSafeJson } from './shared.js';
export type { VerdictsFormatter, VerdictsInput } from './types.js';
