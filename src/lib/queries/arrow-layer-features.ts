// A bundled layer's Arrow file as a GeoJSON FeatureCollection for the map, read without DuckDB:
// the same features `layerFeatures` gives from the layer's DuckDB table.
import type { FeatureCollection } from 'geojson';
import { arrowColumns } from './arrow-columns';
import { rowsFeatureCollection } from './rows-feature-collection';

export function arrowLayerFeatures(bytes: Uint8Array, properties: string[]): FeatureCollection {
  return rowsFeatureCollection(arrowColumns(bytes, [...properties, 'geometry']));
}
