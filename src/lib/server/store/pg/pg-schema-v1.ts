// Migration 1 on PostgreSQL (migrations.ts districtsV1): districts and every saved version, with
// the three examples stamped `now`. JSON columns stay text checked by a json cast, as SQLite's
// json_valid.
import { EXAMPLES, EXAMPLE_SETTINGS, exampleRecord } from '../example-districts';
import type { PgQueryable } from './pg-database';

export const pgV1: (c: PgQueryable, now: string) => Promise<void> = async (c, now) => {
  await c.query(`
    CREATE TABLE districts (
      id text PRIMARY KEY,
      name text NOT NULL,
      municipios text NOT NULL CHECK (municipios::json IS NOT NULL),
      settings text NOT NULL CHECK (settings::json IS NOT NULL),
      justifications text NOT NULL CHECK (justifications::json IS NOT NULL),
      example integer NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
      created_at text NOT NULL,
      updated_at text NOT NULL,
      version integer NOT NULL CHECK (version >= 1)
    );
    CREATE TABLE district_versions (
      district_id text NOT NULL REFERENCES districts (id) ON DELETE CASCADE,
      version integer NOT NULL,
      author text NOT NULL,
      saved_at text NOT NULL,
      record text NOT NULL CHECK (record::json IS NOT NULL),
      PRIMARY KEY (district_id, version)
    );
  `);
  for (const e of EXAMPLES) {
    await c.query(`INSERT INTO districts VALUES ($1, $2, $3, $4, '{}', 1, $5, $5, 1)`, [
      e.id,
      e.name,
      JSON.stringify(e.municipios),
      JSON.stringify(EXAMPLE_SETTINGS),
      now
    ]);
    await c.query(`INSERT INTO district_versions VALUES ($1, 1, 'sistema', $2, $3)`, [
      e.id,
      now,
      JSON.stringify(exampleRecord(e, now))
    ]);
  }
};
