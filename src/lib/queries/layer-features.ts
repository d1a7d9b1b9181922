// Typed query: a polygon table as a GeoJSON FeatureCollection for the map.
import type { FeatureCollection } from 'geojson';
import type { Db } from '../duckdb/db';
import { rowsFeatureCollection } from './rows-feature-collection';
import { assertIdentifiers } from './sql-identifier';

export async function layerFeatures(
  db: Db,
  table: string,
  properties: string[]
): Promise<FeatureCollection> {
  assertIdentifiers(table, ...properties);
  const cols = properties.length ? `${properties.join(', ')}, ` : '';
  return rowsFeatureCollection(await db.query(`SELECT ${cols}geometry FROM ${table}`));
}
