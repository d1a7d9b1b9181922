// The deck.gl layers of a big overlay's points and lines (point, line and mixed team layers), fed
// their typed arrays as binary attributes: points as circles of a fixed size in pixels
// (`<id>-puntos`), lines as paths (`<id>-lineas`, simplified below OUTLINE_ZOOM), both pickable;
// the highlighted features' points ringed and lines drawn in red (`<id>-resaltado-puntos`,
// `<id>-resaltado-lineas`).
import type { Layer } from '@deck.gl/core';
import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { PolygonBuffers } from '$lib/geo/polygon-buffers';
import { runsOfFeatures } from '$lib/geo/runs-of-features';
import { HIGHLIGHT, hexRgba, type Rgba } from './hex-rgba';
import { highlightLayerId, type DeckOverlaySpec } from './overlay-layers';

const BEFORE = 'departamentos-borde';
const WHITE: Rgba = [255, 255, 255, 255];

/** x, y of the points of the features named by `keys`. */
function pointsOf(b: PolygonBuffers, keys: readonly string[]): Float32Array {
  const wanted = new Set(keys);
  const out: number[] = [];
  b.pointFeature.forEach((f, i) => {
    if (wanted.has(b.keys[f]!)) out.push(b.points[2 * i]!, b.points[2 * i + 1]!);
  });
  return Float32Array.from(out);
}

export function deckPointLineLayers(
  o: DeckOverlaySpec,
  visible: boolean,
  highlighted: readonly string[],
  detailed: boolean
): Layer[] {
  const b = o.buffers;
  const lines = detailed ? b : (o.coarse ?? b);
  const color = hexRgba(o.color, 255);
  const layers: Layer[] = [];
  const common = { beforeId: BEFORE, visible };
  if (lines.pathFeature.length)
    layers.push(
      new PathLayer({
        ...common,
        id: `${o.id}-lineas`,
        pickable: true,
        data: {
          length: lines.pathFeature.length,
          startIndices: lines.pathStarts,
          attributes: { getPath: { value: lines.paths, size: 2 } }
        },
        getColor: color,
        getWidth: 2.5,
        widthUnits: 'pixels'
      })
    );
  if (b.pointFeature.length)
    layers.push(
      new ScatterplotLayer({
        ...common,
        id: `${o.id}-puntos`,
        pickable: true,
        data: {
          length: b.pointFeature.length,
          attributes: { getPosition: { value: b.points, size: 2 } }
        },
        getFillColor: color,
        getLineColor: WHITE,
        stroked: true,
        getRadius: 6,
        radiusUnits: 'pixels',
        getLineWidth: 1.5,
        lineWidthUnits: 'pixels'
      })
    );
  if (!highlighted.length) return layers;
  const runs = { positions: b.paths, starts: b.pathStarts, feature: b.pathFeature };
  const h = runsOfFeatures(b.keys, runs, highlighted);
  if (h.starts.length > 1)
    layers.push(
      new PathLayer({
        ...common,
        id: `${highlightLayerId(o.id)}-lineas`,
        data: {
          length: h.starts.length - 1,
          startIndices: h.starts,
          attributes: { getPath: { value: h.positions, size: 2 } }
        },
        getColor: HIGHLIGHT,
        getWidth: 4,
        widthUnits: 'pixels'
      })
    );
  const lit = pointsOf(b, highlighted);
  if (lit.length)
    layers.push(
      new ScatterplotLayer({
        ...common,
        id: `${highlightLayerId(o.id)}-puntos`,
        data: { length: lit.length / 2, attributes: { getPosition: { value: lit, size: 2 } } },
        getFillColor: HIGHLIGHT,
        getLineColor: HIGHLIGHT,
        stroked: true,
        filled: false,
        getRadius: 9,
        radiusUnits: 'pixels',
        getLineWidth: 3,
        lineWidthUnits: 'pixels'
      })
    );
  return layers;
}
