// Consulta previa pre-screen of one area (a municipio, a district, a drawn polygon) against the
// ethnic layers loaded (§4 of the guide). It raises a flag with its evidence; it never decides:
// DANCP decides by afectación directa (Corte Constitucional SU-123/2018), not by presence alone.
//   superposicion — overlap with an ethnic feature above the sliver threshold, or an official
//                   record (ANT) that files an ethnic territory under the municipio, with the
//                   overlap area unknown (the record has no polygon; nothing is invented);
//   proximidad    — an ethnic feature within the buffer (a border sliver counts here, not above);
//   sin_registro  — nothing in the loaded layers, which is not the absence of communities.

export type ConsultaFlag = 'superposicion' | 'proximidad' | 'sin_registro';

/** How the flags read in Spanish documents and screens. */
export const FLAG_LABELS: Record<ConsultaFlag, string> = {
  superposicion: 'Superposición',
  proximidad: 'Proximidad',
  sin_registro: 'Sin registro en las capas cargadas'
};

/** One ethnic feature behind a flag. */
export interface EthnicEvidence {
  layer: string;
  feature: string;
  /** Overlap with the area, ha (null when they do not overlap). */
  overlap_ha: number | null;
  pct_of_area: number | null;
  /** Overlap under the sliver threshold: a shared border between sources, not presence. */
  borde: boolean;
  /** Geodesic distance, km: 0 when they touch or overlap. */
  distance_km: number;
  /** Presence from an official record with no polygon (overlap_ha stays null). */
  record?: EthnicRecord;
}

/** What an official register (the ANT's table of formalized resguardos) says of a territory. */
export interface EthnicRecord {
  people: string | null;
  /** Latest act, as recorded («RESOLUCION 0009 de 1993-04-14»). */
  act: string | null;
  /** Area recorded by the register, ha (not an overlap). */
  recorded_ha: number | null;
  /** The municipio name the register gave instead of a code, when it did. */
  filed_as: string | null;
}

/** A territory an official record files under the screened municipio. */
export interface RecordHit {
  layer: string;
  feature: string;
  record: EthnicRecord;
}

export interface ConsultaScreen {
  code: string;
  flag: ConsultaFlag;
  evidence: EthnicEvidence[];
}

export interface OverlapHit {
  layer: string;
  feature: string;
  overlap_ha: number;
  pct_of_area: number;
  borde: boolean;
}

export interface ProximityHit {
  layer: string;
  feature: string;
  distance_km: number;
}

const keyOf = (h: { layer: string; feature: string }) => `${h.layer}\u0000${h.feature}`;

export function screenConsulta(
  code: string,
  overlaps: readonly OverlapHit[],
  near: readonly ProximityHit[],
  bufferKm: number,
  records: readonly RecordHit[] = []
): ConsultaScreen {
  const evidence = new Map<string, EthnicEvidence>();
  for (const r of records)
    evidence.set(keyOf(r), {
      ...r,
      overlap_ha: null,
      pct_of_area: null,
      borde: false,
      distance_km: 0
    });
  for (const h of near)
    if (h.distance_km <= bufferKm)
      evidence.set(keyOf(h), { ...h, overlap_ha: null, pct_of_area: null, borde: false });
  for (const h of overlaps) {
    if (!(h.overlap_ha > 0)) continue;
    evidence.set(keyOf(h), {
      layer: h.layer,
      feature: h.feature,
      overlap_ha: h.overlap_ha,
      pct_of_area: h.pct_of_area,
      borde: h.borde,
      distance_km: 0
    });
  }
  const list = [...evidence.values()].sort(
    (a, b) =>
      Number(a.borde || a.overlap_ha === null) - Number(b.borde || b.overlap_ha === null) ||
      (b.overlap_ha ?? 0) - (a.overlap_ha ?? 0) ||
      a.distance_km - b.distance_km
  );
  const flag: ConsultaFlag = list.some((e) => (e.overlap_ha !== null && !e.borde) || e.record)
    ? 'superposicion'
    : list.length
      ? 'proximidad'
      : 'sin_registro';
  return { code, flag, evidence: list };
}
