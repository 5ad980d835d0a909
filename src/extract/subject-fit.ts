import type { Kind, Subject, Value } from '../claims/schema.js';
import { isDateKind } from '../claims/value-kind.js';
import { conversionFactor } from '../compare/units.js';
import { JAPANESE_QUESTION_HEADS, QUESTION_FUNCTION_WORDS } from '../lang/question-words.js';
import { unitRow } from '../lang/units.js';
import { ENGLISH_NUMBER_WORDS, ENGLISH_ORDINALS } from '../lang/english-numbers.js';

const NUMBER_WORDS: ReadonlySet<string> = new Set([...ENGLISH_NUMBER_WORDS, ...Object.keys(ENGLISH_ORDINALS)]);

/**
 * Which subject a quote filed by `urazuke add` answers: the one named, or an existing subject
 * whose kind, unit and question fit the figure and its words, or a new one — with the reason,
 * said to the user. A subject fits when its kind and unit can hold the figure (a date subject
 * no count, `unit: times` no people) and its question speaks of what the quote speaks of: all
 * of the question's words that name something (not `how`, `many`, the unit) are in the quote
 * or its clause, or the two have at least half of their words in common. A question in another script than the quote (an English question over a
 * Japanese capture) cannot be read against it; such a subject is chosen only when the extractor
 * found the quote like those already filed under it.
 */

/** The figure to file, as far as fitting a subject goes. */
export interface FigureShape {
  readonly kind: Kind;
  readonly unit?: string | undefined;
  readonly value: Value;
}

/** The subject chosen, or why the one named cannot hold the figure. */
export type SubjectChoice =
  | { readonly status: 'chosen'; readonly id: string; readonly existing: boolean; readonly reason: string }
  | { readonly status: 'misfit'; readonly id: string; readonly reason: string };

/** The question written for a subject made for a quote, for the reviewer to replace. */
export function placeholderQuestion(quote: string): string {
  return `(to be written) What does the figure in "${quote.length > 40 ? `${quote.slice(0, 40)}…` : quote}" answer?`;
}

const PLACEHOLDER = /^\(to be written\) What does the figure in "(.*)" answer\?$/s;

/** Why the subject cannot hold the figure, or undefined when it can. */
export function kindUnitMisfit(figure: FigureShape, subject: Pick<Subject, 'kind' | 'unit' | 'base'>): string | undefined {
  const described = describeSubject(subject);
  if (isDateKind(figure.kind) || isDateKind(subject.kind)) {
    return isDateKind(figure.kind) === isDateKind(subject.kind) ? undefined : `it is ${described}, the figure ${article(figure.kind)}`;
  }
  const ofBase = typeof figure.value === 'object' && figure.value !== null && 'share' in figure.value;
  if (ofBase || (figure.kind === 'share' && subject.kind !== 'share')) {
    if ((subject.kind === 'count' || subject.kind === 'quantity') && subject.base !== undefined) return undefined;
    if (ofBase || subject.kind !== 'share') return `it is ${described} with no base, the figure a share`;
  }
  const numeric = (k: Kind): boolean => k === 'count' || k === 'quantity' || k === 'share';
  if (numeric(figure.kind) !== numeric(subject.kind)) return `it is ${described}, the figure ${article(figure.kind)}`;
  if (!numeric(figure.kind)) {
    const wordy = (k: Kind): boolean => k === 'text' || k === 'place';
    return figure.kind === subject.kind || (wordy(figure.kind) && wordy(subject.kind)) ? undefined : `it is ${described}, the figure ${article(figure.kind)}`;
  }
  const unit = figure.unit === 'share' ? undefined : figure.unit;
  if (unit === undefined || subject.unit === undefined) return undefined;
  return conversionFactor(unit, subject.unit) === undefined ? `it is ${described}, the figure is in ${unit}` : undefined;
}

/** How well a subject's question speaks of the words of a quote. */
export interface QuestionFit {
  /** False when no word of the question is in a script the quote is written in. */
  readonly judged: boolean;
  /** The question's words found in the quote (or the clause around it), as the question writes them. */
  readonly shared: readonly string[];
  /** The question's words that count (in a script of the quote). */
  readonly of: number;
  /** Of the words shared and those of either side, the share the two have in common (Jaccard). */
  readonly likeness: number;
}

/**
 * The question's words that name something, found (or not) in the quote and the clause around
 * it (`context`). It fits when every one is there, or when the quote and the question have at
 * least half of their words in common: "Twelve people were injured" fits "How many people were
 * injured at the festival?", "About 450,000 people attended the festival" does not.
 */
export function questionFit(question: string, quote: string, context = ''): QuestionFit {
  const asked = keyWords(PLACEHOLDER.exec(question)?.[1] ?? question);
  const said = keyWords(quote);
  const around = keyWords(`${quote}\n${context}`);
  const latin = /[a-z]/i.test(quote);
  const cjk = /[一-龥々ァ-ヴ]/.test(quote);
  const inScript = (key: string): boolean => (/^[a-z]/.test(key) ? latin : cjk);
  const shared: string[] = [];
  let of = 0;
  let common = 0;
  for (const [key, written] of asked) {
    if (!inScript(key)) continue;
    of++;
    if (said.has(key)) common++;
    if (around.has(key)) shared.push(written);
  }
  const quoted = [...said.keys()].filter(inScript).length;
  return { judged: of > 0, shared, of, likeness: of + quoted - common === 0 ? 0 : common / (of + quoted - common) };
}

/** True when the question fits (see {@link questionFit}). */
function fits(fit: QuestionFit): boolean {
  return fit.judged && (fit.shared.length === fit.of || fit.likeness >= 0.5);
}

/** What to choose among. */
export interface ChoiceRequest {
  /** The subject named by the user (`--subject`), if any. */
  readonly named?: string | undefined;
  /** The subject the extractor suggests (its quote is like those filed under it), if any. */
  readonly suggested?: string | undefined;
  readonly figure: FigureShape;
  /** The quote, and the clause the figure stands in. */
  readonly quote: string;
  readonly context?: string | undefined;
  /** The subjects of the repository, in file order. */
  readonly subjects: readonly Subject[];
  /** A new subject id, when none fits. */
  readonly newId: string;
}

/** Choose the subject (see the module comment). */
export function chooseSubject(request: ChoiceRequest): SubjectChoice {
  const { named, figure, subjects } = request;
  if (named !== undefined) {
    const subject = subjects.find((s) => s.id === named);
    if (!subject) return { status: 'chosen', id: named, existing: false, reason: 'new, named with --subject' };
    const misfit = kindUnitMisfit(figure, subject);
    if (misfit) return { status: 'misfit', id: named, reason: misfit };
    return { status: 'chosen', id: named, existing: true, reason: 'named with --subject' };
  }
  let best: { subject: Subject; fit: QuestionFit } | undefined;
  let alike: Subject | undefined;
  const passed: string[] = [];
  const unfit: string[] = [];
  for (const subject of subjects) {
    const misfit = kindUnitMisfit(figure, subject);
    if (misfit) {
      unfit.push(`${subject.id}: ${misfit}`);
      continue;
    }
    const fit = questionFit(subject.question, request.quote, request.context);
    if (fits(fit)) {
      if (!best || fit.shared.length / fit.of + fit.likeness > best.fit.shared.length / best.fit.of + best.fit.likeness) best = { subject, fit };
    } else if (!fit.judged && subject.id === request.suggested) {
      alike = subject;
    } else {
      passed.push(
        fit.judged
          ? `${subject.id}: ${describeSubject(subject)}, but its question ${fit.shared.length === 0 ? 'shares no word with the quote' : `shares only ${quoteWords(fit.shared)} with the quote`}`
          : `${subject.id}: its question is in another script than the quote, and the quote is unlike those filed under it`,
      );
    }
  }
  if (best) {
    return { status: 'chosen', id: best.subject.id, existing: true, reason: `${describeSubject(best.subject)} like the figure, and its question speaks of ${quoteWords(best.fit.shared)} as the quote does` };
  }
  if (alike) {
    return { status: 'chosen', id: alike.id, existing: true, reason: `${describeSubject(alike)} like the figure, and the quote is like those filed under it (its question, in another script, is not compared)` };
  }
  passed.push(...unfit);
  return {
    status: 'chosen',
    id: request.newId,
    existing: false,
    reason: subjects.length === 0 ? 'new: the repository has none yet' : `new: none fits${passed.length > 0 ? ` (${passed.slice(0, 2).join('; ')}${passed.length > 2 ? `; ${passed.length - 2} more` : ''})` : ''}`,
  };
}

/** `a count in people`, `a date`. */
function describeSubject(subject: Pick<Subject, 'kind' | 'unit'>): string {
  return `${article(subject.kind)}${subject.unit !== undefined && !isDateKind(subject.kind) ? ` in ${subject.unit}` : ''}`;
}

function article(kind: Kind): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

function quoteWords(words: readonly string[]): string {
  return words.map((w) => `'${w}'`).join(', ');
}

/**
 * The words of a text that name something, keyed by a rough stem (`injured`, `injuries` →
 * `injur`): English words of three letters or more but function words and units, and the
 * bigrams of kanji and katakana runs but question forms (何人).
 */
function keyWords(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const normal = text.normalize('NFKC');
  for (const word of normal.match(/[A-Za-z]{3,}/g) ?? []) {
    const lower = word.toLowerCase();
    if (QUESTION_FUNCTION_WORDS.has(lower) || NUMBER_WORDS.has(lower) || unitRow(lower)) continue;
    const key = stem(lower);
    if (!out.has(key)) out.set(key, word);
  }
  for (const run of normal.match(/[一-龥々ァ-ヴー]{2,}/g) ?? []) {
    if (JAPANESE_QUESTION_HEADS.some((head) => run.startsWith(head))) continue;
    for (let i = 0; i + 1 < run.length; i++) {
      const pair = run.slice(i, i + 2);
      if (!out.has(pair)) out.set(pair, pair);
    }
  }
  return out;
}

/** A rough English stem: an inflection cut (-ing, -ed, -es, -s), then the first five letters. */
function stem(word: string): string {
  const cut = word.length > 5 ? word.replace(/(?:ing|ed|es|s)$/, '') : word.replace(/s$/, '');
  return cut.slice(0, 5);
}
