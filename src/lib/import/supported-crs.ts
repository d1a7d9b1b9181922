// The coordinate systems an import accepts, identified from a .prj (WKT) by their parameters —
// not by name — and anything else refused: a wrong guess would silently misplace a layer.
import proj4 from 'proj4';
import { SUPPORTED_CRS, type SupportedCrs } from './crs-list';

export { SUPPORTED_CRS, sameDatumDegrees, type SupportedCrs } from './crs-list';

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
