import type { DateSpec } from './dates.js';
import type { Bound, NumberValue } from './qualifiers.js';

/** A figure found in a text: a number with its counter and qualifiers, a date or period, a place, or a fact asserted or denied. */
export type Mention = NumberMention | DateMention | PlaceMention | FactMention;

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
export type MentionFlag = 'bare' | 'weak-unit' | 'vague-date' | 'total' | 'range' | 'share-of-base' | 'hedged' | 'weak-place' | 'weak-fact' | 'retracted';

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

/** A place something is located at (中国大連の子会社, based in Da Nang). */
export interface PlaceMention extends MentionBase {
  readonly type: 'place';
  readonly kind: 'place';
  /** The place as written, most specific part (大連 of 中国大連, 日本国内). */
  readonly value: string;
  /** What is located there (子会社, servers, epicenter). */
  readonly located: string;
  /** Other names of the place from the gazetteer (Dalian, 大连), offered to the topic's aliases. */
  readonly aliases: readonly string[];
}

/** A fact asserted or denied (流出は確認されていない, no evidence that the data was copied). */
export interface FactMention extends MentionBase {
  readonly type: 'fact';
  readonly kind: 'boolean';
  /** The truth of the proposition in its positive form (a denial is false). */
  readonly value: boolean;
  readonly polarity: 'true' | 'false' | 'possible';
  /** The proposition as written (外部からの不正アクセスや情報漏えいが発生, the data was copied). */
  readonly proposition: string;
}
