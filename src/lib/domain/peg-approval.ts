// Who approves the PEG (guide §3.2 «Aprobación»): the members of the district mesa vote it,
// «se aprueba por mayoría simple, garantizando el quorum». A vote that approves the PEG approves
// every action the planning offices validated, and there must be at least one.
import type { MesaKind } from './mesa-deadlines';
import type { VoteRule } from './mesa-vote';

/** Why a vote of `mesa` under `rule` cannot be the PEG's approval (Spanish), or null. */
export function pegApprovalProblem(mesa: MesaKind, rule: VoteRule): string | null {
  return mesa === 'distrital' && rule === 'mayoria_simple'
    ? null
    : 'El PEG lo aprueba la mesa distrital por mayoría simple con quórum (§3.2).';
}

/** Why a passed approval vote approves nothing (Spanish), or null. */
export const nothingValidatedProblem = (validated: number): string | null =>
  validated > 0 ? null : 'No hay acciones validadas por las OAP que aprobar.';
