import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { removeDir, ROOT, runCli, tempCopy, writeRepo } from '../helpers/cli.js';
import { candidatesOf } from '../helpers/extract.js';

/** Candidates of kind place or boolean in a text. */
function claimsOf(text: string): { kind: string; value: unknown; figure: string; says: string; confidence: number; aliases?: readonly string[] }[] {
  return candidatesOf(text).filter((c) => c.kind === 'place' || c.kind === 'boolean');
}

function valueOf(text: string, kind: 'place' | 'boolean'): unknown[] {
  return claimsOf(text).filter((c) => c.kind === kind && c.confidence >= 0.5).map((c) => c.value);
}

describe('place claims: a place joined to what is located there', () => {
  it.each([
    ['中国大連の子会社が開発を担っていた。', '大連'],
    ['委託先はベトナム・ダナン市のIT企業だった。', 'ダナン市'],
    ['同社はホーチミン市に本社を置く。', 'ホーチミン市'],
    ['画像や動画は韓国のデータセンターで管理されている。', '韓国'],
    ['利用者の情報は国内のサーバーで管理している。', '国内'],
    ['データを日本国内に移転する。', '日本国内'],
    ['すべてのデータが韓国国内のサーバー上に保存されていた。', '韓国国内'],
    ['みなと市に本社を置く部品メーカーが発表した。', 'みなと市'],
    ['震源は同県穴水町だった。', '穴水町'],
    ['サーバーは韓国にある。', '韓国'],
    ['同社は中国企業に開発を委託した。', '中国'],
    ['ベトナムに拠点を持つ企業だ。', 'ベトナム'],
    ['中国の技術者が閲覧できる状態だった。', '中国'],
  ])('%s → %s', (text, place) => {
    expect(valueOf(text, 'place')).toEqual([place]);
  });

  it.each([
    ['The contractor, a Da Nang-based software firm, had access.', 'Da Nang'],
    ['Its parent is headquartered in Ho Chi Minh City, the company said.', 'Ho Chi Minh City'],
    ['The data is stored on servers in South Korea.', 'South Korea'],
    ['The maker is based in Minato, a port town.', 'Minato'],
    ['Troops based in the United States were sent.', 'United States'],
    ['Engineers in China could see the records.', 'China'],
  ])('%s → %s', (text, place) => {
    expect(valueOf(text, 'place')).toEqual([place]);
  });

  it('a place named without anything located there is no claim', () => {
    expect(valueOf('東京と大阪で雨が降った。', 'place')).toEqual([]);
    expect(valueOf('会社の施設で説明会が開かれた。', 'place')).toEqual([]);
    expect(valueOf('大手企業と東京企業が参加した。', 'place')).toEqual([]);
    expect(valueOf('Rain fell in Tokyo and Osaka on Monday.', 'place')).toEqual([]);
    expect(valueOf('Land may be transferred to the Defense Department.', 'place')).toEqual([]);
  });

  it('a place a distance is measured from is not where the thing is: 穴水町の北東約40キロ, 30 miles north of Miami', () => {
    expect(valueOf('震源は同県穴水町の北東約40キロだった。', 'place')).toEqual([]);
    expect(valueOf('The suspect was based 30 miles north of Miami, police said.', 'place')).toEqual([]);
    expect(valueOf('The suspect was based in Aventura, north of Miami.', 'place')).toEqual(['Aventura']);
  });

  it('offers the gazetteer’s other names of the place as aliases', () => {
    const [dalian] = claimsOf('中国大連の子会社が開発を担っていた。');
    expect(dalian?.aliases).toEqual(expect.arrayContaining(['Dalian', '大连']));
    const [korea] = claimsOf('The data is stored on servers in South Korea.');
    expect(korea?.aliases).toContain('韓国');
  });
});

describe('yes-or-no claims: a fact asserted or denied', () => {
  it.each([
    ['外部への流出は確認されていないとしている。', false],
    ['外部からの不正アクセスや情報漏えいが発生したということはございません。', false],
    ['情報漏えいが発生したわけではないが、対策を急ぐ。', false],
    ['情報は移転していないものの、閲覧権を与えていた。', false],
    ['不適切なアクセスは把握していないとしている。', false],
    ['ユーザーデータが流出した問題について報じた。', true],
    ['一部の技術者が顧客データを私物のパソコンに保存していた。', true],
    ['管理に不備が発覚した。', true],
    ['情報が流出した形跡はないという。', false],
    ['海外の委託先から顧客名簿が閲覧可能な状態になっていた。', true],
    ['委託先の社員が顧客情報にアクセスできる状態にしていたことが分かった。', true],
    ['子会社の社員が顧客名簿にアクセスする権限を持っていた。', true],
  ])('%s → %s', (text, value) => {
    expect(valueOf(text, 'boolean')).toEqual([value]);
  });

  it.each([
    ['The firm said there was no evidence that the data was copied.', false],
    ['The company denied that any data left Japan.', false],
    ['No personal data was leaked, a spokesperson said.', false],
    ['Officials confirmed that customer records had been accessed.', true],
  ])('%s → %s', (text, value) => {
    expect(valueOf(text, 'boolean')).toEqual([value]);
  });

  it('a hedge is possible, never a firm yes: below 0.5, said as possibly', () => {
    for (const text of ['データが流出した可能性がある。', 'The engineers may have copied some files.']) {
      const [c] = claimsOf(text).filter((x) => x.kind === 'boolean');
      expect(c, text).toBeDefined();
      expect(c!.value).toBe(true);
      expect(c!.confidence).toBeLessThan(0.5);
      expect(c!.says).toMatch(/^possibly: /);
    }
  });

  it('a question, a speech verb or a bare negated verb is no claim at 0.5', () => {
    expect(valueOf('過去に個人情報の流出がなかったのか明確にしてほしいと述べた。', 'boolean')).toEqual([]);
    expect(valueOf('同社は詳細を説明していない。', 'boolean')).toEqual([]);
    expect(valueOf('He did not say how many files. She never had a chance.', 'boolean')).toEqual([]);
  });
});

describe('on the bundled corpus', () => {
  let dir = '';
  let candidates: { kind: string; value: unknown; confidence: number; source: { file: string; quote: string }; places?: { file: string }[] }[] = [];
  beforeAll(() => {
    dir = tempCopy(path.join(ROOT, 'seeds'));
    const result = runCli(['extract', '.', '--format', 'json', '--dir', dir], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    candidates = (JSON.parse(result.stdout) as { candidates: typeof candidates }).candidates;
  });
  afterAll(() => removeDir(dir));

  const topic = parse(readFileSync(path.join(ROOT, 'claims/line-2021.yaml'), 'utf8')) as {
    claims: { id: string; subject: string; value: unknown; source: { file: string; quote: string } }[];
  };
  const wanted = topic.claims.filter((c) => ['affiliate-location', 'talk-text-storage', 'personal-data-storage', 'media-storage', 'data-leaked'].includes(c.subject));

  it.each(wanted.map((c) => [c.id, c] as const))('proposes the claim behind %s with its value', (_id, claim) => {
    const file = path.basename(claim.source.file);
    const found = candidates.filter(
      (c) => c.confidence >= 0.5 && [c.source.file, ...(c.places ?? []).map((p) => p.file)].some((f) => path.basename(f) === file) && JSON.stringify(c.value) === JSON.stringify(claim.value) &&
        (c.source.quote.includes(claim.source.quote.replace(/^「|」$/g, '')) || claim.source.quote.includes(c.source.quote) || overlaps(c.source.quote, claim.source.quote)),
    );
    expect(found.length, `${claim.id}: ${claim.source.quote}`).toBeGreaterThan(0);
  });
});

/** Two quotes share a run of a dozen characters. */
function overlaps(a: string, b: string): boolean {
  for (let i = 0; i + 12 <= b.length; i++) if (a.includes(b.slice(i, i + 12))) return true;
  return false;
}

describe('through the CLI, in a fresh repository', () => {
  it('files place and yes-or-no candidates in the inbox with their kinds and aliases', () => {
    const dir = writeRepo({
      'seeds/ja.txt': '株式会社ヨリミチは、開発の委託先であるベトナム・ダナン市のIT企業の技術者が顧客データにアクセスできる状態だったと発表した。外部への流出は確認されていないという。\n',
      'seeds/en.txt': 'The contractor, a Da Nang-based software firm, could reach customer records. There is no evidence that the data was copied, the company said.\n',
    });
    try {
      const result = runCli(['extract', 'seeds'], { cwd: dir });
      expect(result.code, result.stderr).toBe(0);
      const inbox = parse(readFileSync(path.join(dir, 'claims/inbox.yaml'), 'utf8')) as { candidates: { kind: string; value: unknown; aliases?: string[] }[] };
      const kinds = inbox.candidates.map((c) => `${c.kind}:${JSON.stringify(c.value)}`);
      expect(kinds).toEqual(expect.arrayContaining(['place:"ダナン市"', 'boolean:false', 'place:"Da Nang"']));
      expect(inbox.candidates.find((c) => c.value === 'ダナン市')?.aliases).toEqual(expect.arrayContaining(['Da Nang']));
    } finally {
      removeDir(dir);
    }
  });
});
