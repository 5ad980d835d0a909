import type { Kind } from '../claims/schema.js';
import { conceptsIn } from '../lang/concepts.js';
import { looksEnglish } from '../lang/script.js';
import { JAPANESE_UNIT_SPELLINGS, unitRow } from '../lang/units.js';
import type { Candidate } from './candidates.js';

/**
 * Drafted questions and ids of proposed subjects, for a reviewer to rewrite: the clause of the
 * subject's clearest statement with its figure turned into the question word, in the language
 * most of its statements are in (四人はサーバーに少なくとも三十二回アクセスしていた →
 * 四人はサーバーにアクセスしていた回数は？; 55 people were killed → How many people were killed?).
 */

/** The language most of the statements are in. */
function language(members: readonly Candidate[]): 'ja' | 'en' {
  let en = 0;
  for (const m of members) if (looksEnglish(m.source.quote)) en++;
  return en * 2 > members.length ? 'en' : 'ja';
}

/** The statement the question is drafted from: the most confident one in the subject's language. */
function central(members: readonly Candidate[], lang: 'ja' | 'en'): Candidate {
  let best = members[0]!;
  for (const m of members) {
    if ((looksEnglish(m.source.quote) ? 'en' : 'ja') !== lang) continue;
    if ((looksEnglish(best.source.quote) ? 'en' : 'ja') !== lang || m.confidence > best.confidence) best = m;
  }
  return best;
}

/** Longest draft, in characters (the clause is cut at a boundary before it). */
const MAX_DRAFT = 60;

/** The question a reviewer starts from. */
export function draftQuestion(members: readonly Candidate[], kind: Kind, unit: string | undefined): string {
  const lang = language(members);
  const c = central(members, lang);
  const quote = c.source.quote.replace(/\s+/g, ' ').trim();
  let at = quote.indexOf(c.figure);
  if (at < 0) at = quote.length;
  const before = quote.slice(0, at);
  const after = quote.slice(at + c.figure.length);
  return lang === 'ja' ? japanese(c, kind, unit, before, after) : english(c, kind, unit, before, after);
}

function japanese(c: Candidate, kind: Kind, unit: string | undefined, before: string, after: string): string {
  const head = cutStart(before.replace(/[「『（(]+$/, ''));
  if (kind === 'place') {
    const located = /^(.+?) in /.exec(c.says)?.[1];
    return located ? `${located}はどこ？` : `${head}どこ？`;
  }
  if (kind === 'boolean') {
    const proposition = /^(?:yes|no|possibly): (.*) \(/.exec(c.says)?.[1] ?? c.figure;
    return /[一-龥ァ-ヴー]$/.test(proposition) ? `${cut(proposition)}したか？` : `${cut(proposition)}か？`;
  }
  const rest = after.replace(/^[がをにでともはの、]/, '');
  if (kind === 'date' || kind === 'period') {
    const tail = cutEnd(rest.replace(/^(?:付で|付け|に|、)+/, ''));
    return `いつ？ ${cut(`${head}${tail}`)}`.trim();
  }
  const noun = countNoun(c.figure, unit);
  // 死者は55人に上った: the noun before the figure is what is counted
  if (/^(?:上っ|上る|のぼ|達し|達する|なっ|なる|増え|減っ)/.test(rest) || rest.trim() === '') {
    const stem = head.replace(/[はがもを]$/, '');
    return stem ? `${cut(stem)}の${noun}は？` : `${noun}は？`;
  }
  const tail = cutEnd(rest);
  return `${cut(`${head}${tail}`)}${noun}は？`;
}

/** 人 → 人数, 回 → 回数: the noun asking how many of the figure's counter (from the unit table). */
function countNoun(figure: string, unit: string | undefined): string {
  if (unit === 'share') return '割合';
  const counter = JAPANESE_UNIT_SPELLINGS.find((spelling) => figure.includes(spelling));
  if (counter && counter.length <= 3 && !/[ぁ-ん]/.test(counter)) return counter === '人' || counter === '名' ? '人数' : `${counter}数`;
  return unit ? '数' : '値';
}

function english(c: Candidate, kind: Kind, unit: string | undefined, before: string, after: string): string {
  const label = unit ? (unitRow(unit)?.label ?? unit) : '';
  if (kind === 'place') {
    const located = /^(.+?) in /.exec(c.says)?.[1];
    return located ? `Where ${/s$/.test(located) ? 'are' : 'is'} the ${located}?` : `Where? ${capital(cutEn(`${before}${after}`))}`;
  }
  if (kind === 'boolean') {
    const proposition = /^(?:yes|no|possibly): (.*) \(/.exec(c.says)?.[1] ?? c.figure;
    return `Is it so that ${cutEn(proposition)}?`;
  }
  if (kind === 'date' || kind === 'period') {
    const stem = `${before.replace(/\b(?:on|in|by|since|until|as of|from|at|of)\s*$/i, '')} ${after}`.replace(/\s+/g, ' ').trim();
    return `When? ${capital(cutEn(stem))}`;
  }
  const unitWords = new RegExp(`^\\s*(?:${[label, unit ?? '', 'people', 'persons'].filter(Boolean).map(escape).join('|')})\\b`, 'i');
  const tail = cutEn(after.replace(unitWords, '').replace(/^[\s,.;:]+/, ''));
  const what = unit === 'share' || kind === 'share' ? 'What share' : label && label !== 'share' ? `How many ${label}` : 'How much';
  if (tail.split(/\s+/).length >= 2) return `${what} ${tail}?`;
  const head = cutEn(before.replace(/\b(?:at least|about|more than|nearly|some|over|almost|up to|at most)\s*$/i, '').trim());
  return head ? `${capital(head)}: ${what.toLowerCase()}?` : `${what}?`;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The start of a Japanese clause, cut to the part after its last comma when long. */
function cutStart(text: string): string {
  const comma = Math.max(text.lastIndexOf('、'), text.lastIndexOf('」'), text.lastIndexOf('「'));
  const part = comma >= 0 && text.length - comma > 3 ? text.slice(comma + 1) : text;
  return part.length > MAX_DRAFT / 2 ? part.slice(part.length - MAX_DRAFT / 2) : part;
}

/** The rest of a Japanese clause up to what closes its predicate (こと, という, 、). */
function cutEnd(text: string): string {
  const stop = text.search(/こと|という|として|ため|、|。|」|との|など/);
  return stop >= 0 ? text.slice(0, stop) : text;
}

function cut(text: string): string {
  return text.length > MAX_DRAFT ? `${text.slice(0, MAX_DRAFT)}…` : text;
}

/** An English stretch cut at a clause end (comma, dash, semicolon) and at most 12 words. */
function cutEn(text: string): string {
  const stop = text.search(/[,;:—–]|\s-\s|\.\s|\.$/);
  const part = (stop >= 0 ? text.slice(0, stop) : text).trim();
  const words = part.split(/\s+/);
  return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : part;
}

/** An id for a new subject: what it is about (the concept most of its clauses name) and its unit or kind. */
export function subjectSlug(members: readonly Candidate[], kind: Kind, unit: string | undefined): string {
  const counts = new Map<string, number>();
  for (const m of members) {
    const quote = m.source.quote;
    const at = Math.max(0, quote.indexOf(m.figure));
    let nearest: { id: string; distance: number } | undefined;
    for (const hit of conceptsIn(quote)) {
      const distance = Math.abs(hit.index - at);
      if (!nearest || distance < nearest.distance) nearest = { id: hit.id, distance };
    }
    if (nearest) counts.set(nearest.id, (counts.get(nearest.id) ?? 0) + 1);
  }
  let about: string | undefined;
  let best = 0;
  for (const [id, n] of counts) {
    if (n > best) {
      about = id;
      best = n;
    }
  }
  const tail = (unit ?? kind).replace(/\s+/g, '-');
  return about ? `${about}-${tail}` : tail;
}
