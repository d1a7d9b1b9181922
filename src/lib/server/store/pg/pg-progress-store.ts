// Quarterly follow-up of the approved PEG on PostgreSQL, mirroring sqlite-progress-store.ts: one
// report per action and quarter, replaced when re-sent (the audit keeps the old one), identical
// ones left as they were, a batch saved whole or not at all. Each action's row is locked while its
// reports are checked and written, so concurrent batches never lose a replaced report.
import { RuleError } from '../../../domain/errors/rule-error';
import { followUpProblem } from '../../../domain/follow-up-eligibility';
import type { ProgressReport, ProgressSaved } from '../../../domain/model/progress';
import type { PegStatus } from '../../../domain/peg-workflow';
import type { ProgressStore } from '../../../domain/store/progress-store';
import type { ProgressInput } from '../../../domain/validate-progress';
import { PgAuditedStore } from './pg-audited-store';
import { isId } from './pg-util';
import type { PgDatabase } from './pg-database';

const REPORT = 'action_id, quarter, value, text, reported_by, reported_at';

export class PgProgressStore extends PgAuditedStore implements ProgressStore {
  constructor(db: PgDatabase, now: () => string) {
    super(db, now);
  }

  list(district: string): Promise<ProgressReport[]> {
    return this.db.query<ProgressReport>(
      `SELECT p.action_id, p.quarter, p.value, p.text, p.reported_by, p.reported_at
       FROM peg_progress p JOIN peg_actions a ON a.id = p.action_id
       WHERE a.district_id = $1 ORDER BY p.action_id, p.quarter COLLATE "C"`,
      [district]
    );
  }

  /** Saves the reports (all or none); identical reports are left as they were. */
  report(
    district: string,
    entries: readonly ProgressInput[],
    actor: string
  ): Promise<ProgressSaved> {
    return this.db.tx(async (c) => {
      const at = this.now();
      const replaced: Record<string, unknown>[] = [];
      let saved = 0;
      for (const e of entries) {
        // A non-integer id matches no action (SQLite); PostgreSQL would refuse it as a bigint.
        const [action] = isId(e.action_id)
          ? await c.query<{ status: PegStatus; start_date: string }>(
              `SELECT status, data::json ->> 'start_date' AS start_date FROM peg_actions
               WHERE district_id = $1 AND id = $2 FOR UPDATE`,
              [district, e.action_id]
            )
          : [];
        const problem = followUpProblem(e.action_id, e.quarter, action);
        if (problem) throw new RuleError('progress-refused', problem);
        const [old] = await c.query<ProgressReport>(
          `SELECT ${REPORT} FROM peg_progress WHERE action_id = $1 AND quarter = $2`,
          [e.action_id, e.quarter]
        );
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
        await c.query(
          `INSERT INTO peg_progress (${REPORT}) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (action_id, quarter) DO UPDATE SET value = excluded.value,
             text = excluded.text, reported_by = excluded.reported_by,
             reported_at = excluded.reported_at`,
          [e.action_id, e.quarter, e.value, e.text, actor, at]
        );
        saved++;
      }
      if (saved)
        await this.audit.recordIn(
          c,
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
    });
  }
}
