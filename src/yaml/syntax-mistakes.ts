import type { LineCounter, YAMLError } from 'yaml';

/**
 * The YAML parser's errors told as the mistakes a person made. One mistake often gives the parser
 * several errors (an indentation slip: "nested mappings are not allowed in compact mappings" and
 * "implicit keys need to be on a single line", then the same on each following line of the entry),
 * and the first of them is often on the line before the one to fix. Here the errors are grouped
 * into mistakes (errors whose lines touch), and each mistake is worded for people at the line to
 * fix, with a snippet of the file.
 */

/** One mistake: what is wrong, where (offsets into the text), and the lines around it. */
export interface YamlMistake {
  readonly reason: string;
  readonly start: number;
  readonly end: number;
  /** The line before and the line of the mistake, numbered, with a caret under the column. */
  readonly snippet: string;
}

/** The lines of a text, with the offset each starts at. */
interface Lines {
  readonly text: string;
  readonly starts: readonly number[];
  /** 0-based line of an offset. */
  lineOf(offset: number): number;
  line(index: number): string;
}

function linesOf(text: string, lineCounter: LineCounter): Lines {
  const starts = lineCounter.lineStarts.length > 0 ? lineCounter.lineStarts : [0];
  return {
    text,
    starts,
    lineOf: (offset) => Math.max(0, lineCounter.linePos(offset).line - 1),
    line: (index) => {
      const from = starts[index] ?? text.length;
      const to = starts[index + 1] ?? text.length;
      return text.slice(from, to).replace(/\r?\n$/, '');
    },
  };
}

/** Spaces before the content of a line. */
const indentOf = (line: string): number => /^ */.exec(line)![0].length;
/** The column (0-based) of a line's key: after the indentation and a `- ` list marker. */
const keyColumnOf = (line: string): number => /^ *(?:- +)*/.exec(line)![0].length;
/** The key of a `key: value` line, if it is one. */
const keyOf = (line: string): string | undefined => /^ *(?:- +)*([^\s:#][^:#]*?):(?:\s|$)/.exec(line)?.[1];
const isBlank = (line: string): boolean => /^\s*(?:#.*)?$/.test(line);

/** The nearest line above `index` that holds something (not blank, not only a comment). */
function lineAbove(lines: Lines, index: number): number | undefined {
  for (let i = index - 1; i >= 0; i--) if (!isBlank(lines.line(i))) return i;
  return undefined;
}

/** The nearest line below `index` that holds something. */
function lineBelow(lines: Lines, index: number): number | undefined {
  for (let i = index + 1; i < lines.starts.length; i++) if (!isBlank(lines.line(i))) return i;
  return undefined;
}

/** A mistake at a 0-based line and column. */
function at(lines: Lines, line: number, column: number, reason: string): YamlMistake {
  const start = (lines.starts[line] ?? lines.text.length) + column;
  return { reason, start, end: start + 1, snippet: snippetAt(lines, line, column) };
}

/** The line above (for context) and the line of the mistake, numbered, and a caret under its column. */
export function snippetAt(lines: Pick<Lines, 'line'>, line: number, column: number): string {
  const shown = (i: number) => lines.line(i).replace(/\t/g, '→');
  const number = String(line + 1);
  const gutter = (n: string) => `${n.padStart(number.length)} | `;
  const rows: string[] = [];
  if (line > 0) rows.push(`${gutter(String(line))}${shown(line - 1)}`);
  rows.push(`${gutter(number)}${shown(line)}`);
  rows.push(`${' '.repeat(number.length)} | ${' '.repeat(column)}^`);
  return rows.join('\n');
}

const spaces = (n: number): string => `${n} space${n === 1 ? '' : 's'}`;

/** The errors of one mistake, worded; the first error is the one the parser met first. */
function describe(group: readonly YAMLError[], lines: Lines): YamlMistake {
  const first = group[0]!;
  const find = (code: string, text?: RegExp) => group.find((e) => e.code === code && (!text || text.test(e.message)));
  const deep = group.find((e) => /Maximum call stack size exceeded/.test(e.message));
  if (deep) {
    const line = lines.lineOf(deep.pos[0]);
    return at(lines, line, deep.pos[0] - (lines.starts[line] ?? 0), `Invalid YAML: ${firstMessageLine(deep.message)}`);
  }
  const tab = find('TAB_AS_INDENT');
  if (tab) {
    const line = lines.lineOf(tab.pos[0]);
    return at(lines, line, lines.line(line).indexOf('\t'), 'Invalid YAML: a tab in the indentation; YAML indents with spaces only');
  }
  const duplicate = find('DUPLICATE_KEY');
  if (duplicate) return duplicateKey(lines, lines.lineOf(duplicate.pos[0]));
  const quote = find('MISSING_CHAR', /closing/);
  if (quote) return unclosedQuote(lines, quote);
  const flow = find('BAD_INDENT', /Flow (map|sequence)/);
  if (flow) return unclosedFlow(lines, lines.lineOf(flow.pos[0]), /Flow map/.test(flow.message) ? ['{', '}'] : ['[', ']']);
  const dash = find('MISSING_CHAR', /without - indicator/);
  if (dash) return indentedLess(lines, lines.lineOf(dash.pos[0]));
  const multiline = find('MULTILINE_IMPLICIT_KEY');
  if (multiline) return multilineKey(lines, multiline);
  const block = find('BLOCK_AS_IMPLICIT_KEY');
  if (block) return colonInValue(lines, lines.lineOf(block.pos[0]));
  const line = lines.lineOf(first.pos[0]);
  const column = first.pos[0] - (lines.starts[line] ?? 0);
  return at(lines, line, column, `Invalid YAML: ${firstMessageLine(first.message)}`);
}

function duplicateKey(lines: Lines, line: number): YamlMistake {
  const text = lines.line(line);
  const key = keyOf(text) ?? text.trim();
  const column = keyColumnOf(text);
  let firstAt: number | undefined;
  for (let i = line - 1; i >= 0; i--) {
    const above = lines.line(i);
    if (isBlank(above)) continue;
    if (keyColumnOf(above) < column) break;
    if (keyColumnOf(above) === column && keyOf(above) === key) firstAt = i;
  }
  const where = firstAt === undefined ? '' : ` (first on line ${firstAt + 1})`;
  return at(lines, line, column, `Invalid YAML: the key \`${key}\` appears twice in one entry${where}; keep one of them`);
}

function unclosedQuote(lines: Lines, error: YAMLError): YamlMistake {
  const mark = /Missing closing (["'])/.exec(error.message)?.[1] ?? '"';
  // The first value that opens a quote and does not close it on its line: what follows it is all inside.
  for (let i = 0; i <= lines.lineOf(error.pos[0]) && i < lines.starts.length; i++) {
    const text = lines.line(i);
    const open = new RegExp(`(?::\\s+|^\\s*(?:-\\s+)?)${mark}`).exec(text);
    if (!open) continue;
    const column = open.index + open[0].length - 1;
    const rest = text.slice(column + 1).replace(mark === "'" ? /''/g : /\\./g, '');
    if (!rest.includes(mark)) return at(lines, i, column, `Invalid YAML: the quote ${mark} opened here is never closed; expected a closing ${mark} at the end of the value`);
  }
  const line = lines.lineOf(error.pos[0]);
  return at(lines, line, 0, `Invalid YAML: a quote ${mark} is never closed before this point; expected a closing ${mark}`);
}

function unclosedFlow(lines: Lines, line: number, [open, close]: readonly [string, string]): YamlMistake {
  // The parser stops on the line after the bracket: the bracket is on the nearest line above that opens one.
  let found = line;
  while (found > 0 && !lines.line(found).includes(open)) found--;
  const column = Math.max(0, lines.line(found).lastIndexOf(open));
  return at(lines, found, column, `Invalid YAML: the ${open} opened here is not closed; expected a ${close} before the end of the line`);
}

function indentedLess(lines: Lines, line: number): YamlMistake {
  const above = lineAbove(lines, line);
  const have = indentOf(lines.line(line));
  if (above === undefined) return at(lines, line, have, `Invalid YAML: unexpected indentation (${spaces(have)})`);
  const expected = keyColumnOf(lines.line(above));
  return at(lines, line, have, `Invalid YAML: line ${line + 1} is indented ${spaces(have)}, less than the line above (${expected}); expected ${spaces(expected)}, or a "- " to start a new list item`);
}

/**
 * A key the parser read over two lines. When it starts at the beginning of a line, that line is
 * no `key: value` (a missing colon, or no space after it). When it starts in the middle of a line,
 * it is that line's value, and the next line is indented more than the key it belongs beside.
 */
function multilineKey(lines: Lines, error: YAMLError): YamlMistake {
  const line = lines.lineOf(error.pos[0]);
  const text = lines.line(line);
  const column = error.pos[0] - (lines.starts[line] ?? 0);
  if (column <= keyColumnOf(text)) {
    const content = text.slice(column).trim();
    if (/^[^\s:]+:\S/.test(content)) return at(lines, line, column + content.indexOf(':') + 1, `Invalid YAML: expected a space after the colon in \`${content}\``);
    return at(lines, line, column, `Invalid YAML: \`${content}\` is not \`key: value\`; expected a colon and a space after the key`);
  }
  const key = keyOf(text);
  if (key !== undefined && /^-\S/.test(key)) {
    return at(lines, line, keyColumnOf(text) + 1, `Invalid YAML: \`${key}\` needs a space after the dash to start a list item (\`- ${key.slice(1)}\`)`);
  }
  const next = lineBelow(lines, line) ?? line;
  const have = indentOf(lines.line(next));
  const expected = keyColumnOf(text);
  return at(lines, next, have, `Invalid YAML: line ${next + 1} is indented ${spaces(have)}, more than \`${key ?? text.trim()}\` on the line above (${expected}), so it reads as part of that value; expected ${spaces(expected)}`);
}

function colonInValue(lines: Lines, line: number): YamlMistake {
  const text = lines.line(line);
  const key = keyOf(text);
  const value = key === undefined ? text.trim() : text.slice(text.indexOf(':', keyColumnOf(text)) + 1).trim();
  const column = Math.max(0, text.indexOf(value));
  return at(lines, line, column, `Invalid YAML: the value \`${value}\` holds ": "; put it in quotes ("${value.replace(/"/g, '\\"')}")`);
}

/** The first line of a parser's message; a stack overflow (YAML nested thousands deep) in words. */
export function firstMessageLine(text: string): string {
  if (/Maximum call stack size exceeded/.test(text)) return 'nested too deeply to read, expected a file a few levels deep';
  return text.split('\n')[0] ?? text;
}

/**
 * The mistakes behind a Document's errors, in file order: errors whose lines touch (one's range
 * reaches the line where the next begins) are one mistake.
 */
export function yamlMistakes(errors: readonly YAMLError[], text: string, lineCounter: LineCounter): YamlMistake[] {
  const lines = linesOf(text, lineCounter);
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const groups: YAMLError[][] = [];
  let lastLine = -2;
  for (const error of sorted) {
    const startLine = lines.lineOf(error.pos[0]);
    const endLine = lines.lineOf(Math.max(error.pos[0], error.pos[1] - 1));
    if (groups.length > 0 && startLine <= lastLine) {
      groups[groups.length - 1]!.push(error);
      lastLine = Math.max(lastLine, endLine);
    } else {
      groups.push([error]);
      lastLine = endLine;
    }
  }
  return groups.map((group) => describe(group, lines));
}
