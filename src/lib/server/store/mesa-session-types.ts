// Sessions of the mesas as the server stores and returns them (sqlite-mesa-store.ts).
import type { CalendarDate } from '../../domain/calendar-date';
import type { MesaKind, SessionKind } from '../../domain/mesa-deadlines';
import type { Attendance } from '../../domain/mesa-quorum';
import type { VoteCount, VoteRule } from '../../domain/mesa-vote';

export interface SessionInput {
  mesa: MesaKind;
  number: number;
  kind: SessionKind;
  date: CalendarDate;
  place: string;
  objective: string;
  entities: string[];
}

export interface Commitment {
  id: number;
  text: string;
  responsible: string;
  due: CalendarDate | null;
}

export interface MesaSession extends Omit<SessionInput, 'entities'> {
  id: number;
  district_id: string;
  attendees: number | null;
  self_recognized: number | null;
  professionals: number | null;
  /** The day the convocation was sent (null: not recorded). */
  convocation_sent: CalendarDate | null;
  /** Thematic or zonal mesas: representatives elected to the district mesa (§2.3.4). */
  representatives: number | null;
  /** Ethnic organizations or communities take part in the mesa. */
  ethnic_organizations: boolean;
  /** Of the representatives, those designated by the ethnic organizations. */
  ethnic_representatives: number | null;
  attendance: (Attendance & { delegate: string | null })[];
  votes: SessionVote[];
  commitments: Commitment[];
}

export interface SessionVote extends VoteCount {
  id: number;
  subject: string;
  rule: VoteRule;
  approved: boolean;
  approves_peg: boolean;
  reason: string;
  recorded_by: string;
  recorded_at: string;
}

/** The aggregate counts of a session (never per person); absent ones are stored as empty. */
export interface SessionCounts {
  attendees: number | null;
  selfRecognized: number | null;
  professionals: number | null;
  representatives?: number | null;
  ethnicOrganizations?: boolean;
  ethnicRepresentatives?: number | null;
}
