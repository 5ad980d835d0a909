import { diffArrays } from 'diff';

/** A piece of a word diff. */
export interface DiffPart {
  readonly text: string;
  readonly type: 'same' | 'added' | 'removed';
}

const words = new Intl.Segmenter('ja', { granularity: 'word' });

/** Word segments of `text` (`Intl.Segmenter('ja')`: Japanese splits into words though it has no spaces). */
export function wordSegments(text: string): string[] {
  return Array.from(words.segment(text), (s) => s.segment);
}

/**
 * Diff two quotes word by word, so that `少なくとも38回` against `あわせて32回` shows the words
 * that differ, not two whole lines.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffArrays(wordSegments(before), wordSegments(after))) {
    const text = change.value.join('');
    const type = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts[parts.length - 1];
    if (last && last.type === type) parts[parts.length - 1] = { text: last.text + text, type };
    else parts.push({ text, type });
  }
  return parts;
}
