import type { FindingsSummary } from './types.js';

/** "2 errors, 1 warning, 0 info (12 claims in 1 file, 5 sources)": the summary every format ends with. */
export function summaryLine(summary: FindingsSummary): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${summary.infos} info (${plural(summary.claims, 'claim')} in ${plural(summary.topicFiles, 'file')}, ${plural(summary.sources, 'source')})`;
}
