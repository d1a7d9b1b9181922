// The planner's input from what the district analysis holds: NBI and PDET from the profile, and
// mining titles per municipio when a layer of kind «minero» (ANM titles) is in the constraint
// matrix: the features that reach the municipio beyond a border sliver, counted once.
import type { ConstraintMatrix } from './constraint-matrix';
import type { PlannerMunicipio } from './mesa-planner';

export interface ProfileMunicipio {
  code: string;
  name: string;
  nbi: number | null;
  pdetSubregion: string | null;
}

export function plannerMunicipios(
  municipios: readonly ProfileMunicipio[],
  matrix: ConstraintMatrix | null
): PlannerMunicipio[] {
  const mining = (matrix?.layers ?? []).filter((l) => l.kind === 'minero').map((l) => l.id);
  return municipios.map((m) => {
    const base = { code: m.code, name: m.name, nbi: m.nbi, pdet: m.pdetSubregion !== null };
    if (!mining.length) return base;
    const row = matrix?.rows.find((r) => r.code === m.code);
    if (!row) return { ...base, titles: null };
    const titles = new Set(
      mining.flatMap((id) =>
        (row.cells[id]?.features ?? [])
          .filter((f) => !f.borde)
          .map((f) => `${id}\u0000${f.feature}`)
      )
    );
    return { ...base, titles: titles.size };
  });
}
