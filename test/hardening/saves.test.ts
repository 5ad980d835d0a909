import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { appendClaim } from '../../src/claims/append.js';
import { deprecateClaim, editYamlText, setResolution } from '../../src/claims/edit.js';
import { parseTopic } from '../../src/claims/parse-topic.js';
import { contentHash, saveFile } from '../../src/claims/save.js';
import { commitChange, prepareChange } from '../../src/ui/edit-plan.js';
import { resolvePlan } from '../../src/ui/plans.js';
import { ROOT } from '../helpers/cli.js';
import { ARTICLE, claimEntry, claimFile, cleanUp, expectSafeExit, readableBuild, repo, run } from './helpers.js';

afterAll(cleanUp);

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'save-child.mjs');
const DIST = path.join(ROOT, 'dist');

/** A seeded random number generator, so that a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

/**
 * Start the saving child, let it save for a random moment after its first save, kill it with
 * SIGKILL, and return the file's bytes as left on disk.
 */
async function killDuringSaves(mode: 'raw' | 'review', root: string, file: string, delayMs: number): Promise<string> {
  const child = spawn(process.execPath, [CHILD, DIST, mode, root, file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the saving child did not start: ${stderr}`)), 15_000);
    child.stdout.once('data', () => {
      clearTimeout(timer);
      resolve();
    });
    child.on('close', () => reject(new Error(`the saving child ended on its own: ${stderr}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  child.kill('SIGKILL');
  await exited;
  return readFileSync(path.join(root, file), 'utf8');
}

/** A topic file with `count` claims and a resolution, plus comments and varied formatting. */
function bigTopic(count: number): string {
  const entries = Array.from({ length: count }, (_, i) => claimEntry(`access-count/c${i}`, { outlet: `Outlet ${i % 50}` }));
  return `# kept: a comment at the top\n${claimFile(entries).replace(
    '    unit: times\n',
    '    unit: times\n    resolution:\n      status: disputed # kept: a comment on the status\n      note: kill test xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n',
  )}`;
}

describe('atomic saves under kill -9', () => {
  it('leaves the old or the new text, never part of one (saveFile, 1.2 MB texts, 8 kills, 4 at a time)', async () => {
    const a = `topic: a\n# ${'甲'.repeat(400_000)}\n`;
    const b = `topic: b\n# ${'乙'.repeat(400_000)}\n`;
    const next = random(42);
    // Four children at a time, each on its own repository, two rounds.
    const dirs = Array.from({ length: 4 }, () => repo({ 'claims/line.yaml': a, 'claims/line.yaml.texts.json': JSON.stringify([a, b]) }));
    for (let round = 0; round < 2; round++) {
      const left = await Promise.all(dirs.map((dir) => killDuringSaves('raw', dir, 'claims/line.yaml', Math.floor(next() * 120))));
      for (const [i, text] of left.entries()) expect(text === a || text === b, `round ${round}, child ${i}: ${text.length} characters, neither text`).toBe(true);
    }
    // No temporary file is mistaken for a claim file.
    for (const dir of dirs) expect(readdirSync(path.join(dir, 'claims')).filter((f) => /\.ya?ml$/.test(f))).toEqual(['line.yaml']);
  }, 60_000);

  it('leaves the old or the new text through the review edit path (resolvePlan → commitChange, 4 kills at once)', async () => {
    const t0 = bigTopic(150);
    const dir = repo({ 'seeds/article.txt': ARTICLE, 'claims/line.yaml': t0 });
    const toggle = (text: string, status: 'resolved' | 'disputed') =>
      prepareChange(resolvePlan('claims/line.yaml', 'access-count', { status, note: `kill test ${'x'.repeat(40)}` }), [text]).files[0]!.after;
    const t1 = toggle(t0, 'resolved');
    // Toggling back gives the first text byte for byte: comments and formatting survive.
    expect(toggle(t1, 'disputed')).toBe(t0);
    expect(t1).toContain('status: resolved # kept: a comment on the status');
    const next = random(7);
    const dirs = [dir, ...Array.from({ length: 3 }, () => repo({ 'seeds/article.txt': ARTICLE, 'claims/line.yaml': t0 }))];
    const left = await Promise.all(dirs.map((d) => killDuringSaves('review', d, 'claims/line.yaml', Math.floor(next() * 200))));
    for (const [i, text] of left.entries()) expect(text === t0 || text === t1, `child ${i}: ${text.length} characters, neither text`).toBe(true);
  }, 60_000);
});

describe('saves that cannot be made', () => {
  const TOPIC = claimFile([claimEntry('access-count/jnn')]);

  it('never overwrites a file changed on disk since it was loaded', async () => {
    const dir = repo({ 'claims/line.yaml': TOPIC });
    const file = path.join(dir, 'claims/line.yaml');
    const loadedHash = contentHash(readFileSync(file));
    const theirs = `${TOPIC}# someone else's edit\n`;
    writeFileSync(file, theirs);
    const result = await saveFile(dir, 'claims/line.yaml', `${TOPIC}# mine\n`, loadedHash);
    expect(result).toEqual({ status: 'changed-on-disk', file: 'claims/line.yaml', current: [theirs] });
    expect(readFileSync(file, 'utf8')).toBe(theirs);
    // Through the review edit path: nothing written, what is on disk returned.
    const change = prepareChange(resolvePlan('claims/line.yaml', 'access-count', { status: 'resolved' }), [TOPIC]);
    expect(await commitChange(dir, change)).toEqual({ status: 'changed-on-disk', current: [theirs] });
    expect(readFileSync(file, 'utf8')).toBe(theirs);
  });

  it('reports a claim file replaced by a directory, and keeps the edit in memory', async () => {
    const dir = repo({ 'claims/line.yaml': TOPIC });
    const change = prepareChange(resolvePlan('claims/line.yaml', 'access-count', { status: 'resolved' }), [TOPIC]);
    rmSync(path.join(dir, 'claims/line.yaml'));
    mkdirSync(path.join(dir, 'claims/line.yaml'));
    expect(await commitChange(dir, change)).toEqual({ status: 'failed', reason: 'claims/line.yaml: it is a directory', written: [] });
    expect(change.files[0]!.after).toContain('status: resolved');
  });

  it('reports an immutable file (chattr +i) and leaves it as it was', async () => {
    const dir = repo({ 'claims/line.yaml': TOPIC });
    const file = path.join(dir, 'claims/line.yaml');
    const change = prepareChange(resolvePlan('claims/line.yaml', 'access-count', { status: 'resolved' }), [TOPIC]);
    const immutable = spawnSync('chattr', ['+i', file]).status === 0;
    try {
      if (!immutable) chmodSync(path.join(dir, 'claims'), 0o555); // without chattr: a read-only folder (effective for non-root only)
      const result = await commitChange(dir, change);
      expect(result.status).toBe('failed');
      expect((result as { reason: string }).reason).toMatch(/^claims\/line\.yaml: (permission denied|the file system is read-only)$/);
    } finally {
      if (immutable) execFileSync('chattr', ['-i', file]);
      chmodSync(path.join(dir, 'claims'), 0o755);
    }
    expect(readFileSync(file, 'utf8')).toBe(TOPIC);
    expect(change.files[0]!.after).toContain('status: resolved');
  });

  it('reports a read-only folder (run as nobody when run as root) and writes nothing', () => {
    const dir = repo({ 'claims/line.yaml': TOPIC });
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'claims'), 0o755);
    chmodSync(path.join(dir, 'claims/line.yaml'), 0o666);
    const script = [
      `const { saveFile, contentHash } = await import(${JSON.stringify(process.getuid?.() === 0 ? readableBuild().save : path.join(DIST, 'claims/save.js'))});`,
      `const file = ${JSON.stringify(path.join(dir, 'claims/line.yaml'))};`,
      `const before = (await import('node:fs')).readFileSync(file);`,
      `console.log(JSON.stringify(await saveFile(${JSON.stringify(dir)}, 'claims/line.yaml', 'topic: mine\\n', contentHash(before))));`,
    ].join('\n');
    const asRoot = process.getuid?.() === 0;
    const command = asRoot ? 'setpriv' : process.execPath;
    const args = [...(asRoot ? ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : []), '--input-type=module', '-e', script];
    const r = spawnSync(command, args, { cwd: '/', encoding: 'utf8', timeout: 20_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ status: 'failed', file: 'claims/line.yaml', reason: 'permission denied', written: [] });
    expect(readFileSync(path.join(dir, 'claims/line.yaml'), 'utf8')).toBe(TOPIC);
  });

  it.runIf(process.getuid?.() === 0)('reports a full disk and leaves the file whole (a 64 KiB tmpfs; mounting needs root)', async () => {
    const dir = repo({});
    const mount = path.join(dir, 'small');
    mkdirSync(mount);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount]);
    try {
      const file = path.join(mount, 'line.yaml');
      writeFileSync(file, TOPIC);
      const filler = Buffer.alloc(4096, 0x20);
      for (let i = 0; ; i++) {
        try {
          writeFileSync(path.join(mount, `filler-${i}`), filler);
        } catch {
          break;
        }
      }
      const result = await saveFile(mount, 'line.yaml', `${TOPIC}# ${'x'.repeat(32_000)}\n`, contentHash(TOPIC));
      expect(result).toEqual({ status: 'failed', file: 'line.yaml', reason: 'the disk is full', written: [] });
      expect(readFileSync(file, 'utf8')).toBe(TOPIC);
    } finally {
      execFileSync('umount', [mount]);
    }
  });
});

describe('comments and formatting survive the edit functions', () => {
  const ORIGINAL = [
    '# yaml-language-server: $schema=./claims.schema.json',
    'topic: line   # the topic',
    'subjects:',
    '  # the subject below',
    '  - id: access-count',
    '    question: "How many times?"   # quoted on purpose',
    '    kind: count',
    '',
    '    unit: times',
    'claims:',
    '  - id: access-count/jnn',
    '    subject: access-count',
    '    value: { min: 32 }    # flow map, spaced',
    '    outlet: JNN',
    "    chain: [ 'JNN', LINE ]",
    '    source:',
    '      file: seeds/article.txt',
    '      quote: >-',
    '        あわせて32回の',
    '        アクセスがあった',
    '  - id: access-count/asahi   # a second claim',
    '    subject: access-count',
    '    value: {min: 38}',
    '    outlet: 朝日新聞',
    '    chain: [朝日新聞]',
    '',
    '# trailing comment',
    '',
  ].join('\n');

  /** Lines of `after` that are not in `before`, and lines of `before` that are gone. */
  function lineChanges(before: string, after: string): { added: string[]; removed: string[] } {
    const a = before.split(/\r?\n/);
    const b = after.split(/\r?\n/);
    return { added: b.filter((l) => !a.includes(l)), removed: a.filter((l) => !b.includes(l)) };
  }

  it.each([
    ['LF', ORIGINAL],
    ['CRLF', ORIGINAL.replace(/\n/g, '\r\n')],
    ['BOM', `\uFEFF${ORIGINAL}`],
  ])('setResolution and deprecateClaim change only their lines (%s)', (_, text) => {
    const resolved = editYamlText(text, (doc) => setResolution(doc, 'access-count', { status: 'disputed', note: 'JNN counts in total' }));
    expect(lineChanges(text, resolved)).toEqual({ added: ['    resolution:', '      status: disputed', '      note: JNN counts in total'], removed: [] });
    const deprecated = editYamlText(resolved, (doc) => deprecateClaim(doc, 'access-count/asahi', 'misread'));
    expect(lineChanges(resolved, deprecated)).toEqual({ added: ['    rank: deprecated', '    reason: misread'], removed: [] });
    // The claim whose quote the serializer reflows (a folded scalar): its new lines go after the quote's.
    const folded = editYamlText(deprecated, (doc) => deprecateClaim(doc, 'access-count/jnn', 'misread too'));
    expect(lineChanges(deprecated, folded)).toEqual({ added: ['    reason: misread too'], removed: [] });
    const jnn = parseTopic('claims/line.yaml', folded).topic.claims.find((c) => c.claim.id === 'access-count/jnn')!.claim;
    expect([jnn.rank, jnn.source?.quote]).toEqual(['deprecated', 'あわせて32回の アクセスがあった']);
    expect(deprecated.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
    expect(deprecated.includes('\r\n')).toBe(text.includes('\r\n'));
    expect(parseTopic('claims/line.yaml', deprecated).findings).toEqual([]);
  });

  it('appendClaim keeps every comment and line of the existing document', () => {
    const doc = parseDocument(ORIGINAL);
    appendClaim(doc, {
      id: 'access-count/chunichi',
      subject: 'access-count',
      value: { min: 32 },
      outlet: '中日新聞',
      chain: ['中日新聞', 'LINE'],
      source: { file: 'seeds/article.txt', quote: '少なくとも三十二回' },
    });
    const after = String(doc);
    for (const comment of ORIGINAL.match(/#.*$/gm) ?? []) expect(after).toContain(comment);
    expect(parseTopic('claims/line.yaml', after).topic.claims.map((c) => c.claim.id)).toEqual(['access-count/jnn', 'access-count/asahi', 'access-count/chunichi']);
  });
});

describe('urazuke add never damages a topic file (built CLI)', { timeout: 60_000 }, () => {
  const QUOTE = 'あわせて32回のアクセスがあった';

  it('leaves a topic file with invalid YAML untouched and says so', () => {
    const broken = 'topic: [\n# a reviewer was here\n';
    const dir = repo({ 'seeds/article.txt': ARTICLE, 'claims/line.yaml': broken });
    const r = run(['add', 'seeds/article.txt', '--quote', QUOTE, '--topic', 'claims/line.yaml'], { cwd: dir });
    expectSafeExit(r, [1, 2]);
    expect(r.stderr).toMatch(/claims\/line\.yaml: invalid YAML .*nothing was written/);
    expect(readFileSync(path.join(dir, 'claims/line.yaml'), 'utf8')).toBe(broken);
  });

  it('reports a topic file it cannot write (immutable) and leaves it whole', () => {
    const topic = claimFile([claimEntry('access-count/jnn')]);
    const dir = repo({ 'seeds/article.txt': ARTICLE, 'claims/line.yaml': topic });
    const file = path.join(dir, 'claims/line.yaml');
    const immutable = spawnSync('chattr', ['+i', file]).status === 0;
    if (!immutable) chmodSync(path.join(dir, 'claims'), 0o555);
    try {
      const r = process.getuid?.() === 0 && !immutable ? undefined : run(['add', 'seeds/article.txt', '--quote', QUOTE, '--subject', 'access-count', '--id', 'access-count/again'], { cwd: dir });
      expect(r, 'neither chattr nor file modes can make the file read-only here').toBeDefined();
      expectSafeExit(r!, [2]);
      expect(r!.stderr).toMatch(/^urazuke: cannot write claims\/line\.yaml: (permission denied|the file system is read-only)$/m);
    } finally {
      if (immutable) execFileSync('chattr', ['-i', file]);
      chmodSync(path.join(dir, 'claims'), 0o755);
    }
    expect(readFileSync(file, 'utf8')).toBe(topic);
  });
});
