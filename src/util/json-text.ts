import { TERMINAL_DRIVING_CLASS } from './terminal-safe.js';

/**
 * `<`, `>` and `&` (the characters by which JSON text inside HTML could close its element or
 * start markup) and the characters that could drive a terminal: escaped in one pass.
 */
const ESCAPED = new RegExp(`[<>&${TERMINAL_DRIVING_CLASS}]`, 'g');
const escapeOne = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * JSON text safe to print and to embed: `JSON.stringify(value, null, indent)` with `<`, `>` and
 * `&` written as `\u003c`, `\u003e`, `\u0026` (so a `</script>` in a quote cannot end a
 * `<script type="application/ld+json">`, as in Google's and Rails' JSON embedding) and every
 * character that could drive a terminal (DEL, C1 controls, bidi controls, U+2028/9) as `\uXXXX`
 * (JSON.stringify escapes only C0 controls). The three can only stand inside strings, so the
 * text parses back to the same data. Every JSON output of the CLI is written through this.
 */
export function jsonText(value: unknown, indent?: number): string {
  const text = JSON.stringify(value, null, indent);
  ESCAPED.lastIndex = 0;
  return text.replace(ESCAPED, escapeOne);
}
