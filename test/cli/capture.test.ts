import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Encoding from 'encoding-japanese';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runInProcess } from '../check/run-in-process.js';
import { removeDir, tempDir, writeInto } from '../helpers/cli.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) removeDir(dir);
});

/** A fresh repository made by init, and a folder outside it holding captures. */
async function setup(): Promise<{ repo: string; outside: string }> {
  const base = tempDir();
  made.push(base);
  const repo = path.join(base, 'case');
  expect((await runInProcess(['init', repo])).code).toBe(0);
  return { repo, outside: path.join(base, 'downloads') };
}

const ARTICLE = `<!doctype html>
<html lang="en-GB"><head><title>Festival draws crowds</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta property="og:url" content="https://gazette.example/festival">
<meta property="article:published_time" content="2024-05-02T10:00:00Z">
</head><body><article><h1>Festival draws crowds</h1>
<p>About 450,000 people attended the festival, the city police said.</p></article></body></html>
`;

interface Entry {
  readonly [key: string]: unknown;
}

function entries(repo: string): Entry[] {
  return (parse(readFileSync(path.join(repo, 'seeds/sources.yaml'), 'utf8')) as { sources: Entry[] }).sources;
}

describe('urazuke capture', () => {
  it('copies a page into seeds/ byte for byte and describes it from its own metadata', async () => {
    const { repo, outside } = await setup();
    const page = writeInto(outside, 'festival.html', ARTICLE);
    const r = await runInProcess(['capture', page], { cwd: repo });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('seeds/festival.html (copied): described in seeds/sources.yaml');
    expect(r.stdout).toMatch(/outlet +\(not found/);
    expect(readFileSync(path.join(repo, 'seeds/festival.html'), 'utf8')).toBe(ARTICLE);
    expect(entries(repo)).toEqual([
      {
        file: 'seeds/festival.html',
        title: 'Festival draws crowds',
        site: 'Harbour Gazette',
        url: 'https://gazette.example/festival',
        published: '2024-05-02',
        language: 'en',
        encoding: 'utf-8',
        sha256: createHash('sha256').update(ARTICLE).digest('hex'),
      },
    ]);
    // The catalog's own comments stay, and the new entry says it is to be checked.
    const text = readFileSync(path.join(repo, 'seeds/sources.yaml'), 'utf8');
    expect(text).toContain('# Nothing here is guessed');
    expect(text).toContain('# read from the document by urazuke capture: check');
  });

  it('reads front matter, the first lines of plain text, and a Shift_JIS capture', async () => {
    const { repo, outside } = await setup();
    const md = writeInto(outside, 'notes.md', '---\ntitle: 市の発表\nsite: 港町新報\ndate: 2024-04-30\nurl: https://minato.example/a\n---\n\n市によると、約45万人が訪れた。\n');
    const txt = writeInto(outside, 'plain.txt', 'https://daily.example/news/1\n祭りに45万人\n\n警察によると、約45万人が訪れた。\n');
    const sjis = writeInto(outside, 'sjis.txt', Uint8Array.from(Encoding.convert(Encoding.stringToCode('祭りに四十五万人\n警察によると、約45万人が訪れた。\n'), { to: 'SJIS', from: 'UNICODE' })));
    const r = await runInProcess(['capture', md, txt, sjis], { cwd: repo });
    expect(r.code).toBe(0);
    const [a, b, c] = entries(repo);
    expect(a).toMatchObject({ file: 'seeds/notes.md', title: '市の発表', site: '港町新報', published: '2024-04-30', url: 'https://minato.example/a', language: 'ja', encoding: 'utf-8' });
    expect(b).toMatchObject({ file: 'seeds/plain.txt', title: '祭りに45万人', url: 'https://daily.example/news/1', language: 'ja' });
    expect(c).toMatchObject({ file: 'seeds/sjis.txt', title: '祭りに四十五万人', encoding: 'shift_jis', language: 'ja' });
    expect(c!['sha256']).toBe(createHash('sha256').update(readFileSync(sjis)).digest('hex'));
  });

  it('never changes an entry that is there, and keeps every comment the user wrote', async () => {
    const { repo, outside } = await setup();
    const page = writeInto(outside, 'festival.html', ARTICLE);
    await runInProcess(['capture', page], { cwd: repo });
    const file = path.join(repo, 'seeds/sources.yaml');
    const edited = readFileSync(file, 'utf8').replace('title: Festival draws crowds', 'title: Festival draws crowds  # my own title\n    outlet: Harbour Gazette');
    writeFileSync(file, edited);
    const again = await runInProcess(['capture', page, path.join(repo, 'seeds/festival.html')], { cwd: repo });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('seeds/festival.html: already described in seeds/sources.yaml, entry kept as it is');
    expect(readFileSync(file, 'utf8')).toBe(edited);
    // A second capture is appended after it, the edit intact.
    writeInto(repo, 'seeds/second.txt', 'Second story\n\nAbout 3,000 people marched.\n');
    const second = await runInProcess(['capture', 'seeds/second.txt'], { cwd: repo });
    expect(second.stdout).toContain('seeds/second.txt: described');
    expect(readFileSync(file, 'utf8').startsWith(edited.trimEnd())).toBe(true);
    expect(entries(repo).map((e) => e['file'])).toEqual(['seeds/festival.html', 'seeds/second.txt']);
  });

  it('says when a described capture no longer has the sha256 its entry records', async () => {
    const { repo } = await setup();
    writeInto(repo, 'seeds/a.txt', 'A story\n');
    await runInProcess(['capture', 'seeds/a.txt'], { cwd: repo });
    writeInto(repo, 'seeds/a.txt', 'A story, changed\n');
    const r = await runInProcess(['capture', 'seeds/a.txt'], { cwd: repo });
    expect(r.stdout).toMatch(/entry kept as it is; its sha256 is not the file's .*the capture changed/);
  });

  it('copies a capture whose name is taken under a free name, and one copied before is the same capture', async () => {
    const { repo, outside } = await setup();
    writeInto(repo, 'seeds/index.html', '<title>Other</title><p>other</p>');
    const page = writeInto(outside, 'index.html', ARTICLE);
    const r = await runInProcess(['capture', page], { cwd: repo });
    expect(r.stdout).toContain('seeds/index-2.html (copied): described');
    expect(readFileSync(path.join(repo, 'seeds/index.html'), 'utf8')).toBe('<title>Other</title><p>other</p>');
    const again = await runInProcess(['capture', page], { cwd: repo });
    expect(again.stdout).toContain('seeds/index-2.html: already described');
    expect(existsSync(path.join(repo, 'seeds/index-3.html'))).toBe(false);
  });

  it('writes nothing when sources.yaml is not YAML, and refuses a folder that is no repository', async () => {
    const { repo, outside } = await setup();
    const page = writeInto(outside, 'festival.html', ARTICLE);
    writeFileSync(path.join(repo, 'seeds/sources.yaml'), 'sources:\n  - file: [\n');
    const r = await runInProcess(['capture', page], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/seeds\/sources\.yaml:\d+:\d+: not valid YAML .*nothing was written/);
    expect(existsSync(path.join(repo, 'seeds/festival.html'))).toBe(false);
    const nowhere = await runInProcess(['capture', page], { cwd: outside });
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('not a urazuke repository');
  });

  it('is what check asks for: a capture in seeds/ without an entry is reported (info) until captured', async () => {
    const { repo } = await setup();
    writeInto(repo, 'seeds/loose.txt', 'A story\n');
    const before = await runInProcess(['check', '--format', 'json'], { cwd: repo });
    expect(before.code).toBe(0);
    const findings = (JSON.parse(before.stdout) as { findings: { ruleId: string; file: string; severity: string; note: string }[] }).findings;
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'capture-undescribed', file: 'seeds/loose.txt', severity: 'info' })]);
    expect(findings[0]!.note).toContain('urazuke capture seeds/loose.txt');
    expect((await runInProcess(['capture', 'seeds/loose.txt'], { cwd: repo })).code).toBe(0);
    const after = await runInProcess(['check', '--format', 'json'], { cwd: repo });
    expect((JSON.parse(after.stdout) as { findings: unknown[] }).findings).toEqual([]);
  });
});
