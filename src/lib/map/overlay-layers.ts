// Layer specs for polygon overlays that arrive after the analysis engine loads (resguardos, ZRC).
import type { FeatureCollection } from 'geojson';
import type {
  CircleLayerSpecification,
  FillLayerSpecification,
  GeoJSONSourceSpecification,
  LineLayerSpecification
} from 'maplibre-gl';

export interface OverlaySpec {
  id: string;
  source: GeoJSONSourceSpecification;
  layers: (FillLayerSpecification | LineLayerSpecification | CircleLayerSpecification)[];
  /** Property that names a feature (what a highlight lists). */
  key?: string;
}

/** Id of the outline layer that shows an overlay's highlighted features. */
export const highlightLayerId = (id: string) => `${id}-resaltado`;

export function overlaySpec(
  id: string,
  data: FeatureCollection,
  color: string,
  key?: string
): OverlaySpec {
  return {
    id,
    key,
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
      },
      {
        id: `${id}-puntos`,
        type: 'circle',
        source: id,
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-color': color,
          'circle-radius': 6,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5
        }
      },
      {
        id: highlightLayerId(id),
        type: 'line',
        source: id,
        filter: ['==', ['literal', 1], 0],
        paint: { 'line-color': '#c0392b', 'line-width': 3.5 }
      }
    ]
  };
}
