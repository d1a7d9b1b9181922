// Sessions of the mesas (contract.ts): every write refused by a rule of the guide is a RuleError.
import type { CalendarDate } from '../calendar-date';
import type {
  BallotInput,
  CommitmentInput,
  MesaSession,
  SessionAttendance,
  SessionCounts,
  SessionInput,
  SessionVote
} from '../model/mesa';
import type { Actor } from './contract';

export interface MesaStore {
  list(district: string): Promise<MesaSession[]>;
  /** NotFoundError for an unknown session of the district. */
  get(district: string, id: number): Promise<MesaSession>;
  create(district: string, s: SessionInput, actor: Actor): Promise<MesaSession>;
  /** Replaces the attendance of the listed entities and the counts (attendance-problem.ts). */
  attend(
    district: string,
    id: number,
    rows: SessionAttendance[],
    counts: SessionCounts,
    actor: Actor
  ): Promise<MesaSession>;
  /** The day the convocation went out (convocation-problem.ts). */
  convene(district: string, id: number, sent: CalendarDate, actor: Actor): Promise<MesaSession>;
  commit(district: string, id: number, c: CommitmentInput, actor: Actor): Promise<MesaSession>;
  /**
   * Records a vote with the session's live quorum. With `approvesPeg` (peg-approval.ts) a passed
   * vote approves every validated action in the same transaction; with none validated, nothing
   * is recorded.
   */
  vote(district: string, id: number, v: BallotInput, actor: Actor): Promise<SessionVote>;
}
