import { createFinding, type Finding } from '../../util/message.js';
import { claimPlace } from '../places.js';
import type { RuleContext } from '../types.js';

/**
 * Findings of one kind of capture failure (`source-outside` or `source-missing`), on claims and on
 * catalog entries alike. Shared by the two rules of those ids.
 */
export function sourceFailures(context: RuleContext, ruleId: 'source-outside' | 'source-missing'): Finding[] {
  const findings: Finding[] = [];
  const headline = (file: string, reason: string): string =>
    ruleId === 'source-outside'
      ? `Unexpected source \`${file}\` outside the repository: ${reason}; expected a path inside it, relative to its root`
      : `Cannot read source \`${file}\`: ${reason}`;
  for (const [loaded, state] of context.sources) {
    if (state.status !== 'failed' || state.failure.ruleId !== ruleId) continue;
    findings.push(
      createFinding(headline(state.failure.file, state.failure.reason), {
        ruleId,
        file: loaded.topic.file,
        place: claimPlace(loaded, 'source', 'file'),
        claimId: loaded.claim.id,
      }),
    );
  }
  const catalogFile = context.catalog.file;
  if (catalogFile === undefined) return findings;
  for (const entry of context.catalog.entries) {
    if (ruleId === 'source-outside' && entry.outside !== undefined) {
      findings.push(createFinding(headline(entry.entry.file, entry.outside), { ruleId, file: catalogFile, place: entry.placeOf('file') }));
      continue;
    }
    const capture = context.catalogSources.get(entry);
    if (capture && 'ruleId' in capture && capture.ruleId === ruleId) {
      findings.push(createFinding(headline(capture.file, capture.reason), { ruleId, file: catalogFile, place: entry.placeOf('file') }));
    }
  }
  return findings;
}
