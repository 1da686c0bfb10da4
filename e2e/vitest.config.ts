import { defineConfig } from 'vitest/config';

// Browser stories: the real server (built bundle) and the system Chromium, one file at a time.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 90000,
    hookTimeout: 60000,
    fileParallelism: false,
  },
});
