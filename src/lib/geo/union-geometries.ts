// The union of some GEOS geometries as a new geometry (the caller destroys it); the inputs are
// cloned, not consumed. null when GEOS fails.
import type { Geos } from './geos-runtime';

const GEOMETRYCOLLECTION = 7;

export function unionGeometries(geos: Geos, geometries: readonly number[]): number | null {
  const clones = geometries.map((g) => geos.GEOSGeom_clone(g));
  const arr = geos.Module._malloc(Math.max(1, clones.length) * 4);
  geos.Module.HEAPU32.set(clones, arr / 4);
  const coll = geos.GEOSGeom_createCollection(GEOMETRYCOLLECTION, arr, clones.length);
  geos.Module._free(arr);
  const union = geos.GEOSUnaryUnion(coll);
  geos.GEOSGeom_destroy(coll);
  return union || null;
}
