import type { LoadedClaim, LoadedSubject } from '../../src/claims/load.js';
import { parseTopic } from '../../src/claims/parse-topic.js';
import type { ClaimResult, SubjectResult, Verdict } from '../../src/compare/types.js';
import type { ReviewData } from '../../src/ui/review-data.js';

const OUTLETS = ['中日新聞', 'JNN', '朝日新聞', 'NHK', 'JBpress', '読売新聞', 'Reuters', '日本経済新聞'];
const VERDICTS: readonly Verdict[] = ['conflict', 'differ', 'agree', 'agree'];

/**
 * Review data with `count` made-up subjects of three claims each (a quarter in conflict, a
 * quarter differing): what the benchmark and the scale tests render, without files on disk.
 */
export function syntheticReviewData(count: number, root = process.cwd()): ReviewData {
  const { topic } = parseTopic('claims/synthetic.yaml', 'topic: synthetic\nsubjects: []\nclaims: []\n');
  const results: SubjectResult[] = [];
  for (let i = 0; i < count; i++) {
    const verdict = VERDICTS[i % VERDICTS.length]!;
    const id = `subject-${i}`;
    const loaded: LoadedSubject = {
      subject: { id, question: `How many accesses were confirmed in case ${i}? 何回アクセスしたか`, kind: 'count', unit: 'times' },
      topic,
      index: i,
    };
    const claims: ClaimResult[] = [0, 1, 2].map((k) => {
      const n = verdict === 'agree' ? 32 : 32 + k * 6;
      const claim: LoadedClaim = {
        claim: {
          id: `${id}/c${k}`,
          subject: id,
          value: verdict === 'differ' ? { min: n } : n,
          outlet: OUTLETS[(i + k) % OUTLETS.length]!,
          chain: [OUTLETS[(i + k) % OUTLETS.length]!, k === 2 ? '朝日新聞' : 'LINE'],
          source: { file: 'seeds/synthetic.txt', quote: `四人はサーバーに少なくとも${n}回アクセスしていた`, line: 1 + k },
        },
        topic,
        index: i * 3 + k,
      };
      return {
        loaded: claim,
        reading: { type: 'interval', interval: { lo: n, hi: verdict === 'differ' ? Infinity : n, loOpen: false, hiOpen: false } },
        display: verdict === 'differ' ? `≥ ${n} times` : `${n} times`,
        error: undefined,
        votes: true,
      };
    });
    const ids = claims.map((c) => c.loaded.claim.id);
    results.push({
      loaded,
      verdict,
      origins: 2,
      originNames: ['LINE', '朝日新聞'],
      claims,
      conflicts: verdict === 'conflict' ? [[ids[0]!, ids[2]!]] : [],
      conflictCount: verdict === 'conflict' ? 1 : 0,
      differences: verdict === 'differ' ? [[ids[0]!, ids[1]!]] : [],
      differenceCount: verdict === 'differ' ? 1 : 0,
      groups:
        verdict === 'agree'
          ? [{ display: '32 times', claimIds: ids }]
          : claims.map((c) => ({ display: c.display, claimIds: [c.loaded.claim.id] })),
    });
  }
  return { root, results, topics: [topic], findings: [], inbox: undefined };
}
