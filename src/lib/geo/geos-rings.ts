// Walks the rings of the polygonal parts of a GEOS geometry (lines and points that an overlay or a
// repair may produce are not area and are skipped). Each ring's coordinates are copied once into
// the wasm heap; `visit` gets a view of them that is valid only during the call.
import type { Geos } from './geos-runtime';

const POLYGON = 3;
const MULTIPOLYGON = 6;
const COLLECTION = 7;

/** xy: interleaved lon,lat of `n` vertices; `hole`: interior ring of the current polygon. */
export type RingVisitor = (xy: Float64Array, n: number, hole: boolean) => void;

function ring(geos: Geos, r: number, hole: boolean, scratch: number, visit: RingVisitor): void {
  const seq = geos.GEOSGeom_getCoordSeq(r);
  geos.GEOSCoordSeq_getSize(seq, scratch);
  const n = geos.Module.HEAPU32[scratch / 4]!;
  const buf = geos.Module._malloc(Math.max(1, n) * 16);
  geos.GEOSCoordSeq_copyToBuffer(seq, buf, 0, 0);
  visit(geos.Module.HEAPF64.subarray(buf / 8, buf / 8 + 2 * n), n, hole);
  geos.Module._free(buf);
}

function walk(geos: Geos, g: number, scratch: number, visit: RingVisitor): void {
  const type = geos.GEOSGeomTypeId(g);
  if (type === POLYGON) {
    if (geos.GEOSisEmpty(g) === 1) return;
    ring(geos, geos.GEOSGetExteriorRing(g), false, scratch, visit);
    const holes = geos.GEOSGetNumInteriorRings(g);
    for (let i = 0; i < holes; i++)
      ring(geos, geos.GEOSGetInteriorRingN(g, i), true, scratch, visit);
  } else if (type === MULTIPOLYGON || type === COLLECTION) {
    const n = geos.GEOSGetNumGeometries(g);
    for (let i = 0; i < n; i++) walk(geos, geos.GEOSGetGeometryN(g, i), scratch, visit);
  }
}

export function eachRing(geos: Geos, g: number, visit: RingVisitor): void {
  const scratch = geos.Module._malloc(8);
  try {
    walk(geos, g, scratch, visit);
  } finally {
    geos.Module._free(scratch);
  }
}
