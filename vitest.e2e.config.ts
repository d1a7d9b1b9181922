import { defineConfig } from 'vitest/config';

// Chromium end-to-end tests against the production build (run `npm run build` first).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false
  }
});
