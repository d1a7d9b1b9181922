// The coordinate systems an import accepts, identified from a .prj (WKT) by their parameters —
// not by name — and anything else refused: a wrong guess would silently misplace a layer.
import proj4 from 'proj4';

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

interface Params {
  projName?: string;
  b?: number;
  sphere?: boolean;
  from_greenwich?: number;
  lat0?: number;
  long0?: number;
  k0?: number;
  x0?: number;
  y0?: number;
  a?: number;
  to_meter?: number;
}

const KIND: Record<string, string> = {
  longlat: 'longlat',
  identity: 'longlat',
  tmerc: 'tmerc',
  transverse_mercator: 'tmerc',
  merc: 'merc',
  mercator: 'merc',
  popular_visualisation_pseudo_mercator: 'merc',
  mercator_auxiliary_sphere: 'merc'
};

function params(def: string): Params | null {
  try {
    return proj4.Proj(def) as unknown as Params;
  } catch {
    return null;
  }
}

const kind = (p: Params) =>
  KIND[(p.projName ?? '').toLowerCase().replace(/[\s-]+/g, '_')] ?? p.projName;
const close = (a = 0, b = 0, tol = 1e-9) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

/** Pseudo-Mercator's methods are spherical by definition, whatever ellipsoid the WKT names. */
const spherical = (p: Params) =>
  Boolean(p.sphere) ||
  /pseudo_mercator|auxiliary_sphere/.test((p.projName ?? '').toLowerCase().replace(/[\s-]+/g, '_'));

function same(p: Params, q: Params): boolean {
  if (kind(p) !== kind(q) || (p.from_greenwich ?? 0) !== 0) return false;
  // Same ellipsoid size: rejects e.g. the old Bogotá datum (International 1924).
  if (!close(p.a, q.a, 1e-6)) return false;
  if (kind(p) === 'longlat') return true;
  // Web Mercator is spherical; an ellipsoidal Mercator (Esri "World Mercator") is another CRS.
  if (kind(p) === 'merc' && spherical(p) !== spherical(q)) return false;
  return (
    close(p.lat0, q.lat0) &&
    close(p.long0, q.long0) &&
    close(p.k0 ?? 1, q.k0 ?? 1) &&
    close(p.x0, q.x0, 1e-6) &&
    close(p.y0, q.y0, 1e-6) &&
    close(p.to_meter ?? 1, q.to_meter ?? 1)
  );
}

/**
 * The supported CRS a WKT describes, or null (unknown or unreadable). When several match (WGS 84
 * and MAGNA-SIRGAS in degrees differ only by 0.1 mm in the semi-minor axis), the one with the
 * same ellipsoid wins.
 */
export function identifyCrs(wkt: string): SupportedCrs | null {
  const p = params(wkt.trim());
  if (!p) return null;
  const matches = SUPPORTED_CRS.filter((c) => same(p, params(c.proj4)!));
  return matches.find((c) => close(p.b, params(c.proj4)!.b, 1e-12)) ?? matches[0] ?? null;
}
