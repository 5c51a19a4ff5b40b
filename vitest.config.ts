// Test runner configuration: every test under test/, run in parallel threads.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'threads',
    setupFiles: ['test/setup-fast-check.ts'],
  },
});
