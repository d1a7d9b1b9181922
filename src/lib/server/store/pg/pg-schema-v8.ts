// Migration 8 on PostgreSQL (migrations.ts teamLayerPublicV8): whether a team layer is public.
import type { PgQueryable } from './pg-database';

// The clock is unused (no rows to stamp); the parameter keeps every step's signature.
export const pgV8: (c: PgQueryable, now: string) => Promise<void> = async (c) => {
  await c.query(`
    ALTER TABLE team_layers ADD COLUMN public integer NOT NULL DEFAULT 0
      CHECK (public IN (0, 1));
    ALTER TABLE team_layers ADD COLUMN public_by text;
    ALTER TABLE team_layers ADD COLUMN public_at text;
  `);
};
