// Rows with a GeoJSON `geometry` text column → a FeatureCollection (the other columns as
// properties), whether DuckDB or the Arrow file read directly gave the rows.
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export function rowsFeatureCollection(rows: readonly Record<string, unknown>[]): FeatureCollection {
  const features: Feature[] = rows.map(({ geometry, ...props }) => ({
    type: 'Feature',
    properties: props,
    geometry: JSON.parse(geometry as string) as Geometry
  }));
  return { type: 'FeatureCollection', features };
}
