// Rows of RUNAP's per-municipio report → the constraint matrix's cut for its column: per municipio
// the official terrestrial hectares of each protected area (its pieces summed), the sum of them and
// its share of the municipio's official area (MGN 2018). Never an overlay: the report has no
// polygons, and areas that overlap each other are summed as the report gives them.
import type { LayerCut, MatrixLayer } from '../domain/constraint-matrix';

/** The bundled table of RUNAP's report (catalog id and table name). */
export const RUNAP_REPORT_LAYER = 'runap_reporte';

/** The matrix column of the report. */
export const RUNAP_REPORT_COLUMN: MatrixLayer = {
  id: RUNAP_REPORT_LAYER,
  title: 'Áreas protegidas (RUNAP)',
  kind: 'ambiental',
  basis: 'official'
};

export function officialAreaCut(
  rows: readonly Record<string, unknown>[],
  municipios: readonly { code: string; areaKm2: number }[]
): LayerCut {
  const areaHa = new Map(municipios.map((m) => [m.code, m.areaKm2 * 100]));
  const pieces = new Map<string, LayerCut['pairs'][number]>();
  for (const r of rows) {
    const code = String(r.code);
    if (!areaHa.has(code)) continue;
    const key = `${code}|${String(r.ap_id)}`;
    const ha = Number(r.terrestre_ha);
    const seen = pieces.get(key);
    if (seen) seen.overlap_ha += ha;
    else
      pieces.set(key, {
        municipio: code,
        feature: String(r.name),
        overlap_ha: ha,
        borde: false,
        category: String(r.category)
      });
  }
  const pairs = [...pieces.values()];
  return {
    pairs,
    municipios: [...areaHa].map(([code, area]) => {
      const ha = pairs.filter((p) => p.municipio === code).reduce((s, p) => s + p.overlap_ha, 0);
      return { code, overlap_ha: ha, pct: area > 0 ? (100 * ha) / area : 0 };
    })
  };
}
