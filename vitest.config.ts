import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/bench/**', 'test/fixtures/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The check cache of every test run in a folder of its own, never the user's cache folder.
    env: { FORCE_COLOR: '0', NO_COLOR: '1', URAZUKE_CACHE_DIR: path.join(os.tmpdir(), `urazuke-test-cache-${process.pid}`) },
  },
});
