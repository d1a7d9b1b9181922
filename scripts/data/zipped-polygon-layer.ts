// One bundled layer from one zipped shapefile: read (reprojected, count checked), keyed, tabled.
import type { Column } from './arrow-table';
import type { Props } from './feature-columns';
import { polygonTable } from './polygon-table';
import { readZippedPolygons } from './read-zipped-polygons';
import { expectUniqueKeys } from './unique-keys';

export interface ZippedLayerSpec {
  /** Names the layer in build messages. */
  what: string;
  /** The .zip's name as the producer published it (for messages). */
  file: string;
  /** The feature keys, or the column that already holds them. */
  keys: ((rows: Props[]) => string[]) | { column: string };
  columns: (rows: Props[]) => Record<string, Column>;
}

export async function zippedPolygonLayer(spec: ZippedLayerSpec, zip: Uint8Array, expected: number) {
  const { features } = await readZippedPolygons(spec.file, zip, expected);
  const ps = features.map((f) => f.properties);
  const columns = spec.columns(ps);
  const own = typeof spec.keys === 'function' ? spec.keys(ps) : null;
  const keys = own ?? columns[(spec.keys as { column: string }).column]!.values.map(String);
  expectUniqueKeys(spec.what, keys);
  return polygonTable(
    spec.what,
    features.map((f) => f.geometry),
    own ? { feature_key: { type: 'utf8', values: own }, ...columns } : columns
  );
}
