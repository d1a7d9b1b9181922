// Validity check and repair of a polygonal GEOS geometry. An invalid geometry is rebuilt with
// GEOS MakeValid (STRUCTURE method, collapsed parts dropped) and the reason is returned so it can be
// reported; nothing is thrown and nothing is dropped silently.
import type { Geos } from './geos-runtime';

export interface Repair {
  /** Valid geometry: the input itself when it was valid, else a new one (input destroyed). */
  geometry: number;
  /** GEOS's reason for invalidity, e.g. "Self-intersection[-73.5677 11.2581]"; null when valid. */
  reason: string | null;
}

function invalidReason(geos: Geos, g: number): string {
  const ptr = geos.GEOSisValidReason(g);
  if (!ptr) return 'geometría inválida';
  const text = geos.Module.UTF8ToString(ptr);
  geos.GEOSFree(ptr);
  return text;
}

export function repairGeometry(geos: Geos, g: number): Repair {
  if (geos.GEOSisValid(g) === 1) return { geometry: g, reason: null };
  const reason = invalidReason(geos, g);
  const params = geos.GEOSMakeValidParams_create();
  geos.GEOSMakeValidParams_setMethod(params, geos.GEOSMakeValidMethods.GEOS_MAKE_VALID_STRUCTURE);
  geos.GEOSMakeValidParams_setKeepCollapsed(params, 0);
  const fixed = geos.GEOSMakeValidWithParams(g, params);
  geos.GEOSMakeValidParams_destroy(params);
  if (!fixed) return { geometry: g, reason: `${reason} (no se pudo reparar)` };
  geos.GEOSGeom_destroy(g);
  return { geometry: fixed, reason };
}
