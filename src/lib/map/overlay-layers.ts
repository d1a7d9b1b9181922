// Layer specs for polygon overlays that arrive after the analysis engine loads (resguardos, ZRC).
import type { FeatureCollection } from 'geojson';
import type { PolygonBuffers } from '$lib/geo/polygon-buffers';
import type {
  CircleLayerSpecification,
  FillLayerSpecification,
  GeoJSONSourceSpecification,
  LineLayerSpecification
} from 'maplibre-gl';

/** An overlay MapLibre draws from a GeoJSON source. */
export interface SourceOverlaySpec {
  id: string;
  source: GeoJSONSourceSpecification;
  layers: (FillLayerSpecification | LineLayerSpecification | CircleLayerSpecification)[];
  /** Property that names a feature (what a highlight lists). */
  key?: string;
}

/** A big polygon layer deck.gl draws from its typed arrays (team layers). */
export interface DeckOverlaySpec {
  id: string;
  buffers: PolygonBuffers;
  /** The same rings simplified, drawn below OUTLINE_ZOOM (same polygons, rings and keys). */
  coarse?: PolygonBuffers;
  color: string;
  /** What its features' keys name, for the tooltip. */
  title: string;
  key?: string;
}

export type OverlaySpec = SourceOverlaySpec | DeckOverlaySpec;

/** Below it a DeckOverlaySpec draws its simplified fills alone (a national view of 10,000
 * titles would otherwise have ~2 million vertices and outline segments). */
export const OUTLINE_ZOOM = 8;

export const isDeckOverlay = (o: OverlaySpec): o is DeckOverlaySpec => 'buffers' in o;

/** Id of the outline layer that shows an overlay's highlighted features. */
export const highlightLayerId = (id: string) => `${id}-resaltado`;

export function overlaySpec(
  id: string,
  data: FeatureCollection,
  color: string,
  key?: string
): SourceOverlaySpec {
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
