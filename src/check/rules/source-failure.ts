import type { Report } from '../define-rule.js';
import { claimPlace } from '../places.js';
import type { RuleContext } from '../types.js';

/**
 * Report the capture failures of the reporting rule's kind (`source-outside` or `source-missing`,
 * as the source loader classes them), on claims and on catalog entries alike. The check of both
 * rules of those ids.
 */
export function reportSourceFailures(context: RuleContext, report: Report): void {
  const headline = (file: string, reason: string): string =>
    report.ruleId === 'source-outside'
      ? `Unexpected source \`${file}\` outside the repository: ${reason}; expected a path inside it, relative to its root`
      : `Cannot read source \`${file}\`: ${reason}`;
  for (const [loaded, state] of context.sources) {
    if (state.status !== 'failed' || state.failure.ruleId !== report.ruleId) continue;
    report(headline(state.failure.file, state.failure.reason), {
      file: loaded.topic.file,
      place: claimPlace(loaded, 'source', 'file'),
      claimId: loaded.claim.id,
    });
  }
  const catalogFile = context.catalog.file;
  if (catalogFile === undefined) return;
  for (const entry of context.catalog.entries) {
    if (report.ruleId === 'source-outside' && entry.outside !== undefined) {
      report(headline(entry.entry.file, entry.outside), { file: catalogFile, place: entry.placeOf('file') });
      continue;
    }
    const capture = context.catalogSources.get(entry);
    if (capture && 'ruleId' in capture && capture.ruleId === report.ruleId) {
      report(headline(capture.file, capture.reason), { file: catalogFile, place: entry.placeOf('file') });
    }
  }
}
