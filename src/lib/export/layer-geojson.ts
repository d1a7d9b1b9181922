// A layer as a GeoJSON file (RFC 7946: WGS84 lon/lat, no "crs" member), with its provenance in a
// top-level "metadata" member so the file can be filed on its own.
import type { FeatureCollection } from 'geojson';

export interface ExportProvenance {
  title: string;
  producer: string;
  cutoff: string;
  license: string;
  source: string;
}

export function layerGeojson(data: FeatureCollection, meta: ExportProvenance): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    metadata: { ...meta, exported_by: 'Atlas DMEDP' },
    features: data.features
  });
}
