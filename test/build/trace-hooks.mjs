// Module hooks for trace-loads.mjs.
import { appendFileSync } from 'node:fs';

export async function load(url, context, next) {
  const file = process.env.URAZUKE_TRACE_FILE;
  if (file) appendFileSync(file, `${url}\n`);
  return next(url, context);
}
