// Sessions of the mesas (guide §2, §3.2): convened entities and their attendance, aggregate counts
// (never per person), votes with the guide's rule, commitments; and each mesa's member registry.
import type { CalendarDate } from '../calendar-date';
import type { MesaKind, SessionKind } from '../mesa-deadlines';
import type { MesaMemberInput } from '../mesa-member';
import type { Attendance } from '../mesa-quorum';
import type { VoteCount, VoteRule } from '../mesa-vote';

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

export type CommitmentInput = Omit<Commitment, 'id'>;

/** One convened entity's attendance, with the delegate's name when a delegate came. */
export type SessionAttendance = Attendance & { delegate: string | null };

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
  attendance: SessionAttendance[];
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

/** A vote as staff record it; members and present come from the session's attendance. */
export interface BallotInput {
  subject: string;
  rule: VoteRule;
  yes: number;
  no: number;
  abstain: number;
  /** The vote approves the PEG (district mesa, simple majority with quorum, §3.2). */
  approvesPeg: boolean;
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

/** A member entity of a mesa's registry, with who added it and when. */
export interface MesaMember extends MesaMemberInput {
  added_by: string;
  added_at: string;
}
