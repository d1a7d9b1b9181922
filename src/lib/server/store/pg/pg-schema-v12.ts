// Migration 12 on PostgreSQL (migrations.ts teamPointLineGeomV12): team layers may hold points and
// lines, so team_layer_features.geom takes any geometry (each still ST_Multi, SRID 4326).
import type { PgQueryable } from './pg-database';

// The clock is unused (no rows to stamp); the parameter keeps every step's signature.
export const pgV12: (c: PgQueryable, now: string) => Promise<void> = async (c) => {
  await c.query(`
    ALTER TABLE team_layer_features ALTER COLUMN geom TYPE geometry(Geometry, 4326);
  `);
};
