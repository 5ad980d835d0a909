/**
 * The one quick hash of the program: 32-bit FNV-1a over the UTF-16 code units of `text[from, to)`,
 * leaving out the code units `skip` says (white space, for the identity of a paragraph). Not
 * cryptographic: file contents are hashed with SHA-256 where a change must be detected.
 */
export function fnv1a(text: string, from = 0, to = text.length, skip?: (code: number) => boolean): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (skip?.(c)) continue;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
