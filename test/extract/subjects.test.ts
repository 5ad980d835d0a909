import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { buildCandidates, type Candidate } from '../../src/extract/candidates.js';
import { extractFromText } from '../../src/extract/document.js';
import { proposeSubjects, type KnownSubject } from '../../src/extract/subjects.js';
import { removeDir, runCli, writeRepo } from '../helpers/cli.js';

/** Pages of several outlets, each one text, extracted together. */
function pages(...texts: ReadonlyArray<readonly [outlet: string, text: string]>) {
  const docs = texts.map(([outlet, text], i) => extractFromText(text, { file: `seeds/${i + 1}.txt`, outlet, published: '2024-01-03' }));
  return proposeSubjects(buildCandidates(docs));
}

function subjectOf(candidates: readonly Candidate[], figure: string, outlet?: string): string | undefined {
  const found = candidates.filter((c) => c.figure === figure && (outlet === undefined || c.outlet === outlet));
  expect(found.length, `${figure} of ${outlet ?? 'any outlet'}`).toBeGreaterThan(0);
  return found[0]!.subject;
}

describe('proposed subjects', () => {
  it('put the figures of one question from several outlets together, and a different question apart', () => {
    const { candidates, subjects } = pages(
      ['みなと新聞', '県によると、地震による死者は55人に上った。負傷者は少なくとも300人だった。\n'],
      ['大和通信', '県の発表では、地震で亡くなった人は57人となった。けが人は約310人にのぼる。\n'],
      ['Harbor Wire', 'At least 57 people were killed in the quake, officials said. More than 300 people were injured.\n'],
    );
    const deaths = subjectOf(candidates, '55人');
    expect(deaths).toBeDefined();
    expect(subjectOf(candidates, '57人')).toBe(deaths);
    expect(subjectOf(candidates, 'At least 57 people')).toBe(deaths);
    const injured = subjectOf(candidates, '少なくとも300人');
    expect(injured).toBeDefined();
    expect(injured).not.toBe(deaths);
    expect(subjectOf(candidates, '約310人')).toBe(injured);
    const subject = subjects.find((s) => s.id === deaths)!;
    expect(subject.kind).toBe('count');
    expect(subject.unit).toBe('people');
    expect(subject.candidates).toHaveLength(3);
    expect(subject.question).toMatch(/？$/);
  });

  it('preview the verdict compare gives: a total of 32 and at least 38 conflict, with the pair named', () => {
    const { candidates, subjects } = pages(
      ['中央新聞', '技術者4人はサーバーに少なくとも32回アクセスしていた。\n'],
      ['東西放送', '関係者によると、技術者はサーバーにあわせて32回アクセスしたという。\n'],
      ['北日本新聞', '技術者はサーバーに少なくとも38回アクセスしていたとされる。\n'],
    );
    const id = subjectOf(candidates, 'あわせて32回');
    expect(subjectOf(candidates, '少なくとも38回')).toBe(id);
    expect(subjectOf(candidates, '少なくとも32回')).toBe(id);
    const subject = subjects.find((s) => s.id === id)!;
    expect(subject.verdict).toBe('conflict');
    const total = candidates.find((c) => c.figure === 'あわせて32回')!.id;
    const least = candidates.find((c) => c.figure === '少なくとも38回')!.id;
    expect(subject.conflicts.map((pair) => [...pair].sort())).toContainEqual([total, least].sort());
    expect(subject.origins).toBeGreaterThanOrEqual(2);
  });

  it('group Japanese and English statements of one figure: 少なくとも47回 and at least 47 times', () => {
    const { candidates } = pages(
      ['みなと新聞', '委託先の技術者は日本のサーバーに少なくとも47回接続していた。\n'],
      ['Harbor Wire', 'The contractor’s engineers accessed the servers in Japan at least 47 times, the company said.\n'],
    );
    expect(subjectOf(candidates, '少なくとも47回')).toBe(subjectOf(candidates, 'at least 47 times'));
  });

  it('keep two figures one page states for one dimension apart (a city’s toll and its prefecture’s)', () => {
    const { candidates } = pages(['みなと新聞', '輪島市では死者が24人となり、石川県全体の死者は55人となった。\n']);
    expect(subjectOf(candidates, '24人')).not.toBe(subjectOf(candidates, '55人'));
  });

  it('keep one page’s dates of one event together when one holds the other (February, February 28)', () => {
    const { candidates } = pages(
      ['Harbor Wire', 'The minister will step down in February, aides said.\nThe minister will step down on February 28, his letter says.\n'],
      ['Bay Times', 'The minister is expected to step down at the end of February.\n'],
    );
    const leaving = subjectOf(candidates, 'February', 'Harbor Wire');
    expect(leaving).toBeDefined();
    expect(subjectOf(candidates, 'February 28')).toBe(leaving);
    expect(subjectOf(candidates, 'the end of February')).toBe(leaving);
  });

  it('keep a page’s country and the city in it together, so two outlets’ cities conflict in one subject', () => {
    const { candidates, subjects } = pages(
      ['みなと新聞', '開発は中国の子会社が担っていた。\n子会社は大連にある。\n'],
      ['大和通信', '開発を担う子会社は上海にあるという。\n'],
    );
    const id = subjectOf(candidates, '大連');
    expect(subjectOf(candidates, '中国')).toBe(id);
    expect(subjectOf(candidates, '上海')).toBe(id);
    expect(subjects.find((s) => s.id === id)!.verdict).toBe('conflict');
  });

  it('keep the day someone said a thing apart from the day it happened (県は2日、…と発表した)', () => {
    const { candidates } = pages(
      ['みなと新聞', '石川県は2日、能登半島の地震による死者が55人になったと発表した。\n能登半島の地震は1日午後4時10分ごろに発生した。\n'],
      ['大和通信', '能登半島で1日に発生した地震で、輪島市は2日、市内の被害をまとめた。\n'],
    );
    const struck = subjectOf(candidates, '1日', '大和通信');
    expect(subjectOf(candidates, '1日', 'みなと新聞')).toBe(struck);
    expect(subjectOf(candidates, '2日', 'みなと新聞')).not.toBe(struck);
  });

  it('keep two dates one page gives apart when neither holds the other', () => {
    const { candidates } = pages(['Harbor Wire', 'The minister will step down on February 3, aides said.\nThe minister will step down on February 28, his letter says.\n']);
    expect(subjectOf(candidates, 'February 3')).not.toBe(subjectOf(candidates, 'February 28'));
  });

  it('keep two days a day apart on one page apart: 1日 and 2日 there are two days, not one in two time zones', () => {
    const { candidates } = pages(['みなと新聞', '北陸新幹線は1日、全線で運転を見合わせた。\n北陸新幹線は2日午前も運転を見合わせる。\n']);
    expect(subjectOf(candidates, '1日')).not.toBe(subjectOf(candidates, '2日'));
  });

  it('compare durations in one unit: 60分 is 1時間, and 15 seconds is thousands of times from 24 hours, no dispute of it', () => {
    const others: ReadonlyArray<readonly [string, string]> = [
      ['北陸日報', '県によると、地震による死者は55人に上った。避難所は120カ所に開設された。\n'],
      ['Harbor Wire', 'At least 57 people were killed in the quake, officials said. Some 300 homes were destroyed.\n'],
    ];
    const near = pages(['みなと新聞', '市内の停電は約1時間続いた。\n'], ['大和通信', '市内の停電は約60分続いた。\n'], ...others);
    expect(subjectOf(near.candidates, '約1時間')).toBe(subjectOf(near.candidates, '約60分'));
    const far = pages(['みなと新聞', '市内の停電は約15秒続いた。\n'], ['大和通信', '市内の停電は約24時間続いた。\n'], ...others);
    expect(subjectOf(far.candidates, '約15秒')).not.toBe(subjectOf(far.candidates, '約24時間'));
  });

  it('keep counts of the dead and of the missing apart, whatever else their clauses share', () => {
    const { candidates } = pages(
      ['みなと新聞', 'みなと町は、地震による死者が同町で2人確認されたと明らかにした。\n'],
      ['大和通信', 'ひかり市で2人の安否が確認できていない。\n'],
      ['北陸日報', '県によると、避難所は120カ所に開設された。\n'],
      ['Harbor Wire', 'Some 300 homes were destroyed, officials said.\n'],
    );
    expect(subjectOf(candidates, '2人', 'みなと新聞')).not.toBe(subjectOf(candidates, '2人', '大和通信'));
  });

  it('keep shares of two wholes apart: a third of all arrests, 20 percent of Republicans', () => {
    const { candidates } = pages(
      ['HuffPost', 'Border arrests fell to 400,000, which is about one-third of the 1.6 million arrests that happened in 2000.\n'],
      ['Fox News', 'A poll found that 60 percent of voters opposed the wall, including 20 percent of Republicans.\n'],
      ['Harbor Wire', 'Some 300 homes were destroyed, officials said.\n'],
    );
    expect(subjectOf(candidates, 'about one-third')).not.toBe(subjectOf(candidates, '20 percent'));
  });

  it('propose a candidate into a filed subject it fits, previewed with the filed claims', () => {
    const known: KnownSubject[] = [
      {
        id: 'death-toll',
        kind: 'count',
        unit: 'people',
        question: 'How many people died in the quake?',
        quotes: ['地震による死者は50人となった'],
        claims: [{ id: 'death-toll/a', subject: 'death-toll', value: 50, outlet: '港新聞', source: { file: 'seeds/0.txt', quote: '地震による死者は50人となった' } }],
      },
    ];
    const docs = [extractFromText('県によると、地震による死者は55人となった。\n', { file: 'seeds/1.txt', outlet: 'みなと新聞', published: '2024-01-03' })];
    const { candidates, subjects } = proposeSubjects(buildCandidates(docs), known);
    expect(subjectOf(candidates, '55人')).toBe('death-toll');
    const subject = subjects.find((s) => s.id === 'death-toll')!;
    expect(subject.filed).toBe(true);
    expect(subject.question).toBe('How many people died in the quake?');
    expect(subject.verdict).toBe('conflict');
  });

  it('never two filed subjects in one group, and only filed ones when new subjects are off', () => {
    const docs = [
      extractFromText('地震による死者は55人となった。\n', { file: 'seeds/1.txt', outlet: 'みなと新聞', published: '2024-01-03' }),
      extractFromText('地震による死者は57人となった。\n', { file: 'seeds/2.txt', outlet: '大和通信', published: '2024-01-03' }),
    ];
    const { candidates, subjects } = proposeSubjects(buildCandidates(docs), [], { newSubjects: false });
    expect(subjects).toEqual([]);
    expect(candidates.every((c) => c.subject === undefined)).toBe(true);
  });

  it('are the same for the same candidates, whatever ran before', () => {
    const make = () =>
      pages(
        ['みなと新聞', '県によると、地震による死者は55人に上った。\n'],
        ['大和通信', '地震で亡くなった人は57人となった。\n'],
      );
    expect(make()).toEqual(make());
  });
});

describe('extract prints and files the proposed subjects', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(removeDir));
  const repo = () => {
    const dir = writeRepo({
      'seeds/1.txt': '技術者4人はサーバーに少なくとも32回アクセスしていた。\n',
      'seeds/2.txt': '関係者によると、技術者はサーバーにあわせて32回アクセスしたという。\n',
      'seeds/3.txt': '技術者はサーバーに少なくとも38回アクセスしていたとされる。\n',
      'seeds/sources.yaml': [
        'sources:',
        '  - {file: 1.txt, outlet: 中央新聞, published: 2024-01-03}',
        '  - {file: 2.txt, outlet: 東西放送, published: 2024-01-03}',
        '  - {file: 3.txt, outlet: 北日本新聞, published: 2024-01-03}',
        '',
      ].join('\n'),
      'claims/.keep': '',
    });
    dirs.push(dir);
    return dir;
  };

  it('--format json gives candidates and subjects, each candidate naming its subject', () => {
    const dir = repo();
    const result = runCli(['extract', 'seeds', '--format', 'json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const data = JSON.parse(result.stdout) as { candidates: Candidate[]; subjects: Array<Record<string, unknown>> };
    const times = data.candidates.filter((c) => c.unit === 'times');
    expect(times).toHaveLength(3);
    const id = times[0]!.subject;
    expect(times.every((c) => c.subject === id)).toBe(true);
    const subject = data.subjects.find((s) => s['id'] === id)!;
    expect(Object.keys(subject)).toEqual(['id', 'question', 'kind', 'unit', 'filed', 'verdict', 'origins', 'originNames', 'candidates', 'conflicts', 'conflictCount']);
    expect(subject['verdict']).toBe('conflict');
    expect(subject['candidates']).toEqual(times.map((c) => c.id));
  });

  it('the inbox keeps each candidate’s subject and lists the subjects; the summary names the strongest conflict', () => {
    const dir = repo();
    const result = runCli(['extract', 'seeds'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/proposed subjects? \(\d+ with more than one statement\): 1 in conflict/);
    expect(result.stdout).toMatch(/access-times: .*(あわせて32回|少なくとも38回).* ≠ /);
    const inbox = parse(readFileSync(path.join(dir, 'claims/inbox.yaml'), 'utf8')) as { candidates: Array<Record<string, unknown>>; subjects: Array<Record<string, unknown>> };
    const named = new Set(inbox.candidates.map((c) => c['subject']));
    expect(inbox.subjects.map((s) => s['id']).sort()).toEqual([...named].sort());
    const access = inbox.subjects.find((s) => s['id'] === 'access-times')!;
    expect(access).toMatchObject({ kind: 'count', unit: 'times' });
    expect(String(access['question'])).toMatch(/回数は？$/);
    // run again: nothing new, nothing written twice
    const again = runCli(['extract', 'seeds'], { cwd: dir });
    expect(again.code).toBe(0);
    const after = parse(readFileSync(path.join(dir, 'claims/inbox.yaml'), 'utf8')) as { subjects: unknown[] };
    expect(after.subjects).toHaveLength(inbox.subjects.length);
  });
});

describe('the base of a share', () => {
  it('日本人の7割以上 is a share of Japan’s population, so it conflicts with 8600万人', () => {
    const { candidates, subjects } = pages(
      ['みなと新聞', '国内で8600万人が利用するアプリは、個人情報の管理が問われている。\n'],
      ['大和通信', 'このアプリは日本人の7割以上が利用しているといわれている。\n'],
    );
    const id = subjectOf(candidates, '8600万人');
    expect(subjectOf(candidates, '7割以上')).toBe(id);
    const subject = subjects.find((s) => s.id === id)!;
    expect(subject.base).toBeGreaterThan(100_000_000);
    expect(subject.note).toMatch(/population of Japan/);
    expect(subject.verdict).toBe('conflict');
  });
});
