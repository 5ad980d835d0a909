import type { Claim } from '../claims/schema.js';
import type { ClaimResult } from './types.js';
import type { AliasResolver } from './text.js';

/**
 * Independent origins (DESIGN.md "Verdicts"): the distinct last links of the voting claims'
 * chains. A claim without a chain speaks for its outlet. Five outlets repeating LINE's figure
 * are one origin, not five confirmations. A claim with `stance: reports` (relayed without
 * endorsement) counts like any other for the origin at the end of its chain: it is that
 * origin's word, not the outlet's. Names compare after folding and the topic's alias table
 * (`朝日新聞` = `Asahi Shimbun` when the table says so).
 */

/** The origin a claim counts for: the last link of its chain, or its outlet. */
export function originOf(claim: Claim): string {
  const last = claim.chain?.[claim.chain.length - 1];
  return last !== undefined && last.trim().length > 0 ? last : claim.outlet;
}

/** The distinct origins of the voting claims, in first-seen order. */
export function distinctOrigins(claims: readonly ClaimResult[], aliases: AliasResolver): readonly string[] {
  const seen = new Map<string, string>();
  for (const claim of claims) {
    if (!claim.votes) continue;
    const name = originOf(claim.loaded.claim);
    const key = aliases.key(name);
    if (!seen.has(key)) seen.set(key, aliases.canonical(name));
  }
  return [...seen.values()];
}
