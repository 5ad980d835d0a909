/** Findings formatters, one per file; each only reads findings. */
export { escapeData, escapeProperty, formatGithub, githubStepSummary } from './github.js';
export { formatJson, type JsonFinding } from './json.js';
export { formatSarif } from './sarif.js';
export { summaryLine } from './summary.js';
export { formatText } from './text.js';
export type { FindingsFormatter, FindingsInput, FindingsSummary, RuleDoc } from './types.js';
