// The coordinate systems an import accepts, as data only (no proj4), so a form can list them
// without loading the projection library; supported-crs.ts identifies and converts them.
export interface SupportedCrs {
  epsg: number;
  name: string;
  proj4: string;
}

const MAGNA_TM = (lat0: number, lon0: number, k: number, x0: number, y0: number) =>
  `+proj=tmerc +lat_0=${lat0} +lon_0=${lon0} +k=${k} +x_0=${x0} +y_0=${y0} +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs`;
const ZONE_LAT0 = 4.596200416666666;

export const SUPPORTED_CRS: readonly SupportedCrs[] = [
  { epsg: 4326, name: 'WGS 84', proj4: '+proj=longlat +datum=WGS84 +no_defs' },
  {
    epsg: 4686,
    name: 'MAGNA-SIRGAS',
    proj4: '+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs'
  },
  {
    epsg: 3114,
    name: 'MAGNA-SIRGAS / Colombia Far West zone',
    proj4: MAGNA_TM(ZONE_LAT0, -80.07750791666666, 1, 1e6, 1e6)
  },
  {
    epsg: 3115,
    name: 'MAGNA-SIRGAS / Colombia West zone',
    proj4: MAGNA_TM(ZONE_LAT0, -77.07750791666666, 1, 1e6, 1e6)
  },
  {
    epsg: 3116,
    name: 'MAGNA-SIRGAS / Colombia Bogota zone',
    proj4: MAGNA_TM(ZONE_LAT0, -74.07750791666666, 1, 1e6, 1e6)
  },
  {
    epsg: 3117,
    name: 'MAGNA-SIRGAS / Colombia East Central zone',
    proj4: MAGNA_TM(ZONE_LAT0, -71.07750791666666, 1, 1e6, 1e6)
  },
  {
    epsg: 3118,
    name: 'MAGNA-SIRGAS / Colombia East zone',
    proj4: MAGNA_TM(ZONE_LAT0, -68.07750791666666, 1, 1e6, 1e6)
  },
  { epsg: 9377, name: 'MAGNA-SIRGAS / Origen-Nacional', proj4: MAGNA_TM(4, -73, 0.9992, 5e6, 2e6) },
  {
    epsg: 3857,
    name: 'WGS 84 / Pseudo-Mercator',
    proj4:
      '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs'
  }
];

/** Lon/lat degrees on the same ellipsoid as `crs` (MAGNA-SIRGAS = WGS84 at map scale: no shift). */
export const sameDatumDegrees = (crs: SupportedCrs) =>
  /\+ellps=GRS80/.test(crs.proj4) ? SUPPORTED_CRS[1]!.proj4 : SUPPORTED_CRS[0]!.proj4;
