// The coordinate systems an export writes: WGS84 (the app's own lon/lat), MAGNA-SIRGAS in degrees
// (EPSG:4686) and MAGNA-SIRGAS / Origen-Nacional (EPSG:9377, IGAC Resolución 471 de 2020), each
// with its .prj as ArcGIS writes it (Esri WKT1). The app's lon/lat are taken as MAGNA-SIRGAS
// degrees (the same at map scale, towgs84 = 0), the inverse of what an import does
// (import/to-wgs84.ts), so an exported 9377 file imports back to the same coordinates.
import type { Geometry } from 'geojson';
import proj4 from 'proj4';
import { forEachPosition } from '../import/imported-layer';
import { SUPPORTED_CRS, sameDatumDegrees } from '../import/supported-crs';

export type ExportEpsg = 4326 | 4686 | 9377;

export interface ExportCrs {
  epsg: ExportEpsg;
  name: string;
  /** The .prj text. */
  prj: string;
  /** A copy of a lon/lat geometry in this CRS (the same geometry when the CRS is in degrees). */
  project: (g: Geometry) => Geometry;
}

const GEOGCS_MAGNA =
  'GEOGCS["GCS_MAGNA",DATUM["D_MAGNA",SPHEROID["GRS_1980",6378137.0,298.257222101]],' +
  'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

const WGS84_ESRI_WKT =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],' +
  'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

export const ORIGEN_NACIONAL_ESRI_WKT =
  `PROJCS["MAGNA-SIRGAS_Origen-Nacional",${GEOGCS_MAGNA},PROJECTION["Transverse_Mercator"],` +
  'PARAMETER["False_Easting",5000000.0],PARAMETER["False_Northing",2000000.0],' +
  'PARAMETER["Central_Meridian",-73.0],PARAMETER["Scale_Factor",0.9992],' +
  'PARAMETER["Latitude_Of_Origin",4.0],UNIT["Meter",1.0]]';

const PRJ: Record<ExportEpsg, string> = {
  4326: WGS84_ESRI_WKT,
  4686: GEOGCS_MAGNA,
  9377: ORIGEN_NACIONAL_ESRI_WKT
};

export function exportCrs(epsg: ExportEpsg): ExportCrs {
  const crs = SUPPORTED_CRS.find((c) => c.epsg === epsg)!;
  const prj = PRJ[epsg];
  if (epsg !== 9377) return { epsg, name: crs.name, prj, project: (g) => g };
  const converter = proj4(sameDatumDegrees(crs), crs.proj4);
  const project = (g: Geometry) => {
    const copy = structuredClone(g);
    forEachPosition(copy, (p) => {
      const [x, y] = converter.forward([p[0]!, p[1]!]);
      p[0] = x!;
      p[1] = y!;
      p.length = 2;
    });
    return copy;
  };
  return { epsg, name: crs.name, prj, project };
}
