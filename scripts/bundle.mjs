#!/usr/bin/env node
/**
 * Bundle the CLI for start-up speed: `dist/bin.js` (as emitted by tsc) becomes one ESM file plus
 * code-split chunks beside it, so `check`, `report` and `extract` load a few files instead of
 * hundreds of modules, and Ink/React sit in chunks that only `review` imports.
 *
 * Run after `tsc` (the `build` script does): tsc type-checks and emits every module under
 * `dist/`; this script reads tsc's output, not `src/`, so what runs is exactly what tsc emitted.
 * Every other file of `dist/` stays as tsc wrote it (tests and `write-schema.js` use them).
 *
 * A module that locates files through `import.meta.url` (such as `cli/version.js`, which reads
 * `package.json`) keeps its meaning: in the bundle, `import.meta.url` is rewritten to the URL the
 * module had under `dist/`, which is where the bundle and its chunks live.
 */
import { analyzeMetafile, build, transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile, chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const rootFlag = process.argv.indexOf('--root');
const root = rootFlag > 0 && process.argv[rootFlag + 1]
  ? path.resolve(process.argv[rootFlag + 1])
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const CHUNK_DIR = 'chunks';
const MARK = '/* urazuke bundle */';

const cliIndex = path.join(dist, 'cli', 'index.js');
if (!(await readFile(cliIndex, 'utf8').catch(() => undefined))) fail('dist/cli/index.js is missing: run tsc first (npm run build).');

/**
 * The entry points, each a source file stripped of its types and placed where tsc put it: the
 * CLI (`src/bin.ts` at `dist/bin.js`) and the extraction worker (`src/extract/worker.ts` at
 * `dist/extract/worker.js`, which `extract/pool.js` starts by its URL beside it). Each bundle
 * overwrites tsc's output, so reading the sources keeps a second run of this script correct; a
 * bundled worker needs no `node_modules` either, as the installed package has none of the
 * bundled dependencies. Everything an entry imports is tsc's output under `dist/`.
 */
const ENTRIES = { bin: 'src/bin.ts', 'extract/worker': 'src/extract/worker.ts' };
const entryFile = (name) => path.join(dist, `${name}.js`);
const sourceEntries = {
  name: 'source-entries',
  setup(b) {
    b.onResolve({ filter: /^urazuke:/ }, (args) => ({ path: args.path.slice('urazuke:'.length), namespace: 'source-entry' }));
    b.onLoad({ filter: /.*/, namespace: 'source-entry' }, async (args) => {
      const source = await readFile(path.join(root, ENTRIES[args.path]), 'utf8');
      const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'node20' });
      return { contents: code, loader: 'js', resolveDir: path.dirname(entryFile(args.path)) };
    });
  },
};

/** Rewrites `import.meta.url` in modules under dist/ to the URL each module has unbundled. */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(dist + path.sep)) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const rel = path.relative(dist, args.path).split(path.sep).join('/');
      // The banner of every output file defines __urazukeDist, the URL of dist/ (the CLI entry sits
      // in dist/, the worker in dist/extract/, chunks in dist/chunks/).
      const replacement = `new URL(${JSON.stringify(rel)}, __urazukeDist).href`;
      return { contents: text.replaceAll('import.meta.url', replacement), loader: 'js' };
    });
  },
};

/**
 * zod's translations of its own messages (about 360 KiB of the 1.4 MiB `check` loads) are never
 * selected: findings word their own messages and zod's stay English. Each non-English locale
 * module is replaced by the English one, so `z.locales.xx()` still works (in English) while start-up
 * stops paying to compile them. Remove this plugin to use another zod locale.
 */
const englishZodLocales = {
  name: 'english-zod-locales',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/][^\\/]+\.js$/ }, (args) => {
      const name = path.basename(args.path);
      if (name === 'en.js' || name === 'index.js') return undefined;
      return { contents: "export { default } from './en.js';\n", loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

/**
 * Dependencies whose module code does costly work when loaded (string-width compiles Unicode
 * property regular expressions and an Intl.Segmenter: tens of milliseconds) but that a command
 * may never call. An `import` of one from the CLI's code is served by a stand-in that loads the
 * real module on the first call (esbuild turns the `require` into a lazily initialised module).
 * Only default-exported functions are handled.
 */
const LAZY_DEFAULT_FUNCTIONS = ['string-width'];
const lazyDependencies = {
  name: 'lazy-dependencies',
  setup(b) {
    const filter = new RegExp(`^(?:${LAZY_DEFAULT_FUNCTIONS.map((n) => n.replace(/[-/]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (args) => {
      if (args.kind !== 'import-statement' || !args.importer.startsWith(dist + path.sep)) return undefined;
      return { path: args.path, namespace: 'lazy-dependency', pluginData: { resolveDir: args.resolveDir } };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-dependency' }, (args) => ({
      contents: [
        'let loaded;',
        `export default function lazy(...args) { loaded ??= require(${JSON.stringify(args.path)}).default; return loaded(...args); }`,
      ].join('\n'),
      loader: 'js',
      resolveDir: args.pluginData.resolveDir,
    }));
  },
};

/**
 * The identity of this build, which the check cache compares (`src/check/cache.ts`): a hash of
 * everything bundled, i.e. every module tsc emitted (the entries' sources, which the bundle reads
 * instead of their emitted files) and the locked dependencies. A cache written by another build
 * is not read, even under the same version number.
 */
async function buildId() {
  const hash = createHash('sha256');
  const files = [];
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full !== path.join(dist, CHUNK_DIR)) await walk(full);
      } else if (entry.name.endsWith('.js') && !Object.keys(ENTRIES).some((name) => full === entryFile(name))) files.push(full);
    }
  };
  await walk(dist);
  for (const file of [...files.sort(), ...Object.values(ENTRIES).map((e) => path.join(root, e)), path.join(root, 'package-lock.json')]) {
    hash.update(path.relative(root, file));
    hash.update(await readFile(file).catch(() => ''));
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * What an output file may need of the module scope it runs in, each with the names it defines:
 * `require` (for the CommonJS dependencies and the lazy stand-ins), `__urazukeDist` (the URL of
 * dist/, for `import.meta.url` as tsc's output had it) and the CommonJS file names. Every file is
 * bundled with them all; each keeps only those its code names (see `trimBanner`), as each costs
 * a little at every start-up (a `createRequire` and two `fileURLToPath` per chunk loaded).
 */
const BANNER_PARTS = [
  { defines: ['require'], lines: ["import { createRequire as __urazukeCreateRequire } from 'node:module';", 'const require = __urazukeCreateRequire(import.meta.url);'] },
  // dist/ is the folder of bin.js, and the parent of the worker's and the chunks' folders.
  { defines: ['__urazukeDist'], lines: ["const __urazukeDist = new URL(import.meta.url.endsWith('/bin.js') ? './' : '../', import.meta.url);"] },
  // CommonJS dependencies may read __filename/__dirname: give them the chunk's.
  {
    defines: ['__urazukeFilename', '__urazukeDirname'],
    lines: [
      "import { fileURLToPath as __urazukeFileURLToPath } from 'node:url';",
      'const __urazukeFilename = __urazukeFileURLToPath(import.meta.url);',
      "const __urazukeDirname = __urazukeFileURLToPath(new URL('.', import.meta.url));",
    ],
  },
];
const banner = [MARK, ...BANNER_PARTS.flatMap((part) => part.lines)].join('\n');

/** An output file with only the parts of the banner its code uses. */
function trimBanner(text) {
  const at = text.indexOf(banner);
  if (at < 0) return text;
  const code = text.slice(at + banner.length);
  const used = BANNER_PARTS.filter((part) => part.defines.some((name) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(code)));
  return `${text.slice(0, at)}${[MARK, ...used.flatMap((part) => part.lines)].join('\n')}${code}`;
}

const result = await build({
  entryPoints: Object.fromEntries(Object.keys(ENTRIES).map((name) => [name, `urazuke:${name}`])),
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: `${CHUNK_DIR}/[name]-[hash]`,
  banner: { js: banner },
  // Optional development tooling that Ink imports only when DEV is set.
  external: ['react-devtools-core'],
  define: { 'process.env.NODE_ENV': '"production"', __filename: '__urazukeFilename', __dirname: '__urazukeDirname', __URAZUKE_BUILD__: JSON.stringify(await buildId()) },
  legalComments: 'none',
  // Half the bytes to read and compile at start-up; names are kept for stack traces and profiles.
  // (--no-minify keeps the `// node_modules/...` section comments that profile summaries read.)
  minifyWhitespace: !process.argv.includes('--no-minify'),
  minifySyntax: !process.argv.includes('--no-minify'),
  allowOverwrite: true,
  write: false,
  logLevel: 'warning',
  plugins: [sourceEntries, keepModuleUrls, englishZodLocales, lazyDependencies],
  metafile: true,
});

await rm(path.join(dist, CHUNK_DIR), { recursive: true, force: true });
await mkdir(path.join(dist, CHUNK_DIR), { recursive: true });
for (const file of result.outputFiles) {
  await mkdir(path.dirname(file.path), { recursive: true });
  await writeFile(file.path, file.path.endsWith('.js') ? trimBanner(file.text) : file.contents);
}
await chmod(entryFile('bin'), 0o755);

// Which sources each output file holds (the bundle is minified, so its text no longer says).
const holds = Object.fromEntries(
  Object.entries(result.metafile.outputs).map(([file, out]) => [
    path.relative(dist, path.resolve(root, file)).split(path.sep).join('/'),
    { imports: out.imports.filter((i) => !i.external).map((i) => ({ path: path.relative(dist, path.resolve(root, i.path)).split(path.sep).join('/'), kind: i.kind })), inputs: Object.keys(out.inputs) },
  ]),
);
await writeFile(path.join(dist, 'bundle-meta.json'), `${JSON.stringify(holds)}\n`);
if (process.argv.includes('--meta')) await writeFile(process.argv[process.argv.indexOf('--meta') + 1], JSON.stringify(result.metafile));
if (process.argv.includes('--analyze')) process.stdout.write(await analyzeMetafile(result.metafile));
if (process.argv.includes('--verbose')) {
  const outputs = Object.entries(result.metafile.outputs).map(([file, out]) => `${(out.bytes / 1024).toFixed(0).padStart(6)} KiB  ${file}`);
  process.stdout.write(`${outputs.join('\n')}\n`);
}
const chunkCount = (await readdir(path.join(dist, CHUNK_DIR))).length;
process.stdout.write(`bundle: dist/bin.js + ${chunkCount} chunks\n`);

function fail(message) {
  process.stderr.write(`bundle: ${message}\n`);
  process.exit(1);
}
