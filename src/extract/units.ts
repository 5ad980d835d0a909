import { NUMERAL_TABLE } from '../lang/numerals.js';
import { COUNTED_PARTS, japaneseCounterAt, unitRow, type UnitKind, type UnitRow } from '../lang/units.js';

/**
 * Counters as the extractor uses them: what a figure counts, read from the one unit table of
 * `src/lang/units.ts` (人, 名, people, persons → people; 回, times → times; …), with the kind of
 * subject it fits and, for shares, the scale (割 = 0.1, % = 0.01).
 */

/** What a counter means. */
export interface Counter {
  /** Normalised unit: `times`, `people`, `share`, `yen`, … (a row name of the unit table). */
  readonly unit: string;
  /** Subject kind the figure fits. */
  readonly kind: UnitKind;
  /** Multiplier applied to the number (割 = 0.1, % = 0.01, 万人 = 10^4). */
  readonly scale: number;
  /** A counter of rankings, scores or clicks: figures that are seldom claims. */
  readonly weak?: boolean;
}

function counterOf(row: UnitRow, scale = 1): Counter {
  const base = row.kind === 'share' ? row.factor : 1;
  return row.weak ? { unit: row.name, kind: row.kind, scale: base * scale, weak: true } : { unit: row.name, kind: row.kind, scale: base * scale };
}

/**
 * The Japanese counter starting at `index` in `text` (longest match), with its length; skips
 * up to two spaces (`4 人`); a large unit before it scales it (`数万人` after a numeral: 万人 = 10^4
 * people). Undefined when none starts there.
 */
export function counterAt(text: string, index: number): { readonly counter: Counter; readonly end: number; readonly written: string } | undefined {
  let i = index;
  // `4 人`, `7  万  円`: up to two spaces.
  if (text.charCodeAt(i) === 0x20) i++;
  if (text.charCodeAt(i) === 0x20) i++;
  const found = japaneseCounterAt(text, i);
  if (found) return { counter: counterOf(found.row), end: found.end, written: found.written };
  const meaning = Object.hasOwn(NUMERAL_TABLE, text.charAt(i)) ? NUMERAL_TABLE[text.charAt(i)] : undefined;
  const scale = meaning && 'large' in meaning ? 10 ** meaning.large : undefined;
  if (scale !== undefined) {
    const scaled = japaneseCounterAt(text, i + 1);
    if (scaled && scaled.row.kind !== 'share') return { counter: counterOf(scaled.row, scale), end: scaled.end, written: text.slice(i, scaled.end) };
  }
  return undefined;
}

/** The counter an English unit word stands for; other nouns count themselves (`4 servers` → servers). */
export function englishCounter(word: string): Counter {
  const row = isEnglishUnit(word) ? unitRow(word) : undefined;
  return row ? counterOf(row) : { unit: word.toLowerCase(), kind: 'count', scale: 1 };
}

/** True for an English word the unit table knows (times, people, users, percent …). */
export function isEnglishUnit(word: string): boolean {
  return /^[A-Za-z][A-Za-z -]*$/.test(word) && word.length > 1 && unitRow(word) !== undefined;
}

/**
 * A count of a whole written as counts of its kinds from `index`, right after a number `first`
 * (22市10町1村: 33 municipalities), reading each further number with `readNumber`; undefined
 * unless two kinds or more follow one another in their order (`COUNTED_PARTS`).
 */
export function partsRunAt(
  text: string,
  index: number,
  first: number,
  readNumber: (at: number) => { readonly value: number; readonly start: number; readonly end: number } | undefined,
): { readonly counter: Counter; readonly end: number; readonly written: string; readonly total: number } | undefined {
  if (!Number.isInteger(first)) return undefined;
  for (const { unit, parts } of COUNTED_PARTS) {
    let kind = parts.indexOf(text.charAt(index));
    if (kind < 0) continue;
    let total = first;
    let end = index + 1;
    let counted = 1;
    for (;;) {
      const next = readNumber(end);
      if (!next || next.start !== end || !Number.isInteger(next.value)) break;
      const nextKind = parts.indexOf(text.charAt(next.end));
      if (nextKind <= kind) break;
      total += next.value;
      kind = nextKind;
      end = next.end + 1;
      counted++;
    }
    const row = unitRow(unit);
    if (counted >= 2 && row) return { counter: counterOf(row), end, written: text.slice(index, end), total };
  }
  return undefined;
}
