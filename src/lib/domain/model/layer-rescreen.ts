// What a new version of a team layer changes in the saved districts (issue 20, «When a new version
// lands»): per district, per municipio, the overlaps that appear, disappear or change area, the
// consulta previa flag and the inclusion criteria whose result changes. `atlas capas cambios` prints
// it and the server's re-screen stores it (store/rescreen-run-store.ts).
import type { ConsultaFlag } from '../consulta-previa-screen';

export interface LayerSide {
  /** The layer's hectares in the municipio. */
  ha: number;
  elementos: string[];
  /** Each feature's overlap with the municipio, ha. */
  ha_elementos: Record<string, number>;
  consulta: ConsultaFlag;
}

/** An inclusion criterion (guide §1.1 item 7) whose verdict differs between the versions. */
export interface CriterionChange {
  /** What it asks, in Spanish (criterionLabel). */
  criterio: string;
  /** null: not evaluable (the data to decide is not loaded). */
  antes: boolean | null;
  despues: boolean | null;
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
  criterios: CriterionChange[];
}

export interface DistrictChanges {
  id: string;
  nombre: string;
  cambios: MunicipioChange[];
}

export interface CambiosOutput {
  capa: string;
  version: number;
  anterior: number | null;
  /** Districts recomputed: those whose municipios (plus the buffer) meet either version. */
  recalculados: number;
  distritos: DistrictChanges[];
}
