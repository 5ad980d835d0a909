/** Offsets of line starts in a text, to turn offsets into 1-based line and column (CRLF, LF or CR). */
export class LineIndex {
  readonly #starts: number[];

  constructor(text: string) {
    const starts = [0];
    if (!text.includes('\r')) {
      // Fast path for LF-only text: the engine's indexOf is many times faster than a loop.
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
      this.#starts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.#starts = starts;
  }

  /** Number of lines. */
  get lineCount(): number {
    return this.#starts.length;
  }

  /** 1-based line and column (in UTF-16 code units, as editors count) of an offset. */
  pointAt(offset: number): { line: number; column: number; offset: number } {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.#starts[lo]! + 1, offset };
  }

  /** Offset of the start of a 1-based line (clamped). */
  lineStart(line: number): number {
    return this.#starts[Math.min(Math.max(line, 1), this.#starts.length) - 1]!;
  }
}
