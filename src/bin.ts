#!/usr/bin/env node
import { enableCompileCache } from './cli/compile-cache.js';
import { execute } from './cli/index.js';
import { processIo } from './cli/io.js';
import { guardLibraryOutput } from './cli/library-output.js';

// A reader that stops early (`urazuke report | head`) closes the pipe: stop quietly, as other
// command-line tools do, rather than die of an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && stream === process.stdout) process.stderr.write(`urazuke: cannot write the output (${error.code ?? error.message})\n`);
    process.exit(error.code === 'EPIPE' ? (typeof process.exitCode === 'number' ? process.exitCode : 0) : 2);
  });
}

enableCompileCache();
guardLibraryOutput();
process.exitCode = await execute(process.argv.slice(2), processIo());
