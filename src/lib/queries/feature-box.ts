// Typed query: the bounding box [w, s, e, n] of the feature of a table whose key is `key`, from
// its GeoJSON geometry (null when no row has that key or it has no geometry).
import bbox from '@turf/bbox';
import type { Geometry } from 'geojson';
import type { Db } from '../duckdb/db';
import type { Box } from '../map/district-map-box';
import { quoteIdentifier, quoteLiteral } from './sql-quote';

export async function featureBox(
  db: Db,
  table: string,
  keyField: string,
  key: string
): Promise<Box | null> {
  const [row] = await db.query<{ geometry: string | null }>(
    `SELECT geometry FROM ${quoteIdentifier(table)}
     WHERE CAST(${quoteIdentifier(keyField)} AS VARCHAR) = ${quoteLiteral(key)} LIMIT 1`
  );
  if (!row?.geometry) return null;
  const b = bbox(JSON.parse(row.geometry) as Geometry);
  // A 3D box is [w, s, low, e, n, high].
  return b.length === 6 ? [b[0], b[1], b[3], b[4]] : [b[0], b[1], b[2], b[3]];
}
