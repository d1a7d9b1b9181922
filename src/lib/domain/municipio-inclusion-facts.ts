// What the inclusion criteria (guide §1.1 item 7) read about each municipio of a district's facts:
// its constraint-matrix row, its NBI from the profile and its contiguity from the district's
// connected groups (largest first) — contiguous when it belongs to the largest group and that group
// has company, or when it is the district's only municipio.
import type { DistrictFacts } from './anexo2-facts';
import type { MunicipioFacts } from './inclusion-criteria';

export function municipioInclusionFacts(
  facts: Pick<DistrictFacts, 'matrix' | 'profile'>,
  groups: readonly (readonly string[])[]
): Map<string, MunicipioFacts> {
  const main = groups[0] ?? [];
  const single = facts.matrix.rows.length === 1;
  const nbi = new Map(facts.profile.municipios.map((m) => [m.code, m.nbi]));
  return new Map(
    facts.matrix.rows.map((row) => [
      row.code,
      {
        ...row,
        nbi: nbi.get(row.code) ?? null,
        contiguous: single || (main.length > 1 && main.includes(row.code))
      }
    ])
  );
}
