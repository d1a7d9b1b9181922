// Server side: whether the area drawn for a PEG action lies in its district (the union of the
// district's municipios, bundled geometry). A small share outside is let through, since an area
// drawn by hand along the district's edge crosses it a little; more is refused in Spanish.
import type { Polygon } from 'geojson';
import { screenEngine } from './screen-engine';

/** Share of the drawn area (%) that may fall outside the district. */
export const MAX_OUTSIDE_PCT = 2;

const AREA = 'area-dibujada';
const DISTRICT = 'municipios-distrito';

/** A Spanish reason when the area is (mostly) outside the district's municipios, else null. */
export async function areaOutsideDistrict(
  area: Polygon,
  codes: readonly string[]
): Promise<string | null> {
  const { session, municipios } = await screenEngine();
  const parts = codes.flatMap((c) => {
    const r = municipios.get(c);
    return r ? [{ id: c, geometry: String(r.geometry) }] : [];
  });
  // Synchronous from here on: no other request can interleave on the temporary layers.
  session.load({ layer: AREA, features: [{ id: AREA, geometry: area }] });
  session.load({ layer: DISTRICT, features: parts });
  try {
    const inside = session.overlay({ municipios: AREA, layer: DISTRICT }).municipios[0]?.pct ?? 0;
    if (inside <= 0)
      return 'El área dibujada está fuera del distrito: dibújela sobre sus municipios.';
    const outside = 100 - inside;
    if (outside > MAX_OUTSIDE_PCT)
      return `El ${Math.ceil(outside)} % del área dibujada queda fuera del distrito: dibújela dentro de sus municipios.`;
    return null;
  } finally {
    session.unload(AREA);
    session.unload(DISTRICT);
  }
}
