// Migration 7 on PostgreSQL (migrations.ts teamLayersV7): the team library, each version with its
// Arrow IPC bytes (bytea; the browser still downloads them). PostgreSQL also keeps every feature
// of a version in team_layer_features, so a GIS client (QGIS) can open any version: the key, the
// attributes as jsonb and the geometry as a MultiPolygon in WGS84 (SRID 4326) with a GiST index.
// Tables by DANE code (kind 'tabla') have their rows there too, with geom NULL.
import type { PgQueryable } from './pg-database';

// The clock is unused (no rows to stamp); the parameter keeps every step's signature.
export const pgV7: (c: PgQueryable, now: string) => Promise<void> = async (c) => {
  await c.query(`
    CREATE EXTENSION IF NOT EXISTS postgis;
    CREATE TABLE team_layers (
      id text PRIMARY KEY,
      title text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('étnico', 'ambiental', 'minero', 'ordenamiento',
        'tabla')),
      key_field text NOT NULL,
      created_by text NOT NULL,
      created_at text NOT NULL
    );
    CREATE TABLE team_layer_versions (
      layer_id text NOT NULL REFERENCES team_layers (id),
      version integer NOT NULL CHECK (version >= 1),
      producer text NOT NULL,
      cutoff text NOT NULL,
      licence text,
      file_name text NOT NULL,
      sha256 text NOT NULL CHECK (length(sha256) = 64),
      data_sha256 text NOT NULL CHECK (length(data_sha256) = 64),
      data_size bigint NOT NULL,
      feature_count integer NOT NULL CHECK (feature_count >= 0),
      repairs text NOT NULL CHECK (repairs::json IS NOT NULL),
      warnings text NOT NULL CHECK (warnings::json IS NOT NULL),
      uploaded_by text NOT NULL,
      uploaded_at text NOT NULL,
      retired_by text,
      retired_at text,
      data bytea NOT NULL,
      PRIMARY KEY (layer_id, version)
    );
    CREATE TABLE team_layer_features (
      layer_id text NOT NULL,
      version integer NOT NULL,
      feature_index integer NOT NULL CHECK (feature_index >= 0),
      key text,
      attributes jsonb NOT NULL CHECK (jsonb_typeof(attributes) = 'object'),
      geom geometry(MultiPolygon, 4326),
      PRIMARY KEY (layer_id, version, feature_index),
      FOREIGN KEY (layer_id, version) REFERENCES team_layer_versions (layer_id, version)
    );
    CREATE INDEX team_layer_features_geom ON team_layer_features USING gist (geom);
  `);
};
