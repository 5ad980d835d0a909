import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house's layers (DESIGN.md "Repository layout"): each folder of `src/` imports only the
 * folders below it, and no file imports itself back through others. A new import that goes up a
 * layer or closes a cycle fails here with the files named.
 */

const SRC = path.resolve(import.meta.dirname, '../../src');

/** The layers, lowest first. */
const LAYERS = ['util', 'lang', 'yaml', 'sources', 'claims', 'anchor', 'compare', 'extract', 'check', 'report', 'ui', 'cli', 'bin'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const files = sources(SRC);
const byStem = new Map(files.map((f) => [f.replace(/\.tsx?$/, ''), f]));

/** Relative imports of a file (static, re-exports and dynamic `import()`), with whether each is type-only. */
function importsOf(file: string): Array<{ readonly target: string; readonly typeOnly: boolean }> {
  const text = readFileSync(file, 'utf8');
  const out: Array<{ target: string; typeOnly: boolean }> = [];
  for (const m of text.matchAll(/(?:(import|export)(\s+type)?\s[^'";]*?from\s+|import\()'(\.[^']+)'/g)) {
    const resolved = path.resolve(path.dirname(file), m[3]!).replace(/\.js$/, '');
    const target = byStem.get(resolved);
    if (target) out.push({ target, typeOnly: m[2] !== undefined });
  }
  return out;
}

const layerOf = (file: string): string => path.relative(SRC, file).split(path.sep)[0]!.replace(/\.tsx?$/, '');
const name = (file: string): string => `src/${path.relative(SRC, file).split(path.sep).join('/')}`;

describe('layers of src/', () => {
  it('has every folder in a layer', () => {
    expect([...new Set(files.map(layerOf))].filter((layer) => !LAYERS.includes(layer))).toEqual([]);
  });

  it('imports only from the same layer or the layers below', () => {
    const up: string[] = [];
    for (const file of files) {
      const from = LAYERS.indexOf(layerOf(file));
      for (const { target } of importsOf(file)) {
        if (LAYERS.indexOf(layerOf(target)) > from) up.push(`${name(file)} imports ${name(target)}`);
      }
    }
    expect(up).toEqual([]);
  });

  it('reaches a folder with an index.ts through it from the commands (the UI excepted: Ink loads only when review runs)', () => {
    const barrels = new Set(files.filter((f) => path.basename(f) === 'index.ts').map((f) => path.dirname(f)));
    const through: string[] = [];
    for (const file of files.filter((f) => layerOf(f) === 'cli')) {
      for (const { target } of importsOf(file)) {
        const folder = path.dirname(target);
        if (layerOf(target) === 'cli' || layerOf(target) === 'ui' || !barrels.has(folder) || path.basename(target) === 'index.ts') continue;
        through.push(`${name(file)} imports ${name(target)}, expected ${name(path.join(folder, 'index.ts'))}`);
      }
    }
    expect(through).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const graph = new Map(files.map((f) => [f, importsOf(f).filter((i) => !i.typeOnly).map((i) => i.target)]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string): void => {
      state.set(file, 'open');
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].map(name).join(' → '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
