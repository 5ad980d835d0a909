import { BOUND_JOIN } from '../lang/qualifiers.js';
import type { Mention, NumberMention } from './mention.js';
import type { NumberValue } from './qualifiers.js';

/**
 * Two bounds of one figure written one after the other: `20歳以上65歳未満`, `100以上310以下`,
 * `20から100未満`, `more than 100 and less than 300 people`, `above 1000, below 1500`. The lower
 * bound and the upper bound become one figure `{min: 20, lt: 65}`, as DESIGN.md writes a range,
 * when nothing but a joining word stands between them and their units agree (the upper bound may
 * come first: `at most 100 and at least 20`).
 */

/** What may stand between the two bounds of one figure. */
const JOIN = new RegExp(`^${BOUND_JOIN}$`, 'i');

type Bounds = { readonly [K in 'min' | 'max' | 'gt' | 'lt']?: number };

/** The bounds of a plain number value (`{min: 20}`), or undefined for an exact, approximate or share value. */
function boundsOf(value: NumberMention['value']): Bounds | undefined {
  if (typeof value !== 'object' || 'share' in value || 'approx' in value) return undefined;
  return value as Bounds;
}

/** The lower bound of a value that has only one (`{min}` or `{gt}`), or undefined. */
function lowerOnly(b: Bounds): number | undefined {
  if (b.max !== undefined || b.lt !== undefined) return undefined;
  return b.min ?? b.gt;
}

/** The upper bound of a value that has only one (`{max}` or `{lt}`), or undefined. */
function upperOnly(b: Bounds): number | undefined {
  if (b.min !== undefined || b.gt !== undefined) return undefined;
  return b.max ?? b.lt;
}

/** Join each lower bound followed by an upper bound of the same figure into one mention. */
export function joinBounds(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const a = mentions[k]!;
    const b = mentions[k + 1];
    if (a.type === 'number' && b?.type === 'number') {
      const joined = join(text, a, b);
      if (joined) {
        out.push(joined);
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

function join(text: string, a: NumberMention, b: NumberMention): NumberMention | undefined {
  const first = boundsOf(a.value);
  const second = boundsOf(b.value);
  if (!first || !second) return undefined;
  // at most 100 and at least 20: the upper bound may come first.
  const reversed = upperOnly(first) !== undefined && lowerOnly(second) !== undefined;
  const low = reversed ? second : first;
  const high = reversed ? first : second;
  const lo = lowerOnly(low);
  const hi = upperOnly(high);
  if (lo === undefined || hi === undefined || lo > hi) return undefined;
  // less than 10, more than 10: two figures, not one empty range.
  if (lo === hi && (low.gt !== undefined || high.lt !== undefined)) return undefined;
  if (a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit) return undefined;
  if (a.unit !== undefined && b.unit === undefined) return undefined; // 20歳以上100未満: the second is another figure
  if (!JOIN.test(text.slice(a.end, b.start))) return undefined;
  const value: NumberValue = { ...low, ...high };
  const qualifier = [a.qualifier, b.qualifier].filter((q) => q !== undefined).join('…');
  return {
    type: 'number',
    kind: b.kind,
    start: a.start,
    end: b.end,
    value,
    unit: b.unit ?? a.unit,
    flags: [...new Set([...a.flags.filter((f) => f !== 'bare'), ...b.flags, 'range' as const])],
    ...(qualifier ? { qualifier } : {}),
  };
}
