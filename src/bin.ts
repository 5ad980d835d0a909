#!/usr/bin/env node
import { execute } from './cli/index.js';
import { processIo } from './cli/io.js';

process.exitCode = await execute(process.argv.slice(2), processIo());
