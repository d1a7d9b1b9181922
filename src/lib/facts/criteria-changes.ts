// The inclusion criteria of a district (guide §1.1 item 7) whose verdict differs between its facts
// before and after a new version of a team layer. A criterion naming the layer without a version
// (`equipo:<id>`) follows the version of each side; one pinned to a version (`equipo:<id>@<n>`)
// keeps it whatever lands, so it is left out. Criteria on other layers or data are evaluated too
// (they come out unchanged: only this layer differs between the sides).
import type { DistrictFacts } from '../domain/anexo2-facts';
import { evaluateCriterion, type InclusionCriterion } from '../domain/inclusion-criteria';
import { criterionLabel } from '../domain/inclusion-paragraph';
import type { CriterionChange } from '../domain/model/layer-rescreen';
import { municipioInclusionFacts } from '../domain/municipio-inclusion-facts';

export interface CriteriaSide {
  facts: Pick<DistrictFacts, 'matrix' | 'profile' | 'layers'>;
  /** The layer version loaded on this side (`equipo:<id>@<n>`), null when none. */
  layer: string | null;
}

/** `equipo:<id>@<n>` → `equipo:<id>`. */
const unversioned = (ref: string) => ref.replace(/@\d+$/, '');

export function criteriaChanges(
  criteria: readonly InclusionCriterion[],
  groups: readonly (readonly string[])[],
  before: CriteriaSide,
  after: CriteriaSide & { layer: string }
): Map<string, CriterionChange[]> {
  const follows = unversioned(after.layer);
  const asked = criteria.filter((c) => !('layer' in c) || !c.layer.startsWith(`${follows}@`));
  const titles = new Map(
    [...after.facts.layers, ...after.facts.matrix.layers].map((l) => [l.id, l.title])
  );
  const layerTitle = (id: string) => titles.get(id === follows ? after.layer : id) ?? id;
  const verdicts = ({ facts, layer }: CriteriaSide) => {
    const byCode = municipioInclusionFacts(facts, groups);
    const resolved = asked.map((c) =>
      'layer' in c && c.layer === follows ? { ...c, layer: layer ?? follows } : c
    );
    return (code: string) => {
      const f = byCode.get(code);
      return resolved.map((c) => (f ? evaluateCriterion(c, f, layerTitle).pass : null));
    };
  };
  const [a, b] = [verdicts(before), verdicts(after)];
  return new Map(
    after.facts.matrix.rows.map(({ code }) => {
      const [was, is] = [a(code), b(code)];
      return [
        code,
        asked.flatMap((c, i) =>
          was[i] === is[i]
            ? []
            : [
                {
                  criterio: criterionLabel(c, layerTitle),
                  antes: was[i] ?? null,
                  despues: is[i] ?? null
                }
              ]
        )
      ];
    })
  );
}
