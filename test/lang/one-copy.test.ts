import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERAS, JA_PARTS } from '../../src/lang/calendar.js';
import { KANJI_DIGIT_CHARS } from '../../src/lang/numerals.js';
import { QUALIFIER_TABLE } from '../../src/lang/qualifiers.js';

/**
 * One meaning per word: the knowledge of the language layer (numerals, qualifiers, calendar words)
 * is written in `src/lang/` only. Every other module builds its character classes and word lists
 * from those tables; a second copy typed elsewhere fails this test with its file and line.
 */

const SRC = path.resolve(import.meta.dirname, '../../src');

/** Where words may be written out for people rather than read: help texts and the UI's demo data. */
const PROSE = new Set(['cli/extract.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'lang' && dir === SRC ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The code of a file with its comments blanked (lines kept), so documentation may name words. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

const japaneseQualifiers = QUALIFIER_TABLE.filter((w) => w.language === 'ja' && w.written.length >= 2 && /[\u4e00-\u9fff]/.test(w.written)).map((w) => w.written);
const calendarWords = [...Object.keys(ERAS), ...JA_PARTS.map(([w]) => w).filter((w) => w.length >= 2 && !/^\d/.test(w)), 'january', 'february', 'september', 'november', 'december'];
const kanjiDigitRun = new RegExp(`[${KANJI_DIGIT_CHARS}]{3,}`);

describe('one copy of the language tables', () => {
  const offenders = (test: (line: string) => string | undefined): string[] => {
    const out: string[] = [];
    for (const file of sources(SRC)) {
      const relative = path.relative(SRC, file).split(path.sep).join('/');
      if (PROSE.has(relative)) continue;
      code(readFileSync(file, 'utf8'))
        .split('\n')
        .forEach((line, i) => {
          const found = test(line);
          if (found !== undefined) out.push(`src/${relative}:${i + 1}: ${found}`);
        });
    }
    return out;
  };

  it('types no set of kanji digits outside src/lang (use NUMERAL_CLASS, KANJI_NUMERAL_CHARS)', () => {
    expect(offenders((line) => kanjiDigitRun.exec(line)?.[0])).toEqual([]);
  });

  it('types no Japanese qualifier word outside src/lang (use the qualifier table)', () => {
    expect(offenders((line) => japaneseQualifiers.find((w) => line.includes(`'${w}`) || line.includes(`|${w}`) || line.includes(`${w}|`)))).toEqual([]);
  });

  it('types no calendar word outside src/lang (use the calendar)', () => {
    expect(offenders((line) => calendarWords.find((w) => new RegExp(`['|(]${w}`, 'i').test(line)))).toEqual([]);
  });
});
