// Quarterly follow-up of the approved PEG (guide §5): one report per action and quarter, with the
// indicator's value and the qualitative progress; a report sent again for the same quarter
// replaces the earlier one (the audit log keeps who sent each). A batch is saved whole or not at
// all: one bad row (unknown action, action not approved yet) saves nothing.
import type Database from 'better-sqlite3';
import type { ProgressInput } from '../../domain/validate-progress';
import { AuditedStore } from './audited-store';

export interface ProgressReport extends ProgressInput {
  reported_by: string;
  reported_at: string;
}

/** The batch names an action that cannot be followed up (Spanish reason). */
export class ProgressRefused extends Error {}

export class SqliteProgressStore extends AuditedStore {
  private readonly sql;

  constructor(db: Database.Database, now: () => string) {
    super(db, now);
    this.sql = {
      list: db.prepare<[string], ProgressReport>(
        `SELECT p.action_id, p.quarter, p.value, p.text, p.reported_by, p.reported_at
         FROM peg_progress p JOIN peg_actions a ON a.id = p.action_id
         WHERE a.district_id = ? ORDER BY p.action_id, p.quarter`
      ),
      status: db.prepare<[string, number], { status: string }>(
        'SELECT status FROM peg_actions WHERE district_id = ? AND id = ?'
      ),
      upsert: db.prepare(
        `INSERT INTO peg_progress (action_id, quarter, value, text, reported_by, reported_at)
         VALUES (@action_id, @quarter, @value, @text, @actor, @at)
         ON CONFLICT (action_id, quarter) DO UPDATE SET value = excluded.value,
           text = excluded.text, reported_by = excluded.reported_by,
           reported_at = excluded.reported_at`
      )
    };
  }

  list(district: string): ProgressReport[] {
    return this.sql.list.all(district);
  }

  /** Saves the reports (all or none); returns how many were saved. */
  report(district: string, entries: readonly ProgressInput[], actor: string): number {
    return this.db.transaction(() => {
      const at = this.now();
      for (const e of entries) {
        const a = this.sql.status.get(district, e.action_id);
        if (!a)
          throw new ProgressRefused(`La acción ${e.action_id} no es del PEG de este distrito.`);
        if (a.status !== 'aprobada')
          throw new ProgressRefused(
            `La acción ${e.action_id} aún no está aprobada: el seguimiento es del PEG aprobado (§5).`
          );
        this.sql.upsert.run({ ...e, actor, at });
      }
      this.audit.record(
        actor,
        'peg.seguimiento',
        { district },
        { reportes: entries.length, trimestres: [...new Set(entries.map((e) => e.quarter))] }
      );
      return entries.length;
    })();
  }
}
