// Baseline for `extract`: remark-parse alone over the same files, one after another on one core.
// Usage: node remark-parse.mjs <dir> <list-file>   (list-file: one path relative to dir a line)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const [dir, list] = process.argv.slice(2);
const processor = unified().use(remarkParse);
let nodes = 0;
for (const file of readFileSync(list, 'utf8').split('\n').filter(Boolean)) {
  const tree = processor.parse(readFileSync(path.join(dir, file), 'utf8'));
  nodes += tree.children.length;
}
process.stdout.write(`${nodes}\n`);
