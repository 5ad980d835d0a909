import { describe, expect, it } from 'vitest';
import { isoOffset, readTimeOfDay } from '../../src/lang/calendar.js';
import { revisionOrder } from '../../src/lang/updates.js';

describe('times of day (one reader, src/lang/calendar)', () => {
  it.each([
    ['午後10時', 22, 0],
    ['午前0時半', 0, 30],
    ['午前12時', 0, 0],
    ['午後12時', 12, 0],
    ['22時15分', 22, 15],
    ['午後十時', 22, 0],
    ['二十三時四十分', 23, 40],
    ['午前零時半', 0, 30],
    ['9時', 9, 0],
    ['10 p.m.', 22, 0],
    ['12 a.m.', 0, 0],
    ['10:30 a.m.', 10, 30],
    ['7pm', 19, 0],
    ['22:15', 22, 15],
    ['正午', 12, 0],
    ['noon', 12, 0],
    ['midnight', 0, 0],
  ])('%s is %i:%i', (text, hour, minute) => {
    expect(readTimeOfDay(text)).toMatchObject({ hour, minute });
  });

  it('reads the zone written after the time', () => {
    expect(readTimeOfDay('11:50 p.m. JST')).toMatchObject({ hour: 23, minute: 50, offset: 540 });
    expect(readTimeOfDay('10 a.m. (ET)')).toMatchObject({ hour: 10, offset: -300 });
    expect(readTimeOfDay('10 a.m. Tuesday')).not.toHaveProperty('offset');
  });

  it('is no time for hours and minutes out of range, a.m. on 13, or no time at all', () => {
    for (const text of ['25時', '13 p.m.', '10:75', 'ten', '3人']) expect(readTimeOfDay(text), text).toBeUndefined();
  });

  it('writes offsets as ISO 8601', () => {
    expect([isoOffset(540), isoOffset(-300), isoOffset(0), isoOffset(330)]).toEqual(['+09:00', '-05:00', 'Z', '+05:30']);
  });
});

describe('words of revisions (src/lang/updates)', () => {
  it('tells a correction from a first word and from neither', () => {
    expect(['けが人を14人と訂正しました', '実際には震度3', 'the toll rose to 14', 'later revised', '当初17人と発表', 'initially put at 17', 'けが人は17人', 'a revisionist view'].map(revisionOrder)).toEqual([1, 1, 1, 1, -1, -1, 0, 0]);
  });
});
