/**
 * Make untrusted text (quotes, outlets, paths, file contents) safe to print on a terminal.
 *
 * Removes ANSI/VT escape sequences (CSI, OSC such as window titles and hyperlinks, DCS, APC,
 * PM, SOS, and two-byte ESC sequences, in their 7-bit and 8-bit forms), C0 and C1 control
 * characters (BEL, backspace, CR, ESC …) and Unicode bidi controls (overrides, embeddings,
 * isolates, marks), which could reorder what a reader sees. Tabs become one space; newlines are
 * kept unless `singleLine` is set, in which case every line break becomes a space.
 */
export function toTerminalSafe(text: string, options: { readonly singleLine?: boolean } = {}): string {
  let out = text
    // OSC, DCS, SOS, PM, APC: ESC ] … (BEL | ESC \ | ST), and their 8-bit introducers.
    .replace(/(?:\u001B[\]PX^_]|[\u009D\u0090\u0098\u009E\u009F])[\s\S]*?(?:\u0007|\u001B\\|\u009C|$)/g, '')
    // CSI: ESC [ or 8-bit CSI, parameters, intermediates, final byte.
    .replace(/(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?/g, '')
    // Other ESC sequences: ESC, intermediates, final.
    .replace(/\u001B[\u0020-\u002F]*[\u0030-\u007E]?/g, '')
    .replace(/\t/g, ' ')
    .replace(/\r\n?/g, '\n');
  // C0 except LF, DEL, C1; bidi controls (LRM, RLM, ALM, LRE…RLO, LRI…PDI).
  out = out.replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
  if (options.singleLine) out = out.replace(/\n/g, ' ');
  return out;
}

/** Characters that could drive a terminal and that JSON.stringify and `yaml` leave raw: DEL, C1 controls, bidi controls, U+2028/9 (the inside of a character class). */
export const TERMINAL_DRIVING_CLASS = '\\u007F-\\u009F\\u061C\\u200E\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069';

const TERMINAL_DRIVING = new RegExp(`[${TERMINAL_DRIVING_CLASS}]`, 'g');

/**
 * `\uXXXX` for each character of serialized JSON or YAML that could drive a terminal: valid in
 * JSON strings and YAML double-quoted scalars alike, so the output is unchanged as data.
 */
export function escapeTerminalDriving(serialized: string): string {
  TERMINAL_DRIVING.lastIndex = 0;
  return serialized.replace(TERMINAL_DRIVING, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** True when the text holds a character {@link escapeTerminalDriving} escapes. */
export function hasTerminalDriving(text: string): boolean {
  TERMINAL_DRIVING.lastIndex = 0;
  return TERMINAL_DRIVING.test(text);
}
