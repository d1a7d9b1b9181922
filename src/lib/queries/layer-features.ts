// Typed query: a polygon table as a GeoJSON FeatureCollection for the map.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Db } from '../duckdb/db';
import { assertIdentifiers } from './sql-identifier';

export async function layerFeatures(
  db: Db,
  table: string,
  properties: string[]
): Promise<FeatureCollection> {
  assertIdentifiers(table, ...properties);
  const cols = properties.length ? `${properties.join(', ')}, ` : '';
  const rows = await db.query<Record<string, unknown> & { geometry: string }>(
    `SELECT ${cols}geometry FROM ${table}`
  );
  const features: Feature[] = rows.map(({ geometry, ...props }) => ({
    type: 'Feature',
    properties: props,
    geometry: JSON.parse(geometry) as Geometry
  }));
  return { type: 'FeatureCollection', features };
}
