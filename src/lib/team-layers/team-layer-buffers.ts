// A team layer version's stored rows (Arrow: attributes, `geometry` GeoJSON text, bbox columns) as
// the map draws them (PolygonBuffers, for deck.gl) and the overlay worker takes them (wire
// features), keyed by the layer's key field — read column by column, with no GeoJSON features.
import { tableFromIPC } from 'apache-arrow';
import type { Geometry } from 'geojson';
import type { WireFeature } from '../geo/overlay-session';
import { polygonBuffers, type PolygonBuffers } from '../geo/polygon-buffers';

/** Ring simplification of the small-scale copy: 0.002° ≈ 220 m, under a pixel up to zoom 8. */
export const COARSE_TOLERANCE = 0.002;

export interface TeamLayerBuffers {
  buffers: PolygonBuffers;
  /** The same rings simplified (COARSE_TOLERANCE), for the national and regional views. */
  coarse: PolygonBuffers;
}

/** The wire features of the version (what the overlay worker loads). */
export function teamLayerWire(bytes: Uint8Array, keyField: string): WireFeature[] {
  const t = tableFromIPC(bytes);
  const geometry = t.getChild('geometry');
  const key = t.getChild(keyField);
  const wire: WireFeature[] = [];
  for (let i = 0; i < t.numRows; i++) {
    const g: unknown = geometry?.get(i);
    if (typeof g === 'string') wire.push({ id: String(key?.get(i)), geometry: g });
  }
  return wire;
}

export function teamLayerBuffers(bytes: Uint8Array, keyField: string): TeamLayerBuffers {
  const wire = teamLayerWire(bytes, keyField);
  const features = wire.map((w) => ({
    key: w.id,
    geometry: typeof w.geometry === 'string' ? (JSON.parse(w.geometry) as Geometry) : w.geometry
  }));
  return {
    buffers: polygonBuffers(features),
    coarse: polygonBuffers(features, COARSE_TOLERANCE)
  };
}
