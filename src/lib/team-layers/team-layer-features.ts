// A team layer version's stored rows (Arrow: attributes, `geometry` GeoJSON text, bbox columns)
// as the map draws them and the overlay worker takes them, keyed by the layer's key field.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { WireFeature } from '../geo/overlay-session';
import { arrowRows } from '../node/arrow-rows';

const BBOX = new Set(['min_lon', 'min_lat', 'max_lon', 'max_lat']);

export interface TeamLayerFeatures {
  features: FeatureCollection;
  wire: WireFeature[];
}

export function teamLayerFeatures(bytes: Uint8Array, keyField: string): TeamLayerFeatures {
  const features: Feature[] = [];
  const wire: WireFeature[] = [];
  for (const row of arrowRows(bytes)) {
    const geometry = row.geometry;
    if (typeof geometry !== 'string') continue;
    const properties = Object.fromEntries(
      Object.entries(row).filter(([k]) => k !== 'geometry' && !BBOX.has(k))
    );
    features.push({ type: 'Feature', properties, geometry: JSON.parse(geometry) as Geometry });
    wire.push({ id: String(row[keyField]), geometry });
  }
  return { features: { type: 'FeatureCollection', features }, wire };
}
