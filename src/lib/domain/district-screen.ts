// The consulta previa pre-screen of a whole district from its municipios' screens (§4): the
// strongest flag wins, and the evidence is every ethnic feature behind any municipio's flag, once,
// with its overlap summed over the district and its shortest distance.
import type { ConsultaFlag, ConsultaScreen, EthnicEvidence } from './consulta-previa-screen';

const RANK: Record<ConsultaFlag, number> = { sin_registro: 0, proximidad: 1, superposicion: 2 };

/** `areaHa`: the district's area, for each overlap's share of it. */
export function districtScreen(
  id: string,
  screens: readonly ConsultaScreen[],
  areaHa: number
): ConsultaScreen {
  const byFeature = new Map<string, EthnicEvidence>();
  let flag: ConsultaFlag = 'sin_registro';
  for (const s of screens) {
    if (RANK[s.flag] > RANK[flag]) flag = s.flag;
    for (const e of s.evidence) {
      const key = `${e.layer}\u0000${e.feature}`;
      const seen = byFeature.get(key);
      if (!seen) {
        byFeature.set(key, { ...e });
        continue;
      }
      const overlap = (seen.overlap_ha ?? 0) + (e.overlap_ha ?? 0);
      seen.overlap_ha = seen.overlap_ha === null && e.overlap_ha === null ? null : overlap;
      seen.borde = seen.borde && e.borde;
      seen.distance_km = Math.min(seen.distance_km, e.distance_km);
    }
  }
  for (const e of byFeature.values())
    e.pct_of_area = e.overlap_ha === null || !(areaHa > 0) ? null : (100 * e.overlap_ha) / areaHa;
  const evidence = [...byFeature.values()].sort(
    (a, b) => (b.overlap_ha ?? -1) - (a.overlap_ha ?? -1) || a.distance_km - b.distance_km
  );
  return { code: id, flag, evidence };
}
