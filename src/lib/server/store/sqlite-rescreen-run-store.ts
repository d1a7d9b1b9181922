// RescreenRunStore on SQLite (migrations 9 and 11): one row per run, its result as JSON once done; finish
// writes the result and the audit entry of every district that changes in one transaction.
import type Database from 'better-sqlite3';
import { NotFoundError } from '../../domain/errors/not-found-error';
import { layerChangeSummary } from '../../domain/layer-change-summary';
import type { CambiosOutput } from '../../domain/model/layer-rescreen';
import type { RescreenRun, RescreenRunInput } from '../../domain/model/rescreen-run';
import type { RescreenRunStore } from '../../domain/store/rescreen-run-store';
import { isAbandoned, type AbandonRule, type RunLiveness } from '../../domain/rescreen-abandoned';
import { teamLayerRef } from '../../domain/team-layer-ref';
import { SqliteAuditLog } from './sqlite-audit-log';
import type { Sync } from './sync-store';

const COLUMNS = `id, layer_id, version, previous_version, status, done, total, requested_by,
  created_at, started_at, finished_at, error`;

export class SqliteRescreenRunStore implements Sync<RescreenRunStore> {
  private readonly sql;

  constructor(private readonly db: Database.Database) {
    this.sql = {
      insert: db.prepare<[RescreenRunInput & { now: string }]>(
        `INSERT INTO rescreen_runs (layer_id, version, previous_version, status, requested_by,
           created_at, owner, heartbeat_at)
         VALUES (@layer_id, @version, @previous_version, 'pending', @requested_by, @now, @owner,
           @now)`
      ),
      beat: db.prepare<[string, number]>(
        `UPDATE rescreen_runs SET heartbeat_at = ? WHERE status IN ('pending', 'running')
           AND owner = (SELECT owner FROM rescreen_runs WHERE id = ?)`
      ),
      get: db.prepare<[number], RescreenRun>(`SELECT ${COLUMNS} FROM rescreen_runs WHERE id = ?`),
      latest: db.prepare<[string], RescreenRun>(
        `SELECT ${COLUMNS} FROM rescreen_runs WHERE layer_id = ? ORDER BY id DESC LIMIT 1`
      ),
      result: db.prepare<[number], { result: string | null }>(
        'SELECT result FROM rescreen_runs WHERE id = ?'
      ),
      start: db.prepare<[string, number]>(
        `UPDATE rescreen_runs SET status = 'running', started_at = ?
         WHERE id = ? AND status = 'pending'`
      ),
      progress: db.prepare<[number, number, number]>(
        `UPDATE rescreen_runs SET done = ?, total = ? WHERE id = ? AND status = 'running'`
      ),
      finish: db.prepare<[string, number | null, string, number]>(
        `UPDATE rescreen_runs SET status = 'done', done = total, result = ?, previous_version = ?,
           finished_at = ?
         WHERE id = ? AND status = 'running'`
      ),
      fail: db.prepare<[string, string, number]>(
        `UPDATE rescreen_runs SET status = 'error', error = ?, finished_at = ?
         WHERE id = ? AND status IN ('pending', 'running')`
      ),
      unfinished: db.prepare<[], { id: number } & RunLiveness>(
        `SELECT id, owner, heartbeat_at FROM rescreen_runs WHERE status IN ('pending', 'running')
         ORDER BY id`
      )
    };
  }

  create(input: RescreenRunInput, now: string): RescreenRun {
    return this.get(Number(this.sql.insert.run({ ...input, now }).lastInsertRowid));
  }

  start(id: number, now: string): RescreenRun {
    this.moved(this.sql.start.run(now, id).changes, id, 'empezar');
    this.sql.beat.run(now, id);
    return this.get(id);
  }

  progress(id: number, done: number, total: number, now: string): void {
    this.moved(this.sql.progress.run(done, total, id).changes, id, 'avanzar');
    this.sql.beat.run(now, id);
  }

  finish(id: number, result: CambiosOutput, now: string): RescreenRun {
    return this.db
      .transaction(() => {
        const run = this.get(id);
        this.moved(
          this.sql.finish.run(JSON.stringify(result), result.anterior, now, id).changes,
          id,
          'terminar'
        );
        const audit = new SqliteAuditLog(this.db, () => now);
        const ref = teamLayerRef(run.layer_id, run.version);
        for (const d of result.distritos.filter((x) => x.cambios.length))
          audit.record(
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
        return this.get(id);
      })
      .immediate();
  }

  fail(id: number, message: string, now: string): RescreenRun {
    this.get(id);
    this.sql.fail.run(message, now, id);
    return this.get(id);
  }

  interrupt(message: string, now: string, rule: AbandonRule): RescreenRun[] {
    return this.db
      .transaction(() =>
        this.sql.unfinished
          .all()
          .filter((run) => isAbandoned(run, rule))
          .map(({ id }) => {
            this.sql.fail.run(message, now, id);
            return this.get(id);
          })
      )
      .immediate();
  }

  get(id: number): RescreenRun {
    const run = this.sql.get.get(id);
    if (!run) throw new NotFoundError(`No existe el re-análisis ${id}.`);
    return run;
  }

  latest(layerId: string): RescreenRun | null {
    return this.sql.latest.get(layerId) ?? null;
  }

  result(id: number): CambiosOutput | null {
    const row = this.sql.result.get(id);
    return row?.result ? (JSON.parse(row.result) as CambiosOutput) : null;
  }

  /** A transition that touched no row: the run is not in the state it needs (a bug). */
  private moved(changes: number, id: number, what: string): void {
    if (changes === 1) return;
    const run = this.get(id);
    throw new Error(`No se puede ${what} el re-análisis ${id}: está en estado «${run.status}».`);
  }
}
