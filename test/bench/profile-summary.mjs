#!/usr/bin/env node
// Summarise a V8 .cpuprofile (from `node --cpu-prof`): self time by function and by file (or by
// the package it comes from, for bundles, by the `// node_modules/...` section it falls in).
//   node test/bench/profile-summary.mjs <file.cpuprofile> [top=25]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i += 1) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);

// For bundled files, map a line to the `// node_modules/<pkg>/...` or `// dist/...` section above it.
const sectionCache = new Map();
function sectionOf(url, line) {
  if (!url.startsWith('file://')) return url || '(native)';
  if (!sectionCache.has(url)) {
    let lines = [];
    try {
      lines = readFileSync(new URL(url), 'utf8').split('\n');
    } catch {}
    const marks = [];
    lines.forEach((l, i) => {
      const m = /^\/\/ \S*?((?:node_modules\/(?:@[^/]+\/)?[^/\s]+)|dist\/\S+)/.exec(l);
      if (m) marks.push([i, m[1]]);
    });
    sectionCache.set(url, marks);
  }
  const marks = sectionCache.get(url);
  if (marks.length === 0) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    return m ? `node_modules/${m[1]}` : url.replace(/^file:\/\/.*?\/(dist|src|test)\//, '$1/');
  }
  let found = url.replace(/^file:\/\/.*\//, '');
  for (const [at, name] of marks) if (at <= line) found = name;
  return found;
}

const fns = new Map();
const files = new Map();
for (const [id, us] of self) {
  const n = byId.get(id);
  const cf = n.callFrame;
  const where = sectionOf(cf.url, cf.lineNumber);
  const name = `${cf.functionName || '(anonymous)'}  ${where}:${cf.lineNumber + 1}`;
  fns.set(name, (fns.get(name) ?? 0) + us);
  files.set(where, (files.get(where) ?? 0) + us);
}
const show = (title, map) => {
  console.log(`\n${title}`);
  for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(us / 1000).toFixed(1).padStart(9)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
};
console.log(`total sampled: ${(total / 1000).toFixed(0)} ms`);
show('self time by file / package', files);
show('self time by function', fns);
