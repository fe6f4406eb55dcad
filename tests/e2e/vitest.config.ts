import { defineConfig } from 'vitest/config';

// Real-browser tests (Chromium, Firefox ESR): one browser at a time, generous timeouts.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
