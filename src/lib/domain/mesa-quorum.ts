// Quorum of a mesa (guide §2.1.2, MTIN; the district mesa follows the same rule, §3.2 and its
// reglamento, anexo 3): half of the member entities plus one (25 → 13). An entity counts when
// its titular attends, or a delegate with a written delegation — who keeps voice and vote.

export type AttendanceMode = 'titular' | 'delegado' | 'ausente';

export interface Attendance {
  entity: string;
  mode: AttendanceMode;
  /** Delegates only: the delegation was given in writing. */
  writtenDelegation?: boolean;
}

/** Half the members plus one: floor(n / 2) + 1 (25 → 13, 24 → 13, 1 → 1). */
export const quorumOf = (members: number): number => Math.floor(members / 2) + 1;

/** Whether an attendance counts for quorum and vote. */
export const counts = (a: Attendance): boolean =>
  a.mode === 'titular' || (a.mode === 'delegado' && a.writtenDelegation === true);

export interface QuorumState {
  members: number;
  required: number;
  present: number;
  met: boolean;
  /** Delegates without a written delegation: present, but without vote. */
  withoutDelegation: string[];
}

export function quorum(members: number, attendance: readonly Attendance[]): QuorumState {
  const entities = new Map(attendance.map((a) => [a.entity, a]));
  const present = [...entities.values()].filter(counts).length;
  const required = quorumOf(members);
  return {
    members,
    required,
    present,
    met: present >= required,
    withoutDelegation: [...entities.values()]
      .filter((a) => a.mode === 'delegado' && !a.writtenDelegation)
      .map((a) => a.entity)
  };
}
