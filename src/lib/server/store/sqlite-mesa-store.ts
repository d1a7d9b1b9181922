// Sessions of the mesas (SQLite): date, place, objective, the entities convened with their
// attendance (titular, delegate with or without written delegation, absent), aggregate counts of
// attendees, professionals, voluntary self-recognition (never per person) and representatives, the
// day the convocation was sent, and votes with the guide's rule. A vote that approves the PEG
// approves its validated actions in the same transaction. The rules are the domain's.
import type Database from 'better-sqlite3';
import { attendanceProblem } from '../../domain/attendance-problem';
import type { CalendarDate } from '../../domain/calendar-date';
import { convocationProblem } from '../../domain/convocation-problem';
import { NotFoundError } from '../../domain/errors/not-found-error';
import { RuleError } from '../../domain/errors/rule-error';
import { quorum, type Attendance } from '../../domain/mesa-quorum';
import { voteResult } from '../../domain/mesa-vote';
import type {
  BallotInput,
  Commitment,
  CommitmentInput,
  MesaSession,
  SessionAttendance,
  SessionCounts,
  SessionInput,
  SessionVote
} from '../../domain/model/mesa';
import { nothingValidatedProblem, pegApprovalProblem } from '../../domain/peg-approval';
import type { MesaStore } from '../../domain/store/mesa-store';
import type { PegStore } from '../../domain/store/peg-store';
import { AuditedStore } from './audited-store';
import type { Sync } from './sync-store';

type SessionRow = Omit<
  MesaSession,
  'attendance' | 'votes' | 'commitments' | 'ethnic_organizations'
> & { ethnic_organizations: number };
type AttendanceRow = {
  entity: string;
  delegate: string | null;
  mode: Attendance['mode'];
  written_delegation: number;
};
type VoteRow = Omit<SessionVote, 'approved' | 'approves_peg'> & {
  approved: number;
  approves_peg: number;
};

export class SqliteMesaStore extends AuditedStore implements Sync<MesaStore> {
  private readonly sql;

  constructor(
    db: Database.Database,
    now: () => string,
    private readonly peg: Sync<PegStore>
  ) {
    super(db, now);
    this.sql = {
      sessions: db.prepare<[string], SessionRow>(
        `SELECT id, district_id, mesa, number, kind, date, place, objective, attendees,
           self_recognized, professionals, convocation_sent, representatives, ethnic_organizations,
           ethnic_representatives FROM mesa_sessions WHERE district_id = ? ORDER BY date, id`
      ),
      insert: db.prepare(
        `INSERT INTO mesa_sessions (district_id, mesa, number, kind, date, place, objective,
           created_by, created_at)
         VALUES (@district, @mesa, @number, @kind, @date, @place, @objective, @actor, @at)`
      ),
      entity: db.prepare('INSERT INTO session_attendance (session_id, entity) VALUES (?, ?)'),
      attendance: db.prepare<[number], AttendanceRow>(
        'SELECT entity, delegate, mode, written_delegation FROM session_attendance WHERE session_id = ? ORDER BY rowid'
      ),
      attend: db.prepare(
        `UPDATE session_attendance SET mode = ?, delegate = ?, written_delegation = ?
         WHERE session_id = ? AND entity = ?`
      ),
      counts: db.prepare(
        `UPDATE mesa_sessions SET attendees = @attendees, self_recognized = @selfRecognized,
           professionals = @professionals, representatives = @representatives,
           ethnic_organizations = @ethnicOrganizations,
           ethnic_representatives = @ethnicRepresentatives WHERE id = @id`
      ),
      convene: db.prepare('UPDATE mesa_sessions SET convocation_sent = ? WHERE id = ?'),
      commitments: db.prepare<[number], Commitment>(
        'SELECT id, text, responsible, due FROM session_commitments WHERE session_id = ? ORDER BY id'
      ),
      commit: db.prepare(
        `INSERT INTO session_commitments (session_id, text, responsible, due, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`
      ),
      votes: db.prepare<[number], VoteRow>(
        'SELECT * FROM session_votes WHERE session_id = ? ORDER BY id'
      ),
      vote: db.prepare(
        `INSERT INTO session_votes (session_id, subject, rule, members, present, yes, no, abstain,
           approved, approves_peg, reason, recorded_by, recorded_at)
         VALUES (@session, @subject, @rule, @members, @present, @yes, @no, @abstain, @approved,
           @approves_peg, @reason, @actor, @at)`
      )
    };
  }

  list(district: string): MesaSession[] {
    return this.sql.sessions.all(district).map((s) => ({
      ...s,
      ethnic_organizations: s.ethnic_organizations === 1,
      attendance: this.sql.attendance.all(s.id).map((a) => ({
        entity: a.entity,
        delegate: a.delegate,
        mode: a.mode,
        writtenDelegation: a.written_delegation === 1
      })),
      commitments: this.sql.commitments.all(s.id),
      votes: this.sql.votes.all(s.id).map((v) => ({
        ...v,
        approved: v.approved === 1,
        approves_peg: v.approves_peg === 1
      }))
    }));
  }

  get(district: string, id: number): MesaSession {
    const s = this.list(district).find((x) => x.id === id);
    if (!s) throw new NotFoundError(`No existe la sesión ${id} de «${district}».`);
    return s;
  }

  create(district: string, s: SessionInput, actor: string): MesaSession {
    return this.db.transaction(() => {
      const { entities, ...rest } = s;
      const id = Number(
        this.sql.insert.run({ ...rest, district, actor, at: this.now() }).lastInsertRowid
      );
      for (const e of new Set(entities)) this.sql.entity.run(id, e);
      this.audit.record(
        actor,
        'mesa.sesion',
        { district },
        { sesion: id, mesa: s.mesa, fecha: s.date }
      );
      return this.get(district, id);
    })();
  }

  /** Replaces the attendance of the listed entities and the aggregate counts. */
  attend(
    district: string,
    id: number,
    rows: SessionAttendance[],
    counts: SessionCounts,
    actor: string
  ): MesaSession {
    return this.db.transaction(() => {
      const convened = this.get(district, id).attendance.map((a) => a.entity);
      const problem = attendanceProblem(convened, rows, counts);
      if (problem) throw new RuleError('session-attendance', problem);
      for (const a of rows)
        this.sql.attend.run(a.mode, a.delegate, a.writtenDelegation ? 1 : 0, id, a.entity);
      this.sql.counts.run({
        ...counts,
        representatives: counts.representatives ?? null,
        ethnicOrganizations: counts.ethnicOrganizations ? 1 : 0,
        ethnicRepresentatives: counts.ethnicRepresentatives ?? null,
        id
      });
      this.audit.record(actor, 'mesa.asistencia', { district }, { sesion: id });
      return this.get(district, id);
    })();
  }

  /** The day the convocation went out; on or before the session (§2.1.1, §2.2.1, §2.3.4). */
  convene(district: string, id: number, sent: CalendarDate, actor: string): MesaSession {
    return this.db.transaction(() => {
      const problem = convocationProblem(sent, this.get(district, id).date);
      if (problem) throw new RuleError('session-convocation', problem);
      this.sql.convene.run(sent, id);
      this.audit.record(actor, 'mesa.convocatoria', { district }, { sesion: id, enviada: sent });
      return this.get(district, id);
    })();
  }

  /** A commitment of the session: what, who, and by when (optional). */
  commit(district: string, id: number, c: CommitmentInput, actor: string): MesaSession {
    return this.db.transaction(() => {
      this.get(district, id);
      this.sql.commit.run(id, c.text, c.responsible, c.due, actor, this.now());
      this.audit.record(actor, 'mesa.compromiso', { district }, { sesion: id, compromiso: c.text });
      return this.get(district, id);
    })();
  }

  /**
   * Records a vote with the session's live quorum; `approvesPeg` (district mesa, simple majority)
   * approves every validated PEG action when the vote passes.
   */
  vote(district: string, id: number, v: BallotInput, actor: string): SessionVote {
    return this.db.transaction(() => {
      const s = this.get(district, id);
      const refused = v.approvesPeg ? pegApprovalProblem(s.mesa, v.rule) : null;
      if (refused) throw new RuleError('peg-approval', refused);
      const q = quorum(s.attendance.length, s.attendance);
      const result = voteResult({ members: q.members, present: q.present, ...v }, v.rule);
      let reason = result.reason;
      if (v.approvesPeg && result.approved) {
        const ids = this.peg.approveValidated(
          district,
          actor,
          `Aprobada en la sesión ${s.number} (${s.date}).`
        );
        const none = nothingValidatedProblem(ids.length);
        if (none) throw new RuleError('peg-nothing-validated', none);
        reason += ` Acciones aprobadas: ${ids.join(', ')}.`;
      }
      const row = {
        session: id,
        subject: v.subject,
        rule: v.rule,
        members: q.members,
        present: q.present,
        yes: v.yes,
        no: v.no,
        abstain: v.abstain,
        approved: result.approved ? 1 : 0,
        approves_peg: v.approvesPeg ? 1 : 0,
        reason,
        actor,
        at: this.now()
      };
      const voteId = Number(this.sql.vote.run(row).lastInsertRowid);
      this.audit.record(
        actor,
        'mesa.votacion',
        { district },
        { sesion: id, votacion: voteId, aprobada: result.approved }
      );
      return this.get(district, id).votes.find((x) => x.id === voteId)!;
    })();
  }
}
