// One label point per polygon: the centre of its largest inscribed circle (pole of inaccessibility,
// GEOS MaximumInscribedCircle), so a name sits well inside its municipio, even a curved or
// multi-part one. Invalid shapes are repaired first (GEOS MakeValid).
import type { MultiPolygon, Polygon } from 'geojson';
import { loadGeos } from '../../src/lib/geo/geos-runtime';
import { repairGeometry } from '../../src/lib/geo/repair-geometry';
import { writeGeometry } from '../../src/lib/geo/geos-write';
import { BuildCheckError } from './fail';

/** Search precision: 1/500 of the shape's smaller side (in degrees, like the coordinates). */
const PRECISION = 1 / 500;

function extent(g: Polygon | MultiPolygon): number {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const p of polygons)
    for (const [x, y] of p[0] ?? []) {
      [w, e] = [Math.min(w, x!), Math.max(e, x!)];
      [s, n] = [Math.min(s, y!), Math.max(n, y!)];
    }
  return Math.min(e - w, n - s);
}

export interface LabelPoint {
  /** [lon, lat] of the circle's centre. */
  point: [number, number];
  /** The circle's radius, in degrees. */
  radius: number;
}

/** The label point of each geometry, in order; `names` only name failures. */
export async function labelPoints(
  geometries: (Polygon | MultiPolygon)[],
  names: string[]
): Promise<LabelPoint[]> {
  const { geos } = await loadGeos();
  const xy = geos.Module._malloc(16);
  try {
    return geometries.map((g, i) => {
      const written = writeGeometry(geos, g);
      if (!written) throw new BuildCheckError(`${names[i]}: GEOS no pudo leer la geometría`);
      const shape = repairGeometry(geos, written).geometry;
      const circle = geos.GEOSMaximumInscribedCircle(shape, extent(g) * PRECISION);
      geos.GEOSGeom_destroy(shape);
      if (!circle) throw new BuildCheckError(`${names[i]}: sin círculo inscrito (GEOS)`);
      // A two-point line: the centre, then the nearest point of the boundary.
      const seq = geos.GEOSGeom_getCoordSeq(circle);
      const at = (k: number): [number, number] => {
        geos.GEOSCoordSeq_getXY(seq, k, xy, xy + 8);
        return [geos.Module.HEAPF64[xy / 8]!, geos.Module.HEAPF64[xy / 8 + 1]!];
      };
      const [point, edge] = [at(0), at(1)];
      geos.GEOSGeom_destroy(circle);
      return { point, radius: Math.hypot(edge[0] - point[0], edge[1] - point[1]) };
    });
  } finally {
    geos.Module._free(xy);
  }
}
