// The PEG's actions on PostgreSQL, mirroring sqlite-peg-store.ts: each saved with its consulta
// previa screen, every change kept as an event next to the audit log. Read-then-write steps lock
// the action row (FOR UPDATE) so two app instances never lose an update. approveValidatedIn runs
// on the caller's transaction: the mesa's vote approves the validated actions in its own.
import type { ConsultaScreen } from '../../../domain/consulta-previa-screen';
import { NotFoundError } from '../../../domain/errors/not-found-error';
import { RuleError } from '../../../domain/errors/rule-error';
import { VersionConflictError } from '../../../domain/errors/version-conflict-error';
import type { PegAction, PegEvent, PegImportCounts, PegImportRow } from '../../../domain/model/peg';
import type { PegActionInput } from '../../../domain/peg-action';
import {
  keptConcept,
  transitionProblem,
  type PegStatus,
  type TechnicalConcept
} from '../../../domain/peg-workflow';
import type { PegStore } from '../../../domain/store/peg-store';
import { toAction, type PegRow } from '../peg-rows';
import { PgAuditedStore } from './pg-audited-store';
import { isId } from './pg-util';
import type { PgDatabase, PgQueryable } from './pg-database';

const SET_STATUS = `UPDATE peg_actions SET status = $2, concept = $3, version = version + 1,
  updated_by = $4, updated_at = $5 WHERE id = $1`;

export class PgPegStore extends PgAuditedStore implements PegStore {
  constructor(db: PgDatabase, now: () => string) {
    super(db, now);
  }

  async list(district: string): Promise<PegAction[]> {
    const rows = await this.db.query<PegRow>(
      'SELECT * FROM peg_actions WHERE district_id = $1 ORDER BY id',
      [district]
    );
    return rows.map(toAction);
  }

  get(district: string, id: number): Promise<PegAction> {
    return this.getIn(this.db, district, id);
  }

  async events(id: number): Promise<PegEvent[]> {
    if (!isId(id)) return [];
    return this.db.query<PegEvent>(
      `SELECT at, actor, event, status, note FROM peg_action_events WHERE action_id = $1
       ORDER BY id`,
      [id]
    );
  }

  create(
    district: string,
    a: PegActionInput,
    screen: ConsultaScreen,
    actor: string
  ): Promise<PegAction> {
    return this.db.tx((c) => this.createIn(c, district, a, screen, actor));
  }

  update(
    district: string,
    id: number,
    version: number,
    a: PegActionInput,
    screen: ConsultaScreen,
    actor: string
  ): Promise<PegAction> {
    return this.db.tx((c) => this.updateIn(c, district, id, version, a, screen, actor));
  }

  /** Moves an action one step (peg-workflow.ts); RuleError 'peg-transition' when it may not. */
  move(
    district: string,
    id: number,
    to: PegStatus,
    concept: TechnicalConcept | null,
    note: string | null,
    actor: string
  ): Promise<PegAction> {
    return this.db.tx(async (c) => {
      const before = await this.getIn(c, district, id, true);
      const kept = keptConcept(before.status, concept, before.concept);
      const problem = transitionProblem(before.status, to, kept);
      if (problem) throw new RuleError('peg-transition', problem);
      await c.query(SET_STATUS, [id, to, JSON.stringify(kept), actor, this.now()]);
      await this.record(c, district, id, actor, 'estado', to, note, before);
      return this.getIn(c, district, id);
    });
  }

  /** Applies a checked workbook in one transaction; unchanged rows are skipped. */
  importRows(district: string, rows: PegImportRow[], actor: string): Promise<PegImportCounts> {
    return this.db.tx(async (c) => {
      const n = { created: 0, updated: 0, unchanged: 0 };
      for (const r of rows) {
        if (r.id === null) {
          await this.createIn(c, district, r.input, r.screen, actor);
          n.created++;
          continue;
        }
        const before = await this.getIn(c, district, r.id, true);
        const kept = Object.fromEntries(
          Object.keys(r.input).map((k) => [k, before[k as keyof PegAction]])
        );
        const same = JSON.stringify(kept) === JSON.stringify(r.input);
        if (same) n.unchanged++;
        else {
          await this.updateIn(c, district, r.id, before.version, r.input, r.screen, actor);
          n.updated++;
        }
      }
      return n;
    });
  }

  approveValidated(district: string, actor: string, note: string): Promise<number[]> {
    return this.db.tx((c) => this.approveValidatedIn(c, district, actor, note));
  }

  /** Every validated action becomes approved, on the caller's transaction `c`. */
  async approveValidatedIn(
    c: PgQueryable,
    district: string,
    actor: string,
    note: string
  ): Promise<number[]> {
    const rows = await c.query<PegRow>(
      `SELECT * FROM peg_actions WHERE district_id = $1 AND status = 'validada' ORDER BY id
       FOR UPDATE`,
      [district]
    );
    for (const r of rows) {
      const before = toAction(r);
      await c.query(SET_STATUS, [
        r.id,
        'aprobada',
        JSON.stringify(before.concept),
        actor,
        this.now()
      ]);
      await this.record(c, district, r.id, actor, 'estado', 'aprobada', note, before);
    }
    return rows.map((r) => r.id);
  }

  private async getIn(
    c: PgQueryable,
    district: string,
    id: number,
    lock = false
  ): Promise<PegAction> {
    // A non-integer id matches no row (SQLite); PostgreSQL would refuse it as a bigint.
    const [r] = isId(id)
      ? await c.query<PegRow>(
          `SELECT * FROM peg_actions WHERE district_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
          [district, id]
        )
      : [];
    if (!r) throw new NotFoundError(`No existe la acción ${id} del PEG de «${district}».`);
    return toAction(r);
  }

  private async createIn(
    c: PgQueryable,
    district: string,
    a: PegActionInput,
    screen: ConsultaScreen,
    actor: string
  ): Promise<PegAction> {
    const at = this.now();
    const [row] = await c.query<{ id: number }>(
      `INSERT INTO peg_actions (district_id, component, data, flag, screen, version, created_by,
         created_at, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $6, $7) RETURNING id`,
      [district, a.component, JSON.stringify(a), screen.flag, JSON.stringify(screen), actor, at]
    );
    const id = row!.id;
    await this.record(c, district, id, actor, 'crear', 'prediligenciada', null, a);
    return this.getIn(c, district, id);
  }

  private async updateIn(
    c: PgQueryable,
    district: string,
    id: number,
    version: number,
    a: PegActionInput,
    screen: ConsultaScreen,
    actor: string
  ): Promise<PegAction> {
    const before = await this.getIn(c, district, id, true);
    const changed = await c.query(
      `UPDATE peg_actions SET component = $3, data = $4, flag = $5, screen = $6,
         version = version + 1, updated_by = $7, updated_at = $8
       WHERE id = $1 AND version = $2 RETURNING id`,
      [
        id,
        version,
        a.component,
        JSON.stringify(a),
        screen.flag,
        JSON.stringify(screen),
        actor,
        this.now()
      ]
    );
    if (!changed.length) throw VersionConflictError.pegAction(id, version, before.version);
    await this.record(c, district, id, actor, 'editar', before.status, null, a);
    return this.getIn(c, district, id);
  }

  private async record(
    c: PgQueryable,
    district: string,
    id: number,
    actor: string,
    event: PegEvent['event'],
    status: PegStatus,
    note: string | null,
    snapshot: unknown
  ): Promise<void> {
    await c.query(
      `INSERT INTO peg_action_events (action_id, at, actor, event, status, note, snapshot)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, this.now(), actor, event, status, note, JSON.stringify(snapshot)]
    );
    await this.audit.recordIn(
      c,
      actor,
      `peg.${event}`,
      { district },
      { accion: id, estado: status, nota: note }
    );
  }
}
