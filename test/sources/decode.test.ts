import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/sources/decode.js';
import { LineIndex } from '../../src/sources/line-index.js';

const TEXT = '中日新聞によると、四人は少なくとも三十二回アクセスしていた。\r\n二行目：３２回\r\n';

function legacy(text: string, to: 'SJIS' | 'EUCJP'): Uint8Array {
  return Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to, from: 'UNICODE' }));
}

describe('decode', () => {
  it.each([
    ['utf-8', Buffer.from(TEXT)],
    ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()])],
    ['shift_jis', legacy(TEXT, 'SJIS')],
    ['euc-jp', legacy(TEXT, 'EUCJP')],
  ] as const)('decodes %s to the same text, without a byte-order mark, line ends kept', (encoding, bytes) => {
    const decoded = decode(bytes);
    expect(decoded).toEqual({ text: TEXT, encoding, invalidAt: undefined });
  });

  it('tells Shift_JIS from EUC-JP on short texts too', () => {
    expect(decode(legacy('三十二回', 'SJIS')).encoding).toBe('shift_jis');
    expect(decode(legacy('三十二回', 'EUCJP')).encoding).toBe('euc-jp');
  });

  it('marks where bytes are invalid instead of failing', () => {
    const bytes = Buffer.concat([Buffer.from('正しい\n'), Buffer.from([0xff, 0xff, 0xff]), Buffer.from('\n続き')]);
    const decoded = decode(bytes);
    expect(decoded.invalidAt).toBeDefined();
    expect(new LineIndex(decoded.text).pointAt(decoded.invalidAt!)).toMatchObject({ line: 2, column: 1 });
  });
});

describe('LineIndex', () => {
  it.each([
    ['LF', 'a\nbc\nd'],
    ['CRLF', 'a\r\nbc\r\nd'],
    ['CR', 'a\rbc\rd'],
  ])('counts %s lines and UTF-16 columns', (_, text) => {
    const lines = new LineIndex(text);
    expect(lines.lineCount).toBe(3);
    expect(lines.pointAt(text.indexOf('c'))).toMatchObject({ line: 2, column: 2 });
    expect(lines.pointAt(text.indexOf('d'))).toMatchObject({ line: 3, column: 1 });
    expect(lines.lineStart(2)).toBe(text.indexOf('b'));
  });
});
