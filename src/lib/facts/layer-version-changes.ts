// What a new version of one layer changes in a district, municipio by municipio: the features
// whose overlap appears, disappears or changes area, the layer's hectares, and the consulta previa
// flag (computed over every ethnic layer, so it flips only when no other layer holds the evidence).
// `before` and `after` are the district's facts with the old and the new version loaded.
import type { ConsultaFlag } from '../domain/consulta-previa-screen';
import type { DistrictFacts } from '../domain/anexo2-facts';

/** Changes below this area (ha) are rounding, not change. */
export const CHANGE_TOLERANCE_HA = 0.01;

export interface LayerSide {
  ha: number;
  elementos: string[];
  consulta: ConsultaFlag;
}

export interface MunicipioChange {
  municipio: string;
  nombre: string;
  antes: LayerSide;
  despues: LayerSide;
  aparecen: string[];
  desaparecen: string[];
  /** Features in both versions whose overlap changed by more than the tolerance. */
  cambian: { elemento: string; antes_ha: number; despues_ha: number }[];
  consulta_cambia: boolean;
}

function side(facts: DistrictFacts, layer: string | null, code: string) {
  const row = facts.matrix.rows.find((r) => r.code === code);
  const cell = layer ? row?.cells[layer] : undefined;
  const byFeature = new Map((cell?.features ?? []).map((f) => [f.feature, f.ha]));
  const flag = facts.screens.find((s) => s.code === code)?.flag ?? 'sin_registro';
  return { ha: cell?.ha ?? 0, byFeature, flag, name: row?.name ?? code };
}

/** `beforeLayer` null: the layer had no earlier version, so every overlap appears. */
export function layerVersionChanges(
  before: DistrictFacts,
  beforeLayer: string | null,
  after: DistrictFacts,
  afterLayer: string
): MunicipioChange[] {
  const out: MunicipioChange[] = [];
  for (const { code } of after.matrix.rows) {
    const a = side(before, beforeLayer, code);
    const b = side(after, afterLayer, code);
    const aparecen = [...b.byFeature.keys()].filter((f) => !a.byFeature.has(f));
    const desaparecen = [...a.byFeature.keys()].filter((f) => !b.byFeature.has(f));
    const cambian = [...b.byFeature].flatMap(([elemento, despues_ha]) => {
      const antes_ha = a.byFeature.get(elemento);
      return antes_ha !== undefined && Math.abs(despues_ha - antes_ha) > CHANGE_TOLERANCE_HA
        ? [{ elemento, antes_ha, despues_ha }]
        : [];
    });
    const consulta_cambia = a.flag !== b.flag;
    if (!aparecen.length && !desaparecen.length && !cambian.length && !consulta_cambia) continue;
    out.push({
      municipio: code,
      nombre: b.name,
      antes: { ha: a.ha, elementos: [...a.byFeature.keys()], consulta: a.flag },
      despues: { ha: b.ha, elementos: [...b.byFeature.keys()], consulta: b.flag },
      aparecen,
      desaparecen,
      cambian,
      consulta_cambia
    });
  }
  return out;
}
