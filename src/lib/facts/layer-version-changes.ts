// What a new version of one layer changes in a district, municipio by municipio: the features
// whose overlap appears, disappears or changes area, the layer's hectares, the consulta previa
// flag (computed over every ethnic layer, so it flips only when no other layer holds the evidence)
// and the district's inclusion criteria whose verdict changes (criteria-changes.ts).
// `before` and `after` are the district's facts with the old and the new version loaded.
import type { DistrictFacts } from '../domain/anexo2-facts';
import type { InclusionCriterion } from '../domain/inclusion-criteria';
import type { LayerSide, MunicipioChange } from '../domain/model/layer-rescreen';
import { criteriaChanges } from './criteria-changes';

export type { LayerSide, MunicipioChange } from '../domain/model/layer-rescreen';

/** Changes below this area (ha) are rounding, not change. */
export const CHANGE_TOLERANCE_HA = 0.01;

/** The district's inclusion criteria and its connected groups (largest first). */
export interface InclusionInput {
  criteria: readonly InclusionCriterion[];
  groups: readonly (readonly string[])[];
}

function side(facts: DistrictFacts, layer: string | null, code: string) {
  const row = facts.matrix.rows.find((r) => r.code === code);
  const cell = layer ? row?.cells[layer] : undefined;
  const byFeature = new Map((cell?.features ?? []).map((f) => [f.feature, f.ha]));
  const flag = facts.screens.find((s) => s.code === code)?.flag ?? 'sin_registro';
  return { ha: cell?.ha ?? 0, byFeature, flag, name: row?.name ?? code };
}

const sideOut = (s: ReturnType<typeof side>): LayerSide => ({
  ha: s.ha,
  elementos: [...s.byFeature.keys()],
  ha_elementos: Object.fromEntries(s.byFeature),
  consulta: s.flag
});

/** `beforeLayer` null: the layer had no earlier version, so every overlap appears. */
export function layerVersionChanges(
  before: DistrictFacts,
  beforeLayer: string | null,
  after: DistrictFacts,
  afterLayer: string,
  inclusion: InclusionInput = { criteria: [], groups: [] }
): MunicipioChange[] {
  const criteria = inclusion.criteria.length
    ? criteriaChanges(
        inclusion.criteria,
        inclusion.groups,
        { facts: before, layer: beforeLayer },
        { facts: after, layer: afterLayer }
      )
    : new Map<string, never[]>();
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
    const criterios = criteria.get(code) ?? [];
    if (
      !aparecen.length &&
      !desaparecen.length &&
      !cambian.length &&
      !consulta_cambia &&
      !criterios.length
    )
      continue;
    out.push({
      municipio: code,
      nombre: b.name,
      antes: sideOut(a),
      despues: sideOut(b),
      aparecen,
      desaparecen,
      cambian,
      consulta_cambia,
      criterios
    });
  }
  return out;
}
