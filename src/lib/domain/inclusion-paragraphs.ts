// The inclusion paragraph of every municipio of a district (guide §1.1 item 7, for the memoria
// justificativa), evaluated as the district page does: the district's criteria — contiguity and
// PDET when none are configured, the page's defaults — over the constraint matrix, the NBI of the
// profile and the contiguity groups; a paragraph the user edited replaces the generated one.
import type { DistrictFacts } from './anexo2-facts';
import { evaluateCriterion, type InclusionCriterion } from './inclusion-criteria';
import { inclusionParagraph } from './inclusion-paragraph';
import { municipioInclusionFacts } from './municipio-inclusion-facts';

/** The district page's default criteria (DEFAULT_SETTINGS in state/district.svelte.ts). */
export const DEFAULT_INCLUSION_CRITERIA: readonly InclusionCriterion[] = [
  { kind: 'contiguous' },
  { kind: 'pdet' }
];

/**
 * `groups`: the district's municipios in connected groups, largest first (geo/connected-groups);
 * a municipio is contiguous when it belongs to the largest group and that group has company.
 */
export function inclusionParagraphs(
  facts: Pick<DistrictFacts, 'matrix' | 'profile' | 'layers'>,
  groups: readonly (readonly string[])[],
  criteria: readonly InclusionCriterion[] = DEFAULT_INCLUSION_CRITERIA,
  edited: Readonly<Record<string, string>> = {}
): Record<string, string> {
  const titles = new Map([...facts.layers, ...facts.matrix.layers].map((l) => [l.id, l.title]));
  const layerTitle = (id: string) => titles.get(id) ?? id;
  const byCode = municipioInclusionFacts(facts, groups);
  return Object.fromEntries(
    facts.matrix.rows.map((row) => {
      const custom = edited[row.code]?.trim();
      if (custom) return [row.code, custom];
      const f = byCode.get(row.code)!;
      const results = criteria.map((c) => evaluateCriterion(c, f, layerTitle));
      return [row.code, inclusionParagraph(f, results, layerTitle)];
    })
  );
}
