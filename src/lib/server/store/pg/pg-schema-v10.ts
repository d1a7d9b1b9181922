// Migration 10 on PostgreSQL (migrations.ts rateHitsV10): the requests counted for rate limits,
// shared by every instance; at_ms (a ms timestamp) is bigint.
import type { PgQueryable } from './pg-database';

// The clock is unused (no rows to stamp); the parameter keeps every step's signature.
export const pgV10: (c: PgQueryable, now: string) => Promise<void> = async (c) => {
  await c.query(`
    CREATE TABLE rate_hits (
      bucket text NOT NULL,
      key text NOT NULL,
      at_ms bigint NOT NULL
    );
    CREATE INDEX rate_hits_by_key ON rate_hits (bucket, key, at_ms);
  `);
};
