// Quarterly follow-up of the approved PEG (guide §5): one report per action and quarter, with the
// indicator's value and the qualitative progress; a report sent again for the same quarter
// replaces the earlier one, whose value and text the audit log keeps; an identical one changes
// nothing. A batch is saved whole or not at all: one bad row (unknown action, action not approved
// yet, a quarter that ended before the action started) saves nothing.
import type Database from 'better-sqlite3';
import { RuleError } from '../../domain/errors/rule-error';
import { followUpProblem } from '../../domain/follow-up-eligibility';
import type { ProgressReport, ProgressSaved } from '../../domain/model/progress';
import type { PegStatus } from '../../domain/peg-workflow';
import type { ProgressStore } from '../../domain/store/progress-store';
import type { ProgressInput } from '../../domain/validate-progress';
import { AuditedStore } from './audited-store';
import type { Sync } from './sync-store';

export class SqliteProgressStore extends AuditedStore implements Sync<ProgressStore> {
  private readonly sql;

  constructor(db: Database.Database, now: () => string) {
    super(db, now);
    this.sql = {
      list: db.prepare<[string], ProgressReport>(
        `SELECT p.action_id, p.quarter, p.value, p.text, p.reported_by, p.reported_at
         FROM peg_progress p JOIN peg_actions a ON a.id = p.action_id
         WHERE a.district_id = ? ORDER BY p.action_id, p.quarter`
      ),
      action: db.prepare<[string, number], { status: PegStatus; start_date: string }>(
        `SELECT status, json_extract(data, '$.start_date') AS start_date FROM peg_actions
         WHERE district_id = ? AND id = ?`
      ),
      current: db.prepare<[number, string], ProgressReport>(
        `SELECT action_id, quarter, value, text, reported_by, reported_at FROM peg_progress
         WHERE action_id = ? AND quarter = ?`
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

  /** Saves the reports (all or none); identical reports are left as they were. */
  report(district: string, entries: readonly ProgressInput[], actor: string): ProgressSaved {
    return this.db.transaction(() => {
      const at = this.now();
      const replaced: Record<string, unknown>[] = [];
      let saved = 0;
      for (const e of entries) {
        const problem = followUpProblem(
          e.action_id,
          e.quarter,
          this.sql.action.get(district, e.action_id)
        );
        if (problem) throw new RuleError('progress-refused', problem);
        const old = this.sql.current.get(e.action_id, e.quarter);
        if (old && old.value === e.value && old.text === e.text) continue;
        if (old)
          replaced.push({
            accion: old.action_id,
            trimestre: old.quarter,
            valor: old.value,
            texto: old.text,
            reportado_por: old.reported_by,
            reportado_el: old.reported_at
          });
        this.sql.upsert.run({ ...e, actor, at });
        saved++;
      }
      if (saved)
        this.audit.record(
          actor,
          'peg.seguimiento',
          { district },
          {
            reportes: saved,
            trimestres: [...new Set(entries.map((e) => e.quarter))],
            ...(replaced.length ? { reemplazados: replaced } : {})
          }
        );
      return { saved, unchanged: entries.length - saved };
    })();
  }
}
