import type { DateSpec } from './dates.js';
import type { Bound, NumberValue } from './qualifiers.js';

/** A figure found in a text: a number with its counter and qualifiers, or a date or period. */
export type Mention = NumberMention | DateMention;

interface MentionBase {
  /** Offsets in the text of the figure with its counter and qualifiers. */
  readonly start: number;
  readonly end: number;
  /** The qualifier as written (少なくとも, 以上, at least), if any. */
  readonly qualifier?: string;
  readonly bound?: Bound;
  /** Signals for the confidence score: a bare number without counter, a ranking or score, a rough date word. */
  readonly flags: readonly MentionFlag[];
}

/** Signals that lower or raise a mention's confidence. */
export type MentionFlag = 'bare' | 'weak-unit' | 'vague-date' | 'total' | 'range' | 'share-of-base' | 'hedged';

/** A count, quantity or share. */
export interface NumberMention extends MentionBase {
  readonly type: 'number';
  readonly kind: 'count' | 'quantity' | 'share';
  /** The value in DESIGN.md form: 32, {min: 32}, {share: {min: 0.7}} … */
  readonly value: NumberValue | { readonly share: NumberValue };
  readonly unit: string | undefined;
}

/** A date or a span of dates, placed in time later against the segment's date. */
export interface DateMention extends MentionBase {
  readonly type: 'date';
  readonly kind: 'date' | 'period';
  readonly from: DateSpec;
  /** The end of a span (2018年8月から今年2月まで). */
  readonly to?: DateSpec;
  /** A lone から: the date something began, written as the date itself. */
  readonly since?: boolean;
}
