import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Kind, Value } from '../../src/claims/schema.js';
import { isAmountError, parseAmount } from '../../src/compare/numbers.js';
import { aliasResolver } from '../../src/compare/text.js';
import { readValue } from '../../src/compare/values.js';
import { buildCandidates, type Candidate } from '../../src/extract/candidates.js';
import { extractFromText } from '../../src/extract/document.js';
import { KANJI_NUMERAL_CHARS, parseJapaneseNumber, toKanji } from '../../src/lang/numerals.js';
import { JA_PARTS, MONTH_PARTS, YEAR_PARTS } from '../../src/lang/calendar.js';
import { japaneseCounterAt, UNIT_TABLE } from '../../src/lang/units.js';

/**
 * One reading per word: a numeral read from a capture by the extractor and the same numeral
 * written as a claim value read by compare give one number.
 */

const numeralChar = fc.constantFrom(...'0123456789０１２３４５６７８９,.', ...KANJI_NUMERAL_CHARS);
const numeral = fc.array(numeralChar, { minLength: 1, maxLength: 8 }).map((chars) => chars.join(''));

describe('numerals read alike by extract and compare', () => {
  it.each([
    ['３百十', 310],
    ['1千百', 1100],
    ['一京', 1e16],
    ['１.1３十2', 13.3],
    ['2億3千430万', 234_300_000],
    ['壱萬弐千', 12_000],
  ])('%s is %d for both', (written, value) => {
    expect(parseJapaneseNumber(written)).toBe(value);
    const amount = parseAmount(written);
    expect(isAmountError(amount) ? amount.error : amount.value).toBe(value);
  });

  it('gives one value for every string the numeral reader accepts', () => {
    fc.assert(
      fc.property(numeral, (written) => {
        const extracted = parseJapaneseNumber(written);
        if (extracted === undefined) return;
        const amount = parseAmount(written);
        expect(isAmountError(amount) ? amount.error : amount.value).toBe(extracted);
        if (!isAmountError(amount)) expect(amount.unit).toBeUndefined();
      }),
      { numRuns: 5000 },
    );
  });
});

/** The interval compare reads for a value under a subject of `kind` in `unit`. */
function intervalOf(value: Value, kind: Kind, unit: string | undefined): unknown {
  const read = readValue(value, { kind, unit, base: undefined, tolerance: 0.1, aliases: aliasResolver([]) });
  return read.problem ? { problem: read.problem.message } : read.reading;
}

/** The one candidate extracted from a sentence holding `figure`. */
function extracted(sentence: string, figure: string): Candidate | undefined {
  const candidates = buildCandidates([extractFromText(sentence, { file: 'page.txt', published: '2021-03-19' })]);
  return candidates.find((c) => c.figure === figure);
}

/** The figure extracted from `sentence` reads as the same interval as `figure` written as a claim value (a date or period). */
function expectDateAlike(sentence: string, figure: string): void {
  const c = extracted(sentence, figure);
  expect(c, figure).toBeDefined();
  expect(intervalOf(c!.value, c!.kind, undefined), figure).toEqual(intervalOf(figure, c!.kind, undefined));
}

const counters = UNIT_TABLE.flatMap((row) => row.spellings.filter((s) => japaneseCounterAt(s, 0)?.written === s && row.kind !== 'share'));
const qualifierWords = fc.constantFrom('', '少なくとも', '約', '最大');
const afterWords = fc.constantFrom('', '以上', '未満', '超', '前後', '以下');

describe('figures read alike as extracted and as claim values', () => {
  it('knows every counter the extractor writes as a unit', () => {
    let checked = 0;
    for (const counter of counters) {
      const c = extracted(`調査では12${counter}だった。`, `12${counter}`);
      if (!c) continue; // a counter the scanner reads as part of a word here
      checked++;
      expect(intervalOf(c.value, c.kind, c.unit), counter).toEqual(intervalOf(`12${counter}`, c.kind, c.unit));
    }
    expect(checked).toBeGreaterThan(counters.length * 0.8);
  });

  it('reads a qualified figure alike from a capture and from a claim value', () => {
    fc.assert(
      fc.property(
        qualifierWords,
        fc.integer({ min: 2, max: 99_999 }),
        fc.boolean(),
        fc.constantFrom('人', '回', '件', '社', '種類', 'カ所', '円', 'ドル'),
        afterWords,
        (before, n, kanji, counter, after) => {
          if (before !== '' && after !== '') return; // two qualifiers on one figure is refused as a value
          const figure = `${before}${kanji ? toKanji(n) : String(n)}${counter}${after}`;
          const c = extracted(`発表によると${figure}だった。`, figure);
          expect(c, figure).toBeDefined();
          expect(intervalOf(c!.value, c!.kind, c!.unit), figure).toEqual(intervalOf(figure, c!.kind, c!.unit));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('ordinals read alike as extracted and as claim values', () => {
  it('reads 第N, N番目, N位 and N<counter>目 as the same position from a capture and from a claim value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9_999 }),
        fc.boolean(),
        fc.constantFrom('第#回', '第#位', '#番目', '#位', '#回目', '#度目', '#人目', '#年目', '#日目', '#か月目'),
        (n, kanji, form) => {
          const figure = form.replace('#', kanji ? toKanji(n) : String(n));
          const c = extracted(`発表によると${figure}だった。`, figure);
          expect(c, figure).toBeDefined();
          expect(c!.unit, figure).toBe('rank');
          expect(intervalOf(c!.value, c!.kind, c!.unit), figure).toEqual(intervalOf(figure, c!.kind, c!.unit));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('dates read alike as extracted and as claim values', () => {
  // parts that name a fixed piece of a year (not いっぱい, the rest of it from the reference day, which a claim value has not)
  const jaYearPart = fc.constantFrom(...JA_PARTS.filter(([, part]) => YEAR_PARTS[part] !== undefined).map(([w]) => w).filter((w) => !/^\d|^第|^年/.test(w)));
  const jaMonthPart = fc.constantFrom(...JA_PARTS.filter(([, part]) => MONTH_PARTS[part] !== undefined).map(([w]) => w).filter((w) => !/^年/.test(w)));
  const jaAfter = fc.constantFrom('', '以降', '以後', 'まで', 'から', 'より前', 'ごろ');

  it('reads a Japanese year, month and their parts alike, with their qualifiers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2030 }),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        fc.boolean(),
        jaYearPart,
        jaMonthPart,
        jaAfter,
        (year, month, withPart, yearPart, monthPart, after) => {
          const part = withPart ? (month === undefined ? yearPart : monthPart) : '';
          const figure = `${year}年${month === undefined ? '' : `${month}月`}${part}${after}`;
          expectDateAlike(`発表によると、${figure}、調査が行われた。`, figure);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    '1990年代', '1990年代前半', '2000年代末', '21世紀', '二十一世紀初め', '2016年1月1日以降', '２０１６年１月１日前', '2007年1月10日またはその前',
    '2015年2月1日またはその後', '2014年から2018年まで', '2020年5月から10月まで', '11月から2017年2月まで', '2019年第3四半期', '2018年の前半',
  ])('reads %s alike', (figure) => {
    expectDateAlike(`発表によると、${figure}、調査が行われた。`, figure);
  });

  it('reads Japanese decades and spans of years alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 180, max: 209 }), fc.constantFrom('', '前半', '後半', '初め', '半ば', '末'), fc.integer({ min: 1900, max: 2030 }), fc.integer({ min: 0, max: 12 }), (tens, part, from, length) => {
        const decade = `${tens * 10}年代${part}`;
        expectDateAlike(`発表によると、${decade}、調査が行われた。`, decade);
        const span = `${from}年から${from + length}年まで`;
        expectDateAlike(`発表によると、${span}、調査が行われた。`, span);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    'the 1990s', 'the early 1990s', 'the 21st century', 'Q3 2019', 'the third quarter of 2019', '2014-2018', '2014 to 2018', 'between 2015 and 2018',
    'from May to October 2020', 'from November to February 2017', '2018 or later', '2020-21', 'before the end of 2016', 'after the beginning of March 2020', 'no later than January 1, 2010', '2016-10-16', 'the first half of 2021',
  ])('reads %s alike in English', (figure) => {
    const c = extracted(`The company said ${figure} that it would act.`, figure);
    expect(c, figure).toBeDefined();
    expect(intervalOf(c!.value, c!.kind, undefined), figure).toEqual(intervalOf(figure, c!.kind, undefined));
  });

  it.each(['early 2021', 'mid-2021', 'late 2021', 'the end of 2021', 'summer of 2018', 'the first half of 2021', 'Q3 2021', 'since March 2021', 'by June 2021', 'before May 2020', 'early March 2021'])(
    'reads %s alike',
    (figure) => {
      const c = extracted(`The company said ${figure} that it would act.`, figure);
      expect(c, figure).toBeDefined();
      expect(intervalOf(c!.value, c!.kind, undefined), figure).toEqual(intervalOf(figure, c!.kind, undefined));
    },
  );
});

describe('signs and two bounds read alike as extracted and as claim values', () => {
  it.each([
    ['対象は20歳以上65歳未満の人だ。', '20歳以上65歳未満'],
    ['基準は100以上310以下とされた。', '100以上310以下'],
    ['範囲は20から100未満だった。', '20から100未満'],
    ['物価はマイナス5%となった。', 'マイナス5%'],
    ['営業利益は▲3億円だった。', '▲3億円'],
    ['気温は-30以下に下がった。', '-30以下'],
    ['The survey found more than 100 and less than 300 people there.', 'more than 100 and less than 300 people'],
    ['The index fell minus five percent.', 'minus five percent'],
    ['It counted at least 30 people.', 'at least 30 people'],
    ['打率は3割8分7厘だった。', '3割8分7厘'],
    ['女子は5割半を占める。', '5割半'],
    ['賛成は三分の二以上だった。', '三分の二以上'],
    ['反対は4割強だった。', '4割強'],
    ['工事は2年半以上かかった。', '2年半以上'],
    ['交渉は約2年にわたった。', '約2年'],
    ['停止は9か月以内とされた。', '9か月以内'],
    ['価格は2万9000円12銭だった。', '2万9000円12銭'],
    ['代金は545ドルと5セントだった。', '545ドルと5セント'],
    ['It lasted nearly three years.', 'nearly three years'],
    ['An estimated 3,000 people attended.', 'An estimated 3,000 people'],
    ['Two thirds of voters agreed.', 'Two thirds'],
    ['More than half of the people came.', 'More than half'],
    ['One in five Americans agreed.', 'One in five'],
    ['It grew five point five percent.', 'five point five percent'],
    ['About one and a half million people came.', 'About one and a half million people'],
    ['There are at most 100 and at least 20 apples.', 'at most 100 and at least 20 apples'],
    ['The range is 20 through 100 people.', '20 through 100 people'],
    ['His age is no less than thirty.', 'no less than thirty'],
    ['この数は20より大きいが35より小さいか等しい。', '20より大きいが35より小さいか等しい'],
    ['この数字は20と30の間にある。', '20と30の間'],
    ['数字の範囲は1000から1500です。', '1000から1500'],
    ['暁明の高さは170より低い。', '170より低い'],
    ['石川県で震度6強を観測した。', '震度6強'],
    ['震度5弱以上の揺れがあった。', '震度5弱以上'],
    ['マグニチュード７．５の地震があった。', 'マグニチュード７．５'],
    ['計9便を欠航した。', '計9便'],
    ['サーバーに延べ32回アクセスした。', '延べ32回'],
    ['問い合わせは累計32回あった。', '累計32回'],
    ['市は6種類の申請を受け付けた。', '6種類'],
    ['津波は1メートル20センチ以上に達した。', '1メートル20センチ以上'],
    ['移動に1時間20分かかった。', '1時間20分'],
    ['震源は東北東30キロ付近だった。', '30キロ付近'],
    ['It cost about $8 billion.', 'about $8 billion'],
    ['It cost more than $250,000.', 'more than $250,000'],
    ['Donations topped $60,000 in the quarter.', 'topped $60,000'],
    ['Sales exceeded 3,000 units.', 'exceeded 3,000 units'],
  ])('%s', (sentence, figure) => {
    const c = extracted(sentence, figure);
    expect(c, figure).toBeDefined();
    const asClaim = intervalOf(figure, c!.kind, c!.unit === 'share' ? undefined : c!.unit);
    expect(asClaim, JSON.stringify(asClaim)).not.toHaveProperty('problem');
    expect(intervalOf(c!.value, c!.kind, c!.unit === 'share' ? undefined : c!.unit), figure).toEqual(asClaim);
  });

  it.each([
    ['死者は80人か、警察が確認している。', '80人', '80人か'],
    ['死者は80人とみられる。', '80人', '80人とみられる'],
    ['The fire reportedly killed 80 people.', '80 people', 'reportedly 80 people'],
  ])('%s: the hedged value reads like the extracted one', (sentence, figure, value) => {
    const c = extracted(sentence, figure);
    expect(c, figure).toBeDefined();
    expect(intervalOf(c!.value, c!.kind, c!.unit), figure).toEqual(intervalOf(value, c!.kind, c!.unit));
  });
});
