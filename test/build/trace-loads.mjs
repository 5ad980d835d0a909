// Preloaded with `node --import` by bundle.test.ts: records the URL of every module loaded into
// the file named by URAZUKE_TRACE_FILE, one a line.
import { register } from 'node:module';

register('./trace-hooks.mjs', import.meta.url);
