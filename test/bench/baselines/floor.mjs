// Floor for `check`: read every claim file, parse it with js-yaml, read each cited capture once and
// search each claim's quote in it once. What any check must at least do.
// Usage: node floor.mjs <dir> <list-file>   (list-file: one path relative to dir a line)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';

const [dir, list] = process.argv.slice(2);
const captures = new Map();
let found = 0;
for (const file of readFileSync(list, 'utf8').split('\n').filter(Boolean)) {
  const data = jsYaml.load(readFileSync(path.join(dir, file), 'utf8'));
  for (const claim of data?.claims ?? []) {
    const ref = claim?.source;
    if (typeof ref?.file !== 'string' || typeof ref.quote !== 'string') continue;
    let text = captures.get(ref.file);
    if (text === undefined) {
      try {
        text = readFileSync(path.join(dir, ref.file), 'utf8');
      } catch {
        text = '';
      }
      captures.set(ref.file, text);
    }
    if (text.indexOf(ref.quote) >= 0) found += 1;
  }
}
process.stdout.write(`${found}\n`);
