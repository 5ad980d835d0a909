import type { Row } from './Body.js';

/** Rows of a unified diff: `+` lines green, `-` lines red, hunk headers dim (the signs stay without colour). */
export function patchRows(patch: string): Row[] {
  return patch
    .split('\n')
    .filter((line) => !line.startsWith('====') && !line.startsWith('\\ No newline'))
    .map((line) => ({
      spans: [
        {
          text: line,
          style: line.startsWith('+++') || line.startsWith('---') ? ('title' as const) : line.startsWith('+') ? ('ok' as const) : line.startsWith('-') ? ('warn' as const) : line.startsWith('@@') || line.startsWith('Index:') ? ('dim' as const) : undefined,
        },
      ],
    }));
}
