import { toHalfWidthDigits } from '../lang/numerals.js';
import { ENGLISH_SMALL } from '../lang/english-numbers.js';

/**
 * Figures about another event than the one a page reports: a past disaster or accident named for
 * comparison (`2016年の熊本地震では、50人が死亡した`, `the worst since the 2014 sinking, which
 * killed 304 people`, `15 years after the attacks that killed nearly 3,000 people`). Known by
 * structure, never by names: a clause anchored to an event dated at least two years before the
 * story — a year and the noun it dates, then `では` / `の際` / `当時` (Japanese) or a relative
 * clause (`, which`, `that`, English) — says what happened then, so its figures stay below 0.5.
 */

/** How many years before the story an event must lie to be another one. */
const MIN_YEARS_BEFORE = 2;

/** A year dating a noun, then the case that makes what follows about it: 2016年の熊本地震では, 2011年3月に起きた震災の際. */
const JA_ANCHOR = /([12１２][0-9０-９]{3})年(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?(?:に(?:発生|起き|起こっ|あっ)た|に(?:発生|起き)した)?の?([^\s、。「」（）()]{1,16}?)(?:では|でも|の際(?:に(?:は)?|は)?|の時(?![点間期刻])(?:に(?:は)?|は)?|当時(?:は)?)/g;
/** Nouns after a year that name a source's count of it (2023年の調査では): an attribution, not another event. */
const JA_SOURCE_NOUN = /(?:調査|統計|集計|発表|資料|報告|白書|推計|試算|まとめ|予算|計画|決算|段階|時点|年度)$/;
/** A year dating a noun phrase (the 2011 earthquake: the year stands as its modifier), then a relative clause about it. */
const EN_DATED = /\bthe\s+((?:19|20)\d{2})\s+(?:[A-Za-z.'’-]+\s+){0,4}?[A-Za-z.'’-]+(?:\s+(?:of|in|at|on|off)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,4})?,?\s+(which|that|when|in which)\s+/g;
/** An offset in years before a noun phrase and its relative clause: 15 years after the attacks that killed … */
const EN_OFFSET = new RegExp(String.raw`\b(\d{1,3}|${Object.keys(ENGLISH_SMALL).join('|')})\s+years\s+(?:after|since|ago,?)\s+(?:the\s+)?(?:[A-Za-z.'’-]+\s+){0,4}?[A-Za-z.'’-]+,?\s+(which|that)\s+`, 'gi');

/** A line worth the English patterns: a year after `the`, or years. */
const EN_HINT = /\bthe\s+(?:19|20)\d\d\b|\byears\b/i;

/** Spans (offsets in `text`) of the line `start`…`end` that speak of another event than the story of `storyYear`. */
export function otherEventSpans(text: string, start: number, end: number, storyYear: number | undefined, english: boolean): Array<readonly [number, number]> {
  const line = text.slice(start, end);
  if (english ? !EN_HINT.test(line) : storyYear === undefined || !line.includes('年')) return [];
  const out: Array<readonly [number, number]> = [];
  if (!english && storyYear !== undefined) {
    JA_ANCHOR.lastIndex = 0;
    for (let m = JA_ANCHOR.exec(line); m; m = JA_ANCHOR.exec(line)) {
      const year = Number(toHalfWidthDigits(m[1]!));
      if (storyYear - year < MIN_YEARS_BEFORE || JA_SOURCE_NOUN.test(m[2]!)) continue;
      const from = start + m.index;
      out.push([from, sentenceEndJa(text, from + m[0].length, end)]);
    }
    return out;
  }
  if (!english) return out;
  // a year needs the story's date to be far from; an offset (15 years after) says so itself
  EN_DATED.lastIndex = 0;
  for (let m = storyYear === undefined ? null : EN_DATED.exec(line); m; m = EN_DATED.exec(line)) {
    if (storyYear! - Number(m[1]) < MIN_YEARS_BEFORE) continue;
    const from = start + m.index + m[0].length;
    out.push([from, clauseEndEn(text, from, end)]);
  }
  EN_OFFSET.lastIndex = 0;
  for (let m = EN_OFFSET.exec(line); m; m = EN_OFFSET.exec(line)) {
    const years = /^\d/.test(m[1]!) ? Number(m[1]) : (ENGLISH_SMALL[m[1]!.toLowerCase()] ?? 0);
    if (years < MIN_YEARS_BEFORE) continue;
    const from = start + m.index + m[0].length;
    out.push([from, clauseEndEn(text, from, end)]);
  }
  return out;
}

/** True when `at` lies in one of `spans`. */
export function inSpans(spans: ReadonlyArray<readonly [number, number]>, at: number): boolean {
  return spans.some(([s, e]) => at >= s && at < e);
}

function sentenceEndJa(text: string, at: number, end: number): number {
  const k = text.indexOf('。', at);
  return k < 0 || k > end ? end : k + 1;
}

/** A relative clause ends at a comma, a semicolon, a dash or its sentence's end. */
function clauseEndEn(text: string, at: number, end: number): number {
  for (let k = at; k < end; k++) {
    const c = text.charAt(k);
    if (c === ',' || c === ';' || c === '—' || c === '–' || (c === '.' && (k + 1 >= end || text.charAt(k + 1) === ' '))) return k;
  }
  return end;
}
