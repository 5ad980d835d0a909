// Deterministic generators for the benchmark: Japanese corpora recombined from the seed captures
// with varied figures, and claim stores whose quotes exist in their generated captures. Everything
// is written once to a cache folder under os.tmpdir(), keyed by size, seed and generator version,
// and reused by later runs. Nothing here is committed output.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the output of a generator changes, so stale caches are not reused. */
export const GENERATOR_VERSION = 4;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where generated inputs are cached. */
export const CACHE_DIR = path.join(tmpdir(), 'urazuke-bench');

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rng, list) => list[Math.floor(rng() * list.length)];
const between = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));

const KANJI_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 32 → 三十二, 1200 → 千二百 (numbers below 10,000). */
function toKanji(n) {
  if (n === 0) return '〇';
  let out = '';
  for (const [unit, mark] of [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ]) {
    const d = Math.floor(n / unit) % 10;
    if (d > 0) out += (d === 1 ? '' : KANJI_DIGITS[d]) + mark;
  }
  const ones = n % 10;
  if (ones > 0) out += KANJI_DIGITS[ones];
  return out;
}

const toFullWidth = (digits) => digits.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** Sentences of the seed captures worth recombining: no addresses, not too short or long. */
export function seedSentences() {
  const dir = path.join(ROOT, 'seeds');
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(txt|md|html?)$/.test(name)) continue;
    const text = readFileSync(path.join(dir, name), 'utf8');
    for (const raw of text.split(/(?<=。)|\n/)) {
      const s = raw.trim();
      if (s.length < 12 || s.length > 300) continue;
      if (/https?:|www\.|\[blogcard|[<>]/.test(s)) continue;
      out.push(s);
    }
  }
  return [...new Set(out)];
}

/** A copy of `sentence` with each figure replaced by a random one of the same notation. */
export function varyFigures(rng, sentence) {
  return sentence
    .replace(/[0-9]+/g, (m) => String(between(rng, 1, m.length >= 4 ? 9999 : 10 ** m.length - 1)))
    .replace(/[０-９]+/g, (m) => toFullWidth(String(between(rng, 1, 10 ** Math.min(m.length, 4) - 1))))
    .replace(/[〇一二三四五六七八九十百千]+(?=[回人件万億年])/g, () => toKanji(between(rng, 2, 9999)));
}

/** One generated capture of about `bytes` bytes: markdown (`md`) or plain text (`txt`). */
export function generateDocument(rng, sentences, bytes, format, index) {
  const parts = [];
  let size = 0;
  const title = varyFigures(rng, pick(rng, sentences)).slice(0, 60);
  const head = format === 'md' ? `# ${title}\n\n` : `${title}\n\n`;
  parts.push(head);
  size += Buffer.byteLength(head);
  let section = 0;
  while (size < bytes) {
    if (format === 'md' && rng() < 0.12) {
      section += 1;
      const h = `## ${section}. ${varyFigures(rng, pick(rng, sentences)).slice(0, 40)}\n\n`;
      parts.push(h);
      size += Buffer.byteLength(h);
    }
    const count = between(rng, 2, 7);
    const paragraph = [];
    for (let i = 0; i < count; i += 1) paragraph.push(varyFigures(rng, pick(rng, sentences)));
    let text = format === 'md' && rng() < 0.1 ? `- ${paragraph.join('\n- ')}` : paragraph.join(format === 'md' ? '\n' : '');
    if (format === 'md' && rng() < 0.05) text = `> ${text.replaceAll('\n', '\n> ')}`;
    text += `\n\n`;
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  parts.push(`(bench document ${index})\n`);
  return parts.join('');
}

/** Run `make(tmp)` into a fresh folder and move it to `dir` when complete; reuse `dir` if it exists. */
function cached(dir, make) {
  if (existsSync(path.join(dir, '.complete'))) return dir;
  const tmp = `${dir}.partial-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  make(tmp);
  writeFileSync(path.join(tmp, '.complete'), new Date().toISOString());
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return dir;
}

/**
 * A corpus of about `megabytes` MB of Japanese captures (half markdown, half text, 8–56 KB each)
 * under `<dir>/docs/`. Returns {dir, files (relative to dir, sorted), bytes}.
 */
export function corpus(megabytes, seed = 1) {
  const dir = path.join(CACHE_DIR, `corpus-v${GENERATOR_VERSION}-${megabytes}mb-seed${seed}`);
  cached(dir, (tmp) => {
    const rng = prng(seed * 7919 + megabytes);
    const sentences = seedSentences();
    const target = megabytes * 1024 * 1024;
    mkdirSync(path.join(tmp, 'docs'));
    let total = 0;
    for (let i = 0; total < target; i += 1) {
      const format = i % 2 === 0 ? 'md' : 'txt';
      const text = generateDocument(rng, sentences, Math.min(between(rng, 8, 56) * 1024, target - total + 512), format, i);
      const name = `docs/${String(i).padStart(5, '0')}.${format}`;
      writeFileSync(path.join(tmp, name), text);
      total += Buffer.byteLength(text);
    }
  });
  const files = readdirSync(path.join(dir, 'docs'))
    .sort()
    .map((f) => `docs/${f}`);
  const bytes = files.reduce((n, f) => n + readFileSync(path.join(dir, f)).length, 0);
  return { dir, files, bytes };
}

const OUTLETS = ['中日新聞', '朝日新聞', '毎日新聞', '読売新聞', '日本経済新聞', '時事通信', '共同通信', 'NHK', 'JNN', 'TBS', 'ITmedia', 'Impress Watch', 'JBpress', 'レコードチャイナ'];
const ORIGINS = ['LINE', '総務省', '個人情報保護委員会', 'Zホールディングス', 'ネイバー', '環球時報'];
const UNITS = { 回: 'times', 人: 'people', 件: 'cases', 万: undefined, 年: undefined };

/** A YAML scalar: plain when safe, double-quoted (JSON syntax) otherwise. */
function scalar(text) {
  if (/^[^\s\-?:,[\]{}#&*!|>'"%@`0-9]/.test(text) && !/: |\s#|[:\s]$|[\n\t"\\]/.test(text) && !/^(true|false|null|yes|no|on|off|~)$/i.test(text)) return text;
  return JSON.stringify(text);
}

/**
 * A claim store of `claims` claims in 100 topic files (`claims/topic-NNN.yaml`), 10 claims per
 * subject, each quoting a sentence (with a figure, unique in its capture) of one of 200 generated
 * text captures under `seeds/`, described with their sha256 in `seeds/sources.yaml`. Every claim
 * is valid and sourced, so `check` does real anchoring. Returns {dir, claimFiles, claims, subjects}.
 */
export function claimStore(claims, seed = 1) {
  const topics = 100;
  const perTopic = Math.max(1, Math.round(claims / topics));
  const perSubject = Math.min(10, perTopic);
  const dir = path.join(CACHE_DIR, `store-v${GENERATOR_VERSION}-${claims}-seed${seed}`);
  cached(dir, (tmp) => {
    const rng = prng(seed * 104729 + claims);
    const sentences = seedSentences().filter((s) => /[0-9]/.test(s));
    const all = seedSentences();
    mkdirSync(path.join(tmp, 'seeds'));
    mkdirSync(path.join(tmp, 'claims'));
    const catalog = ['# Generated captures for the benchmark.', 'sources:'];
    const subjectsPerTopic = Math.ceil(perTopic / perSubject);
    let serial = 0;
    for (let t = 0; t < topics; t += 1) {
      // Two captures per topic; each needs one quotable sentence per subject it serves.
      const captures = [0, 1].map((c) => {
        const need = Math.ceil(subjectsPerTopic / 2) + 2;
        const quotable = [];
        const paragraphs = [];
        while (quotable.length < need) {
          const paragraph = [];
          for (let i = between(rng, 1, 4); i > 0; i -= 1) paragraph.push(varyFigures(rng, pick(rng, all)));
          // The first figure of a quotable sentence is unique in the store (five digits, where
          // other figures have at most four), so its quote occurs once in its capture.
          serial += 1;
          const figure = varyFigures(rng, pick(rng, sentences)).replace(/[0-9]+/, String(10000 + serial));
          paragraph.splice(between(rng, 0, paragraph.length), 0, figure);
          quotable.push(figure);
          paragraphs.push(paragraph.join(''));
        }
        const text = `${varyFigures(rng, pick(rng, all)).slice(0, 60)}\n\n${paragraphs.join('\n\n')}\n`;
        const file = `seeds/bench-${String(t).padStart(3, '0')}-${c}.txt`;
        writeFileSync(path.join(tmp, file), text);
        catalog.push(
          `  - file: ${file}`,
          `    title: ${scalar(text.slice(0, text.indexOf('\n')))}`,
          `    site: ${pick(rng, OUTLETS)}`,
          `    published: 2021-03-${String(between(rng, 10, 31)).padStart(2, '0')}`,
          '    language: ja',
          '    encoding: utf-8',
          `    sha256: ${createHash('sha256').update(text).digest('hex')}`,
        );
        return { file, text, quotable };
      });
      const lines = [
        '# yaml-language-server: $schema=./claims.schema.json',
        `topic: bench-${String(t).padStart(3, '0')}`,
        `title: Generated topic ${t} for the benchmark`,
        'subjects:',
      ];
      const claimLines = ['claims:'];
      let made = 0;
      for (let s = 0; s < subjectsPerTopic && made < perTopic; s += 1) {
        const capture = captures[s % 2];
        const sentence = capture.quotable[Math.floor(s / 2)];
        const m = /[0-9]+/.exec(sentence);
        const start = Math.max(0, m.index - between(rng, 6, 16));
        let quote = sentence.slice(start, Math.min(sentence.length, m.index + m[0].length + between(rng, 4, 14)));
        if (capture.text.indexOf(quote) !== capture.text.lastIndexOf(quote)) quote = sentence;
        if (capture.text.indexOf(quote) !== capture.text.lastIndexOf(quote)) throw new Error(`generator: quote not unique in ${capture.file}: ${quote}`);
        const line = capture.text.slice(0, capture.text.indexOf(quote)).split('\n').length;
        const unit = UNITS[sentence[m.index + m[0].length]];
        const subjectId = `t${t}-s${String(s).padStart(4, "0")}`;
        lines.push(
          `  - id: ${subjectId}`,
          `    question: What figure does passage ${s} of topic ${t} give?`,
          '    kind: count',
          ...(unit ? [`    unit: ${unit}`] : []),
        );
        for (let c = 0; c < perSubject && made < perTopic; c += 1, made += 1) {
          const outlet = OUTLETS[(s + c) % OUTLETS.length];
          const origin = ORIGINS[c % 2 === 0 ? s % ORIGINS.length : (s + 1) % ORIGINS.length];
          const value = rng() < 0.5 ? `${Number(m[0])}` : `{ min: ${Number(m[0])} }`;
          claimLines.push(
            `  - id: ${subjectId}/c${c}`,
            `    subject: ${subjectId}`,
            `    value: ${value}`,
            `    says: Passage ${s} gives ${Number(m[0])}.`,
            `    outlet: ${scalar(outlet)}`,
            `    published: 2021-03-${String(between(rng, 10, 31)).padStart(2, '0')}`,
            `    chain: [${scalar(outlet)}, ${scalar(origin)}]`,
            '    source:',
            `      file: ${capture.file}`,
            `      quote: ${scalar(quote)}`,
            `      line: ${line}`,
          );
        }
      }
      writeFileSync(path.join(tmp, `claims/topic-${String(t).padStart(3, '0')}.yaml`), `${lines.join('\n')}\n${claimLines.join('\n')}\n`);
    }
    writeFileSync(path.join(tmp, 'seeds/sources.yaml'), `${catalog.join('\n')}\n`);
  });
  const claimFiles = readdirSync(path.join(dir, 'claims'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => `claims/${f}`);
  return { dir, claimFiles, claims: perTopic * topics, subjects: Math.ceil(perTopic / perSubject) * topics };
}

/** An empty store: a folder with an empty `claims/`. */
export function emptyStore() {
  const dir = path.join(CACHE_DIR, 'store-empty');
  mkdirSync(path.join(dir, 'claims'), { recursive: true });
  return { dir };
}

/**
 * A claim store shaped like real use: `claims` claims in 100 topic files, 10 claims per subject,
 * quoting 7 captures per 100 claims (700 for 10,000), half markdown and half plain text. About
 * one quoted sentence in five occurs twice in its capture, so `quote-ambiguous` findings spread
 * over every claim file. Markdown captures carry headings, lists, quotes and emphasis, with the
 * quoted sentences in plain paragraphs (found verbatim in the raw text, as most real quotes
 * are). Returns {dir, claimFiles, claims, subjects, captures}.
 */
export function realisticStore(claims, seed = 1) {
  const topics = 100;
  const perTopic = Math.max(1, Math.round(claims / topics));
  const perSubject = Math.min(10, perTopic);
  const subjectsPerTopic = Math.ceil(perTopic / perSubject);
  const captureCount = Math.max(2, Math.round((claims * 7) / 100));
  const dir = path.join(CACHE_DIR, `realistic-v${GENERATOR_VERSION}-${claims}-seed${seed}`);
  cached(dir, (tmp) => {
    const rng = prng(seed * 15485863 + claims);
    const sentences = seedSentences().filter((s) => /[0-9]/.test(s));
    const all = seedSentences();
    mkdirSync(path.join(tmp, 'seeds'));
    mkdirSync(path.join(tmp, 'claims'));
    const catalog = ['# Generated captures for the benchmark (realistic shape).', 'sources:'];
    const subjects = topics * subjectsPerTopic;
    const perCapture = Math.ceil(subjects / captureCount);
    let serial = 0;
    const captures = [];
    for (let c = 0; c < captureCount; c += 1) {
      const md = c % 2 === 0;
      const quotable = [];
      const paragraphs = [];
      for (let q = 0; q < perCapture; q += 1) {
        for (let filler = between(rng, 1, 3); filler > 0; filler -= 1) paragraphs.push(mdBlock(rng, all, md));
        serial += 1;
        const figure = varyFigures(rng, pick(rng, sentences)).replace(/[0-9]+/, String(10000 + serial));
        const twice = rng() < 0.2;
        paragraphs.push(figure);
        quotable.push({ sentence: figure, twice });
        if (twice) {
          paragraphs.push(mdBlock(rng, all, md));
          paragraphs.push(figure);
        }
      }
      const title = varyFigures(rng, pick(rng, all)).slice(0, 60);
      const body = paragraphs.join('\n\n');
      const text = md ? `---\ntitle: ${JSON.stringify(title)}\n---\n\n# ${title}\n\n${body}\n` : `${title}\n\n${body}\n`;
      const file = `seeds/real-${String(c).padStart(4, '0')}.${md ? 'md' : 'txt'}`;
      writeFileSync(path.join(tmp, file), text);
      catalog.push(
        `  - file: ${file}`,
        `    title: ${scalar(title)}`,
        `    site: ${pick(rng, OUTLETS)}`,
        `    published: 2021-03-${String(between(rng, 10, 31)).padStart(2, '0')}`,
        '    language: ja',
        '    encoding: utf-8',
        `    sha256: ${createHash('sha256').update(text).digest('hex')}`,
      );
      captures.push({ file, text, quotable });
    }
    let subject = 0;
    for (let t = 0; t < topics; t += 1) {
      const lines = ['# yaml-language-server: $schema=./claims.schema.json', `topic: real-${String(t).padStart(3, '0')}`, `title: Generated topic ${t} for the benchmark`, 'subjects:'];
      const claimLines = ['claims:'];
      let made = 0;
      for (let s = 0; s < subjectsPerTopic && made < perTopic; s += 1, subject += 1) {
        // Subjects take captures round-robin, so each topic file cites captures all over the store.
        const capture = captures[subject % captureCount];
        const { sentence, twice } = capture.quotable[Math.floor(subject / captureCount) % capture.quotable.length];
        const m = /[0-9]+/.exec(sentence);
        const start = Math.max(0, m.index - between(rng, 6, 16));
        const quote = sentence.slice(start, Math.min(sentence.length, m.index + m[0].length + between(rng, 4, 14)));
        const at = capture.text.indexOf(quote);
        if (at < 0) throw new Error(`generator: quote not in ${capture.file}: ${quote}`);
        if (!twice && at !== capture.text.lastIndexOf(quote)) throw new Error(`generator: quote not unique in ${capture.file}: ${quote}`);
        const line = capture.text.slice(0, at).split('\n').length;
        const unit = UNITS[sentence[m.index + m[0].length]];
        const subjectId = `r${t}-s${String(s).padStart(4, '0')}`;
        lines.push(`  - id: ${subjectId}`, `    question: What figure does passage ${s} of topic ${t} give?`, '    kind: count', ...(unit ? [`    unit: ${unit}`] : []));
        for (let c = 0; c < perSubject && made < perTopic; c += 1, made += 1) {
          const outlet = OUTLETS[(s + c) % OUTLETS.length];
          const origin = ORIGINS[c % 2 === 0 ? s % ORIGINS.length : (s + 1) % ORIGINS.length];
          const value = rng() < 0.5 ? `${Number(m[0])}` : `{ min: ${Number(m[0])} }`;
          claimLines.push(
            `  - id: ${subjectId}/c${c}`,
            `    subject: ${subjectId}`,
            `    value: ${value}`,
            `    says: Passage ${s} gives ${Number(m[0])}.`,
            `    outlet: ${scalar(outlet)}`,
            `    published: 2021-03-${String(between(rng, 10, 31)).padStart(2, '0')}`,
            `    chain: [${scalar(outlet)}, ${scalar(origin)}]`,
            '    source:',
            `      file: ${capture.file}`,
            `      quote: ${scalar(quote)}`,
            `      line: ${line}`,
          );
        }
      }
      writeFileSync(path.join(tmp, `claims/topic-${String(t).padStart(3, '0')}.yaml`), `${lines.join('\n')}\n${claimLines.join('\n')}\n`);
    }
    writeFileSync(path.join(tmp, 'seeds/sources.yaml'), `${catalog.join('\n')}\n`);
  });
  const claimFiles = readdirSync(path.join(dir, 'claims'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => `claims/${f}`);
  return { dir, claimFiles, claims: perTopic * topics, subjects: subjectsPerTopic * topics, captures: captureCount };
}

/** A filler block of recombined sentences: in markdown, sometimes a heading, list, quote or emphasis. */
function mdBlock(rng, sentences, md) {
  const count = between(rng, 1, 4);
  const parts = [];
  for (let i = 0; i < count; i += 1) parts.push(varyFigures(rng, pick(rng, sentences)));
  if (!md) return parts.join('');
  const roll = rng();
  if (roll < 0.1) return `## ${parts[0].slice(0, 40)}`;
  if (roll < 0.2) return `- ${parts.join('\n- ')}`;
  if (roll < 0.25) return `> ${parts.join('')}`;
  if (roll < 0.35) return `**${parts[0]}**${parts.slice(1).join('')}`;
  return parts.join('');
}
