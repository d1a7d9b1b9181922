import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { recordUnhandled } from './test/setup/record-unhandled';

export default defineConfig({
  plugins: [sveltekit()],
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // One throw-away PostgreSQL cluster for the run (the store tests on both engines).
    globalSetup: ['test/setup/postgres-global.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Still reported and still failing; written whole for the CI log (scripts/test.sh).
    onUnhandledError: (e) => recordUnhandled(e)
  }
});
