import { HEDGES, RETRACTIONS } from '../lang/qualifiers.js';
import type { Mention, NumberMention } from './mention.js';

/**
 * Figures taken back (震度7は「誤り」, falsely claimed 3 million) are flagged `retracted`: they are
 * no one's claim, so they stay out of the inbox and of every proposed subject.
 *
 * Hedged figures: 死者は8人か, 8人とみられる, reportedly 8 people, an estimated 3,000. The hedge
 * (from the one table of `src/lang/qualifiers.ts`) is kept with the figure as its qualifier, an
 * exact figure becomes `{approx: …}` (a hedged figure is never read as exact), and the mention is
 * flagged `hedged` for a lower confidence.
 */

/** How far after a Japanese figure a hedge may stand in its clause (8人に上るとみられる). */
const JA_REACH = 12;
/** How far before an English figure a hedge may stand (reportedly killed at least 8 people). */
const EN_REACH = 48;
const CLAUSE_END = /[。、，,．！？!?\n「」『』]/;

/** Mark the hedged number mentions of one line. */
export function markHedges(text: string, mentions: readonly Mention[], english: boolean, lineEnd: number): readonly Mention[] {
  // Most lines hold no hedge word at all: look once over the line before looking per figure.
  const first = mentions[0];
  if (!first) return [];
  const span = text.slice(Math.max(0, first.start - EN_REACH), lineEnd);
  const any = english ? EN_ANY.test(span) : JA_AFTER.test(span) || mentions.some((m) => text.charAt(m.end) === 'か');
  const taken = (english ? EN_RETRACTED_ANY : JA_RETRACTED_ANY).test(span);
  if (!any && !taken) return mentions;
  return mentions.map((m, k) => {
    if (m.type !== 'number') return m;
    const next = mentions[k + 1];
    const limit = Math.min(lineEnd, next ? next.start : lineEnd);
    if (taken && (english ? englishRetracted(text, m) : japaneseRetracted(text, m, lineEnd))) return { ...m, flags: [...m.flags, 'retracted'] };
    if (!any) return m;
    const hedge = english ? englishHedge(text, m, limit) : japaneseHedge(text, m, limit);
    return hedge ? hedged(m, hedge) : m;
  });
}

const JA_RETRACTED_ANY = new RegExp([...RETRACTIONS.ja.after, '訂正', '修正'].join('|'));
/**
 * 震度7は「誤り」, 7人としたのは誤りだった, 7人と発表したが誤り: the figure, its topic or quoting
 * particle, then a word calling it wrong, within its clause.
 */
const JA_RETRACTED = new RegExp(`^[^、。，,「」]{0,2}?(?:は|と(?:した|発表した|報じた|伝えた)(?:のは|が)|とする(?:の|情報)は)[「『]?(?:${RETRACTIONS.ja.after.join('|')})`);
const EN_RETRACTED_ANY = new RegExp(`\\b(?:${RETRACTIONS.en.before.join('|')})\\b`, 'i');
/**
 * falsely claimed that 3 million people …: the word and a verb of saying in the clause before the
 * figure (wrongly billed 40 customers says the 40 were billed, and is no retraction).
 */
const EN_RETRACTED = new RegExp(`\\b(?:${RETRACTIONS.en.before.join('|')})\\s+(?:${RETRACTIONS.en.saying.join('|')})\\s+(?:[a-z]+\\s+){0,5}$`, 'i');

/** 震度7を観測したと発表したが、その後最大震度を3に訂正した: what was announced, then corrected to another figure. */
const JA_CORRECTED = /^[^。]{0,30}?(?:と|を)(?:発表|報道|公表)(?:した|していた)が、[^。]{0,24}?(?:に|へ)(?:訂正|修正)/u;

function japaneseRetracted(text: string, m: NumberMention, lineEnd: number): boolean {
  const after = text.slice(m.end, Math.min(lineEnd, m.end + 80));
  return JA_RETRACTED.test(after) || JA_CORRECTED.test(after);
}

function englishRetracted(text: string, m: NumberMention): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  return EN_RETRACTED.test(before.split(/[.;:!?,]\s/).at(-1)!);
}

/** The Japanese hedges but か, as one expression (か only counts right after the figure). */
const JA_AFTER = new RegExp(HEDGES.ja.after.filter((word) => word !== 'か').join('|'));

function japaneseHedge(text: string, m: NumberMention, limit: number): string | undefined {
  // か only right after the figure, ending its clause: 死者は8人か、 (not 8人かかった).
  if (text.charAt(m.end) === 'か' && (m.end + 1 >= limit || CLAUSE_END.test(text.charAt(m.end + 1)) || /\s/.test(text.charAt(m.end + 1)))) return 'か';
  const after = text.slice(m.end, Math.min(limit, m.end + JA_REACH));
  const cut = after.search(CLAUSE_END);
  return JA_AFTER.exec(cut < 0 ? after : after.slice(0, cut))?.[0];
}

const EN_BEFORE = new RegExp(`\\b(${HEDGES.en.before.join('|')})\\b`);
/** Any hedge word of a language, for the look over the whole line. */
const EN_ANY = new RegExp([...HEDGES.en.before, ...HEDGES.en.after].join('|'), 'i');
const EN_AFTER = new RegExp(`^[\\s,]*(${HEDGES.en.after.join('|')})\\b`);

function englishHedge(text: string, m: NumberMention, limit: number): string | undefined {
  const before = text.slice(Math.max(0, m.start - EN_REACH), m.start).toLowerCase();
  const clauseBefore = before.split(/[.;:!?]\s/).at(-1)!;
  const found = EN_BEFORE.exec(clauseBefore)?.[1];
  if (found) return found;
  return EN_AFTER.exec(text.slice(m.end, Math.min(limit, m.end + 32)).toLowerCase())?.[1];
}

function hedged(m: NumberMention, hedge: string): NumberMention {
  const value = typeof m.value === 'number' ? { approx: m.value } : m.value;
  const qualifier = m.qualifier === undefined ? hedge : m.qualifier.includes(hedge) ? m.qualifier : `${m.qualifier}…${hedge}`;
  return { ...m, value, qualifier, flags: [...m.flags, 'hedged'] };
}
