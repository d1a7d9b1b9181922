// Layer specs for polygon overlays that arrive after the analysis engine loads (resguardos, ZRC).
import type { FeatureCollection } from 'geojson';
import type {
  FillLayerSpecification,
  GeoJSONSourceSpecification,
  LineLayerSpecification
} from 'maplibre-gl';

export interface OverlaySpec {
  id: string;
  source: GeoJSONSourceSpecification;
  layers: (FillLayerSpecification | LineLayerSpecification)[];
}

export function overlaySpec(id: string, data: FeatureCollection, color: string): OverlaySpec {
  return {
    id,
    source: { type: 'geojson', data },
    layers: [
      {
        id: `${id}-relleno`,
        type: 'fill',
        source: id,
        paint: { 'fill-color': color, 'fill-opacity': 0.35 }
      },
      {
        id: `${id}-borde`,
        type: 'line',
        source: id,
        paint: { 'line-color': color, 'line-width': 1.5 }
      }
    ]
  };
}
