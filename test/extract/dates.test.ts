import { describe, expect, it } from 'vitest';
import { buildCandidates, type Candidate } from '../../src/extract/candidates.js';
import { extractFromText } from '../../src/extract/document.js';

/**
 * Dates as news writes them, each read against the date of the page that says it: weekdays and
 * weeks, relative days, spans across a month or year end, anchors joined by の, offsets, bounds,
 * decades and centuries, parts without a numeral, numeric forms, and what is no date.
 */

function read(text: string, published: string): Candidate[] {
  return buildCandidates([extractFromText(text, { file: 'page.txt', published })]);
}

function valueOf(text: string, figure: string, published: string): unknown {
  const found = read(text, published).filter((c) => c.figure === figure);
  expect(found.map((c) => c.figure), `figures of ${text}`).toEqual([figure]);
  return found[0]!.value;
}

// 2016-11-07 is a Monday; 2019-01-31 a Thursday; 2018-11-15 a Thursday.
describe('weekdays and weeks', () => {
  it.each([
    ['金曜日に記者会見を開いた。', '金曜日', '2016-11-07', '2016-11-04'],
    ['金曜日に記者会見を開く予定だ。', '金曜日', '2016-11-07', '2016-11-11'],
    ['首相は来週の月曜日に訪米する。', '来週の月曜日', '2016-11-07', '2016-11-14'],
    ['先週の水曜日に発表した。', '先週の水曜日', '2018-11-15', '2018-11-07'],
    ['今週の日曜日までに決める。', '今週の日曜日までに', '2016-11-07', { to: '2016-11-13' }],
    ['次の金曜日に会う。', '次の金曜日', '2019-01-31', '2019-02-01'],
    ['今週、発表があった。', '今週', '2018-05-20', { from: '2018-05-14', to: '2018-05-20' }],
    ['先週、発表があった。', '先週', '2018-03-25', { from: '2018-03-12', to: '2018-03-18' }],
    ['今週末に発表する。', '今週末', '2018-11-29', { from: '2018-12-01', to: '2018-12-02' }],
    ['週末に発表する。', '週末', '2018-11-29', { from: '2018-12-01', to: '2018-12-02' }],
    ['2018年の第3週に開かれた。', '2018年の第3週', '2018-11-29', { from: '2018-01-15', to: '2018-01-21' }],
    ['7月の最後の週に開かれた。', '7月の最後の週', '2016-11-07', { from: '2016-07-25', to: '2016-07-31' }],
    ['10月の第1週に開かれた。', '10月の第1週', '2016-11-07', { from: '2016-10-03', to: '2016-10-09' }],
    ['7月の第1金曜日に開かれた。', '7月の第1金曜日', '2016-11-07', '2016-07-01'],
    ['4月10日の週に開かれる。', '4月10日の週', '2018-03-14', { from: '2018-04-09', to: '2018-04-15' }],
    ['He resigned on Friday, officials said.', 'Friday', '2016-11-07', '2016-11-04'],
    ['The minister will visit Tokyo on Friday.', 'Friday', '2016-11-07', '2016-11-11'],
    ['The vote is set for next Friday.', 'next Friday', '2019-01-31', '2019-02-08'],
    ['The vote was held last Wednesday.', 'last Wednesday', '2019-01-31', '2019-01-23'],
    ['It happened this past Wednesday.', 'this past Wednesday', '2019-01-31', '2019-01-30'],
    ['Talks resume this coming Thursday.', 'this coming Thursday', '2019-01-31', '2019-02-07'],
    ['The report came out last week.', 'last week', '2018-03-25', { from: '2018-03-12', to: '2018-03-18' }],
    ['Talks resume on Tuesday of next week.', 'Tuesday of next week', '2019-07-30', '2019-08-06'],
    ['They met in the week of April 10th.', 'the week of April 10th', '2018-03-14', { from: '2018-04-09', to: '2018-04-15' }],
    ['Rooms are booked for the last week of July.', 'the last week of July', '2016-11-07', { from: '2016-07-25', to: '2016-07-31' }],
    ['It ships on the first Friday of July.', 'the first Friday of July', '2016-11-07', '2016-07-01'],
    ['Sales rose in week 31, the firm said.', 'week 31', '2018-07-02', { from: '2018-07-30', to: '2018-08-05' }],
    ['It opened on Friday the 22nd.', 'Friday the 22nd', '2017-09-27', '2017-09-22'],
  ])('%s → %s', (text, figure, published, value) => {
    expect(valueOf(text, figure, published)).toEqual(value);
  });
});

describe('relative days, and days counted from the story', () => {
  it.each([
    ['明日、結果を発表する。', '明日', '2016-11-07', '2016-11-08'],
    ['明後日に発表する。', '明後日', '2018-09-18', '2018-09-20'],
    ['一昨日に発表した。', '一昨日', '2018-09-18', '2018-09-16'],
    ['The results come out tomorrow.', 'tomorrow', '2016-11-07', '2016-11-08'],
    ['It happened the day before yesterday.', 'the day before yesterday', '2016-11-07', '2016-11-05'],
  ])('%s → %s', (text, figure, published, value) => {
    expect(valueOf(text, figure, published)).toEqual(value);
  });

  it('翌日, 前日, 同日 and 翌年 count from the date told last, else from the page date', () => {
    const told = read('政府は17日、方針を決めた。翌日、首相が説明した。同日夜、野党が反発した。', '2021-03-19');
    expect(told.find((c) => c.figure === '翌日')?.value).toBe('2021-03-18');
    expect(told.find((c) => c.figure === '同日')?.value).toBe('2021-03-18');
    const years = read('同社は2018年に設立され、翌年に上場した。', '2021-03-19');
    expect(years.find((c) => c.figure === '翌年')?.value).toBe(2019);
    expect(valueOf('前日に発表があった。', '前日', '2018-11-08')).toBe('2018-11-07');
    const english = read('The law passed on March 3, 2021. The next day, protests began.', '2021-03-19');
    expect(english.find((c) => c.figure === 'The next day')?.value).toBe('2021-03-04');
  });

  it('a day after a year is no date: the day after an unknown day', () => {
    const c = read('2018年に設立され、翌日には上場した。', '2021-03-19').find((x) => x.figure === '翌日');
    expect(c?.value).toBe('unresolved date');
  });
});

describe('spans read across a month or year end, never empty', () => {
  it.each([
    ['今月の4日から22日まで休む。', '今月の4日から22日まで', '2016-11-07', { from: '2016-11-04', to: '2016-11-22' }],
    ['来月の4日から23日まで不在にする。', '来月の4日から23日まで', '2016-11-07', { from: '2016-12-04', to: '2016-12-23' }],
    ['11月から3月まで工事する。', '11月から3月まで', '2018-09-07', { from: '2018-11', to: '2019-03' }],
    ['11月から2017年2月まで工事した。', '11月から2017年2月まで', '2018-10-24', { from: '2016-11', to: '2017-02' }],
    ['来週の水曜日から金曜日まで休む。', '来週の水曜日から金曜日まで', '2017-11-15', { from: '2017-11-22', to: '2017-11-24' }],
    ['3月から5月にかけて調査した。', '3月から5月にかけて', '2021-06-01', { from: '2021-03', to: '2021-05' }],
    ['The plan ran from May to Oct 2020, it said.', 'from May to Oct 2020', '2018-10-24', { from: '2020-05', to: '2020-10' }],
    ['Output fell between 2015 and 2018, it said.', 'between 2015 and 2018', '2019-01-01', { from: 2015, to: 2018 }],
    ['The range is 2014-2018.', '2014-2018', '2019-01-01', { from: 2014, to: 2018 }],
    ['Costs rose in the 2020-21 season.', '2020-21', '2021-06-01', { from: 2020, to: 2021 }],
    ['They met 26 june to 28 june in 2020.', '26 june to 28 june in 2020', '2019-05-30', { from: '2020-06-26', to: '2020-06-28' }],
    ['The show runs April 9th through 17th.', 'April 9th through 17th', '2016-11-07', { from: '2016-04-09', to: '2016-04-17' }],
  ])('%s → %s', (text, figure, published, value) => {
    expect(valueOf(text, figure, published)).toEqual(value);
  });
});

describe('anchors joined by の, offsets and bounds', () => {
  it.each([
    ['1999年の6月に始まった。', '1999年の6月', '2016-11-07', '1999-06'],
    ['来月の二十日に始まる。', '来月の二十日', '2016-11-07', '2016-12-20'],
    ['昨年の3月に始まった。', '昨年の3月', '2016-11-07', '2015-03'],
    ['3日前に発表した。', '3日前', '2016-11-07', '2016-11-04'],
    ['2か月前に発表した。', '2か月前', '2018-10-17', '2018-08'],
    ['5年前に発表した。', '5年前', '2018-08-30', 2013],
    ['今日から2日後に発表する。', '今日から2日後', '2018-05-31', '2018-06-02'],
    ['2016年1月1日の3日前に発表した。', '2016年1月1日の3日前', '2018-05-31', '2015-12-29'],
    ['1か月と21日前に発表した。', '1か月と21日前', '2017-11-23', '2017-10-02'],
    ['2016年1月1日以降に施行された。', '2016年1月1日以降', '2019-01-06', { from: '2016-01-01' }],
    ['２０１６年１月１日前に施行された。', '２０１６年１月１日前', '2019-01-06', { before: '2016-01-01' }],
    ['2007年1月10日またはその前に施行された。', '2007年1月10日またはその前', '2019-01-06', { to: '2007-01-10' }],
    ['It happened two weeks ago, police said.', 'two weeks ago', '2016-11-07', { from: '2016-10-24', to: '2016-10-30' }],
    ['It happened 3 days ago, police said.', '3 days ago', '2016-11-07', '2016-11-04'],
    ['The law takes effect in 3 days.', 'in 3 days', '2016-11-07', '2016-11-10'],
    ['It will happen 3 days after January 12th.', '3 days after January 12th', '2016-11-07', '2017-01-15'],
    ['Prices were capped 2 weeks and 2 days ago.', '2 weeks and 2 days ago', '2016-11-07', '2016-10-22'],
    ['The rules apply to 2018 or later, it said.', '2018 or later', '2019-01-01', { from: 2018 }],
  ])('%s → %s', (text, figure, published, value) => {
    expect(valueOf(text, figure, published)).toEqual(value);
  });
});

describe('decades, centuries, parts without a numeral, quarters', () => {
  it.each([
    ['1990年代に急増した。', '1990年代', '2016-11-07', { from: 1990, to: 1999 }],
    ['1990年代前半に急増した。', '1990年代前半', '2016-11-07', { from: 1990, to: 1994 }],
    ['90年代に急増した。', '90年代', '2016-11-07', { from: 1990, to: 1999 }],
    ['21世紀に入ってから増えた。', '21世紀', '2016-11-07', { from: 2001, to: 2100 }],
    ['年末に発表する。', '年末', '2018-11-23', '2018-12'],
    ['月末に発表する。', '月末', '2018-11-27', { from: '2018-11-21', to: '2018-11-30' }],
    ['今月末に発表する。', '今月末', '2018-11-27', { from: '2018-11-21', to: '2018-11-30' }],
    ['来年初めに発表する。', '来年初め', '2017-03-22', { from: '2018-01', to: '2018-04' }],
    ['第3四半期に黒字化した。', '第3四半期', '2016-11-07', { from: '2016-07', to: '2016-09' }],
    ['Sales peaked in the 1990s.', 'the 1990s', '2016-11-07', { from: 1990, to: 1999 }],
    ['Sales fell in the early 1990s.', 'the early 1990s', '2016-11-07', { from: 1990, to: 1993 }],
    ['It grew in the 21st century.', 'the 21st century', '2016-11-07', { from: 2001, to: 2100 }],
    ['Profit rose in Q3 2019, it said.', 'Q3 2019', '2019-11-07', { from: '2019-07', to: '2019-09' }],
    ['Profit rose in the third quarter of 2019.', 'the third quarter of 2019', '2019-11-07', { from: '2019-07', to: '2019-09' }],
    ['Profit fell last quarter, it said.', 'last quarter', '2019-07-04', { from: '2019-04', to: '2019-06' }],
    ["I'll be out this September.", 'this September', '2016-11-07', '2016-09'],
    ['Prices rose since August, it said.', 'since August', '2016-11-07', '2016-08'],
    ['The index fell at the end of the week.', 'the end of the week', '2018-11-29', { from: '2018-11-29', to: '2018-12-02' }],
    ['We met earlier this year, he said.', 'earlier this year', '2018-05-28', { from: '2018-01-01', to: '2018-05-28' }],
    ['We meet later this month, he said.', 'later this month', '2018-05-28', { from: '2018-05-28', to: '2018-05-31' }],
    ['Output rose in the first six months of 2021.', 'the first six months of 2021', '2021-09-01', { from: '2021-01', to: '2021-06' }],
    ['Rooms are booked for the first 2 weeks of 2021.', 'the first 2 weeks of 2021', '2018-11-29', { from: '2021-01-04', to: '2021-01-17' }],
    ['It is due in next year\'s first quarter.', "next year's first quarter", '2018-09-06', { from: '2019-01', to: '2019-03' }],
  ])('%s → %s', (text, figure, published, value) => {
    expect(valueOf(text, figure, published)).toEqual(value);
  });
});

describe('holidays', () => {
  it.each([
    ['元旦に発表した。', '元旦', '2019-07-12', '2019-01-01'],
    ['2020年の元日に発表した。', '2020年の元日', '2019-07-12', '2020-01-01'],
    ['It happened 2 weeks before Christmas.', '2 weeks before Christmas', '2016-11-07', '2016-12-11'],
    ['Shops reopened on Easter Monday 2019.', 'Easter Monday 2019', '2019-08-05', '2019-04-22'],
    ['Sales rose at the last Easter, it said.', 'the last Easter', '2019-03-12', '2018-04-01'],
  ])('%s → %s', (text, figure, published, value) => {
    expect(valueOf(text, figure, published)).toEqual(value);
  });
});

describe('numeric dates, and numbers that are no dates', () => {
  it.each([
    ['提出期限は2016/02/22です。', '2016/02/22', '2016-11-07', '2016-02-22'],
    ['提出期限は13.5.2015です。', '13.5.2015', '2016-11-07', '2015-05-13'],
    ['The deadline was 02/22/2016, it said.', '02/22/2016', '2016-11-07', '2016-02-22'],
    ['The deadline was 05/05/89, it said.', '05/05/89', '2016-11-07', '1989-05-05'],
    ['The deadline was 21/04/2016, it said.', '21/04/2016', '2016-11-07', '2016-04-21'],
    ['The deadline was 2016-10-16, it said.', '2016-10-16', '2016-11-07', '2016-10-16'],
    ['Dec. 31 , 1994 was the last day.', 'Dec. 31 , 1994', '2018-05-01', '1994-12-31'],
    ['I bought it for $12 December 27.', 'December 27', '2019-07-04', '2019-12-27'],
  ])('%s → %s', (text, figure, published, value) => {
    expect(valueOf(text, figure, published)).toEqual(value);
  });

  it.each([
    ['Version 4.22 shipped with 3/4 of the fixes; the score was 4-2.', ['4.22', '3/4', '4-2']],
    ['Turnout rose 4.22 percent to 13.5.', ['4.22', '13.5']],
    ['毎週月曜日に会議がある。', ['毎週月曜日', '月曜日']],
    ['前年比で10%増えた。', ['前年']],
    ['きょうだいで店を営む。', ['きょう']],
    ['約2年間続いた。', ['2年']],
    ['この日本企業は前日本代表を雇った。', ['この日', '前日']],
    ['この年金制度は1日あたり100人が使う。', ['この年', '1日']],
  ])('%s has no date among %j', (text, figures) => {
    const dates = read(text, '2019-01-01').filter((c) => c.kind === 'date' || c.kind === 'period');
    for (const figure of figures) expect(dates.map((c) => c.figure)).not.toContain(figure);
  });

  it('a duration stays a quantity', () => {
    expect(read('約2年間続いた。', '2019-01-01').find((c) => c.figure === '約2年間')).toMatchObject({ value: { approx: 2 }, unit: 'years' });
  });
});

describe('holidays of the calendar and lengths that are no dates', () => {
  it.each([
    ['Stores opened early on Thanksgiving 2020.', 'Thanksgiving 2020', '2020-11-26'],
    ['The strike began on Labor Day 2019.', 'Labor Day 2019', '2019-09-02'],
    ['Crowds gathered on Memorial Day 2020.', 'Memorial Day 2020', '2020-05-25'],
    ['Markets closed on Independence Day 2021.', 'Independence Day 2021', '2021-07-04'],
  ])('%s → %s', (text, figure, value) => {
    const found = buildCandidates([extractFromText(text, { file: 'page.txt', published: '2021-03-19' })]).filter((c) => c.figure === figure);
    expect(found.map((c) => c.value)).toEqual([value]);
  });

  it.each(['He is the first Cabinet official in 40 years to resign.', 'It signed a deal worth $139 million in seven years.'])('%s holds a length, not a date', (text) => {
    const candidates = buildCandidates([extractFromText(text, { file: 'page.txt', published: '2021-03-19' })]);
    expect(candidates.filter((c) => c.kind === 'date')).toEqual([]);
  });
});

describe('dates a story goes back to', () => {
  it.each([
    ['The feud, dating back to 1991, continued.', 'dating back to 1991'],
    ['Records going back to 2009 show it.', 'going back to 2009'],
  ])('%s → %s names the year it began, as since does', (text, figure) => {
    const found = buildCandidates([extractFromText(text, { file: 'page.txt', published: '2021-03-19' })]).filter((c) => c.figure === figure);
    expect(found.map((c) => c.value)).toEqual([Number(figure.slice(-4))]);
  });
});

describe('a span whose end follows a verb of continuing', () => {
  it.each([
    ['The fraud ran beginning in 2011 and continuing through 2014, prosecutors said.', { from: 2011, to: 2014 }],
    ['The program ran from March 2015 and lasting until June 2016.', { from: '2015-03', to: '2016-06' }],
  ])('%s', (text, value) => {
    const found = buildCandidates([extractFromText(text, { file: 'page.txt', published: '2021-03-19' })]).filter((c) => c.kind === 'period');
    expect(found.map((c) => c.value)).toEqual([value]);
  });
});

describe('a month without a year in a clause that looks ahead', () => {
  it.each([
    ['Mattis will leave as of January 1.', 'January 1', '2019-01-01'],
    ['The vote is scheduled for Feb. 28.', 'Feb. 28', '2019-02-28'],
    ['He resigned on January 1.', 'January 1', '2018-01-01'],
    ['Sales fell in November.', 'November', '2018-11'],
    ['Trump had said the general was leaving in February.', 'February', '2019-02'],
  ])('%s → %s', (text, figure, value) => {
    const found = buildCandidates([extractFromText(text, { file: 'page.txt', published: '2018-12-23' })]).filter((c) => c.figure === figure);
    expect(found.map((c) => c.value)).toEqual([value]);
  });
});

describe('news dates: event names, story years, tallies and quotes', () => {
  const read = (text: string, published: string): Candidate[] => buildCandidates([extractFromText(text, { file: 'page.txt', published })]);

  it.each([
    ['Fifteen of the 19 Sept. 11 hijackers were Saudi nationals.', 'Sept. 11', '2001-09-11'],
    ['The bill lets families of September 11th victims sue.', 'September 11th', '2001-09-11'],
    ['Congress rejects veto of 9/11 bill', '9/11', '2001-09-11'],
    ['A memorial service will be held on Sept. 11.', 'Sept. 11', '2017-09-11'],
  ])('%s → %s is %s', (text, figure, value) => {
    const found = read(text, '2016-09-28');
    expect(found.filter((c) => c.figure === figure).map((c) => c.value)).toEqual([value]);
    // the day of an event name is no count (11 hijackers) and no day of its own (19 Sept.)
    expect(found.filter((c) => c.kind === 'count' && c.value === 11)).toEqual([]);
    expect(found.filter((c) => c.figure === '19 Sept.')).toEqual([]);
  });

  it('a day naming an event before its noun is no bound of by: backed by 9/11 families', () => {
    const found = read('Lawmakers would not oppose a measure backed by 9/11 families. The vote passed by Friday.', '2016-09-28');
    expect(found.filter((c) => c.kind === 'date').map((c) => [c.figure, c.value])).toEqual([['9/11', '2001-09-11'], ['by Friday', { to: '2016-09-23' }]]);
  });

  it('a month and day followed by that year take the year the story told last', () => {
    const found = read('In October 2016, he wrote to them. On July 22 that year, the files were released.', '2019-01-25');
    expect(found.filter((c) => c.figure === 'July 22 that year').map((c) => c.value)).toEqual(['2016-07-22']);
  });

  it('a headline without a tense places a day just across the year end ahead, and a past clause behind', () => {
    expect(read('Mattis to leave as of January 1', '2018-12-23').filter((c) => c.figure === 'January 1').map((c) => c.value)).toEqual(['2019-01-01']);
    expect(read('He stays for the NATO meeting in February.', '2018-12-23').filter((c) => c.figure === 'February').map((c) => c.value)).toEqual(['2019-02']);
    expect(read('The bill was signed into law in February.', '2018-12-23').filter((c) => c.figure === 'February').map((c) => c.value)).toEqual(['2018-02']);
  });

  it('beginning in a year is since that year, not its first month; with a continuing end, a span of years', () => {
    const alone = read('The scheme ran beginning in 2009, prosecutors said.', '2018-08-21');
    expect(alone.filter((c) => c.kind === 'date').map((c) => c.value)).toEqual([2009]);
    const found = read('The scheme ran beginning in 2009 and continuing through 2016.', '2018-08-21');
    expect(found.filter((c) => c.kind === 'date' || c.kind === 'period').map((c) => c.value)).toEqual([{ from: 2009, to: 2016 }]);
  });

  it('before or after a year that names an event is by the end of that year or from its start', () => {
    const found = read('The case dates back before the 2016 election. Another came after the 2010 census. He left before 2016.', '2019-01-25');
    expect(found.filter((c) => c.kind === 'date').map((c) => c.value)).toEqual([{ to: 2016 }, { from: 2010 }, { before: '2016-01-01' }]);
  });

  it('a vote tally is two counts of votes, no range or date: 134-to-63', () => {
    const found = read('She won by a 134-to-63 vote.', '2016-11-30');
    expect(found.filter((c) => c.kind !== 'date').map((c) => [c.value, c.unit])).toEqual([[134, 'votes'], [63, 'votes']]);
    expect(found.filter((c) => c.kind === 'date' || c.kind === 'period')).toEqual([]);
  });

  it('a quote runs past the full stop of an abbreviation', () => {
    const found = read('President Trump on Friday declared a national emergency at the southern U.S. border to build a wall.', '2019-02-15');
    expect(found.find((c) => c.figure === 'Friday')?.source.quote).toContain('U.S. border');
  });
});

describe('more forms of dates', () => {
  const values = (text: string, published: string, figure: string): unknown[] =>
    buildCandidates([extractFromText(text, { file: 'page.txt', published })]).filter((c) => c.figure === figure).map((c) => c.value);

  it.each([
    // numeric dates: a zero-padded part is no fraction, a day after on, a month and its year, day-month-year with hyphens
    ['The shop reopened 22/04 after repairs.', '22/04', '2016-11-07', '2016-04-22'],
    ['店舗は08/12,2015に開業した。', '08/12,2015', '2016-11-07', '2015-08-12'],
    ['The hearing was held on 4-22 in Austin.', '4-22', '2016-11-07', '2016-04-22'],
    ['Rates were set in 12/2015 by the board.', '12/2015', '2016-11-07', '2015-12'],
    ['The plant closed 21-04-2016 for good.', '21-04-2016', '2016-11-07', '2016-04-21'],
    // a weekday with an offset, the N-th weekday ahead
    ['The team returns Monday two weeks from now.', 'Monday two weeks from now', '2016-11-09', '2016-11-21'],
    ['Talks will resume 3 weeks after Christmas on Friday.', '3 weeks after Christmas on Friday', '2021-01-02', '2022-01-14'],
    ['The vote comes two Sundays from now.', 'two Sundays from now', '2018-05-07', '2018-05-20'],
    // the rest of a unit and a unit to date, in both languages
    ['Storms are expected for the rest of the week.', 'the rest of the week', '2020-06-12', { from: '2020-06-12', to: '2020-06-14' }],
    ['Shares are down 20% year to date.', 'year to date', '2018-09-07', { from: '2018-01-01', to: '2018-09-07' }],
    ['株価は年初来20％下落した。', '年初来', '2018-09-07', { from: '2018-01-01', to: '2018-09-07' }],
    ['工事はその年いっぱい続く。', 'その年いっぱい', '2016-11-07', { from: '2016-11-07', to: '2016-12-31' }],
    ['今月の残りは休業する。', '今月の残り', '2016-11-07', { from: '2016-11-07', to: '2016-11-30' }],
    // a day in words beside a month, a year in words after a month
    ['She was born on twenty five January nineteen eighty six.', 'twenty five January nineteen eighty six', '2019-05-30', '1986-01-25'],
    ['The firm was founded in October two thousand and five.', 'October two thousand and five', '2016-11-07', '2005-10'],
    // a length from a day before から, reached with で
    ['委員は明日から二日で戻る。', '明日から二日', '2018-04-20', '2018-04-23'],
    ['台風がひと月前に北部を直撃した。', 'ひと月前', '2018-10-17', '2018-09'],
    // comparatives of a year
    ['Show the sales for years greater than 2015.', 'greater than 2015', '2022-01-10', { after: '2015-12-31' }],
  ])('%s → %s', (text, figure, published, value) => {
    expect(values(text, published, figure)).toEqual([value]);
  });

  it('a length before では is no offset: 今日から2日では足りない', () => {
    expect(values('今日から2日では足りない。', '2018-04-20', '今日から2日')).toEqual([]);
  });

  it('the past two quarters are a length of quarters, three quarters of voters a share', () => {
    const found = buildCandidates([extractFromText('Sales fell over the past two quarters. Three quarters of voters agree.', { file: 'page.txt', published: '2019-07-04' })]);
    expect(found.filter((c) => c.figure === 'two quarters').map((c) => [c.kind, c.value, c.unit])).toEqual([['quantity', 2, 'quarters']]);
    expect(found.filter((c) => c.figure === 'Three quarters').map((c) => c.value)).toEqual([0.75]);
  });

  it('the day, the week, the year alone are the story’s own, low in confidence, and not before a word naming another', () => {
    const found = buildCandidates([extractFromText('We won partner of the year. The week of April 10 was busy.', { file: 'page.txt', published: '2018-05-24' })]);
    expect(found.filter((c) => c.figure === 'the year').map((c) => [c.value, c.confidence < 0.5])).toEqual([[2018, true]]);
    expect(found.filter((c) => c.figure === 'the week')).toEqual([]);
  });
});

describe('English words that are no bound or share of their own', () => {
  const read = (text: string): Candidate[] => buildCandidates([extractFromText(text, { file: 'page.txt', published: '2016-11-30' })]);

  it('over the and about the are prepositions, not bounds', () => {
    const found = read('The couple earned $140 million over the eight year span. Asked about the 63 Democrats who voted no, she smiled. Over 300 people came.');
    expect(found.filter((c) => c.figure === 'eight year').map((c) => c.value)).toEqual([8]);
    expect(found.filter((c) => c.figure === '63').map((c) => c.value)).toEqual([63]);
    expect(found.filter((c) => c.figure === 'Over 300 people').map((c) => c.value)).toEqual([{ gt: 300 }]);
  });

  it('the half of a mixed number and several hundred are no share and no hundred', () => {
    const found = read('The inquiry has gone on for more than a year and half. She released a one-and-a-half-page letter. It made several hundred pages public.');
    expect(found.filter((c) => c.kind === 'share')).toEqual([]);
    expect(found.filter((c) => c.value === 100)).toEqual([]);
  });
});
