import {
  EN_CARRIER_NOUNS,
  EN_COUNT_MODIFIERS,
  EN_COUNT_NOUNS,
  EN_INVERTED_VERBS,
  EN_SOURCE_NOUNS,
  EN_SPEECH_AUXILIARIES,
  EN_SPEECH_VERBS,
} from '../lang/attribution-words.js';
import { isSentenceEnd } from '../lang/sentences.js';
import { sentenceEnd, sentenceStart, type Attribution } from './attribution-span.js';

/**
 * English attribution, read by its grammar: a noun phrase before a verb of saying (`the coast
 * guard said`, `Two Defense Department officials said Thursday`, `Mayor Ken Sato told reporters`,
 * `The Harbor Authority estimated`), after one that follows a quotation or a comma (`“…,” said
 * Inspector Aya Mori`), an appositive between them (`Jun Ito, a spokesman for the Harbor
 * Authority, said` credits the authority), a possessive of a count (`by the coast guard's count`,
 * `the city's figure of 350`), and `according to` with what follows it (`according to figures
 * released by the ministry`). Each covers its sentence; a possessive covers its sentence up to
 * the next possessive of a count. Who is credited is written as found: `resolve` makes it canonical
 * and points anaphors (the agency, the company) back to what they name.
 */

/** A token of English text: a word, or a mark that ends a noun phrase. */
interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const TOKEN_RE = /[A-Za-z0-9][A-Za-z0-9.&'’-]*|[,;:()"“”—–]/g;
const SOURCE_NOUNS = new Set(EN_SOURCE_NOUNS);
const AUXILIARIES = new Set(EN_SPEECH_AUXILIARIES);
const CARRIERS = new Set(EN_CARRIER_NOUNS.filter((w) => !w.includes(' ')));
/** Words joining the parts of a proper name: Department of Homeland Security, Centers for Disease Control. */
const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'and', '&', 'on']);
/** Determiners and counts that open a noun phrase: the, a, two, several. */
const DETERMINERS = new Set(['the', 'a', 'an', 'another', 'one', 'two', 'three', 'four', 'five', 'six', 'several', 'some', 'many', 'other', 'both', 'multiple', 'various', 'most', 'few', 'its', 'their', 'his', 'her']);
/** Words never part of a source's noun phrase: pronouns, conjunctions, prepositions, verbs of being. */
const FUNCTION_WORDS = new Set([
  'which', 'who', 'whom', 'whose', 'that', 'what', 'and', 'but', 'or', 'as', 'if', 'when', 'where', 'while', 'because', 'he', 'she', 'it', 'they', 'we', 'i', 'you',
  'is', 'was', 'were', 'are', 'be', 'been', 'not', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'than', 'so', 'then', 'there', 'this', 'these', 'those',
  'also', 'has', 'have', 'had', 'said', 'says', 'told', 'after', 'before', 'since', 'about', 'into', 'over', 'under', 'against', 'during', 'without',
]);

const VERB_RE = new RegExp(`\\b(?:${EN_SPEECH_VERBS.join('|')})\\b`, 'g');
const INVERTED_RE = new RegExp(`(?:[,"”’]\\s*|—\\s*)(?:${EN_INVERTED_VERBS.join('|')})\\s+`, 'g');
const POSSESSIVE_RE = new RegExp(`['’]s\\s+(?:(?:${EN_COUNT_MODIFIERS.join('|')})\\s+)?(?:${EN_COUNT_NOUNS.join('|')})\\b`, 'g');
const ACCORDING_RE = /\b[Aa]ccording to\s+/g;
/** A line worth the English patterns. */
export const EN_ATTRIBUTION_HINT = new RegExp(`[Aa]ccording to|\\b(?:${EN_SPEECH_VERBS.join('|')})\\b|['’]s\\s+(?:(?:${EN_COUNT_MODIFIERS.join('|')})\\s+)?(?:${EN_COUNT_NOUNS.join('|')})\\b`);
/** An appositive that names whom its person speaks for: a spokesman for the Harbor Authority. */
const SPEAKS_FOR = /^(?:(?:a|an|the|one)\s+)?(?:[\w-]+\s+){0,2}?(?:spokes(?:wo)?man|spokesperson|representative|official|lawyer|attorney|executive|director|chief|head|chairman|chairwoman|president|researcher|analyst)\s+(?:for|of|at|with)\s+(.+)$/;
/** Words before a subject that make its clause a subordinate one (support that Pelosi predicted): it covers only what follows it. */
const SUBORDINATE = /(?:^|\s)(?:that|which|saying|when|whom)\s*$/i;
/** A clause that sets the scene before the subject (As the hearing got under way Wednesday, …; When X asked …,): not the subject's word. */
const SCENE = /^\s*(?:As|When|While|After|Before|Once|Although|Though|If|Until)\b[^.;]*,\s*$/;

function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) out.push({ word: m[0], start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** Words of time that end a loose phrase: tax returns released Friday. */
const isCalendarWordEn = (word: string): boolean => /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|released|published|issued|filed|obtained|seen|reviewed)$/.test(word.replace(/[.,]$/, ''));
const isCapitalised = (word: string): boolean => /^[A-Z0-9]/.test(word) && /[A-Za-z]/.test(word);
const bare = (word: string): string => word.replace(/[.,]+$/, '');
/** A word ending its sentence (`CNN.` before `He`): no noun phrase runs across it. */
const endsSentence = (text: string, t: Token): boolean => t.word.endsWith('.') && isSentenceEnd(text, t.end - 1);

/** A noun phrase found in the text: as written, and where it starts. */
export interface FoundName {
  readonly written: string;
  readonly start: number;
}

/**
 * The subject ending right before `at` (auxiliaries skipped: has, also, later): a proper name
 * (Mayor Ken Sato, the Department of Homeland Security), a phrase headed by a source noun (two
 * Defense Department officials, the coast guard), or the organisation an appositive speaks for.
 */
export function subjectBefore(text: string, at: number, floor: number): FoundName | undefined {
  const list = tokens(text, Math.max(floor, at - 240), at);
  let i = list.length - 1;
  while (i >= 0 && AUXILIARIES.has(list[i]!.word.toLowerCase())) i--;
  if (i < 0) return undefined;
  if (list[i]!.word === ',') return appositiveSubject(text, list, i);
  return phraseEndingAt(text, list, i);
}

/** `Name, appositive, said`: the organisation the appositive speaks for, else the name. */
function appositiveSubject(text: string, list: readonly Token[], comma: number): FoundName | undefined {
  let open = comma - 1;
  while (open >= 0 && list[open]!.word !== ',' && comma - open <= 14) {
    if (/^[;:()"“”]$/.test(list[open]!.word) || endsSentence(text, list[open]!)) return undefined;
    open--;
  }
  if (open < 0 || list[open]!.word !== ',' || open === comma - 1) return undefined;
  const appositive = text.slice(list[open + 1]!.start, list[comma - 1]!.end);
  const speaksFor = SPEAKS_FOR.exec(appositive);
  if (speaksFor && isCapitalised(speaksFor[1]!.replace(/^the\s+/i, ''))) return { written: speaksFor[1]!, start: list[open + 1]!.start };
  const name = phraseEndingAt(text, list, open - 1);
  return name && isCapitalised(name.written.replace(/^(?:the|a|an)\s+/i, '')) ? name : undefined;
}

/** The noun phrase whose last word is `list[i]`, or undefined when that word heads none a source can be. */
function phraseEndingAt(text: string, list: readonly Token[], i: number): FoundName | undefined {
  const head = list[i];
  if (!head || !/^[A-Za-z0-9]/.test(head.word) || endsSentence(text, head)) return undefined;
  const headWord = bare(head.word);
  // `he said`: the person it names is the caller's to find
  if (/^(?:he|she)$/i.test(headWord)) return { written: headWord, start: head.start };
  let s = i;
  if (isCapitalised(headWord)) {
    // a proper name: capitalised words and the connectors inside it
    while (s > 0) {
      const prev = list[s - 1]!;
      const w = prev.word;
      if (endsSentence(text, prev) || !/^[A-Za-z0-9&]/.test(w)) break;
      if (isCapitalised(w) || (CONNECTORS.has(w.toLowerCase()) && s - 1 > 0 && w === w.toLowerCase())) s--;
      else break;
    }
    while (s < i && CONNECTORS.has(list[s]!.word.toLowerCase()) && list[s]!.word !== 'The') s++;
    const before = list[s - 1]?.word;
    // Brevard College in North Carolina: the place locates the name before it, which is the subject
    if (before === 'in' && s >= 2) {
      const located = phraseEndingAt(text, list, s - 2);
      if (located) return located;
    }
    // residents of Aventura, a spokeswoman for Brevard College: the noun the name completes heads
    // the phrase (and a spokeswoman speaks for the college)
    if ((before === 'of' || before === 'for') && s >= 2 && isPlainNoun(text, list[s - 2]!)) {
      let t = s - 2;
      while (t > 0 && s - 2 - t < 3 && isPlainNoun(text, list[t - 1]!)) t--;
      if (t > 0 && DETERMINERS.has(list[t - 1]!.word.toLowerCase()) && !endsSentence(text, list[t - 1]!)) t--;
      const written = text.slice(list[t]!.start, head.end).replace(/[.,]+$/, '');
      const speaksFor = SPEAKS_FOR.exec(written);
      if (speaksFor) return { written: speaksFor[1]!, start: list[s]!.start };
      return { written, start: list[t]!.start };
    }
  } else if (SOURCE_NOUNS.has(headWord.toLowerCase())) {
    // a phrase a source noun heads: its modifiers (at most four) and a determiner
    let modifiers = 0;
    while (s > 0 && modifiers < 4) {
      const prev = list[s - 1]!;
      const w = prev.word.toLowerCase();
      if (endsSentence(text, prev) || !/^[A-Za-z0-9]/.test(w) || /['’]s$/.test(w)) break;
      if (DETERMINERS.has(w)) {
        s--;
        break;
      }
      if (FUNCTION_WORDS.has(w)) break;
      s--;
      modifiers++;
    }
  } else return undefined;
  return { written: text.slice(list[s]!.start, head.end).replace(/[.,]+$/, ''), start: list[s]!.start };
}

/** A lowercase word that may head or modify a noun phrase: not a function word, a determiner or a verb of saying's helper. */
function isPlainNoun(text: string, token: Token): boolean {
  const w = token.word;
  return /^[a-z][a-z-]*$/.test(w) && !/[a-z]{2}(?:ed|ing)$/.test(w) && !FUNCTION_WORDS.has(w) && !DETERMINERS.has(w) && !CONNECTORS.has(w) && !AUXILIARIES.has(w) && !endsSentence(text, token);
}

/**
 * The noun phrase starting at `at`: a proper name (its `of`-parts only when capitalised words
 * follow), a phrase a source noun heads (the indictment, court documents), the source behind a
 * carrier (a statement from X, figures released by X), or the owner of a count (X's figures).
 */
export function phraseAfter(text: string, at: number, to: number, loose = false): FoundName | undefined {
  const list = tokens(text, at, Math.min(to, at + 200));
  let i = 0;
  const first = list[0];
  if (!first || !/^[A-Za-z0-9]/.test(first.word)) return undefined;
  const determiner = DETERMINERS.has(first.word.toLowerCase()) && first.word !== first.word.toUpperCase();
  if (determiner) i++;
  const start = list[i];
  if (!start) return undefined;
  let end = i;
  if (isCapitalised(start.word)) {
    while (end + 1 < list.length && !endsSentence(text, list[end]!)) {
      const next = list[end + 1]!.word;
      if (isCapitalised(next)) end++;
      else if (/^(?:of|for|and|&|de)$/.test(next) && list[end + 2] && (isCapitalised(list[end + 2]!.word) || (list[end + 2]!.word === 'the' && list[end + 3] && isCapitalised(list[end + 3]!.word)))) {
        // Bank of Japan, but not Aya Mori of the Minato police (a phrase a lower-case noun heads)
        let reach = end + (list[end + 2]!.word === 'the' ? 3 : 2);
        while (reach + 1 < list.length && isCapitalised(list[reach + 1]!.word) && !endsSentence(text, list[reach]!)) reach++;
        const after = list[reach + 1]?.word ?? '';
        if (/^[a-z]/.test(after) && SOURCE_NOUNS.has(bare(after))) break;
        end = reach;
      } else break;
    }
  } else {
    // lower-case words up to a source noun (the local fire department), at most five; after
    // `according to`, any short phrase up to a function word or a mark (tax returns released Friday)
    while (end < list.length && end - i < 5 && !SOURCE_NOUNS.has(bare(list[end]!.word).toLowerCase())) {
      const w = list[end]!.word.toLowerCase();
      if (!/^[a-z]/.test(w) || FUNCTION_WORDS.has(w) || isCalendarWordEn(w)) {
        if (!loose || end === i) return undefined;
        end--;
        break;
      }
      if (endsSentence(text, list[end]!)) {
        if (!loose) return undefined;
        break;
      }
      end++;
    }
    if (end >= list.length) {
      if (!loose) return undefined;
      end = list.length - 1;
    }
    if (end - i >= 5 || end < i) return undefined;
  }
  const last = list[end]!;
  let written = text.slice(list[determiner ? 0 : i]!.start, last.end).replace(/[.,]+$/, '');
  // X's figures: the owner; figures released by X, a statement from X: the source behind
  const possessive = /^(.+?)['’]s$/.exec(written);
  if (possessive) written = possessive[1]!;
  const behind = CARRIERS.has(bare(last.word).toLowerCase()) ? carrierSource(text, last.end, to) : undefined;
  if (behind) return behind;
  return { written, start: list[0]!.start };
}

/** A statement `from X`, figures `released by X`: the X behind a carrier noun. */
function carrierSource(text: string, at: number, to: number): FoundName | undefined {
  const after = /^\s+(?:(?:released|published|issued|compiled|provided|gathered|collected|made public)\s+)?(?:from|by|of)\s+/.exec(text.slice(at, Math.min(to, at + 60)));
  return after ? phraseAfter(text, at + after[0].length, to) : undefined;
}

/**
 * English attributions in `from`…`to`, each with who is credited as written (`resolve` makes it
 * canonical, or refuses it: a pronoun, a time word).
 */
export function englishAttributions(text: string, from: number, to: number, resolve: (written: string, at: number) => string | undefined): Attribution[] {
  const line = text.slice(from, to);
  // found first, resolved in the order written, so that `she said` points to the person named before it
  const found: Array<{ readonly name: FoundName; readonly at: number; readonly cover: readonly [number, number] | undefined; readonly relays?: boolean }> = [];
  const push = (name: FoundName | undefined, at: number, cover?: readonly [number, number], relays?: boolean): void => {
    if (name) found.push({ name, at, cover, ...(relays ? { relays } : {}) });
  };
  ACCORDING_RE.lastIndex = 0;
  for (let m = ACCORDING_RE.exec(line); m; m = ACCORDING_RE.exec(line)) push(phraseAfter(text, from + m.index + m[0].length, to, true), from + m.index, undefined, true);
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(line); m; m = VERB_RE.exec(line)) push(subjectBefore(text, from + m.index, from), from + m.index);
  INVERTED_RE.lastIndex = 0;
  for (let m = INVERTED_RE.exec(line); m; m = INVERTED_RE.exec(line)) {
    const at = from + m.index + m[0].length;
    const found = phraseAfter(text, at, to);
    if (!found) continue;
    // “…,” said Jun Ito, a spokesman for the Harbor Authority: the authority
    const rest = text.slice(at + found.written.length, Math.min(to, at + found.written.length + 120));
    const speaksFor = /^,\s+(?:a|an|the)\s+([^,.;]+)/.exec(rest);
    const org = speaksFor ? SPEAKS_FOR.exec(speaksFor[1]!) : null;
    push(org && isCapitalised(org[1]!.replace(/^the\s+/i, '')) ? { written: org[1]!, start: found.start } : found, from + m.index);
  }
  possessives(text, from, to, line, push);
  found.sort((a, b) => a.name.start - b.name.start);
  const out: Attribution[] = [];
  for (const { name, at, cover, relays } of found) {
    const source = resolve(name.written, name.start);
    if (!source) continue;
    const start = sentenceStart(text, at, from);
    const before = name.start > start && name.start <= at ? text.slice(start, name.start) : '';
    const subordinate = before !== '' && (SUBORDINATE.test(before.slice(-12)) || SCENE.test(before));
    // Trump asserted that …, according to CNN: whoever the sentence is according to passes on the
    // rest of it, so it is the outer link however late it is written
    out.push({ source, from: cover?.[0] ?? (subordinate ? name.start : start), to: cover?.[1] ?? sentenceEnd(text, at, to), wraps: true, at: relays ? start : name.start });
  }
  return out;
}

/** `by X's count`, `the city's figure of 350`: each covers its sentence up to the next such possessive. */
function possessives(text: string, from: number, to: number, line: string, push: (found: FoundName | undefined, at: number, cover?: readonly [number, number]) => void): void {
  POSSESSIVE_RE.lastIndex = 0;
  const found: Array<{ name: FoundName; at: number }> = [];
  for (let m = POSSESSIVE_RE.exec(line); m; m = POSSESSIVE_RE.exec(line)) {
    const at = from + m.index;
    const name = subjectBefore(text, at, from);
    if (name) found.push({ name, at });
  }
  found.forEach(({ name, at }, k) => {
    const start = sentenceStart(text, at, from);
    const end = sentenceEnd(text, at, to);
    const previous = found[k - 1];
    const next = found[k + 1];
    const coverFrom = previous && previous.at >= start ? name.start : start;
    const coverTo = next && next.name.start < end ? next.name.start : end;
    push(name, at, [coverFrom, coverTo]);
  });
}
