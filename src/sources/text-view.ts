/**
 * A derived text of a capture (the text content of an HTML page, the prose of a markdown file)
 * that remembers where each piece came from, so a quote found in it is reported at the capture's
 * own line and column.
 */
export interface TextView {
  readonly text: string;
  /** The file offset of a view offset. */
  toFileOffset(offset: number): number;
  /**
   * The part of `start`…`end` that the file writes verbatim around `mustStart`…`mustEnd` (a
   * figure): the range itself when it lies in one piece the file writes exactly so (no entities
   * or escapes), else the part of it in the figure's piece, or undefined when the figure itself
   * is not written verbatim.
   */
  verbatimRange(start: number, end: number, mustStart: number, mustEnd: number): { start: number; end: number } | undefined;
}

/** A piece of a view: a run of text and the span of the file it was read from. */
export interface ViewPiece {
  readonly value: string;
  readonly fileStart: number;
  readonly fileEnd: number;
}

/**
 * Join pieces into a view. Within a piece whose text is as long as its span of the file (no
 * entities or escapes), offsets map one to one; otherwise to the piece's start or end. With the
 * file's text, a piece is verbatim when the file writes exactly its value.
 */
export function buildTextView(pieces: readonly ViewPiece[], fileText?: string): TextView {
  const starts: number[] = [];
  const verbatim: boolean[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    starts.push(length);
    parts.push(piece.value);
    length += piece.value.length;
    verbatim.push(fileText !== undefined && piece.value.length > 0 && fileText.slice(piece.fileStart, piece.fileEnd) === piece.value);
  }
  const text = parts.join('');
  const find = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    text,
    toFileOffset(offset: number): number {
      if (pieces.length === 0) return 0;
      const k = find(offset);
      const piece = pieces[k]!;
      const within = offset - starts[k]!;
      if (piece.fileEnd - piece.fileStart === piece.value.length) return piece.fileStart + within;
      return within >= piece.value.length ? piece.fileEnd : piece.fileStart;
    },
    verbatimRange(start: number, end: number, mustStart: number, mustEnd: number) {
      if (pieces.length === 0) return undefined;
      const k = find(mustStart);
      const from = starts[k]!;
      const to = from + pieces[k]!.value.length;
      if (!verbatim[k] || mustStart < from || mustEnd > to) return undefined;
      return { start: Math.max(start, from), end: Math.min(end, to) };
    },
  };
}
