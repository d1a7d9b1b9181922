// Typed query: a polygon table as a GeoJSON FeatureCollection for the map.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Db } from './duckdb/db';

const IDENT = /^[a-z_]+$/;

export async function layerFeatures(
  db: Db,
  table: string,
  properties: string[]
): Promise<FeatureCollection> {
  for (const id of [table, ...properties]) {
    if (!IDENT.test(id)) throw new Error(`Identificador no válido: «${id}»`);
  }
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
