/**
 * A derived text of a capture (the text content of an HTML page, the prose of a markdown file)
 * that remembers where each piece came from, so a quote found in it is reported at the capture's
 * own line and column.
 */
export interface TextView {
  readonly text: string;
  /** The file offset of a view offset. */
  toFileOffset(offset: number): number;
}

/** A piece of a view: a run of text and the span of the file it was read from. */
export interface ViewPiece {
  readonly value: string;
  readonly fileStart: number;
  readonly fileEnd: number;
}

/**
 * Join pieces into a view. Within a piece whose text is as long as its span of the file (no
 * entities or escapes), offsets map one to one; otherwise to the piece's start or end.
 */
export function buildTextView(pieces: readonly ViewPiece[]): TextView {
  const starts: number[] = [];
  let text = '';
  for (const piece of pieces) {
    starts.push(text.length);
    text += piece.value;
  }
  return {
    text,
    toFileOffset(offset: number): number {
      if (pieces.length === 0) return 0;
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      const piece = pieces[lo]!;
      const within = offset - starts[lo]!;
      if (piece.fileEnd - piece.fileStart === piece.value.length) return piece.fileStart + within;
      return within >= piece.value.length ? piece.fileEnd : piece.fileStart;
    },
  };
}
