import {
  EN_CUES_ANY,
  EN_CUES_BEFORE,
  EN_DENIED_EVENT,
  EN_NOT_EVENTS,
  EN_REPORTED_EVENT,
  JA_CUES,
  JA_CUES_ANY,
  JA_SPEECH_NOUNS,
  type AssertionCue,
  type Polarity,
} from '../lang/assertions.js';
import { KANJI_NUMERAL_CLASS } from '../lang/numerals.js';
import { globalOf } from '../util/regexp.js';
import type { FactMention } from './mention.js';

/**
 * Yes-or-no claims: a statement that asserts or denies a fact — 流出は確認されていない (no leak
 * found: false), 情報は移転していないものの (false), ユーザーデータが流出した問題 (true), 私物の
 * パソコンに保存していた (true), no evidence that the data was copied (false), may have been
 * accessed (possible). The value is the truth of the proposition in its positive form; a hedge
 * asserts it only as possible (a lower confidence, never a firm yes). One claim per clause: the
 * strongest cue in it.
 */

/** The fact mentions of one line `text[start, end)`. */
export function scanFacts(text: string, start: number, end: number, english: boolean): FactMention[] {
  if (!(english ? EN_CUES_ANY : JA_CUES_ANY).test(text.slice(start, end))) return [];
  const found = english ? englishFacts(text, start, end) : japaneseFacts(text, start, end);
  // one per clause: keep the strongest (then the first) of those whose clauses overlap
  const kept: FactMention[] = [];
  for (const m of found.sort((a, b) => a.start - b.start)) {
    const clash = kept.findIndex((k) => clauseOf(text, k.end, start, end) === clauseOf(text, m.end, start, end));
    if (clash < 0) kept.push(m);
    else if (rank(m) > rank(kept[clash]!)) kept[clash] = m;
  }
  return kept;
}

function rank(m: FactMention): number {
  return m.flags.includes('weak-fact') ? 0 : 1;
}

/** The start of the clause holding `at` (after the last 。、, or line start). */
function clauseOf(text: string, at: number, lineStart: number, _lineEnd: number): number {
  let s = at;
  while (s > lineStart && !/[。．！？!?]|[.;]\s/.test(text.slice(s - 1, s + 1))) s--;
  return s;
}

/** The verbal noun ending at `at` (流出, 情報漏えい, 不正アクセス, 保存), or undefined. */
const JA_NOUN_BEFORE = /(?:[ァ-ヴー]{2,10}|[A-Za-z]{2,12}|(?<![\u3400-\u9fff])[\u3400-\u9fff]{1,3}(?:えい|ぺい)|[\u3400-\u9fff々]{2,8})$/u;
/** Kanji numerals and counters do not start a verbal noun (三十二回アクセス is アクセス). */
const NUMERAL_HEAD = new RegExp(`^(?:${KANJI_NUMERAL_CLASS}|[数何])+[回件人名度日月年時分]`, 'u');
/** A cue followed by a question (流出がなかったのか) asks; it does not state. */
const QUESTION_AFTER = /^(?:のか|のかどうか|かどうか|か[、。」？?\s]|か$)/u;

function japaneseFacts(text: string, start: number, end: number): FactMention[] {
  const out: FactMention[] = [];
  const line = text.slice(start, end);
  for (const cue of JA_CUES) {
    const re = globalOf(cue.pattern, 'gu');
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const at = start + m.index;
      const noun = JA_NOUN_BEFORE.exec(text.slice(Math.max(start, at - 14), at))?.[0]?.replace(NUMERAL_HEAD, '');
      if (!noun || noun.length < 2) continue;
      if (QUESTION_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 6))) continue;
      const nounStart = at - noun.length;
      if (JA_SPEECH_NOUNS.some((w) => noun.endsWith(w))) continue;
      const clauseStart = clauseOf(text, at, start, end);
      const proposition = text.slice(clauseStart, at).replace(/^[「『（(\s]+/, '');
      // a weak cue (〜していた, 〜していない) needs the proposition to name what it is about (を, が, は)
      if (!cue.strong && !/[をがは]/.test(proposition.slice(0, Math.max(0, proposition.length - noun.length)))) continue;
      out.push(fact(nounStart, at + m[0].length, cue, proposition));
    }
  }
  return out;
}

function englishFacts(text: string, start: number, end: number): FactMention[] {
  const out: FactMention[] = [];
  const line = text.slice(start, end);
  for (const cue of EN_CUES_BEFORE) {
    const re = globalOf(cue.pattern, 'gi');
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const from = start + m.index + m[0].length;
      const rest = text.slice(from, end);
      const stop = rest.search(/[.;:!?]\s|[.;:!?]$|,\s(?:but|and|while|although|though|which)\s|\sbut\s/);
      const proposition = (stop < 0 ? rest : rest.slice(0, stop)).slice(0, 140).trim();
      // confirmed, admitted: only with a clause (that …); a confirmed nominee is no yes-or-no claim
      if (cue.polarity === 'true' && !/that\s+$/i.test(m[0])) continue;
      if (proposition.split(/\s+/).length < 2) continue;
      out.push(fact(start + m.index, from + proposition.length, cue, proposition));
    }
  }
  const denied = globalOf(EN_DENIED_RE, 'gi');
  for (let m = denied.exec(line); m; m = denied.exec(line)) {
    const verb = (m.groups?.['p1'] ?? m.groups?.['p2'] ?? m.groups?.['p3'] ?? m.groups?.['p4'] ?? '').toLowerCase();
    if (!verb || EN_NOT_EVENTS.includes(verb)) continue;
    const at = start + m.index;
    const clauseStart = clauseOf(text, at, start, end);
    const subject = text.slice(clauseStart, at).trim();
    if (subject.split(/\s+/).filter(Boolean).length === 0 && !/^no\s/i.test(m[0])) continue;
    const proposition = `${subject} ${m[0]}`.trim();
    // no data was leaked: a denial in so many words; did not know, never had: a negated verb, weaker
    const bare = m.groups?.['p4'] !== undefined;
    out.push({ ...fact(at, at + m[0].length, DENIAL, proposition), ...(bare ? { flags: ['weak-fact', 'bare'] } : {}) });
  }
  // reported in the perfect (had stored the data on their laptops): weak, and only where no denial stands
  const reported = globalOf(EN_REPORTED_RE, 'gi');
  for (let m = reported.exec(line); m; m = reported.exec(line)) {
    const verb = (m.groups?.['p5'] ?? '').toLowerCase();
    if (EN_NOT_EVENTS.includes(verb)) continue;
    const at = start + m.index;
    if (out.some((f) => f.start <= at && at <= f.end + 12)) continue;
    const clauseStart = clauseOf(text, at, start, end);
    const subject = text.slice(clauseStart, at).trim();
    if (subject.split(/\s+/).filter(Boolean).length === 0) continue;
    const rest = /^[^.;,!?]{0,60}/.exec(text.slice(at + m[0].length, end))?.[0] ?? '';
    out.push({ ...fact(at, at + m[0].length, REPORTED, `${subject} ${m[0]}${rest}`.trim()), flags: ['weak-fact', 'bare'] });
  }
  return out;
}

const REPORTED: AssertionCue = { pattern: /$^/, polarity: 'true', strong: false };
/** The English event expressions, made once (a global form of each is taken per line). */
const EN_DENIED_RE = new RegExp(EN_DENIED_EVENT);
const EN_REPORTED_RE = new RegExp(EN_REPORTED_EVENT);

const DENIAL: AssertionCue = { pattern: /$^/, polarity: 'false', strong: false };

function fact(start: number, end: number, cue: AssertionCue, proposition: string): FactMention {
  const polarity: Polarity = cue.polarity;
  const flags: FactMention['flags'][number][] = [];
  if (polarity === 'possible') flags.push('hedged');
  if (!cue.strong) flags.push('weak-fact');
  return { type: 'fact', kind: 'boolean', start, end, value: polarity !== 'false', polarity, proposition, flags };
}
