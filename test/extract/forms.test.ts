import { describe, expect, it } from 'vitest';
import { candidatesOf as read, oneFigure as one } from '../helpers/extract.js';

describe('counted figures, qualifiers and ranges (phrases of the seeds)', () => {
  it.each([
    ['四人はサーバーに少なくとも三十二回アクセスしていた', '少なくとも三十二回', { min: 32 }, 'times'],
    ['個人情報のデータにあわせて32回アクセスしたという', 'あわせて32回', 32, 'times'],
    ['2018年8月から「少なくとも38回」日本のサーバーにアクセス', '少なくとも38回', { min: 38 }, 'times'],
    ['国内で8600万人が利用するLINE', '8600万人', 86_000_000, 'people'],
    ['中国の関連会社の技術者四人が', '四人', 4, 'people'],
    ['この企業の従業員4人が開発中に', '4人', 4, 'people'],
    ['市は6種類の申請をLINEで受け付けており', '6種類', 6, 'kinds'],
    ['合計で１２０件の相談があった', '合計で１２０件', 120, 'cases'],
    ['約3000人が参加した', '約3000人', { approx: 3000 }, 'people'],
    ['最大5社が応募した', '最大5社', { max: 5 }, 'companies'],
    ['1000人超が集まった', '1000人超', { gt: 1000 }, 'people'],
    ['100人余りが集まった', '100人余り', { gt: 100 }, 'people'],
    ['10人未満の会社', '10人未満', { lt: 10 }, 'people'],
    ['50人前後の技術者', '50人前後', { approx: 50 }, 'people'],
    ['30〜40回アクセスした', '30〜40回', { min: 30, max: 40 }, 'times'],
    ['30回から40回までアクセスした', '30回から40回まで', { min: 30, max: 40 }, 'times'],
    ['売り上げは2億3千430万円だった', '2億3千430万円', 234_300_000, 'yen'],
    ['千二百万人が利用', '千二百万人', 12_000_000, 'people'],
  ])('%s → %s', (text, figure, value, unit) => {
    const c = one(text, figure);
    expect(c.value).toEqual(value);
    expect(c.unit).toBe(unit);
  });

  it('a decade without a person is the decade, not an age', () => {
    const c = one('The plant was built in the 1990s.', 'the 1990s');
    expect(c.value).toEqual({ from: 1990, to: 1999 });
    expect(c.unit).toBeUndefined();
  });

  it('a share of a base is written {share: …}; a bare share is a fraction', () => {
    expect(one('日本人の7割以上が利用しているといわれている', '7割以上').value).toEqual({ share: { min: 0.7 } });
    expect(one('売り上げ41%急減', '41%').value).toBe(0.41);
  });

  it('a total is exact and says so', () => {
    const c = one('個人情報のデータにあわせて32回アクセスしたという', 'あわせて32回');
    expect(c.says).toContain('in total');
  });
});

describe('English figures', () => {
  it.each([
    ['Four engineers accessed the servers at least 32 times.', 'at least 32 times', { min: 32 }, 'times'],
    ['LINE has about 86 million users in Japan.', 'about 86 million users', { approx: 86_000_000 }, 'users'],
    ['thirty-two times in all', 'thirty-two times in all', 32, 'times'],
    ['more than 70 percent of Japanese use it', 'more than 70 percent', { gt: 0.7 }, 'share'],
    ['between 30 and 40 times', 'between 30 and 40 times', { min: 30, max: 40 }, 'times'],
    ['fewer than 1,000 cases were found', 'fewer than 1,000 cases', { lt: 1000 }, 'cases'],
    ['up to 5 servers', 'up to 5 servers', { max: 5 }, 'servers'],
    ['nearly 1.2 million people', 'nearly 1.2 million people', { approx: 1_200_000 }, 'people'],
    ['over 400 accounts', 'over 400 accounts', { gt: 400 }, 'accounts'],
    ['About 2000 people joined in 2019.', 'About 2000 people', { approx: 2000 }, 'people'],
    ['Four Chinese engineers came.', 'Four Chinese engineers', 4, 'people'],
    ['The firm was fined $1.2 billion.', '$1.2 billion', 1_200_000_000, 'dollars'],
    ['Shares fell to 5,400 yen.', '5,400 yen', 5400, 'yen'],
    ['The city would spend about $3 billion in all on roads.', 'about $3 billion in all', { approx: 3_000_000_000 }, 'dollars'],
    ['She would take nothing less than $40 million for the plan.', '$40 million', 40_000_000, 'dollars'],
    ['It is far more than the $2 million the council asked for.', '$2 million', 2_000_000, 'dollars'],
    ['Seven of the 12 jurors were women.', 'Seven', 7, 'jurors'],
    ['The 40-page report was released on Monday.', '40-page', 40, 'page'],
    ['Smith, 52, is a three-term mayor.', '52', 52, 'years of age'],
    ['Jones Jr., 47, is the new chair.', '47', 47, 'years of age'],
    ['All together, 12 crude explosive devices have been found.', '12 crude explosive devices', 12, 'devices'],
    ['She won by a 134-to-63 vote.', '134', 134, 'votes'],
    ['She won by a 134-to-63 vote.', '63', 63, 'votes'],
    ['Pelosi was re-elected by a vote of 134 to 63.', '63', 63, 'votes'],
    ['The Senate voted 97-1 to override the veto.', '97', 97, 'votes'],
    ['Between 20 and 30 people voted.', 'Between 20 and 30 people', { min: 20, max: 30 }, 'people'],
    ['The 61-year-old mayor said he would run again.', '61-year-old', 61, 'years of age'],
    ['The mayor is 61 years old.', '61 years old', 61, 'years of age'],
    ['The driver is a man in his 40s, police said.', '40s', { min: 40, max: 49 }, 'years of age'],
    ['She is in her early 30s.', 'early 30s', { min: 30, max: 33 }, 'years of age'],
    ['He is in his late 60s.', 'late 60s', { min: 66, max: 69 }, 'years of age'],
    ['Between 20 and 30 million people use it.', 'Between 20 and 30 million people', { min: 20_000_000, max: 30_000_000 }, 'people'],
    ['It costs $1 to $2 billion a year.', '$1 to $2 billion', { min: 1_000_000_000, max: 2_000_000_000 }, 'dollars'],
    ['His net worth is between $19 and $22 million.', '$19 and $22 million', { min: 19_000_000, max: 22_000_000 }, 'dollars'],
    ['The bill costs $2 billion to $3 billion.', '$2 billion to $3 billion', { min: 2_000_000_000, max: 3_000_000_000 }, 'dollars'],
  ])('%s → %s', (text, figure, value, unit) => {
    const c = one(text, figure);
    expect(c.value).toEqual(value);
    expect(c.unit).toBe(unit);
  });
});

describe('dates and periods', () => {
  it.each([
    ['2021年3月17日に発表した', '2021年3月17日', '2021-03-17'],
    ['同社は2021.03.17に発表した', '2021.03.17', '2021-03-17'],
    ['令和3年4月上旬に', '令和3年4月上旬', { from: '2021-04-01', to: '2021-04-10' }],
    ['二〇一八年夏ごろ、アクセスが始まった', '二〇一八年夏ごろ', { from: '2018-06', to: '2018-08' }],
    ['3月下旬に', '3月下旬', { from: '2021-03-21', to: '2021-03-31' }],
    ['今年半ばに', '今年半ば', { from: '2021-05', to: '2021-08' }],
    ['昨年後半に', '昨年後半', { from: '2020-07', to: '2020-12' }],
    ['17日の衆院内閣委員会で', '17日', '2021-03-17'],
    ['LINEは先月下旬、この会社の', '先月下旬', { from: '2021-02-21', to: '2021-02-28' }],
    ['ことし6月までに日本国内へ移転する', 'ことし6月までに', { to: '2021-06' }],
    ['3月26日までにLINEの利用状況を報告するよう', '3月26日までに', { to: '2021-03-26' }],
    ['今年半ば以降にデータを国内移転する計画', '今年半ば以降', { from: '2021-05' }],
    ['技術者4人が2018年8月から今年2月まで国内のサーバーに', '2018年8月から今年2月まで', { from: '2018-08', to: '2021-02' }],
    ['アクセスできる状態が2018年から今年2月まで続いていた', '2018年から今年2月まで', { from: 2018, to: '2021-02' }],
    ['2018年8月から「少なくとも38回」', '2018年8月から', '2018-08'],
    ['2021年度の予算', '2021年度', { from: '2021-04', to: '2022-03' }],
    ['本日、11/9(月) に不具合', '11/9(月)', '2020-11-09'],
    ['on March 17, 2021, the company said', 'March 17, 2021', '2021-03-17'],
    ['the access ran from August 2018 to February 2021', 'from August 2018 to February 2021', { from: '2018-08', to: '2021-02' }],
    ['the data moves by June 2021', 'by June 2021', { to: '2021-06' }],
    ['in the summer of 2018', 'the summer of 2018', { from: '2018-06', to: '2018-08' }],
  ])('%s → %s', (text, figure, value) => {
    expect(one(text, figure).value).toEqual(value);
  });

  it('reads relative dates against the date of the segment that says them', () => {
    expect(one('ことし6月までに移転する', 'ことし6月までに', '2022-01-10').value).toEqual({ to: '2022-06' });
    expect(one('昨年も売り上げが落ちた', '昨年', '2019-05-01').value).toBe(2018);
  });

  it('times of day are not figures, neither in bylines nor in text', () => {
    const figures = read('時事 2021年03月19日13時16分\n本日、14:32~14:52頃、LINEが使えなかった。').map((c) => c.figure);
    expect(figures.some((f) => /時|:/.test(f))).toBe(false);
    expect(figures).not.toContain('2021年03月19日');
  });
});

describe('idioms that are not figures', () => {
  it.each([
    '説明が十分でなかった',
    '委託先の中国 一時閲覧可',
    '一部データへのアクセスが許可されていた',
    '第三者委員会を設置し',
    '三重県教育委員会は',
    '有力な情報インフラの一角になっている',
    'こういうのは今後、二度とやめてほしい',
    '取引情報も一緒に置かれているようです',
    '一方、政府は',
    '唯一の方法',
    '千葉県市川市は',
    '一人ひとりが気をつける',
    '数十人が集まった',
    '第一に安全を考える',
    '第一人者として知られる',
    '彼が一番目立っていた',
    '第二次世界大戦の後',
  ])('%s', (text) => {
    // the numerals of idioms are no figures (a yes-or-no claim in the same words is another matter)
    const figures = read(text).filter((c) => c.kind !== 'boolean' && c.kind !== 'place');
    expect(figures.filter((c) => !/^\d/.test(c.figure) && !/年|月|日/.test(c.figure)).map((c) => c.figure)).toEqual([]);
  });
});

describe('noise', () => {
  it('rankings, link lists and widget zones stay below 0.5; prose after them does not', () => {
    const text = '人気記事\n\n- 1位 LINEの記事\n- 2位 5つの方法\n- 3位 10人の証言\n\n本文です。総務省は19日、3種類の業務を停止した。\n\nなお、昨日のアクセスは「閲覧数3,928 訪問者数1,116」。\n人気ブログランキング参加中 = 今、2位あたり\nスポンサードリンク\n≪ 前の記事 | HOME | 韓国のユニクロ、昨年も売り上げ41%急減 ≫';
    const candidates = read(text);
    const noisy = candidates.filter((c) => c.figure !== '3種類' && c.figure !== '19日');
    expect(noisy.map((c) => c.figure)).toEqual(expect.arrayContaining(['1位', '10人', '3,928', '1,116', '2位', '41%']));
    expect(noisy.filter((c) => c.confidence >= 0.5).map((c) => c.figure)).toEqual([]);
    expect(candidates.find((c) => c.figure === '3種類')!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('a blog describing its own traffic is noise; the same words in a report are not', () => {
    expect(one('毎日、1000件以上のアクセス、4000件以上の閲覧がある情報発信ブログ', '1000件以上').confidence).toBeLessThan(0.5);
    expect(one('サーバーへの不正アクセスは1000件以上に上った。', '1000件以上').confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe('the outlet a page names as its own', () => {
  it.each([
    ['LINE情報、中国から閲覧可能に：朝日新聞デジタル\n\nLINEによると、技術者は少なくとも32回アクセスした。', '朝日新聞'],
    ['NHKニュース\n技術者は少なくとも32回アクセスした。', 'NHK'],
    ['技術者は少なくとも32回アクセスした。\n\nCopyright © The Japan Times All rights reserved.', 'The Japan Times'],
  ])('%s', (text, outlet) => {
    expect(one(text, '少なくとも32回').outlet).toBe(outlet);
  });

  it.each([
    ['【ソウル共同】韓国政府は少なくとも32回のアクセスを確認した。', '共同通信'],
    ['政府は少なくとも32回のアクセスを確認した。（共同）', '共同通信'],
    ['TOKYO (Reuters) - Engineers accessed the servers at least 32 times.', 'Reuters'],
    ['本文。\n技術者は少なくとも32回アクセスした。\n\n出典：中日新聞', '中日新聞'],
  ])('wire datelines, credits and source lines: %s', (text, outlet) => {
    const figure = text.includes('at least') ? 'at least 32 times' : '少なくとも32回';
    expect(one(text, figure).outlet).toBe(outlet);
  });

  it('a news outlet credited inline is the outlet; whoever it quotes is the origin', () => {
    const asahi = one('技術者は少なくとも38回アクセスしていたと朝日新聞が17日報じた。', '少なくとも38回');
    expect(asahi).toMatchObject({ outlet: '朝日新聞', chain: ['朝日新聞'] });
    const line = one('LINEによると、技術者は少なくとも32回アクセスした。', '少なくとも32回');
    expect(line).toMatchObject({ outlet: '(unattributed)', chain: ['LINE'] });
    const interview = one('LINE幹部は毎日新聞の取材に対し、約4人が関与したと述べた。', '約4人');
    expect(interview.outlet).toBe('毎日新聞');
    expect(interview.chain).toEqual(['毎日新聞', 'LINE幹部']);
  });

  it('a verb before a name (について, として) is no part of it', () => {
    const c = one('地震について気象庁は、1～2割の確率で同程度の地震が起きると発表した。', '1～2割');
    expect(c.chain.at(-1)).toBe('気象庁');
    const d = one('余震について同庁は、今後1週間に震度7程度の地震が起きる恐れがあると述べた。', '1週間');
    expect(d.chain.join(' ')).not.toContain('ついて');
  });

  it('a blog title is not an outlet', () => {
    expect(one('ブログのタイトル：日々の記録\n技術者は少なくとも32回アクセスした。', '少なくとも32回').outlet).toBe('(unattributed)');
  });
});

describe('figures of disaster reports', () => {
  it.each([
    ['石川県で震度6強を観測した。', '震度6強', 6.25, 'seismic intensity'],
    ['震度5弱以上の揺れがあった。', '震度5弱以上', { min: 4.75 }, 'seismic intensity'],
    ['地震の規模はM7.6だった。', 'M7.6', 7.6, 'magnitude'],
    ['マグニチュード（Ｍ）７．５の地震が発生した。', 'マグニチュード（Ｍ）７．５', 7.5, 'magnitude'],
    ['地震の規模を示すマグニチュード（M）は7・6だった。', 'マグニチュード（M）は7・6', 7.6, 'magnitude'],
    ['津波は1メートル20センチ以上に達した。', '1メートル20センチ以上', { min: 1.2 }, 'm'],
    ['移動に1時間20分かかった。', '1時間20分', 1.33333333333333, 'hours'],
    ['震源は東北東30キロ付近だった。', '30キロ付近', { approx: 30 }, 'km'],
    ['計9便を欠航した。', '計9便', 9, 'flights'],
    ['みなと市で最大震度6強を観測した。', '最大震度6強', 6.25, 'seismic intensity'],
    ['各地で震度6強～1を観測した。', '震度6強～1', { min: 1, max: 6.25 }, 'seismic intensity'],
    ['震度3〜5弱の揺れが続いた。', '震度3〜5弱', { min: 3, max: 4.75 }, 'seismic intensity'],
    ['揺れは最大で震度5強と予想される。', '最大で震度5強', { max: 5.25 }, 'seismic intensity'],
    ['津波は最大5メートルに達する恐れがある。', '最大5メートル', { max: 5 }, 'm'],
    ['計14市5町2村に支援を決めた。', '計14市5町2村', 21, 'municipalities'],
    ['2市3町で断水が続く。', '2市3町', 5, 'municipalities'],
    ['1都3県で注意報が出た。', '1都3県', 4, 'prefectures'],
    ['推計ではＭ６・８の地震だった。', 'Ｍ６・８', 6.8, 'magnitude'],
    ['物価は０・５％上昇した。', '０・５％', 0.005, 'share'],
    ['津波は１・２メートルに達した。', '１・２メートル', 1.2, 'm'],
  ])('%s → %s', (text, figure, value, unit) => {
    const c = one(text, figure);
    expect(c.value).toEqual(value);
    expect(c.unit).toBe(unit);
  });

  it.each([
    ['首相は2度目の会見を開いた。', '2度目', 2],
    ['第3回の会合が開かれた。', '第3回', 3],
    ['売り上げは第1位となった。', '第1位', 1],
    ['第一位と第二位が並んだ。', '第一位', 1],
    ['前から三番目の席だった。', '三番目', 3],
    ['県内で2人目の死者が出た。', '2人目', 2],
    ['就任3年目を迎えた。', '3年目', 3],
    ['捜索は5日目に入った。', '5日目', 5],
    ['第三万回の記念公演', '第三万回', 30_000],
    ['第2弾の支援策を決めた。', '第2', 2],
  ])('reads the ordinal in %s as a position (%s), never as a count', (text, figure, value) => {
    const c = one(text, figure);
    expect(c.value).toBe(value);
    expect(c.unit).toBe('rank');
    expect(c.confidence).toBeLessThan(0.5);
  });

  it.each([
    ['会議は一時間続いた。', '一時間', 1, 'hours'],
    ['十分間の休憩をとった。', '十分間', 10, 'minutes'],
  ])('an idiom gives way to a counter running past it: %s', (text, figure, value, unit) => {
    const c = one(text, figure);
    expect(c.value).toBe(value);
    expect(c.unit).toBe(unit);
  });
});

describe('a middle dot between numbers that lists them', () => {
  it.each([
    ['１・２号機が停止した。', 1.2],
    ['５・６月に会合を開いた。', 5.6],
    ['３・１１の被災地を訪れた。', 3.11],
  ])('%s holds no %s', (text, decimal) => {
    expect(JSON.stringify(read(text).map((c) => c.value))).not.toContain(String(decimal));
  });
  it('a grade joined to a number is no figure (a four-star general)', () => {
    expect(read('He is a retired four-star general.')).toEqual([]);
  });
  it('no age after a month or a weekday', () => {
    expect(read('The vote came on Tuesday, 12, or so members said.').every((c) => c.unit !== 'years of age')).toBe(true);
  });
});

describe('numerals set off by spaces and currency signs in Japanese text', () => {
  it.each([
    ['収入は4680 万ドルだった。', '4680 万ドル', 46_800_000, 'dollars'],
    ['これは 7  万  円 です。', '7  万  円', 70_000, 'yen'],
    ['年間収入は$ 48.2 万だった。', '$ 48.2 万', 482_000, 'dollars'],
    ['価格は¥5,000だった。', '¥5,000', 5000, 'yen'],
  ])('%s → %s', (text, figure, value, unit) => {
    const c = one(text, figure);
    expect(c.value).toEqual(value);
    expect(c.unit).toBe(unit);
  });

  it('does not take 万 of a word after a space (2025年 万博)', () => {
    expect(read('2025年 万博の会場が決まった。').map((c) => c.figure)).toEqual(['2025年']);
  });
});
