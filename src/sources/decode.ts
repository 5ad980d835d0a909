import { createRequire } from 'node:module';
import type EncodingJapanese from 'encoding-japanese';

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
  /** Where the bytes are not valid in the detected encoding: first offset in `text` of a U+FFFD it produced, if any. */
  readonly invalidAt: number | undefined;
}

/** How much of a file `detect` looks at to tell Shift_JIS from EUC-JP. */
const SAMPLE = 256 * 1024;

/**
 * Decode a capture's bytes: UTF-8 (with or without BOM) and UTF-16 with BOM directly;
 * otherwise Shift_JIS or EUC-JP as encoding-japanese detects them on a sample, decoded by the
 * platform's TextDecoder (fast on large files). Bytes that are invalid everywhere decode as
 * UTF-8 with U+FFFD and `invalidAt` set, so the caller can name the place.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return utf8(bytes.subarray(3), 'utf-8-bom');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return withDecoder('utf-16le', bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return withDecoder('utf-16be', bytes.subarray(2), 'utf-16be');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', invalidAt: undefined };
  } catch {
    // Not UTF-8: try the Japanese legacy encodings.
  }
  const sample = bytes.subarray(0, SAMPLE);
  const detected = japanese().detect(sample, ['SJIS', 'EUCJP']);
  const order: SourceEncoding[] = detected === 'EUCJP' ? ['euc-jp', 'shift_jis'] : ['shift_jis', 'euc-jp'];
  for (const encoding of order) {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding, invalidAt: undefined };
    } catch {
      // try the next one
    }
  }
  if (detected === 'SJIS' || detected === 'EUCJP') {
    return withDecoder(detected === 'SJIS' ? 'shift_jis' : 'euc-jp', bytes, detected === 'SJIS' ? 'shift_jis' : 'euc-jp');
  }
  return utf8(bytes, 'utf-8');
}

function utf8(bytes: Uint8Array, encoding: SourceEncoding): Decoded {
  return withDecoder('utf-8', bytes, encoding);
}

function withDecoder(label: string, bytes: Uint8Array, encoding: SourceEncoding): Decoded {
  const text = new TextDecoder(label).decode(bytes);
  const bad = text.indexOf('\uFFFD');
  return { text, encoding, invalidAt: bad >= 0 ? bad : undefined };
}
