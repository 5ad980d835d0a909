import type { Claim, Value } from '../claims/schema.js';
import type { Verdict } from '../compare/types.js';
import type { Span } from './spans.js';
import { truncate, widthOf } from './text-width.js';

/** A value as written in the claim file, in YAML flow style: `{min: 32}`, `2018-08`, `大連`. */
export function writtenValue(value: Value): string {
  if (value === null || typeof value !== 'object') return String(value);
  return `{${Object.entries(value)
    .map(([k, v]) => `${k}: ${v !== null && typeof v === 'object' ? writtenValue(v as Value) : String(v)}`)
    .join(', ')}}`;
}

/** Between the links of a chain. */
const LINK = ' → ';

/**
 * A claim's chain, outermost first, the origin last (`読者コメント → JBpress → 朝日新聞`), in at
 * most `width` cells. What matters is who says it first and whose figure it
 * is, so the links in the middle go first (`読者コメント → … → 朝日新聞`), then the outermost link
 * is cut, and the origin last of all.
 */
export function fitChain(claim: Claim, width: number): string {
  if (width <= 0) return '';
  const links = [...(claim.chain ?? [claim.outlet])];
  if (widthOf(links.join(LINK)) <= width) return links.join(LINK);
  const origin = links[links.length - 1] ?? '';
  const first = links[0] ?? '';
  const middle = links.slice(1, -1);
  // Fewer and fewer of the middle links, those nearest the middle going first.
  for (let keep = middle.length - 1; keep >= 0; keep--) {
    const left = Math.ceil(keep / 2);
    const kept = [first, ...middle.slice(0, left), '…', ...middle.slice(middle.length - (keep - left)), origin];
    const text = kept.join(LINK);
    if (widthOf(text) <= width) return text;
  }
  if (links.length === 1) return truncate(origin, width);
  const tail = `${LINK}${links.length > 2 ? `…${LINK}` : ''}${origin}`;
  const room = width - widthOf(tail);
  if (room >= 2) return `${truncate(first, room)}${tail}`;
  return truncate(`…${LINK.trimEnd()} ${origin}`, width);
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
