/**
 * Where bytes stop being valid in an encoding, found by real decoding (a fatal TextDecoder), never
 * by looking for U+FFFD in the decoded text: a file may hold a literal U+FFFD (EF BF BD in UTF-8)
 * and still be valid, or hold one and invalid bytes later.
 */

/** How many bytes the first pass decodes at a time. */
const CHUNK = 1 << 16;

/**
 * The offset in the (non-fatally) decoded text of the first U+FFFD that invalid bytes produce,
 * or undefined when `bytes` are valid `label` (`utf-8`, `shift_jis`, `euc-jp`, …). One streaming
 * pass finds the chunk that fails; a binary search over prefixes then finds the longest valid
 * one, so the cost is a few decodings of the bytes before the fault.
 */
export function firstInvalidOffset(label: string, bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder(label, { fatal: true });
  let failedBefore = -1;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    try {
      decoder.decode(bytes.subarray(at, at + CHUNK), { stream: true });
    } catch {
      failedBefore = Math.min(bytes.length, at + CHUNK);
      break;
    }
  }
  if (failedBefore < 0) {
    try {
      decoder.decode(); // an incomplete character at the very end
      return undefined;
    } catch {
      failedBefore = bytes.length;
    }
  }
  // The longest prefix that decodes (a character cut at its end is not yet a fault).
  let lo = Math.max(0, failedBefore - CHUNK - 8);
  let hi = failedBefore;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (validPrefix(label, bytes, mid)) lo = mid;
    else hi = mid - 1;
  }
  return new TextDecoder(label).decode(bytes.subarray(0, lo), { stream: true }).length;
}

function validPrefix(label: string, bytes: Uint8Array, length: number): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** A text decoded from UTF-8, and where its bytes are not UTF-8 (1-based line and column), if anywhere. */
export interface StrictUtf8 {
  /** The text, a byte-order mark removed; invalid bytes as U+FFFD. */
  readonly text: string;
  readonly invalid: { readonly offset: number; readonly line: number; readonly column: number } | undefined;
}

/** Decode UTF-8 (a file the program reads as YAML), naming the place of the first invalid byte. */
export function decodeUtf8Strict(bytes: Uint8Array): StrictUtf8 {
  const text = new TextDecoder('utf-8').decode(bytes);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const offset = firstInvalidOffset('utf-8', bytes.subarray(bom));
  if (offset === undefined) return { text, invalid: undefined };
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { text, invalid: { offset, line, column: offset - lineStart + 1 } };
}
