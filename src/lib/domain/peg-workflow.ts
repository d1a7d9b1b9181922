// The PEG's workflow (guide §3.2, DOMAIN.md): DME/DFM pre-fill each action from the entities'
// plans → the entity has 15 days to complete it → its planning office (OAP) returns it as viable
// → the thematic/zonal mesas make proposals, answered with a technical concept (include or not,
// with its justification) → the OAPs validate it before the district's session 2 → the district
// mesa approves the PEG by vote (simple majority with quorum). An action moves one step at a time.

export type PegStatus = 'prediligenciada' | 'entidad' | 'oap' | 'mesas' | 'validada' | 'aprobada';

export const PEG_STATUSES: readonly PegStatus[] = [
  'prediligenciada',
  'entidad',
  'oap',
  'mesas',
  'validada',
  'aprobada'
];

export const STATUS_LABELS: Record<PegStatus, string> = {
  prediligenciada: 'Prediligenciada (DME/DFM)',
  entidad: 'En la entidad (15 días)',
  oap: 'En la Oficina Asesora de Planeación',
  mesas: 'En mesas temáticas y zonales',
  validada: 'Validada por la OAP',
  aprobada: 'Aprobada por la mesa distrital'
};

export interface TechnicalConcept {
  include: boolean;
  justification: string;
}

/**
 * Why the action cannot move from `from` to `to` (Spanish), or null. Approval never happens
 * action by action: only a vote of the district mesa approves the validated actions.
 */
export function transitionProblem(
  from: PegStatus,
  to: PegStatus,
  concept: TechnicalConcept | null
): string | null {
  if (to === 'aprobada')
    return 'El PEG se aprueba por votación de la mesa distrital, no acción por acción.';
  const i = PEG_STATUSES.indexOf(from);
  if (PEG_STATUSES.indexOf(to) !== i + 1)
    return `Una acción pasa de «${STATUS_LABELS[from]}» solo a «${STATUS_LABELS[PEG_STATUSES[i + 1] ?? from]}».`;
  if (from === 'mesas' && !concept?.justification.trim())
    return 'Para validarla, registre el concepto técnico (incluir o no) con su justificación.';
  if (from === 'mesas' && concept && !concept.include)
    return 'El concepto técnico fue no incluirla: la acción no pasa a validación.';
  return null;
}

/**
 * The technical concept an action keeps on a move from `from`: the mesas step records it (a new
 * one replaces the saved one); at every other step the saved one stays.
 */
export const keptConcept = (
  from: PegStatus,
  given: TechnicalConcept | null,
  saved: TechnicalConcept | null
): TechnicalConcept | null => (from === 'mesas' ? (given ?? saved) : saved);
