import type { ClaimSet, LoadedClaim, LoadedSubject } from '../claims/load.js';
import { compareFindings, createFinding, type Finding } from '../util/message.js';
import type { SubjectResult } from './types.js';
import { compareSubjectWithFindings } from './compare-subject.js';
import { VERDICT_ORDER } from './verdict.js';

/** Every subject of a claim set compared, and the value problems found. */
export interface ClaimSetComparison {
  /** Conflicts first, then differences, then agreement; file order within each. */
  readonly subjects: readonly SubjectResult[];
  /** `invalid-value` and `unit-mismatch` findings, placed on the offending value. */
  readonly findings: readonly Finding[];
}

const CACHE = new WeakMap<ClaimSet, ClaimSetComparison>();

/**
 * Compare every subject of a claim set. A claim belongs to the subject of its id in the same
 * topic file, or else to the first subject of that id in any file; claims whose subject is
 * undefined are left to `check`. Results are cached per claim set (they are pure).
 */
export function compareClaimSet(set: ClaimSet): ClaimSetComparison {
  const cached = CACHE.get(set);
  if (cached) return cached;

  const byFile = new Map<string, LoadedSubject>();
  const byId = new Map<string, LoadedSubject>();
  for (const subject of set.subjects) {
    const key = `${subject.topic.file}\u0000${subject.subject.id}`;
    if (!byFile.has(key)) byFile.set(key, subject);
    if (!byId.has(subject.subject.id)) byId.set(subject.subject.id, subject);
  }
  const claimsOf = new Map<LoadedSubject, LoadedClaim[]>();
  for (const claim of set.claims) {
    const subject = byFile.get(`${claim.topic.file}\u0000${claim.claim.subject}`) ?? byId.get(claim.claim.subject);
    if (!subject) continue;
    const list = claimsOf.get(subject) ?? [];
    list.push(claim);
    claimsOf.set(subject, list);
  }

  const findings: Finding[] = [];
  const compared: { result: SubjectResult; order: number }[] = [];
  set.subjects.forEach((subject, order) => {
    // Only the first subject of an id in a file is compared; duplicates are a `check` finding.
    if (byFile.get(`${subject.topic.file}\u0000${subject.subject.id}`) !== subject) return;
    const { result, findings: subjectFindings } = compareSubjectWithFindings(subject, claimsOf.get(subject) ?? []);
    findings.push(...subjectFindings);
    for (const claim of result.claims) {
      if (!claim.problem) continue;
      const { topic, index, claim: data } = claim.loaded;
      findings.push(
        createFinding(claim.problem.message, {
          ruleId: claim.problem.ruleId,
          file: topic.file,
          place: topic.placeOf(['claims', index, 'value', ...claim.problem.path]),
          claimId: data.id,
        }),
      );
    }
    compared.push({ result, order });
  });
  compared.sort((a, b) => VERDICT_ORDER[a.result.verdict] - VERDICT_ORDER[b.result.verdict] || a.order - b.order);
  const comparison: ClaimSetComparison = { subjects: compared.map((c) => c.result), findings: findings.sort(compareFindings) };
  CACHE.set(set, comparison);
  return comparison;
}
