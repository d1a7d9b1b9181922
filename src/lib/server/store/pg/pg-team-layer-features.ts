// A team layer version's features into team_layer_features (PostGIS), on the caller's transaction:
// the stored Arrow IPC rows decoded with the app's reader (node/arrow-rows.ts), one row each with
// its index, key, attributes (jsonb) and geometry (the `geometry` GeoJSON text as a MultiPolygon,
// MultiPoint or MultiLineString, SRID 4326), inserted in batches. Tables by DANE code keep every
// column as attributes, key `code` and geom NULL. PostgreSQL text and jsonb cannot hold U+0000, so
// it is dropped from keys and attributes, names and values (the Arrow bytes keep it).
import type { TeamLayerKind } from '../../../domain/model/team-layer';
import { arrowRows, type Row } from '../../../node/arrow-rows';
import type { PgQueryable } from './pg-database';

/** Rows per INSERT; a batch also closes once its GeoJSON text passes BATCH_CHARS. */
export const FEATURE_BATCH = 500;
const BATCH_CHARS = 16_000_000;
const GEOMETRY_COLUMNS = new Set(['geometry', 'min_lon', 'min_lat', 'max_lon', 'max_lat']);

interface Feature {
  key: string | null;
  attributes: string;
  geometry: string | null;
}

const noNul = (s: string) => s.replaceAll('\u0000', '');

function feature(row: Row, kind: TeamLayerKind, keyField: string): Feature {
  const table = kind === 'tabla';
  const key = row[table ? 'code' : keyField];
  // Field names too: a damaged header can put U+0000 in a column's name.
  const attributes = Object.fromEntries(
    Object.entries(row)
      .filter(([k]) => table || !GEOMETRY_COLUMNS.has(k))
      .map(([k, v]) => [noNul(k), v])
  );
  return {
    key: key === null || key === undefined ? null : noNul(String(key)),
    attributes: JSON.stringify(attributes, (_, v: unknown) =>
      typeof v === 'string' ? noNul(v) : v
    ),
    geometry: !table && typeof row.geometry === 'string' ? row.geometry : null
  };
}

function* batches(features: Feature[]): Generator<[number, Feature[]]> {
  let start = 0;
  while (start < features.length) {
    let end = start;
    let chars = 0;
    while (end < features.length && end - start < FEATURE_BATCH && chars < BATCH_CHARS)
      chars += features[end++]!.geometry?.length ?? 0;
    yield [start, features.slice(start, end)];
    start = end;
  }
}

/** Inserts every feature of the version's `data`; returns how many. */
export async function insertTeamLayerFeatures(
  c: PgQueryable,
  layer: { id: string; kind: TeamLayerKind; key_field: string },
  version: number,
  data: Uint8Array
): Promise<number> {
  const features = arrowRows(data).map((r) => feature(r, layer.kind, layer.key_field));
  for (const [start, batch] of batches(features))
    await c.query(
      `INSERT INTO team_layer_features (layer_id, version, feature_index, key, attributes, geom)
       SELECT $1, $2, t.i, t.k, t.a::jsonb,
         ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(t.g), 4326))
       FROM unnest($3::integer[], $4::text[], $5::text[], $6::text[]) AS t(i, k, a, g)`,
      [
        layer.id,
        version,
        batch.map((_, j) => start + j),
        batch.map((f) => f.key),
        batch.map((f) => f.attributes),
        batch.map((f) => f.geometry)
      ]
    );
  return features.length;
}
