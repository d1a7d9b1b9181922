// Migration 11 on PostgreSQL (migrations.ts rescreenOwnerV11): which app process owns a re-screen
// run and when it last showed it was alive, so a starting instance interrupts only abandoned runs.
import type { PgQueryable } from './pg-database';

// The clock is unused (no rows to stamp); the parameter keeps every step's signature.
export const pgV11: (c: PgQueryable, now: string) => Promise<void> = async (c) => {
  await c.query(`
    ALTER TABLE rescreen_runs ADD COLUMN owner text;
    ALTER TABLE rescreen_runs ADD COLUMN heartbeat_at text;
  `);
};
