// GeoJSON polygon geometry → GEOS geometry (caller destroys it). Z/M values are dropped.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Geos } from './geos-runtime';

const MULTIPOLYGON = 6;

function ring(geos: Geos, open: Position[], notes: string[]): number {
  const first = open[0];
  const last = open[open.length - 1];
  const closed = !first || !last || (first[0] === last[0] && first[1] === last[1]);
  if (!closed) notes.push('anillo sin cerrar (se cerró)');
  const coords = closed ? open : [...open, first];
  const n = coords.length;
  const ptr = geos.Module._malloc(n * 16);
  const heap = geos.Module.HEAPF64;
  let k = ptr / 8;
  for (const c of coords) {
    heap[k++] = c[0]!;
    heap[k++] = c[1]!;
  }
  const seq = geos.GEOSCoordSeq_copyFromBuffer(ptr, n, 0, 0);
  geos.Module._free(ptr);
  return geos.GEOSGeom_createLinearRing(seq);
}

function pointerArray(geos: Geos, items: number[]): number {
  const ptr = geos.Module._malloc(Math.max(1, items.length) * 4);
  geos.Module.HEAPU32.set(items, ptr / 4);
  return ptr;
}

function polygon(geos: Geos, rings: Position[][], notes: string[]): number {
  const [outer, ...holes] = rings;
  if (!outer) return geos.GEOSGeom_createEmptyPolygon();
  const holePtrs = holes.map((h) => ring(geos, h, notes));
  const shell = ring(geos, outer, notes);
  if (!shell || holePtrs.includes(0)) {
    for (const r of [shell, ...holePtrs]) if (r) geos.GEOSGeom_destroy(r);
    return 0;
  }
  const arr = pointerArray(geos, holePtrs);
  const p = geos.GEOSGeom_createPolygon(shell, arr, holePtrs.length);
  geos.Module._free(arr);
  return p;
}

/**
 * Returns 0 when GEOS cannot build the geometry (e.g. a ring of fewer than 4 points). Unclosed
 * rings are closed and noted in `notes`.
 */
export function writeGeometry(geos: Geos, g: Polygon | MultiPolygon, notes: string[] = []): number {
  if (g.type === 'Polygon') return polygon(geos, g.coordinates, notes);
  const parts = g.coordinates.map((p) => polygon(geos, p, notes));
  if (parts.includes(0)) {
    for (const p of parts) if (p) geos.GEOSGeom_destroy(p);
    return 0;
  }
  const arr = pointerArray(geos, parts);
  const multi = geos.GEOSGeom_createCollection(MULTIPOLYGON, arr, parts.length);
  geos.Module._free(arr);
  return multi;
}
