// Coordinates of a supported CRS → lon/lat degrees, converted in place (the features are fresh from
// the reader), Z and M dropped. MAGNA-SIRGAS equals WGS84 at map scale (towgs84 = 0), so the
// target keeps the source's ellipsoid and proj4 does no datum shift per point.
import type { Geometry } from 'geojson';
import proj4 from 'proj4';
import { forEachPosition } from './imported-layer';
import { sameDatumDegrees, type SupportedCrs } from './supported-crs';

/**
 * A function that converts a well-formed geometry of `crs` in place and tells whether every result
 * is a finite lon/lat inside the degree range (a damaged file can project to Infinity).
 */
export function toWgs84(crs: SupportedCrs): (g: Geometry) => boolean {
  const geographic = crs.epsg === 4326 || crs.epsg === 4686;
  const converter = geographic ? null : proj4(crs.proj4, sameDatumDegrees(crs));
  return (g) => {
    let ok = true;
    forEachPosition(g, (p) => {
      if (converter) {
        const [x, y] = converter.forward([p[0]!, p[1]!]);
        p[0] = x!;
        p[1] = y!;
      }
      p.length = 2;
      if (!(Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90)) ok = false;
    });
    return ok;
  };
}
