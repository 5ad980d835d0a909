// Baseline for `check`: the `yaml` package's Document parser alone over the same claim files.
// Usage: node yaml-parse.mjs <dir> <list-file>   (list-file: one path relative to dir a line)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

const [dir, list] = process.argv.slice(2);
let items = 0;
for (const file of readFileSync(list, 'utf8').split('\n').filter(Boolean)) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path.join(dir, file), 'utf8'), { lineCounter });
  const data = doc.toJS();
  items += data?.claims?.length ?? 0;
}
process.stdout.write(`${items}\n`);
