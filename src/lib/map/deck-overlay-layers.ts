// The deck.gl layers of a big polygon overlay (DeckOverlaySpec), fed its typed arrays as binary
// attributes: the fill from the precomputed triangles (simplified below zoom `OUTLINE_ZOOM`);
// from that zoom on, the full rings and the outline
// as line segments read straight from the positions (no path tessellation on the main thread);
// and the highlighted features' outline in red; then its points and lines
// (deck-point-line-layers.ts). Ids follow the MapLibre overlays' (`<id>-relleno`, `-borde`,
// `-resaltado`, `-puntos`).
import type { Layer } from '@deck.gl/core';
import { LineLayer, PathLayer, SolidPolygonLayer } from '@deck.gl/layers';
import { ringSegmentMask } from '$lib/geo/ring-segment-mask';
import { ringsOfFeatures } from '$lib/geo/rings-of-features';
import { deckPointLineLayers } from './deck-point-line-layers';
import { HIGHLIGHT, hexRgba } from './hex-rgba';
import { highlightLayerId, type DeckOverlaySpec } from './overlay-layers';

const masks = new WeakMap<DeckOverlaySpec['buffers'], Uint8Array>();

/** Per-segment colours: the kind's colour on ring edges, transparent on jumps between rings. */
function outlineColors(o: DeckOverlaySpec): Uint8Array {
  let mask = masks.get(o.buffers);
  if (!mask) masks.set(o.buffers, (mask = ringSegmentMask(o.buffers)));
  const [r, g, b] = hexRgba(o.color, 255);
  const colors = new Uint8Array(mask.length * 4);
  for (let i = 0; i < mask.length; i++) colors.set([r, g, b, mask[i]! * 255], i * 4);
  return colors;
}
const BEFORE = 'departamentos-borde';

export function deckOverlayLayers(
  o: DeckOverlaySpec,
  visible: boolean,
  highlighted: readonly string[],
  detailed: boolean
): Layer[] {
  const fill = detailed ? o.buffers : (o.coarse ?? o.buffers);
  const b = o.buffers;
  const polygons = b.polygonStarts.length - 1;
  const layers: Layer[] = [];
  if (polygons > 0)
    layers.push(
      new SolidPolygonLayer({
        id: `${o.id}-relleno`,
        beforeId: BEFORE,
        visible,
        pickable: true,
        _normalize: false,
        data: {
          length: polygons,
          startIndices: fill.polygonStarts,
          attributes: { getPolygon: { value: fill.positions, size: 2 }, indices: fill.indices }
        },
        getFillColor: hexRgba(o.color, 89)
      })
    );
  if (detailed && b.positions.length > 2) {
    const colors = outlineColors(o);
    layers.push(
      new LineLayer({
        id: `${o.id}-borde`,
        beforeId: BEFORE,
        visible,
        data: {
          length: colors.length / 4,
          attributes: {
            // Vertex i and vertex i + 1 of the same array: 16-byte stride, offset by one vertex.
            getSourcePosition: { value: b.positions, size: 2, stride: 16, offset: 0 },
            getTargetPosition: { value: b.positions, size: 2, stride: 16, offset: 16 },
            getColor: { value: colors, size: 4, normalized: true }
          }
        },
        getWidth: 1.5,
        widthUnits: 'pixels'
      })
    );
  }
  const h = highlighted.length ? ringsOfFeatures(b, highlighted) : null;
  if (h && h.starts.length > 1) {
    layers.push(
      new PathLayer({
        id: highlightLayerId(o.id),
        beforeId: BEFORE,
        visible,
        data: {
          length: h.starts.length - 1,
          startIndices: h.starts,
          attributes: { getPath: { value: h.positions, size: 2 } }
        },
        getColor: HIGHLIGHT,
        getWidth: 3.5,
        widthUnits: 'pixels'
      })
    );
  }
  return [...layers, ...deckPointLineLayers(o, visible, highlighted, detailed)];
}
