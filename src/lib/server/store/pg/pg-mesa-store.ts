// Sessions of the mesas on PostgreSQL, mirroring sqlite-mesa-store.ts: convened entities with
// their attendance, aggregate counts, the convocation, commitments and votes. Every write locks the
// session row first (FOR UPDATE), so the rules see the state they change; a vote that approves the
// PEG approves its validated actions on the same transaction (PgPegStore.approveValidatedIn).
import { attendanceProblem } from '../../../domain/attendance-problem';
import type { CalendarDate } from '../../../domain/calendar-date';
import { convocationProblem } from '../../../domain/convocation-problem';
import { NotFoundError } from '../../../domain/errors/not-found-error';
import { RuleError } from '../../../domain/errors/rule-error';
import { quorum, type Attendance } from '../../../domain/mesa-quorum';
import { voteResult } from '../../../domain/mesa-vote';
import type {
  BallotInput,
  Commitment,
  CommitmentInput,
  MesaSession,
  SessionAttendance,
  SessionCounts,
  SessionInput,
  SessionVote
} from '../../../domain/model/mesa';
import { nothingValidatedProblem, pegApprovalProblem } from '../../../domain/peg-approval';
import type { MesaStore } from '../../../domain/store/mesa-store';
import { PgAuditedStore } from './pg-audited-store';
import { isId } from './pg-util';
import type { PgDatabase, PgQueryable } from './pg-database';
import type { PgPegStore } from './pg-peg-store';

type SessionRow = Omit<
  MesaSession,
  'attendance' | 'votes' | 'commitments' | 'ethnic_organizations'
> & { ethnic_organizations: number };
type AttendanceRow = {
  session_id: number;
  entity: string;
  delegate: string | null;
  mode: Attendance['mode'];
  written_delegation: number;
};
type CommitmentRow = Commitment & { session_id: number };
type VoteRow = Omit<SessionVote, 'approved' | 'approves_peg'> & {
  session_id: number;
  approved: number;
  approves_peg: number;
};

const SESSION_COLUMNS = `id, district_id, mesa, number, kind, date, place, objective, attendees,
  self_recognized, professionals, convocation_sent, representatives, ethnic_organizations,
  ethnic_representatives`;

const bySession = <T extends { session_id: number }>(rows: T[]) => {
  const m = new Map<number, T[]>();
  for (const r of rows) m.set(r.session_id, [...(m.get(r.session_id) ?? []), r]);
  return (id: number) => m.get(id) ?? [];
};

export class PgMesaStore extends PgAuditedStore implements MesaStore {
  constructor(
    db: PgDatabase,
    now: () => string,
    private readonly peg: Pick<PgPegStore, 'approveValidatedIn'>
  ) {
    super(db, now);
  }

  list(district: string): Promise<MesaSession[]> {
    return this.sessions(this.db, district);
  }

  get(district: string, id: number): Promise<MesaSession> {
    return this.getIn(this.db, district, id);
  }

  create(district: string, s: SessionInput, actor: string): Promise<MesaSession> {
    return this.db.tx(async (c) => {
      const { entities, ...r } = s;
      const [row] = await c.query<{ id: number }>(
        `INSERT INTO mesa_sessions (district_id, mesa, number, kind, date, place, objective,
           created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [district, r.mesa, r.number, r.kind, r.date, r.place, r.objective, actor, this.now()]
      );
      const id = row!.id;
      for (const e of new Set(entities))
        await c.query('INSERT INTO session_attendance (session_id, entity) VALUES ($1, $2)', [
          id,
          e
        ]);
      await this.audit.recordIn(
        c,
        actor,
        'mesa.sesion',
        { district },
        { sesion: id, mesa: s.mesa, fecha: s.date }
      );
      return this.getIn(c, district, id);
    });
  }

  /** Replaces the attendance of the listed entities and the aggregate counts. */
  attend(
    district: string,
    id: number,
    rows: SessionAttendance[],
    counts: SessionCounts,
    actor: string
  ): Promise<MesaSession> {
    return this.db.tx(async (c) => {
      const convened = (await this.getIn(c, district, id, true)).attendance.map((a) => a.entity);
      const problem = attendanceProblem(convened, rows, counts);
      if (problem) throw new RuleError('session-attendance', problem);
      for (const a of rows)
        await c.query(
          `UPDATE session_attendance SET mode = $1, delegate = $2, written_delegation = $3
           WHERE session_id = $4 AND entity = $5`,
          [a.mode, a.delegate, a.writtenDelegation ? 1 : 0, id, a.entity]
        );
      await c.query(
        `UPDATE mesa_sessions SET attendees = $2, self_recognized = $3, professionals = $4,
           representatives = $5, ethnic_organizations = $6, ethnic_representatives = $7
         WHERE id = $1`,
        [
          id,
          counts.attendees,
          counts.selfRecognized,
          counts.professionals,
          counts.representatives ?? null,
          counts.ethnicOrganizations ? 1 : 0,
          counts.ethnicRepresentatives ?? null
        ]
      );
      await this.audit.recordIn(c, actor, 'mesa.asistencia', { district }, { sesion: id });
      return this.getIn(c, district, id);
    });
  }

  /** The day the convocation went out; on or before the session (§2.1.1, §2.2.1, §2.3.4). */
  convene(district: string, id: number, sent: CalendarDate, actor: string): Promise<MesaSession> {
    return this.db.tx(async (c) => {
      const problem = convocationProblem(sent, (await this.getIn(c, district, id, true)).date);
      if (problem) throw new RuleError('session-convocation', problem);
      await c.query('UPDATE mesa_sessions SET convocation_sent = $1 WHERE id = $2', [sent, id]);
      await this.audit.recordIn(
        c,
        actor,
        'mesa.convocatoria',
        { district },
        { sesion: id, enviada: sent }
      );
      return this.getIn(c, district, id);
    });
  }

  /** A commitment of the session: what, who, and by when (optional). */
  commit(district: string, id: number, k: CommitmentInput, actor: string): Promise<MesaSession> {
    return this.db.tx(async (c) => {
      await this.getIn(c, district, id, true);
      await c.query(
        `INSERT INTO session_commitments (session_id, text, responsible, due, created_by,
           created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, k.text, k.responsible, k.due, actor, this.now()]
      );
      await this.audit.recordIn(
        c,
        actor,
        'mesa.compromiso',
        { district },
        { sesion: id, compromiso: k.text }
      );
      return this.getIn(c, district, id);
    });
  }

  /**
   * Records a vote with the session's live quorum; `approvesPeg` (district mesa, simple majority)
   * approves every validated PEG action when the vote passes, on the same transaction.
   */
  vote(district: string, id: number, v: BallotInput, actor: string): Promise<SessionVote> {
    return this.db.tx(async (c) => {
      const s = await this.getIn(c, district, id, true);
      const refused = v.approvesPeg ? pegApprovalProblem(s.mesa, v.rule) : null;
      if (refused) throw new RuleError('peg-approval', refused);
      const q = quorum(s.attendance.length, s.attendance);
      const result = voteResult({ members: q.members, present: q.present, ...v }, v.rule);
      let reason = result.reason;
      if (v.approvesPeg && result.approved) {
        const ids = await this.peg.approveValidatedIn(
          c,
          district,
          actor,
          `Aprobada en la sesión ${s.number} (${s.date}).`
        );
        const none = nothingValidatedProblem(ids.length);
        if (none) throw new RuleError('peg-nothing-validated', none);
        reason += ` Acciones aprobadas: ${ids.join(', ')}.`;
      }
      const [row] = await c.query<{ id: number }>(
        `INSERT INTO session_votes (session_id, subject, rule, members, present, yes, no, abstain,
           approved, approves_peg, reason, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
        [
          id,
          v.subject,
          v.rule,
          q.members,
          q.present,
          v.yes,
          v.no,
          v.abstain,
          result.approved ? 1 : 0,
          v.approvesPeg ? 1 : 0,
          reason,
          actor,
          this.now()
        ]
      );
      const voteId = row!.id;
      await this.audit.recordIn(
        c,
        actor,
        'mesa.votacion',
        { district },
        { sesion: id, votacion: voteId, aprobada: result.approved }
      );
      return (await this.getIn(c, district, id)).votes.find((x) => x.id === voteId)!;
    });
  }

  /** One session; `lock` takes its row for the rest of the transaction. */
  private async getIn(
    c: PgQueryable,
    district: string,
    id: number,
    lock = false
  ): Promise<MesaSession> {
    // A non-integer id matches no row (SQLite); PostgreSQL would refuse it as a bigint.
    const [s] = isId(id) ? await this.sessions(c, district, id, lock) : [];
    if (!s) throw new NotFoundError(`No existe la sesión ${id} de «${district}».`);
    return s;
  }

  /** The district's sessions by date (or only session `id`), with their attendance, commitments and votes. */
  private async sessions(
    c: PgQueryable,
    district: string,
    id?: number,
    lock = false
  ): Promise<MesaSession[]> {
    const sessions = await c.query<SessionRow>(
      `SELECT ${SESSION_COLUMNS} FROM mesa_sessions
       WHERE district_id = $1 AND ($2::bigint IS NULL OR id = $2)
       ORDER BY date COLLATE "C", id${lock ? ' FOR UPDATE' : ''}`,
      [district, id ?? null]
    );
    if (!sessions.length) return [];
    const ids = sessions.map((s) => s.id);
    // One after another: a transaction's client runs one query at a time.
    const attendance = await c.query<AttendanceRow>(
      `SELECT session_id, entity, delegate, mode, written_delegation FROM session_attendance
       WHERE session_id = ANY($1::bigint[]) ORDER BY seq`,
      [ids]
    );
    const commitments = await c.query<CommitmentRow>(
      `SELECT session_id, id, text, responsible, due FROM session_commitments
       WHERE session_id = ANY($1::bigint[]) ORDER BY id`,
      [ids]
    );
    const votes = await c.query<VoteRow>(
      'SELECT * FROM session_votes WHERE session_id = ANY($1::bigint[]) ORDER BY id',
      [ids]
    );
    const attendanceOf = bySession(attendance);
    const commitmentsOf = bySession(commitments);
    const votesOf = bySession(votes);
    return sessions.map((s) => ({
      ...s,
      ethnic_organizations: s.ethnic_organizations === 1,
      attendance: attendanceOf(s.id).map((a) => ({
        entity: a.entity,
        delegate: a.delegate,
        mode: a.mode,
        writtenDelegation: a.written_delegation === 1
      })),
      commitments: commitmentsOf(s.id).map(({ id, text, responsible, due }) => ({
        id,
        text,
        responsible,
        due
      })),
      votes: votesOf(s.id).map((v) => ({
        ...v,
        approved: v.approved === 1,
        approves_peg: v.approves_peg === 1
      }))
    }));
  }
}
