// A polygon layer made ready for overlays: GEOS geometries (repaired when invalid), geodesic
// areas, bounding boxes and a flatbush index. Built once per layer and reused by every overlay.
// A feature's geodesic area is measured the first time an overlay needs it: a national layer of
// 10,000 titles is crossed with a district's few municipios, not measured whole.
import bbox from '@turf/bbox';
import Flatbush from 'flatbush';
import type { BBox } from 'geojson';
import { EdgeAreaCache } from './edge-area-cache';
import { geosAreaHa } from './geos-area';
import type { Geos, GeosRuntime } from './geos-runtime';
import { writeGeometry } from './geos-write';
import type { OverlayFeature, RepairNote } from './overlay-types';
import { repairGeometry } from './repair-geometry';

export interface PreparedItem {
  id: string;
  geometry: number;
  bbox: BBox;
  /** Geodesic area (ha), measured on first read. */
  readonly areaHa: number;
  /** GEOS prepared geometry, created on first use. */
  prepared: number;
}

export interface PreparedLayer {
  items: PreparedItem[];
  index: Flatbush | null;
  repaired: RepairNote[];
  warnings: string[];
  /** Pairs of item indexes ("i,j", i < j) known to share area or not; filled by overlays. */
  overlaps: Map<string, boolean>;
  /** S12 of every edge of the layer, reused when measuring the pieces cut from it. */
  edges: EdgeAreaCache;
  destroy(): void;
}

/** GEOS's planar area (degrees²): zero exactly when the geodesic area is. */
function planarArea(geos: Geos, g: number): number {
  const out = geos.Module._malloc(8);
  try {
    return geos.GEOSArea(g, out) === 1 ? geos.Module.HEAPF64[out / 8]! : 0;
  } finally {
    geos.Module._free(out);
  }
}

function lazyAreaItem(
  geos: Geos,
  edges: EdgeAreaCache,
  id: string,
  geometry: number,
  box: BBox
): PreparedItem {
  let area: number | undefined;
  return {
    id,
    geometry,
    bbox: box,
    prepared: 0,
    get areaHa() {
      return (area ??= geosAreaHa(geos, geometry, edges, true));
    }
  };
}

function usableBbox(b: BBox): boolean {
  const [w, s, e, n] = b;
  return [w, s, e, n].every(Number.isFinite) && w >= -180 && e <= 180 && s >= -90 && n <= 90;
}

export function prepareLayer(
  { geos, takeMessage }: GeosRuntime,
  features: OverlayFeature[]
): PreparedLayer {
  const items: PreparedItem[] = [];
  const repaired: RepairNote[] = [];
  const warnings: string[] = [];
  const edges = new EdgeAreaCache();
  for (const { id, geometry } of features) {
    const type = (geometry as { type?: string } | null)?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      warnings.push(`«${id}»: sin geometría poligonal (${type ?? 'vacía'}); no se cruza.`);
      continue;
    }
    const box = bbox(geometry);
    if (!usableBbox(box)) {
      warnings.push(`«${id}»: coordenadas no válidas o fuera de grados WGS84; no se cruza.`);
      continue;
    }
    const notes: string[] = [];
    const written = writeGeometry(geos, geometry, notes);
    if (!written) {
      warnings.push(
        `«${id}»: geometría imposible de construir (${takeMessage() ?? 'anillo inválido'}); no se cruza.`
      );
      continue;
    }
    const fix = repairGeometry(geos, written);
    const reasons = [...new Set(notes), ...(fix.reason ? [fix.reason] : [])];
    if (reasons.length) repaired.push({ feature: id, reason: reasons.join('; ') });
    if (geos.GEOSisEmpty(fix.geometry) === 1 || planarArea(geos, fix.geometry) === 0) {
      warnings.push(`«${id}»: geometría sin área; no se cruza.`);
      geos.GEOSGeom_destroy(fix.geometry);
      continue;
    }
    items.push(lazyAreaItem(geos, edges, id, fix.geometry, box));
  }
  let index: Flatbush | null = null;
  if (items.length > 0) {
    index = new Flatbush(items.length);
    for (const { bbox: b } of items) index.add(b[0], b[1], b[2], b[3]);
    index.finish();
  }
  return {
    items,
    index,
    repaired,
    warnings,
    overlaps: new Map(),
    edges,
    destroy() {
      for (const it of items) {
        if (it.prepared) geos.GEOSPreparedGeom_destroy(it.prepared);
        geos.GEOSGeom_destroy(it.geometry);
      }
      items.length = 0;
    }
  };
}
