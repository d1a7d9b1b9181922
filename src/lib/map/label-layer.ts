// Municipio names on the map, drawn with the glyphs shipped in static/glyphs/ (nothing remote).
// Each name shows from the zoom where it fits inside its municipio (the build's `minzoom`, capitals
// from the first labelled zoom); where two names collide, the capital, then the larger municipio
// (the build's `rank`) keeps its place. The layer starts hidden: AtlasMap shows it once the
// boundaries are drawn, so the glyphs (≈87 KB) never hold up the first paint.
import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { GLYPH_FONT } from './glyph-font';
import { FIRST_LABEL_ZOOM } from './label-min-zoom';

export const LABEL_LAYER_ID = 'municipios-etiqueta';

const capital = ['==', ['get', 'capital'], 1] as ExpressionSpecification;

export function municipioLabelLayer(): SymbolLayerSpecification {
  return {
    id: LABEL_LAYER_ID,
    type: 'symbol',
    source: 'limites',
    'source-layer': 'etiquetas',
    minzoom: FIRST_LABEL_ZOOM,
    filter: ['>=', ['zoom'], ['get', 'minzoom']],
    layout: {
      visibility: 'none',
      'text-field': ['get', 'name'],
      'text-font': [GLYPH_FONT],
      'text-size': [
        'interpolate',
        ['linear'],
        ['zoom'],
        FIRST_LABEL_ZOOM,
        ['case', capital, 11, 10],
        10,
        ['case', capital, 15, 13]
      ],
      'text-max-width': 7,
      'text-padding': 4,
      'text-allow-overlap': false,
      'symbol-sort-key': ['get', 'rank']
    },
    paint: {
      'text-color': '#1f2a30',
      'text-halo-color': 'rgba(255, 255, 255, 0.9)',
      'text-halo-width': 1.4
    }
  };
}
