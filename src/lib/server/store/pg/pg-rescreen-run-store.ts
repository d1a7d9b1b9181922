// RescreenRunStore on PostgreSQL, mirroring sqlite-rescreen-run-store.ts: one row per run, each
// transition a conditional UPDATE on the run's status (so two instances never both move it);
// finish writes the result and the audit entry of every district that changes in one transaction.
import { NotFoundError } from '../../../domain/errors/not-found-error';
import { layerChangeSummary } from '../../../domain/layer-change-summary';
import type { CambiosOutput } from '../../../domain/model/layer-rescreen';
import type { RescreenRun, RescreenRunInput } from '../../../domain/model/rescreen-run';
import type { RescreenRunStore } from '../../../domain/store/rescreen-run-store';
import {
  isAbandoned,
  type AbandonRule,
  type RunLiveness
} from '../../../domain/rescreen-abandoned';
import { teamLayerRef } from '../../../domain/team-layer-ref';
import { PgAuditLog } from './pg-audit-log';
import { isId } from './pg-util';
import type { PgDatabase, PgQueryable } from './pg-database';

const COLUMNS = `id, layer_id, version, previous_version, status, done, total, requested_by,
  created_at, started_at, finished_at, error`;

// A heartbeat for every unfinished run of the owner of run $2.
const BEAT = `UPDATE rescreen_runs SET heartbeat_at = $1 WHERE status IN ('pending', 'running')
  AND owner = (SELECT owner FROM rescreen_runs WHERE id = $2)`;

const FAIL = `UPDATE rescreen_runs SET status = 'error', error = $1, finished_at = $2
  WHERE id = $3 AND status IN ('pending', 'running')`;

// A non-integer id matches no run (SQLite); PostgreSQL would refuse it as a bigint.
const idParam = (id: number) => (isId(id) ? id : -1);

export class PgRescreenRunStore implements RescreenRunStore {
  constructor(private readonly db: PgDatabase) {}

  async create(input: RescreenRunInput, now: string): Promise<RescreenRun> {
    const [run] = await this.db.query<RescreenRun>(
      `INSERT INTO rescreen_runs (layer_id, version, previous_version, status, requested_by,
         created_at, owner, heartbeat_at)
       VALUES ($1, $2, $3, 'pending', $4, $5, $6, $5) RETURNING ${COLUMNS}`,
      [input.layer_id, input.version, input.previous_version, input.requested_by, now, input.owner]
    );
    return run!;
  }

  async start(id: number, now: string): Promise<RescreenRun> {
    const moved = await this.db.query(
      `UPDATE rescreen_runs SET status = 'running', started_at = $1
       WHERE id = $2 AND status = 'pending' RETURNING id`,
      [now, idParam(id)]
    );
    await this.moved(this.db, moved.length, id, 'empezar');
    await this.db.query(BEAT, [now, idParam(id)]);
    return this.get(id);
  }

  async progress(id: number, done: number, total: number, now: string): Promise<void> {
    const moved = await this.db.query(
      `UPDATE rescreen_runs SET done = $1, total = $2 WHERE id = $3 AND status = 'running'
       RETURNING id`,
      [done, total, idParam(id)]
    );
    await this.moved(this.db, moved.length, id, 'avanzar');
    await this.db.query(BEAT, [now, idParam(id)]);
  }

  finish(id: number, result: CambiosOutput, now: string): Promise<RescreenRun> {
    return this.db.tx(async (c) => {
      const run = await this.getIn(c, id);
      const moved = await c.query(
        `UPDATE rescreen_runs SET status = 'done', done = total, result = $1,
           previous_version = $2, finished_at = $3
         WHERE id = $4 AND status = 'running' RETURNING id`,
        [JSON.stringify(result), result.anterior, now, id]
      );
      await this.moved(c, moved.length, id, 'terminar');
      const audit = new PgAuditLog(this.db, () => now);
      const ref = teamLayerRef(run.layer_id, run.version);
      for (const d of result.distritos.filter((x) => x.cambios.length))
        await audit.recordIn(
          c,
          run.requested_by,
          'capa.reanalisis',
          { district: d.id },
          {
            capa: ref,
            anterior: result.anterior,
            corrida: id,
            municipios: d.cambios.length,
            resumen: layerChangeSummary(ref, d)
          }
        );
      return this.getIn(c, id);
    });
  }

  async fail(id: number, message: string, now: string): Promise<RescreenRun> {
    await this.get(id);
    await this.db.query(FAIL, [message, now, id]);
    return this.get(id);
  }

  interrupt(message: string, now: string, rule: AbandonRule): Promise<RescreenRun[]> {
    return this.db.tx(async (c) => {
      const unfinished = await c.query<{ id: number } & RunLiveness>(
        `SELECT id, owner, heartbeat_at FROM rescreen_runs WHERE status IN ('pending', 'running')
         ORDER BY id FOR UPDATE`
      );
      const runs: RescreenRun[] = [];
      for (const { id } of unfinished.filter((run) => isAbandoned(run, rule))) {
        await c.query(FAIL, [message, now, id]);
        runs.push(await this.getIn(c, id));
      }
      return runs;
    });
  }

  get(id: number): Promise<RescreenRun> {
    return this.getIn(this.db, id);
  }

  async latest(layerId: string): Promise<RescreenRun | null> {
    const [run] = await this.db.query<RescreenRun>(
      `SELECT ${COLUMNS} FROM rescreen_runs WHERE layer_id = $1 ORDER BY id DESC LIMIT 1`,
      [layerId]
    );
    return run ?? null;
  }

  async result(id: number): Promise<CambiosOutput | null> {
    const [row] = await this.db.query<{ result: string | null }>(
      'SELECT result FROM rescreen_runs WHERE id = $1',
      [idParam(id)]
    );
    return row?.result ? (JSON.parse(row.result) as CambiosOutput) : null;
  }

  private async getIn(c: PgQueryable, id: number): Promise<RescreenRun> {
    const [run] = await c.query<RescreenRun>(`SELECT ${COLUMNS} FROM rescreen_runs WHERE id = $1`, [
      idParam(id)
    ]);
    if (!run) throw new NotFoundError(`No existe el re-análisis ${id}.`);
    return run;
  }

  /** A transition that touched no row: the run is not in the state it needs (a bug). */
  private async moved(c: PgQueryable, changes: number, id: number, what: string): Promise<void> {
    if (changes === 1) return;
    const run = await this.getIn(c, id);
    throw new Error(`No se puede ${what} el re-análisis ${id}: está en estado «${run.status}».`);
  }
}
