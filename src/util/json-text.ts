import { escapeTerminalDriving } from './terminal-safe.js';

/** `<`, `>` and `&`: the characters by which JSON text inside HTML could close its element or start markup. */
const HTML_SIGNIFICANT = /[<>&]/g;

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
  HTML_SIGNIFICANT.lastIndex = 0;
  return escapeTerminalDriving(text.replace(HTML_SIGNIFICANT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
