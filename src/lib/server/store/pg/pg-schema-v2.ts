// Migration 2 on PostgreSQL (migrations.ts anexo2EditsV2): every save of an anexo 2 aspect. The
// aspect ids are spelled out for the same reason as in SQLite (an applied migration never changes).
import type { PgQueryable } from './pg-database';

// The clock is unused (no rows to stamp); the parameter keeps every step's signature.
export const pgV2: (c: PgQueryable, now: string) => Promise<void> = async (c) => {
  await c.query(`
    CREATE TABLE anexo2_edits (
      district_id text NOT NULL REFERENCES districts (id) ON DELETE CASCADE,
      aspect text NOT NULL CHECK (aspect IN ('socioeconomica', 'etnica', 'bioculturales',
        'ordenamiento', 'agropecuarias', 'minero', 'otros_sectores')),
      version integer NOT NULL CHECK (version >= 1),
      respuesta text NOT NULL,
      suficiente text CHECK (suficiente IN ('sí', 'parcialmente', 'no')),
      propuestas text NOT NULL,
      author text NOT NULL,
      saved_at text NOT NULL,
      PRIMARY KEY (district_id, aspect, version)
    );
  `);
};
