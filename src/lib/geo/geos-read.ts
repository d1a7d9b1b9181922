// GEOS geometry → GeoJSON MultiPolygon with its polygonal parts only.
import type { MultiPolygon, Position } from 'geojson';
import { eachRing } from './geos-rings';
import type { Geos } from './geos-runtime';

export function readPolygons(geos: Geos, g: number): MultiPolygon {
  const coordinates: Position[][][] = [];
  eachRing(geos, g, (xy, n, hole) => {
    const ring: Position[] = new Array<Position>(n);
    for (let i = 0; i < n; i++) ring[i] = [xy[2 * i]!, xy[2 * i + 1]!];
    if (hole) coordinates[coordinates.length - 1]?.push(ring);
    else coordinates.push([ring]);
  });
  return { type: 'MultiPolygon', coordinates };
}
