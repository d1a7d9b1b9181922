// The public map's style: boundary tiles and label glyphs served by this app, nothing remote.
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { municipioLabelLayer } from './label-layer';
import { NON_PDET_COLOR } from './pdet-palette';

const hovered = ['boolean', ['feature-state', 'hover'], false] as ExpressionSpecification;
const selected = ['boolean', ['feature-state', 'selected'], false] as ExpressionSpecification;
/** Municipios of the mesa the user points at in the mesa proposal. */
const inMesa = ['boolean', ['feature-state', 'mesa'], false] as ExpressionSpecification;

const inDistrict = ['boolean', ['feature-state', 'district'], false] as ExpressionSpecification;
export const DISTRICT_COLOR = '#e67e22';

/**
 * Fill colour of municipios: those in the district being built first, then the PDET subregion
 * colour, or neutral when the palette is empty.
 */
export function pdetFillColor(palette: Map<string, string>): ExpressionSpecification {
  const pdet = palette.size
    ? ['match', ['coalesce', ['get', 'pdet'], ''], ...[...palette].flat(), NON_PDET_COLOR]
    : NON_PDET_COLOR;
  return ['case', inDistrict, DISTRICT_COLOR, pdet] as unknown as ExpressionSpecification;
}

/** Absolute URLs: this origin + /tiles/{z}/{x}/{y}.pbf and + /glyphs/{fontstack}/{range}.pbf */
export function baseStyle(
  tilesUrl: string,
  palette: Map<string, string>,
  maxzoom: number,
  glyphsUrl: string
): StyleSpecification {
  return {
    version: 8,
    glyphs: glyphsUrl,
    sources: {
      limites: {
        type: 'vector',
        tiles: [tilesUrl],
        minzoom: 0,
        maxzoom,
        promoteId: { municipios: 'code', departamentos: 'code' },
        attribution: 'Límites: DANE, MGN 2018'
      }
    },
    layers: [
      { id: 'fondo', type: 'background', paint: { 'background-color': '#dfe8ec' } },
      {
        id: 'municipios-relleno',
        type: 'fill',
        source: 'limites',
        'source-layer': 'municipios',
        paint: {
          'fill-color': pdetFillColor(palette),
          'fill-opacity': ['case', hovered, 1, inMesa, 1, 0.85]
        }
      },
      {
        id: 'municipios-borde',
        type: 'line',
        source: 'limites',
        'source-layer': 'municipios',
        paint: {
          'line-color': [
            'case',
            selected,
            '#c0392b',
            inMesa,
            '#5b2c83',
            hovered,
            '#1d4e5f',
            '#7d868c'
          ],
          'line-width': [
            'interpolate',
            ['linear'],
            ['zoom'],
            4,
            ['case', selected, 3, inMesa, 2.5, hovered, 2, 0.2],
            9,
            ['case', selected, 3.5, inMesa, 3, hovered, 2.5, 1]
          ]
        }
      },
      {
        id: 'departamentos-borde',
        type: 'line',
        source: 'limites',
        'source-layer': 'departamentos',
        paint: {
          'line-color': '#2f3a40',
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 9, 2]
        }
      },
      municipioLabelLayer()
    ]
  };
}
