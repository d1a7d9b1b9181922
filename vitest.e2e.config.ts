import { defineConfig } from 'vitest/config';
import { recordUnhandled } from './test/setup/record-unhandled';

// Chromium end-to-end tests against the production build (run `npm run build` first). With
// ATLAS_E2E_ENGINE=postgres the apps run on PostgreSQL: one throw-away cluster for the run (the
// unit tests' global setup), a fresh database per app (e2e/harness.ts).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup:
      process.env.ATLAS_E2E_ENGINE === 'postgres' ? ['test/setup/postgres-global.ts'] : [],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    onUnhandledError: (e) => recordUnhandled(e)
  }
});
