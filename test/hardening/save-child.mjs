/**
 * A process that saves one claim file over and over until it is killed, for the kill -9 test of
 * atomic saves. Usage: node save-child.mjs <dist folder> <raw|review> <repository> <file>
 *
 * raw: alternates the file between two given texts with saveFile (src/claims/save.ts);
 * review: toggles a subject's resolution between resolved and disputed through the review UI's
 * edit path (resolvePlan → prepareChange → commitChange, src/ui/edit-plan.ts).
 * Prints "ready" once, after its first save, so the parent knows saves are under way.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, mode, root, file] = process.argv.slice(2);
const load = (module) => import(pathToFileURL(path.join(dist, module)).href);
const { contentHash, saveFile } = await load('claims/save.js');
const { prepareChange, commitChange } = mode === 'review' ? await load('ui/edit-plan.js') : {};
const { resolvePlan } = mode === 'review' ? await load('ui/plans.js') : {};
const absolute = path.join(root, file);
let announced = false;

for (let i = 0; ; i++) {
  const current = await readFile(absolute, 'utf8');
  if (mode === 'raw') {
    const [a, b] = JSON.parse(await readFile(`${absolute}.texts.json`, 'utf8'));
    const result = await saveFile(root, file, current === a ? b : a, contentHash(current));
    if (result.status !== 'saved') throw new Error(`save ${i}: ${JSON.stringify(result)}`);
  } else {
    const status = current.includes('status: resolved') ? 'disputed' : 'resolved';
    const change = prepareChange(resolvePlan(file, 'access-count', { status, note: `kill test ${'x'.repeat(40)}` }), [current]);
    const result = await commitChange(root, change);
    if (result.status !== 'saved') throw new Error(`save ${i}: ${JSON.stringify(result)}`);
  }
  if (!announced) {
    process.stdout.write('ready\n');
    announced = true;
  }
}
