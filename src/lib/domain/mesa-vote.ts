// The result of a vote at a mesa, always with quorum first (§2.1.2): decisions on guidelines or
// documents of the MTIN need at least two thirds of the members present (13 present → 9 votes);
// the district mesa approves the PEG by simple majority — more votes for than half the members
// present (§3.2); other decisions by simple majority too.
import { quorumOf } from './mesa-quorum';

export type VoteRule = 'dos_tercios' | 'mayoria_simple';

export const RULE_LABELS: Record<VoteRule, string> = {
  dos_tercios: 'Dos tercios de los miembros presentes (lineamientos y documentos de la MTIN)',
  mayoria_simple: 'Mayoría simple de los miembros presentes (p. ej., aprobación del PEG)'
};

export interface VoteCount {
  members: number;
  present: number;
  yes: number;
  no: number;
  abstain: number;
}

export interface VoteResult {
  approved: boolean;
  /** Votes for needed (null without quorum). */
  required: number | null;
  reason: string;
}

/** Votes for needed with `present` members: ⌈2p/3⌉, or ⌊p/2⌋ + 1. */
export const votesNeeded = (rule: VoteRule, present: number): number =>
  rule === 'dos_tercios' ? Math.ceil((2 * present) / 3) : Math.floor(present / 2) + 1;

export function voteResult(v: VoteCount, rule: VoteRule): VoteResult {
  if (v.yes + v.no + v.abstain > v.present)
    return { approved: false, required: null, reason: 'Hay más votos que miembros presentes.' };
  const q = quorumOf(v.members);
  if (v.present < q)
    return {
      approved: false,
      required: null,
      reason: `Sin quórum: ${v.present} de ${v.members} presentes; se requieren ${q}.`
    };
  const required = votesNeeded(rule, v.present);
  const approved = v.yes >= required;
  return {
    approved,
    required,
    reason: `${approved ? 'Aprobada' : 'No aprobada'}: ${v.yes} votos a favor de ${v.present} presentes; se requieren ${required} (${rule === 'dos_tercios' ? 'dos tercios' : 'mayoría simple'}).`
  };
}
