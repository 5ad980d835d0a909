import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, removeDir, runCli, tempCopy } from '../helpers/cli.js';

/**
 * Attribution as the grammar says it, through the built CLI over pages written for it
 * (test/fixtures/extract/attribution, no sources.yaml): an English wire story with its dateline
 * and every form of `said`, a Japanese story whose 同庁 / 同局 / 同社 point back to what they
 * name, past events named for comparison, and English pages whose outlet only their byline or
 * their own reporting names.
 */

interface JsonCandidate {
  readonly figure: string;
  readonly outlet: string;
  readonly chain: string[];
  readonly confidence: number;
  readonly source: { file: string; quote: string; line: number };
}

const dir = tempCopy(path.join(FIXTURES, 'extract/attribution'));
afterAll(() => removeDir(dir));

function extract(): JsonCandidate[] {
  const result = runCli(['extract', 'seeds', '--format', 'json'], { cwd: dir });
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { candidates: JsonCandidate[] }).candidates;
}

const all = extract();
const one = (file: string, figure: string): JsonCandidate => {
  const found = all.filter((c) => c.source.file === `seeds/${file}` && c.figure === figure);
  expect(found, `${file}: ${figure}`).toHaveLength(1);
  return found[0]!;
};
const origin = (file: string, figure: string): string | undefined => one(file, figure).chain.at(-1);

describe('English attribution, by its grammar', () => {
  it('a sentence ending `, the coast guard said` credits a lower-case source', () => {
    expect(one('harbor-wire.txt', 'At least 12 people')).toMatchObject({ outlet: 'Pacific Wire', chain: ['Pacific Wire', 'coast guard'] });
  });

  it('by X’s count, the city’s figure of, the mayor’s estimate: each possessive credits its own figure', () => {
    expect(origin('harbor-wire.txt', '41 passengers')).toBe('coast guard');
    expect(origin('harbor-wire.txt', '500 homes')).toBe('Mayor Ken Sato');
    expect(origin('harbor-wire.txt', '350 homes')).toBe('city');
  });

  it('X estimated, X told reporters, officials said', () => {
    expect(origin('harbor-wire.txt', '$40 million')).toBe('Harbor Authority');
    expect(origin('harbor-wire.txt', '200 volunteers')).toBe('Mayor Ken Sato');
    expect(origin('harbor-wire.txt', '3 ships')).toBe('Officials');
  });

  it('a spokesperson for X, and X, a spokesman for Y, said: the organisation spoken for', () => {
    expect(origin('harbor-wire.txt', '18 crew members')).toBe('Minato Ferry Company');
    expect(origin('harbor-wire.txt', '7 ports')).toBe('Harbor Authority');
  });

  it('the agency, the company point back to the organisation of that kind named last', () => {
    expect(origin('harbor-wire.txt', '230 people')).toBe('coast guard');
    expect(origin('harbor-wire.txt', '30 years')).toBe('Minato Ferry Company');
  });

  it('“…,” said X after a quotation; according to X; figures released by X', () => {
    expect(origin('harbor-wire.txt', '9 bodies')).toBe('Inspector Aya Mori');
    expect(origin('harbor-wire.txt', '4 meters')).toBe('coast guard');
    expect(one('byline-chronicle.txt', '40 flights').chain).toContain('transport ministry');
  });

  it('she said: the person named last; according to port records released Monday; a press release from X', () => {
    expect(origin('harbor-wire.txt', '80')).toBe('Inspector Aya Mori');
    expect(origin('harbor-wire.txt', '2 safety inspections')).toBe('port records');
    expect(origin('harbor-wire.txt', '28 years ago')).toBe('Minato Ferry Company');
  });

  it('a spokeswoman for X in a place speaks for X; residents of a place are the residents, not the place', () => {
    expect(origin('relay-wire.txt', 'three semesters')).toBe('Seaview College');
    expect(origin('relay-wire.txt', '4 trucks')).toBe('residents of Bayside');
  });

  it('X asserted …, according to an outlet: the outlet passes on what X said, so X is the origin', () => {
    expect(one('relay-wire.txt', '120 jobs')).toMatchObject({ outlet: 'Coastal Times', chain: ['Pacific Wire', 'Coastal Times', 'governor'] });
  });

  it('a clause setting the scene before the subject (As divers searched …,) is not the subject’s word', () => {
    expect(one('harbor-wire.txt', '11 hours').chain).toEqual(['Pacific Wire']);
  });

  it('a source the outlet reports to is the origin, the outlet stays the page’s', () => {
    expect(one('report-17.txt', '60 ships')).toMatchObject({ outlet: 'The Coastal Times', chain: ['The Coastal Times', 'port official'] });
    expect(origin('report-17.txt', '6 weeks')).toBe('official');
  });
});

describe('同庁, 同局, 同社: the organisation of that type named last', () => {
  it('同庁 is the agency the story named before, not a bare 庁', () => {
    expect(one('minato-quake.txt', '約10キロ').chain).toEqual(['みなと新報', '気象庁']);
  });

  it('同局 and 同社 point back to the bureau and the company', () => {
    expect(origin('minato-quake.txt', '15台')).toBe('みなと市消防局');
    expect(origin('minato-quake.txt', '約800人')).toBe('湾岸フェリー株式会社');
  });
});

describe('Japanese: what a sentence’s topic announced, and where Xによると stops', () => {
  it('Xは…を発表した credits its topic', () => {
    expect(origin('minato-quake.txt', '計20便')).toBe('湾岸バス');
  });

  it('Xによると does not reach into the next sentence that credits its own source', () => {
    expect(origin('minato-quake.txt', '5回')).toBe('気象庁');
    expect(one('minato-quake.txt', '8カ所').chain).toEqual(['みなと新報', 'みなと市']);
  });

  it('the byline opening the page is its outlet past a heading further down', () => {
    expect(one('minato-quake.txt', '計20便').outlet).toBe('みなと新報');
  });

  it('a photo caption closed by its credit and a photo-special link stay below 0.5', () => {
    expect(one('minato-quake.txt', '2026年3月4日').confidence).toBeLessThan(0.5);
    expect(one('minato-quake.txt', '3隻').confidence).toBeLessThan(0.5);
  });
});

describe('a figure about another event than the story’s stays below 0.5', () => {
  it('2016年の熊本地震では… : the past quake and its toll', () => {
    expect(one('minato-quake.txt', '50人').confidence).toBeLessThan(0.5);
    expect(one('minato-quake.txt', '2016年').confidence).toBeLessThan(0.5);
  });

  it('the story measured against the past keeps its own claim (以来の強さ, the worst since)', () => {
    expect(one('minato-quake.txt', '2011年').confidence).toBeGreaterThanOrEqual(0.5);
    expect(one('harbor-wire.txt', 'since the 2014').confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('the 2014 sinking, which killed …; 15 years after the storm that flooded …', () => {
    expect(one('harbor-wire.txt', '304 people').confidence).toBeLessThan(0.5);
    expect(one('harbor-wire.txt', '2,000 homes').confidence).toBeLessThan(0.5);
  });
});

describe('an English page’s outlet, read from the page', () => {
  it('the wire of its dateline is the outlet of the whole page, its headline included', () => {
    expect(one('harbor-wire.txt', '41 missing')).toMatchObject({ outlet: 'Pacific Wire', chain: ['Pacific Wire'] });
  });

  it('a byline naming its outlet: By Jane Doe, The Bay Chronicle', () => {
    expect(one('byline-chronicle.txt', 'Thursday')).toMatchObject({ outlet: 'The Bay Chronicle', chain: ['The Bay Chronicle'] });
  });

  it('the outlet its own reporting names twice (told X, X has learned), the file name naming none', () => {
    expect(one('report-17.txt', '14 cranes')).toMatchObject({ outlet: 'The Coastal Times', chain: ['The Coastal Times'] });
  });

  it('an outlet told something once may be another paper’s interview the page cites: not the page’s outlet', () => {
    expect(one('interview-9.txt', '5 ports').outlet).not.toBe('The Harbor Post');
  });
});
