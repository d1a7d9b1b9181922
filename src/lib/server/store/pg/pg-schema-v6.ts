// Migration 6 on PostgreSQL (migrations.ts registryFollowUpV6): mesa members, the session's
// convocation and representatives, the quarterly follow-up. SQLite's GLOB on the quarter is a
// regular expression here; REAL is double precision.
import type { PgQueryable } from './pg-database';

// The clock is unused (no rows to stamp); the parameter keeps every step's signature.
export const pgV6: (c: PgQueryable, now: string) => Promise<void> = async (c) => {
  await c.query(`
    CREATE TABLE mesa_members (
      district_id text NOT NULL REFERENCES districts (id),
      mesa text NOT NULL CHECK (mesa IN ('mtin', 'distrital', 'tematica')),
      entity text NOT NULL,
      delegate text,
      email text,
      ethnic integer NOT NULL DEFAULT 0 CHECK (ethnic IN (0, 1)),
      added_by text NOT NULL,
      added_at text NOT NULL,
      PRIMARY KEY (district_id, mesa, entity)
    );
    ALTER TABLE mesa_sessions ADD COLUMN convocation_sent text;
    ALTER TABLE mesa_sessions ADD COLUMN representatives integer
      CHECK (representatives IS NULL OR representatives >= 0);
    ALTER TABLE mesa_sessions ADD COLUMN ethnic_organizations integer NOT NULL DEFAULT 0
      CHECK (ethnic_organizations IN (0, 1));
    ALTER TABLE mesa_sessions ADD COLUMN ethnic_representatives integer
      CHECK (ethnic_representatives IS NULL OR ethnic_representatives >= 0);
    CREATE TABLE peg_progress (
      action_id bigint NOT NULL REFERENCES peg_actions (id),
      quarter text NOT NULL CHECK (quarter ~ '^[0-9]{4}-T[1-4]$'),
      value double precision,
      text text NOT NULL,
      reported_by text NOT NULL,
      reported_at text NOT NULL,
      PRIMARY KEY (action_id, quarter)
    );
  `);
};
