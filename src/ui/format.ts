import type { Claim, Value } from '../claims/schema.js';
import type { Verdict } from '../compare/types.js';
import type { Span } from './spans.js';

/** A value as written in the claim file, in YAML flow style: `{min: 32}`, `2018-08`, `大連`. */
export function writtenValue(value: Value): string {
  if (value === null || typeof value !== 'object') return String(value);
  return `{${Object.entries(value)
    .map(([k, v]) => `${k}: ${v !== null && typeof v === 'object' ? writtenValue(v as Value) : String(v)}`)
    .join(', ')}}`;
}

/** A claim's chain, outermost first, the origin last: `読者コメント → JBpress → 朝日新聞`. */
export function chainText(claim: Claim): string {
  return (claim.chain ?? [claim.outlet]).join(' → ');
}

/** The verdict badge: a sign that reads without colour, and the word. */
export function verdictSpan(verdict: Verdict): Span {
  switch (verdict) {
    case 'conflict':
      return { text: '✗ conflict', style: 'conflict' };
    case 'differ':
      return { text: '≈ differ  ', style: 'differ' };
    case 'agree':
      return { text: '= agree   ', style: 'agree' };
  }
}

/**
 * The short form of a claim id for display: the part after the subject (`access-count/jnn` →
 * `jnn`), cut to {@link SHORT_ID_LENGTH} characters with `…` (an id may be of any length).
 */
export function shortId(id: string): string {
  const at = id.lastIndexOf('/');
  const short = at >= 0 && at < id.length - 1 ? id.slice(at + 1) : id;
  return short.length > SHORT_ID_LENGTH ? `${[...short.slice(0, SHORT_ID_LENGTH)].slice(0, SHORT_ID_LENGTH - 1).join('')}…` : short;
}

/** Characters of a claim id shown at most. */
const SHORT_ID_LENGTH = 32;
