// The PEG's actions (SQLite): each saved with its consulta previa screen, every change kept as an
// event (creation, edit, status with its note) next to the audit log. Approval is not here: a vote
// of the district mesa approves every validated action at once (sqlite-mesa-store.ts).
import type Database from 'better-sqlite3';
import type { ConsultaScreen } from '../../domain/consulta-previa-screen';
import { NotFoundError } from '../../domain/errors/not-found-error';
import { RuleError } from '../../domain/errors/rule-error';
import { VersionConflictError } from '../../domain/errors/version-conflict-error';
import type { PegAction, PegEvent, PegImportCounts, PegImportRow } from '../../domain/model/peg';
import type { PegActionInput } from '../../domain/peg-action';
import {
  keptConcept,
  transitionProblem,
  type PegStatus,
  type TechnicalConcept
} from '../../domain/peg-workflow';
import type { PegStore } from '../../domain/store/peg-store';
import { toAction, type PegRow } from './peg-rows';
import { AuditedStore } from './audited-store';
import type { Sync } from './sync-store';

export class SqlitePegStore extends AuditedStore implements Sync<PegStore> {
  private readonly sql;

  constructor(db: Database.Database, now: () => string) {
    super(db, now);
    this.sql = {
      list: db.prepare<[string], PegRow>(
        'SELECT * FROM peg_actions WHERE district_id = ? ORDER BY id'
      ),
      get: db.prepare<[string, number], PegRow>(
        'SELECT * FROM peg_actions WHERE district_id = ? AND id = ?'
      ),
      insert: db.prepare(
        `INSERT INTO peg_actions (district_id, component, data, flag, screen, version, created_by,
           created_at, updated_by, updated_at)
         VALUES (@district, @component, @data, @flag, @screen, 1, @actor, @at, @actor, @at)`
      ),
      update: db.prepare(
        `UPDATE peg_actions SET component = @component, data = @data, flag = @flag,
           screen = @screen, version = version + 1, updated_by = @actor, updated_at = @at
         WHERE id = @id AND version = @version`
      ),
      status: db.prepare(
        `UPDATE peg_actions SET status = @status, concept = @concept, version = version + 1,
           updated_by = @actor, updated_at = @at WHERE id = @id`
      ),
      event: db.prepare(
        `INSERT INTO peg_action_events (action_id, at, actor, event, status, note, snapshot)
         VALUES (?, ?, ?, ?, ?, ?, ?)`
      ),
      events: db.prepare<[number], PegEvent>(
        'SELECT at, actor, event, status, note FROM peg_action_events WHERE action_id = ? ORDER BY id'
      ),
      validated: db.prepare<[string], { id: number }>(
        "SELECT id FROM peg_actions WHERE district_id = ? AND status = 'validada'"
      )
    };
  }

  list(district: string): PegAction[] {
    return this.sql.list.all(district).map(toAction);
  }

  get(district: string, id: number): PegAction {
    const r = this.sql.get.get(district, id);
    if (!r) throw new NotFoundError(`No existe la acción ${id} del PEG de «${district}».`);
    return toAction(r);
  }

  events(id: number): PegEvent[] {
    return this.sql.events.all(id);
  }

  create(district: string, a: PegActionInput, screen: ConsultaScreen, actor: string): PegAction {
    return this.db.transaction(() => {
      const { lastInsertRowid } = this.sql.insert.run({
        district,
        component: a.component,
        data: JSON.stringify(a),
        flag: screen.flag,
        screen: JSON.stringify(screen),
        actor,
        at: this.now()
      });
      const id = Number(lastInsertRowid);
      this.record(district, id, actor, 'crear', 'prediligenciada', null, a);
      return this.get(district, id);
    })();
  }

  update(
    district: string,
    id: number,
    version: number,
    a: PegActionInput,
    screen: ConsultaScreen,
    actor: string
  ): PegAction {
    return this.db.transaction(() => {
      const before = this.get(district, id);
      const changed = this.sql.update.run({
        id,
        version,
        component: a.component,
        data: JSON.stringify(a),
        flag: screen.flag,
        screen: JSON.stringify(screen),
        actor,
        at: this.now()
      }).changes;
      if (!changed) throw VersionConflictError.pegAction(id, version, before.version);
      this.record(district, id, actor, 'editar', before.status, null, a);
      return this.get(district, id);
    })();
  }

  /** Moves an action one step (peg-workflow.ts); RuleError 'peg-transition' when it may not. */
  move(
    district: string,
    id: number,
    to: PegStatus,
    concept: TechnicalConcept | null,
    note: string | null,
    actor: string
  ): PegAction {
    return this.db.transaction(() => {
      const before = this.get(district, id);
      const kept = keptConcept(before.status, concept, before.concept);
      const problem = transitionProblem(before.status, to, kept);
      if (problem) throw new RuleError('peg-transition', problem);
      this.sql.status.run({
        id,
        status: to,
        concept: JSON.stringify(kept),
        actor,
        at: this.now()
      });
      this.record(district, id, actor, 'estado', to, note, before);
      return this.get(district, id);
    })();
  }

  /**
   * Applies a checked workbook in one transaction: rows without an id create actions, rows with
   * one update them (skipped when nothing changed). Returns the counts.
   */
  importRows(district: string, rows: PegImportRow[], actor: string): PegImportCounts {
    return this.db.transaction(() => {
      const n = { created: 0, updated: 0, unchanged: 0 };
      for (const r of rows) {
        if (r.id === null) {
          this.create(district, r.input, r.screen, actor);
          n.created++;
          continue;
        }
        const before = this.get(district, r.id);
        const kept = Object.fromEntries(
          Object.keys(r.input).map((k) => [k, before[k as keyof PegAction]])
        );
        const same = JSON.stringify(kept) === JSON.stringify(r.input);
        if (same) n.unchanged++;
        else {
          this.update(district, r.id, before.version, r.input, r.screen, actor);
          n.updated++;
        }
      }
      return n;
    })();
  }

  /** Every validated action becomes approved; a savepoint inside the vote's transaction. */
  approveValidated(district: string, actor: string, note: string): number[] {
    return this.db.transaction(() => {
      const ids = this.sql.validated.all(district).map((r) => r.id);
      for (const id of ids) {
        const before = this.get(district, id);
        this.sql.status.run({
          id,
          status: 'aprobada',
          concept: JSON.stringify(before.concept),
          actor,
          at: this.now()
        });
        this.record(district, id, actor, 'estado', 'aprobada', note, before);
      }
      return ids;
    })();
  }

  private record(
    district: string,
    id: number,
    actor: string,
    event: PegEvent['event'],
    status: PegStatus,
    note: string | null,
    snapshot: unknown
  ): void {
    this.sql.event.run(id, this.now(), actor, event, status, note, JSON.stringify(snapshot));
    this.audit.record(
      actor,
      `peg.${event}`,
      { district },
      { accion: id, estado: status, nota: note }
    );
  }
}
