import { describe, expect, it } from 'vitest';
import { globalOf } from '../../src/util/regexp.js';

describe('globalOf', () => {
  it('makes the global form once per expression and flags, reset for a fresh loop', () => {
    const pattern = /a(b)?/;
    const re = globalOf(pattern, 'gu');
    expect(re.flags).toBe('gu');
    expect(re.source).toBe(pattern.source);
    re.exec('xab');
    expect(re.lastIndex).toBe(3);
    const again = globalOf(pattern, 'gu');
    expect(again).toBe(re);
    expect(again.lastIndex).toBe(0);
    expect(globalOf(pattern, 'gi')).not.toBe(re);
  });
});
