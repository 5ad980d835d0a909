import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../src/anchor/anchor.js';
import { deprecateClaim, editYamlText, setResolution } from '../../src/claims/edit.js';
import { parseTopic } from '../../src/claims/parse-topic.js';
import { intersect, interval, overlaps, relate } from '../../src/compare/interval.js';
import { parseKanjiNumeral } from '../../src/lang/numerals.js';
import { parseAmount } from '../../src/compare/numbers.js';
import type { ClaimResult, Interval, Reading } from '../../src/compare/types.js';
import { decideVerdict, relateReadings } from '../../src/compare/verdict.js';
import { parseEnglishNumber } from '../../src/lang/english-numbers.js';
import { parseJapaneseNumber, parseKanjiInteger } from '../../src/lang/numerals.js';
import { LineIndex } from '../../src/sources/line-index.js';
import { toTerminalSafe } from '../../src/util/terminal-safe.js';

/** Fixed seed and a small budget: every property runs in well under two seconds. */
const RUN = { seed: 20_210_317, numRuns: 300 } as const;

/** Characters that make numerals, units, qualifiers and YAML interesting, plus anything at all. */
const NUMERAL_CHARS = [...'0123456789０１２３４５６７８９〇零一壱二弐三参四五六七八九十拾百千阡万萬億兆,.，．・%％割分厘約少なくとも以上以下未満超回人件円万億 -+eE'];
/** Words of the number and unit tables, and names every plain object inherits. */
const WORDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'thirty', 'two', 'hundred', 'million', 'dozen', 'people', 'times', 'percent', '%', 'about', 'at', 'least', 'March', '万人', '32', '三十二', '-', 'and'];
const numeralText = fc.oneof(
  fc.string(),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }).map((w) => w.join(' ')),
  fc.string({ unit: fc.constantFrom(...NUMERAL_CHARS), maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

describe('fuzzing (fast-check, fixed seed)', () => {
  it('numeral parsers: any string in, a number (or bigint) or undefined out, never a throw', () => {
    fc.assert(
      fc.property(numeralText, (text) => {
        for (const parse of [parseJapaneseNumber, parseEnglishNumber, parseKanjiNumeral]) {
          const value = parse(text);
          expect(value === undefined || (typeof value === 'number' && !Number.isNaN(value))).toBe(true);
        }
        const big = parseKanjiInteger(text);
        expect(big === undefined || typeof big === 'bigint').toBe(true);
      }),
      RUN,
    );
  });

  it('parseAmount: any string in, an amount or an error out, never a throw', () => {
    fc.assert(
      fc.property(numeralText, (text) => {
        const result = parseAmount(text);
        if ('error' in result) expect(typeof result.error).toBe('string');
        else expect(Number.isNaN(result.value)).toBe(false);
      }),
      RUN,
    );
  });

  const bound = fc.oneof(fc.integer({ min: -20, max: 20 }), fc.constantFrom(-Infinity, Infinity, 0.5, -0.5, 1e-9));
  const anInterval = fc
    .tuple(bound, bound, fc.boolean(), fc.boolean())
    .map(([a, b, loOpen, hiOpen]) => interval(Math.min(a, b), Math.max(a, b), loOpen, hiOpen))
    .filter((i): i is Interval => i !== undefined);
  /** True when `n` is in `i`. */
  const holds = (i: Interval, n: number) => (i.loOpen ? n > i.lo : n >= i.lo) && (i.hiOpen ? n < i.hi : n <= i.hi);
  const probes = [-Infinity, -21, -20, -10.5, -1, -0.5, 0, 1e-9, 0.5, 1, 2, 10.5, 20, 21, Infinity, ...Array.from({ length: 41 }, (_, k) => k - 20)];

  it('interval algebra: overlap and relation are symmetric, the intersection lies within both', () => {
    fc.assert(
      fc.property(anInterval, anInterval, (a, b) => {
        expect(overlaps(a, b)).toBe(overlaps(b, a));
        expect(relate(a, b)).toBe(relate(b, a));
        expect(relate(a, a)).toBe('same');
        const both = intersect(a, b);
        expect(both !== undefined).toBe(overlaps(a, b));
        if (both) {
          for (const n of [...probes, both.lo, both.hi, (both.lo + both.hi) / 2]) {
            if (holds(both, n)) expect(holds(a, n) && holds(b, n)).toBe(true);
          }
        }
      }),
      RUN,
    );
  });

  it('verdicts: grouping by value gives the same pairs and groups as relating every pair of claims', () => {
    const reading: fc.Arbitrary<Reading> = fc.oneof(
      anInterval.map((i) => ({ type: 'interval' as const, interval: i })),
      fc.constantFrom('大連', '上海').map((key) => ({ type: 'text' as const, key })),
      fc.boolean().map((value) => ({ type: 'boolean' as const, value })),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(reading, fc.boolean()), { maxLength: 12 }), (entries) => {
        const claims = entries.map(
          ([r, votes], i) => ({ loaded: { claim: { id: `c${i}` } }, reading: r, display: JSON.stringify(r), votes }) as unknown as ClaimResult,
        );
        const voting = claims.filter((c) => c.votes && c.reading);
        const conflicts: string[][] = [];
        const differences: string[][] = [];
        for (let i = 0; i < voting.length; i++) {
          for (let j = i + 1; j < voting.length; j++) {
            const relation = relateReadings(voting[i]!.reading!, voting[j]!.reading!);
            const pair = [voting[i]!.loaded.claim.id, voting[j]!.loaded.claim.id];
            if (relation === 'disjoint') conflicts.push(pair);
            else if (relation === 'overlap') differences.push(pair);
          }
        }
        const result = decideVerdict(claims);
        expect(result.conflicts).toEqual(conflicts);
        expect(result.differences).toEqual(differences);
        expect(result.conflictCount).toBe(conflicts.length);
        expect(result.differenceCount).toBe(differences.length);
        claims.forEach((claim, k) => {
          const id = claim.loaded.claim.id;
          expect(result.partners[k]).toEqual({
            conflicts: conflicts.filter((p) => p.includes(id)).length,
            differences: differences.filter((p) => p.includes(id)).length,
          });
        });
        // A shorter list is the head of the whole one, the counts unchanged.
        const short = decideVerdict(claims, 3);
        expect(short.conflicts).toEqual(conflicts.slice(0, 3));
        expect(short.differences).toEqual(differences.slice(0, 3));
        expect(short.conflictCount).toBe(conflicts.length);
        expect(result.verdict).toBe(conflicts.length > 0 ? 'conflict' : differences.length > 0 ? 'differ' : 'agree');
        expect(result.groups.flatMap((g) => g.claimIds).sort()).toEqual(voting.map((c) => c.loaded.claim.id).sort());
      }),
      RUN,
    );
  });

  /** Text that is often almost a claim file, sometimes anything. */
  const YAML_BITS = ['topic: t\n', 'subjects:\n', 'claims:\n', '  - id: a\n', '    value: ', '{min: 3', '}', '[', ']', '&a ', '*a', '!!str ', '? ', ': ', '- ', '"', "'", '#', '\t', '\r\n', '\n', ' ', '|', '>-', '---\n', '%YAML 1.2\n', '\uFEFF', '\u0000', '32', '三十二', 'null', '~'];
  const yamlish = fc.oneof(fc.array(fc.constantFrom(...YAML_BITS), { maxLength: 40 }).map((bits) => bits.join('')), fc.string({ unit: 'binary', maxLength: 200 }));

  it('the loader: any text in, a topic and findings out, never a throw; every finding at line ≥ 1, column ≥ 1', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        const { topic, findings } = parseTopic('claims/fuzz.yaml', text);
        expect(topic.file).toBe('claims/fuzz.yaml');
        for (const finding of findings) {
          expect(finding.line ?? 0).toBeGreaterThanOrEqual(1);
          expect(finding.column ?? 0).toBeGreaterThanOrEqual(1);
          expect(typeof finding.reason).toBe('string');
        }
      }),
      { ...RUN, numRuns: 400 },
    );
  });

  it('the YAML round trip: an edit changes its node only; every other node reads back identical', () => {
    const subject = (i: number) => `  - id: s${i}\n    question: "Q${i}?"   # comment ${i}\n    kind: count\n`;
    const claim = (i: number, s: number) => `  - id: c${i}\n    subject: s${s}\n    value: {min: ${i}}\n    outlet: O${i}\n    chain: [O${i}, X]\n`;
    const file = fc
      .record({ subjects: fc.integer({ min: 1, max: 4 }), claims: fc.integer({ min: 1, max: 5 }), crlf: fc.boolean(), bom: fc.boolean() })
      .map(({ subjects, claims, crlf, bom }) => {
        const text = `# top\ntopic: t\nsubjects:\n${Array.from({ length: subjects }, (_, i) => subject(i)).join('')}claims:\n${Array.from({ length: claims }, (_, i) => claim(i, i % subjects)).join('')}`;
        return { text: `${bom ? '\uFEFF' : ''}${crlf ? text.replace(/\n/g, '\r\n') : text}`, subjects, claims };
      });
    const note = fc.string({ maxLength: 30 });
    fc.assert(
      fc.property(file, fc.nat(), fc.nat(), note, fc.constantFrom('open', 'resolved', 'disputed'), (f, s, c, words, status) => {
        const subjectId = `s${s % f.subjects}`;
        const claimId = `c${c % f.claims}`;
        const after = editYamlText(f.text, (doc) => {
          setResolution(doc, subjectId, { status: status as 'open', note: words });
          deprecateClaim(doc, claimId, words);
        });
        const read = (text: string) => parseDocument(text.replace(/^\uFEFF/, '')).toJS() as { subjects: Array<Record<string, unknown>>; claims: Array<Record<string, unknown>> };
        const before = read(f.text);
        const edited = read(after);
        const si = s % f.subjects;
        const ci = c % f.claims;
        // The edited nodes say what the edit said …
        expect((edited.subjects[si]!['resolution'] as { status: string }).status).toBe(status);
        expect(edited.claims[ci]!['rank']).toBe('deprecated');
        // … and everything else is as it was.
        const { resolution: _r, ...subjectRest } = edited.subjects[si]!;
        const { rank: _k, reason: _e, ...claimRest } = edited.claims[ci]!;
        expect(subjectRest).toEqual(before.subjects[si]);
        expect(claimRest).toEqual(before.claims[ci]);
        expect(edited.subjects.filter((_, i) => i !== si)).toEqual(before.subjects.filter((_, i) => i !== si));
        expect(edited.claims.filter((_, i) => i !== ci)).toEqual(before.claims.filter((_, i) => i !== ci));
        // Comments, the BOM and the line ends survive.
        for (const comment of f.text.match(/#[^\r\n]*/g) ?? []) expect(after).toContain(comment);
        expect(after.startsWith('\uFEFF')).toBe(f.text.startsWith('\uFEFF'));
        expect(after.includes('\r\n')).toBe(f.text.includes('\r\n'));
        expect(parseTopic('claims/t.yaml', after).findings.filter((x) => x.ruleId === 'yaml-syntax')).toEqual([]);
      }),
      { ...RUN, numRuns: 30 },
    );
  });

  it('anchoring: any capture and quote in, a result out, never a throw; an exact match is the quote', () => {
    const piece = fc.oneof(fc.constantFrom('四人', '三十二回', '32回', 'アクセス', '。', '\n', '\r\n', ' ', 'あわせて', '少なくとも', 'a'), fc.string({ maxLength: 3 }));
    const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));
    const quote = fc.oneof(fc.array(piece, { maxLength: 6 }).map((p) => p.join('')), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(text, quote, fc.option(fc.string({ maxLength: 4 })), fc.option(fc.string({ maxLength: 4 })), (capture, q, prefix, suffix) => {
        const result = anchorQuote({ text: capture, lines: new LineIndex(capture) }, { quote: q, prefix: prefix ?? undefined, suffix: suffix ?? undefined });
        if (result.kind === 'not-found') return;
        expect(0 <= result.start && result.start <= result.end && result.end <= capture.length).toBe(true);
        if (result.kind === 'exact' || result.kind === 'ambiguous') expect(capture.slice(result.start, result.end)).toBe(q);
      }),
      RUN,
    );
  });

  it('toTerminalSafe: no C0 but LF, no DEL or C1, no bidi control; idempotent', () => {
    const hostile = fc.constantFrom('\u001b[31m', '\u001b]0;t\u0007', '\u001b]8;;u\u001b\\', '\u001bP', '\u009b', '\u009d', '\u0007', '\b', '\r', '\r\n', '\t', '\u202e', '\u2066', '\u200f', '\u061c', '\u001b', '\u001b\\', '\u009c', 'a', '字', '\n');
    const text = fc.oneof(fc.array(fc.oneof(hostile, fc.string({ maxLength: 3 })), { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 60 }));
    fc.assert(
      fc.property(text, fc.boolean(), (input, singleLine) => {
        const safe = toTerminalSafe(input, { singleLine });
        expect(safe).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
        if (singleLine) expect(safe).not.toContain('\n');
        expect(toTerminalSafe(safe, { singleLine })).toBe(safe);
      }),
      { ...RUN, numRuns: 1000 },
    );
  });
});
