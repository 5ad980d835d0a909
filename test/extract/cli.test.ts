import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { execute } from '../../src/cli/index.js';
import { markRejected } from '../../src/extract/inbox.js';
import { collectJobs, extractRun, loadExtractContext, streamCandidates } from '../../src/extract/index.js';
import { jsonText } from '../../src/util/json-text.js';
import { removeDir, ROOT, runCli, tempDir } from '../helpers/cli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) removeDir(dir);
});

/** A repository holding the five seeds and their sources.yaml. */
function repo(): string {
  const dir = tempDir();
  dirs.push(dir);
  cpSync(path.join(ROOT, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
  return dir;
}

interface JsonCandidate {
  readonly figure: string;
  readonly value: unknown;
  readonly outlet: string;
  readonly chain: string[];
  readonly confidence: number;
  readonly source: { file: string; quote: string; line: number };
}

describe('urazuke extract (built CLI)', () => {
  it('--format json prints {"candidates": [...]} in the claim shape', () => {
    const dir = repo();
    const result = runCli(['extract', '--format', 'json', 'seeds/001_649b7479d165a670.txt', 'seeds/003_c1eae5f5e3785943.txt'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { candidates } = JSON.parse(result.stdout) as { candidates: JsonCandidate[] };
    const chunichi = candidates.find((c) => c.figure === '少なくとも三十二回');
    expect(chunichi).toMatchObject({ value: { min: 32 }, outlet: '中日新聞', chain: ['てらまち・ねっと', '中日新聞', 'LINE'], source: { file: 'seeds/001_649b7479d165a670.txt', line: 67 } });
    expect(candidates.find((c) => c.figure === 'あわせて32回')).toMatchObject({ value: 32, outlet: 'JNN' });
    // the page-view counter is there, but as noise
    expect(candidates.filter((c) => c.source.quote.includes('閲覧数')).every((c) => c.confidence < 0.5)).toBe(true);
    expect(candidates.some((c) => c.source.quote.includes('閲覧数'))).toBe(true);
  });

  it('gives the same candidates in the same order on worker threads as on one thread', () => {
    const dir = repo();
    const one = runCli(['extract', '--format', 'json', '--threads', '1', 'seeds'], { cwd: dir });
    const two = runCli(['extract', '--format', 'json', '--threads', '2', 'seeds'], { cwd: dir });
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(JSON.parse(two.stdout).candidates.length).toBeGreaterThan(30);
    expect(two.stdout).toBe(one.stdout);
  });

  it('streams --format json on large inputs, one document at a time, with the same findings', async () => {
    const dir = repo();
    const streamed = await run(['extract', '--format', 'json', 'seeds'], dir, { URAZUKE_STREAM_BYTES: '1' });
    expect(streamed.code).toBe(0);
    const { candidates } = JSON.parse(streamed.stdout) as { candidates: JsonCandidate[] };
    expect(candidates.find((c) => c.figure === '少なくとも三十二回')).toMatchObject({ value: { min: 32 }, outlet: '中日新聞' });
    expect(candidates.find((c) => c.figure === '少なくとも38回')).toMatchObject({ value: { min: 38 }, outlet: '朝日新聞' });
    // NHK's paragraph in three captures is written once
    expect(candidates.filter((c) => c.figure === '3月26日までに')).toHaveLength(1);
  });

  it('streams byte for byte the same JSON on worker threads as on one thread, and the same candidates as the library hands on', async () => {
    const dir = repo();
    // undated: its relative date is read against the dates of the documents before it, in the main thread
    writeFileSync(path.join(dir, 'seeds/zz-undated.txt'), '関係者によると、昨年3月には少なくとも12人が参加したという。\n');
    const env = { URAZUKE_STREAM_BYTES: '1' };
    const one = runCli(['extract', '--format', 'json', '--threads', '1', 'seeds'], { cwd: dir, env });
    const two = runCli(['extract', '--format', 'json', '--threads', '2', 'seeds'], { cwd: dir, env });
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const context = await loadExtractContext(dir);
    const { jobs } = await collectJobs(['seeds'], dir, dir);
    const handed: unknown[] = [];
    await streamCandidates(extractRun(context, jobs, { minConfidence: 0, threads: 1 }), (c) => handed.push(JSON.parse(jsonText(c))), (failure) => {
      throw new Error(failure.reason);
    });
    const printed = (JSON.parse(one.stdout) as { candidates: JsonCandidate[] }).candidates;
    expect(printed).toEqual(handed);
    expect(printed.find((c) => c.figure === '少なくとも12人')).toMatchObject({ value: { min: 12 }, source: { file: 'seeds/zz-undated.txt' } });
  });

  it('merges into claims/inbox.yaml, keeps comments, and never proposes again what was accepted or rejected', () => {
    const dir = repo();
    const first = runCli(['extract', 'seeds'], { cwd: dir });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const added = Number(/(\d+) added to claims\/inbox\.yaml/.exec(first.stdout)?.[1]);
    expect(added).toBeGreaterThan(20);
    const inboxPath = path.join(dir, 'claims/inbox.yaml');
    const text = readFileSync(inboxPath, 'utf8');
    const doc = parseDocument(text);
    const items = (doc.toJS() as { candidates: Array<{ figure: string; source: { file: string; quote: string; line: number }; value: unknown; outlet: string }> }).candidates;
    expect(items.every((c) => typeof c.source.quote === 'string' && c.source.quote.length > 0)).toBe(true);
    expect(items.some((c) => c.figure === '閲覧数3,928' || c.source.quote.includes('閲覧数'))).toBe(false); // below 0.5: not proposed

    // a reviewer rejects one, accepts another (files it in a topic) and comments the inbox
    const rejected = items.findIndex((c) => c.figure === 'あわせて32回');
    const accepted = items.find((c) => c.figure === '少なくとも三十二回')!;
    markRejected(doc, rejected);
    const seq = doc.get('candidates') as { items: unknown[] };
    seq.items.splice(items.indexOf(accepted), 1);
    writeFileSync(inboxPath, `# reviewed by hand\n${String(doc)}`);
    mkdirSync(path.join(dir, 'claims'), { recursive: true });
    writeFileSync(
      path.join(dir, 'claims/line.yaml'),
      [
        'topic: line',
        'subjects:',
        '  - { id: access-count, question: How many accesses?, kind: count, unit: times }',
        'claims:',
        '  - id: access-count/chunichi',
        '    subject: access-count',
        '    value: { min: 32 }',
        '    outlet: 中日新聞',
        '    source:',
        `      file: ${accepted.source.file}`,
        `      quote: ${accepted.source.quote}`,
        '',
      ].join('\n'),
    );

    const second = runCli(['extract', 'seeds'], { cwd: dir });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/ 0 added to claims\/inbox\.yaml/);
    expect(second.stdout).toMatch(/1 already filed in claims\//);
    expect(second.stdout).toMatch(/1 rejected before, not proposed again/);
    const after = readFileSync(inboxPath, 'utf8');
    expect(after).toContain('# reviewed by hand');
    expect(after).toContain('status: rejected');
    expect(after.match(/figure: あわせて32回/g)).toHaveLength(1);
    expect(after).not.toContain('figure: 少なくとも三十二回');
  });

  it('run inside seeds/, files its candidates into the repository\'s claims/, not among the captures', async () => {
    const dir = repo();
    const r = await run(['extract', '.'], path.join(dir, 'seeds'));
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, 'claims/inbox.yaml'))).toBe(true);
    expect(existsSync(path.join(dir, 'seeds/claims'))).toBe(false);
  });

  it('add refuses a --topic outside claims/ or the inbox itself, and an id with white space, writing nothing', async () => {
    const dir = repo();
    const file = 'seeds/001_649b7479d165a670.txt';
    const quote = '四人はサーバーに少なくとも三十二回アクセスしていた';
    for (const topic of ['claims/inbox.yaml', '../outside.yaml', 'seeds/x.yaml']) {
      const r = await run(['add', file, '--quote', quote, '--topic', topic], dir);
      expect(r.code, topic).toBe(2);
      expect(r.stderr).toContain('--topic must name a topic file under claims/');
    }
    const id = await run(['add', file, '--quote', quote, '--id', 'a b'], dir);
    expect(id.code).toBe(2);
    expect(existsSync(path.join(dir, 'claims'))).toBe(false);
  });

  it('writes nothing when none of the files named can be read (no empty claims/ folder)', async () => {
    const dir = tempDir();
    dirs.push(dir);
    mkdirSync(path.join(dir, 'seeds'));
    const missing = await run(['extract', 'nope.txt'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read nope.txt');
    expect(existsSync(path.join(dir, 'claims'))).toBe(false);
  });

  it('refuses to write an inbox into a folder that is no repository, and finds the root from a folder below it', async () => {
    const dir = tempDir();
    dirs.push(dir);
    writeFileSync(path.join(dir, 'a.txt'), '東京都によると、少なくとも32人が参加した。\n');
    const refused = await run(['extract', 'a.txt'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('not a urazuke repository');
    expect(refused.stderr).toContain('urazuke init');
    expect(existsSync(path.join(dir, 'claims'))).toBe(false);
    // Printing needs no repository.
    expect((await run(['extract', '--format', 'json', 'a.txt'], dir)).code).toBe(0);
    // From a folder two levels below the root, the inbox goes to the root's claims/.
    mkdirSync(path.join(dir, 'seeds/deep'), { recursive: true });
    mkdirSync(path.join(dir, 'notes/drafts'), { recursive: true });
    writeFileSync(path.join(dir, 'seeds/deep/b.txt'), '東京都によると、少なくとも32人が参加した。\n');
    const below = await run(['extract', '../../seeds/deep/b.txt'], path.join(dir, 'notes/drafts'));
    expect(below.stderr).toBe('');
    expect(below.code).toBe(0);
    expect(readFileSync(path.join(dir, 'claims/inbox.yaml'), 'utf8')).toContain('file: seeds/deep/b.txt');
    expect(existsSync(path.join(dir, 'notes/drafts/claims'))).toBe(false);
  });

  it('reports unreadable input and usage errors with exit 2, without a stack trace', async () => {
    const dir = repo();
    const missing = await run(['extract', '--format', 'json', 'seeds/nope.txt'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read seeds/nope.txt: no such file or directory');
    const flag = await run(['extract', '--bogus', 'seeds'], dir);
    expect(flag.code).toBe(2);
    expect(flag.stderr).not.toMatch(/\bat .*\.js:\d+/);
    const confidence = await run(['extract', '--min-confidence', '2', 'seeds'], dir);
    expect(confidence.code).toBe(2);
    expect(confidence.stderr).toContain('--min-confidence expects a number from 0 to 1');
    const outside = await run(['extract', path.join(ROOT, 'seeds')], dir);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('is outside the repository');
    const yaml = await run(['extract', '--format', 'yaml', 'seeds/004_b6b6f84c145cc870.txt'], dir);
    expect(yaml.code).toBe(0);
    const entries = (parseDocument(yaml.stdout).toJS() as { candidates: Array<{ figure: string; value: unknown; source: { quote: string } }> }).candidates;
    expect(entries.find((c) => c.figure === '7割以上')).toMatchObject({ value: { share: { min: 0.7 } }, source: { quote: '日本人の7割以上が利用しているといわれている' } });
    const help = await run(['extract', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: urazuke extract');
  });
});

/** Run the CLI in-process (`execute`), for the cases that need no subprocess. */
async function run(argv: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await execute(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: undefined,
    cwd,
    env,
  });
  return { code, stdout, stderr };
}

describe('urazuke add (built CLI)', () => {
  it('files one claim from a verbatim quote, keeping the comments of the topic file', () => {
    const dir = repo();
    mkdirSync(path.join(dir, 'claims'));
    const topic = path.join(dir, 'claims/line-2021.yaml');
    writeFileSync(topic, '# yaml-language-server: $schema=./claims.schema.json\ntopic: line-2021 # the affair\nsubjects:\n  # accesses\n  - id: access-count\n    question: How many times?\n    kind: count\n    unit: times\nclaims: []\n');
    const result = runCli(['add', 'seeds/001_649b7479d165a670.txt', '--quote', '四人はサーバーに少なくとも三十二回アクセスしていた', '--subject', 'access-count'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Added access-count/中日新聞 to claims/line-2021.yaml');
    const text = readFileSync(topic, 'utf8');
    expect(text).toContain('# the affair');
    expect(text).toContain('# accesses');
    const data = parseDocument(text).toJS() as { claims: unknown[] };
    expect(data.claims).toEqual([
      {
        id: 'access-count/中日新聞',
        subject: 'access-count',
        value: { min: 32 },
        says: 'at least 32 times (少なくとも三十二回)',
        outlet: '中日新聞',
        published: '2021-03-17',
        as_of: '2021-03-17',
        as_of_from: 'published',
        chain: ['てらまち・ねっと', '中日新聞', 'LINE'],
        source: { file: 'seeds/001_649b7479d165a670.txt', quote: '四人はサーバーに少なくとも三十二回アクセスしていた', line: 67 },
      },
    ]);
  });

  it('adds the shortest prefix that tells a repeated quote apart', async () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'seeds/repeat.txt'), 'A社によると、少なくとも32回アクセスした。\nB社によると、少なくとも32回アクセスした。\n');
    const result = await run(['add', 'seeds/repeat.txt', '--quote', '少なくとも32回アクセスした', '--subject', 'access-count'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const data = parseDocument(readFileSync(path.join(dir, 'claims/extracted.yaml'), 'utf8')).toJS() as { claims: Array<{ source: Record<string, unknown>; chain: string[] }> };
    expect(data.claims[0]!.source).toEqual({ file: 'seeds/repeat.txt', quote: '少なくとも32回アクセスした', prefix: 'A社によると、', line: 1 });
    expect(data.claims[0]!.chain).toEqual(['A社']);
  });

  it('files a quote of an HTML capture as its text content reads, markup in between', async () => {
    const dir = repo();
    cpSync(path.join(ROOT, 'test/fixtures/extract/formats/inline-markup.html'), path.join(dir, 'seeds/page.html'));
    const result = await run(['add', 'seeds/page.html', '--quote', '中国の技術者は少なくとも32回アクセスしていた', '--subject', 'access-count'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const data = parseDocument(readFileSync(path.join(dir, 'claims/extracted.yaml'), 'utf8')).toJS() as { claims: Array<Record<string, unknown>> };
    expect(data.claims[0]).toMatchObject({ value: { min: 32 }, outlet: '毎日新聞', chain: ['毎日新聞', 'LINE'], source: { line: 3 } });
  });

  it('refuses a quote that is not in the file (exit 1) and a missing quote (exit 2)', async () => {
    const dir = repo();
    const wrong = runCli(['add', 'seeds/003_c1eae5f5e3785943.txt', '--quote', '個人情報のデータにあわせて33回'], { cwd: dir });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('seeds/003_c1eae5f5e3785943.txt: the quote is not in the file');
    const none = await run(['add', 'seeds/003_c1eae5f5e3785943.txt'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--quote');
    const noFigure = await run(['add', 'seeds/002_b41319ef6942950f.txt', '--quote', '大阪府もサービス提供停止'], dir);
    expect(noFigure.code).toBe(1);
    expect(noFigure.stderr).toContain('no figure found in the quote');
  });
});

/** A repository of two small English captures and a topic with a subject `injured`. */
function festivalRepo(): string {
  const dir = tempDir();
  dirs.push(dir);
  mkdirSync(path.join(dir, 'seeds'));
  mkdirSync(path.join(dir, 'claims'));
  writeFileSync(path.join(dir, 'seeds/injuries.txt'), 'Crush at the harbour festival\n\nAt least 15 people were injured at the festival on Saturday, police said.\n');
  writeFileSync(path.join(dir, 'seeds/crowd.txt'), 'Record crowd\n\nAbout 450,000 people attended the festival over three days, the organisers said.\n');
  writeFileSync(path.join(dir, 'seeds/turnout.txt'), '市によると、参加者は前回より50人少ない150人だった。\n2024年5月1日、15人が負傷したと消防が発表した。\n');
  writeFileSync(
    path.join(dir, 'claims/festival.yaml'),
    [
      'topic: festival',
      'subjects:',
      '  - { id: injured, question: How many people were injured at the festival?, kind: count, unit: people }',
      '  - { id: visits, question: How many times did visitors enter the harbour?, kind: count, unit: times }',
      'claims:',
      '  - id: injured/police',
      '    subject: injured',
      '    value: { min: 15 }',
      '    outlet: police',
      '    source: { file: seeds/injuries.txt, quote: At least 15 people were injured at the festival }',
      '',
    ].join('\n'),
  );
  return dir;
}

/** The claims of the festival topic. */
function festivalClaims(dir: string): Array<{ id: string; subject: string; value: unknown }> {
  return (parseDocument(readFileSync(path.join(dir, 'claims/festival.yaml'), 'utf8')).toJS() as { claims: Array<{ id: string; subject: string; value: unknown }> }).claims;
}

describe('urazuke add: which subject, which figure (built CLI)', () => {
  it('files an attendance under a new subject, not under the injuries one, and says why', () => {
    const dir = festivalRepo();
    const result = runCli(['add', 'seeds/crowd.txt', '--quote', 'About 450,000 people attended the festival'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/subject people-1: new: none fits \(injured: a count in people, but its question shares only 'festival' with the quote; visits: it is a count in times, the figure is in people\); write its question/);
    const added = festivalClaims(dir).at(-1)!;
    expect(added).toMatchObject({ subject: 'people-1', value: { approx: 450000 } });
    expect(readFileSync(path.join(dir, 'claims/festival.yaml'), 'utf8')).toContain('- id: people-1');
  });

  it('files a figure under the existing subject whose kind, unit and question fit, and says so', () => {
    const dir = festivalRepo();
    writeFileSync(path.join(dir, 'seeds/update.txt'), 'Update\n\nTwelve people were injured, the city said.\n');
    const result = runCli(['add', 'seeds/update.txt', '--quote', 'Twelve people were injured'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("subject injured: a count in people like the figure, and its question speaks of 'injured' as the quote does");
    expect(festivalClaims(dir).at(-1)).toMatchObject({ subject: 'injured', value: 12 });
  });

  it('refuses a subject named whose unit cannot hold the figure, writing nothing', () => {
    const dir = festivalRepo();
    const before = readFileSync(path.join(dir, 'claims/festival.yaml'), 'utf8');
    const result = runCli(['add', 'seeds/crowd.txt', '--quote', 'About 450,000 people attended the festival', '--subject', 'visits'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('does not fit subject visits: it is a count in times, the figure is in people');
    expect(readFileSync(path.join(dir, 'claims/festival.yaml'), 'utf8')).toBe(before);
  });

  it('lists the figures of a quote that holds several (exit 2), and files the one --figure names', () => {
    const dir = festivalRepo();
    const before = readFileSync(path.join(dir, 'claims/festival.yaml'), 'utf8');
    const quote = '参加者は前回より50人少ない150人だった';
    const several = runCli(['add', 'seeds/turnout.txt', '--quote', quote], { cwd: dir });
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('seeds/turnout.txt:1: the quote holds 2 figures; say which one is the claim:');
    expect(several.stderr).toMatch(/--figure 50人 +50 people \(50人\)/);
    expect(several.stderr).toMatch(/--figure 150人 +150 people \(150人\)/);
    // `15` is inside 150 but names no figure; nothing was written by either
    const none = runCli(['add', 'seeds/turnout.txt', '--quote', quote, '--figure', '15'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--figure '15' names no one figure of the quote");
    expect(readFileSync(path.join(dir, 'claims/festival.yaml'), 'utf8')).toBe(before);
    for (const figure of ['150', '150人']) {
      const chosen = runCli(['add', 'seeds/turnout.txt', '--quote', quote, '--figure', figure, '--subject', 'turnout', '--id', `turnout/${figure}`], { cwd: dir });
      expect(chosen.stderr).toBe('');
      expect(chosen.code).toBe(0);
      expect(chosen.stdout).toContain("the quote also holds '50人': --figure files one of them instead");
      expect(festivalClaims(dir).at(-1)).toMatchObject({ id: `turnout/${figure}`, subject: 'turnout', value: 150 });
    }
  });

  it('takes the number of a quote that also dates it, and says what else it holds', () => {
    const dir = festivalRepo();
    const result = runCli(['add', 'seeds/turnout.txt', '--quote', '2024年5月1日、15人が負傷した'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("the quote also holds '2024年5月1日'");
    expect(festivalClaims(dir).at(-1)).toMatchObject({ value: 15 });
  });
});

describe('urazuke extract run again (built CLI)', () => {
  it('after the outlet is added to seeds/sources.yaml, refreshes the stale (unattributed) candidates, keeping rejections and hand edits', () => {
    const dir = tempDir();
    dirs.push(dir);
    expect(runCli(['init'], { cwd: dir }).code).toBe(0);
    const capture = path.join(dir, 'festival.txt');
    writeFileSync(capture, 'Harbour festival closes\n\nAbout 450,000 people attended the festival over three days.\n\nAt least 15 people were injured in a crush on Saturday.\n\nThe city paid 120 million yen for security.\n');
    expect(runCli(['capture', capture], { cwd: dir }).code).toBe(0);
    const first = runCli(['extract', 'seeds'], { cwd: dir });
    expect(first.code).toBe(0);
    const inboxPath = path.join(dir, 'claims/inbox.yaml');
    const read = () => (parseDocument(readFileSync(inboxPath, 'utf8')).toJS() as { candidates: Array<Record<string, unknown> & { figure: string; outlet: string; says: string }> }).candidates;
    const before = read();
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(before.every((c) => c.outlet === '(unattributed)')).toBe(true);
    // The reviewer rejects the injuries, edits the words of the spending, and another section is there.
    const doc = parseDocument(readFileSync(inboxPath, 'utf8'));
    const at = (pattern: RegExp) => before.findIndex((c) => pattern.test(c.figure));
    markRejected(doc, at(/15/));
    (doc.getIn(['candidates', at(/120/)]) as { set(k: string, v: unknown): void }).set('says', 'security cost 120 million yen (my words)');
    writeFileSync(inboxPath, `${String(doc)}# the reviewer's own section\nnotes: []\n`);
    // The user corrects the catalog: the outlet.
    const catalog = path.join(dir, 'seeds/sources.yaml');
    writeFileSync(catalog, readFileSync(catalog, 'utf8').replace('file: seeds/festival.txt', 'file: seeds/festival.txt\n    outlet: Harbor Daily'));

    const second = runCli(['extract', 'seeds'], { cwd: dir });
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/ 0 added to claims\/inbox\.yaml/);
    // every waiting candidate but the one edited by hand
    expect(second.stdout).toContain(`  ${before.length - 2} waiting in the inbox, read anew (outlet, chain, value, subject or confidence changed): refreshed`);
    expect(second.stdout).toContain('1 edited by hand in the inbox and read differently now: kept as you left them');
    expect(second.stdout).toContain('1 rejected before, not proposed again');
    const after = read();
    expect(after).toHaveLength(before.length);
    expect(after[at(/450/)]).toMatchObject({ outlet: 'Harbor Daily', chain: ['Harbor Daily'] });
    expect(after.filter((c) => c.outlet === 'Harbor Daily')).toHaveLength(before.length - 2);
    expect(after[at(/15/)]).toMatchObject({ outlet: '(unattributed)', status: 'rejected' });
    expect(after[at(/120/)]).toMatchObject({ outlet: '(unattributed)', says: 'security cost 120 million yen (my words)' });
    expect(readFileSync(inboxPath, 'utf8')).toContain("# the reviewer's own section\nnotes: []\n");
    // The inbox still loads in review's reader and check passes.
    expect(runCli(['check'], { cwd: dir }).code).toBe(0);
  });
});
