import { createRequire } from 'node:module';
import type EncodingJapanese from 'encoding-japanese';
import { firstInvalidOffset } from '../util/strict-decode.js';

/**
 * encoding-japanese (about 150 KiB with its tables) is loaded on the first capture that is not
 * UTF-8, so commands on UTF-8 repositories do not pay for it at start-up.
 */
let encodingJapanese: typeof EncodingJapanese | undefined;
function japanese(): typeof EncodingJapanese {
  encodingJapanese ??= createRequire(import.meta.url)('encoding-japanese') as typeof EncodingJapanese;
  return encodingJapanese;
}

/** Encodings a capture may be in. */
export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'euc-jp';

/** A decoded capture. */
export interface Decoded {
  /** The text, without a byte-order mark, with line endings as in the file. */
  readonly text: string;
  readonly encoding: SourceEncoding;
  /** Where the bytes are not valid in the encoding read: the offset in `text` of the first U+FFFD they produced, if any. */
  readonly invalidAt: number | undefined;
}

/** The legacy encodings a capture that is not UTF-8 is tried in. */
const LEGACY: readonly SourceEncoding[] = ['shift_jis', 'euc-jp'];

/**
 * Decode a capture's bytes: UTF-8 (with or without BOM) and UTF-16 with BOM directly. Bytes
 * that are not valid UTF-8 are decoded in each of UTF-8, Shift_JIS and EUC-JP and read in the
 * one with the fewest undecodable bytes, so a few bad bytes do not turn a Shift_JIS page into
 * UTF-8 (UTF-8 wins a tie; between the two legacy encodings, encoding-japanese's detection over
 * the whole file does). Text in the wrong encoding fails on nearly every character. The
 * first undecodable byte's place is `invalidAt`, found by real decoding (a literal U+FFFD in a
 * valid file is no fault).
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return withDecoder('utf-8', bytes.subarray(3), 'utf-8-bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return withDecoder('utf-16le', bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return withDecoder('utf-16be', bytes.subarray(2), 'utf-16be');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', invalidAt: undefined };
  } catch {
    // Not UTF-8 throughout: weigh the encodings.
  }
  const utf8 = withDecoder('utf-8', bytes, 'utf-8');
  const utf8Faults = faults(utf8.text);
  const legacy = LEGACY.map((encoding) => withDecoder(encoding, bytes, encoding)).map((decoded) => ({ decoded, faults: faults(decoded.text) }));
  const [a, b] = legacy as [(typeof legacy)[number], (typeof legacy)[number]];
  const best = a.faults < b.faults ? a : b.faults < a.faults ? b : japanese().detect(bytes, ['SJIS', 'EUCJP']) === 'EUCJP' ? b : a;
  return utf8Faults <= best.faults ? utf8 : best.decoded;
}

/** How many U+FFFD a decoding produced. */
function faults(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) count++;
  return count;
}

function withDecoder(label: string, bytes: Uint8Array, encoding: SourceEncoding): Decoded {
  const text = new TextDecoder(label).decode(bytes);
  const invalidAt = text.includes('\uFFFD') ? firstInvalidOffset(label, bytes) : undefined;
  return { text, encoding, invalidAt };
}
