// The audit log on PostgreSQL (as sqlite-audit-log.ts). Writers call `recordIn` with their own
// transaction, so an action and its entry commit together; `record` alone is its own statement.
import type { AuditEntry, AuditPlace } from '../../../domain/model/audit';
import type { AuditLog } from '../../../domain/store/audit-log';
import type { PgDatabase, PgQueryable } from './pg-database';

type Row = Omit<AuditEntry, 'detail'> & { detail: string };

const COLUMNS = 'id, at, actor, action, district_id, comment_id, detail';

export class PgAuditLog implements AuditLog {
  constructor(
    private readonly db: PgDatabase,
    private readonly now: () => string
  ) {}

  async record(
    actor: string,
    action: string,
    at: AuditPlace = {},
    detail: Record<string, unknown> = {}
  ): Promise<void> {
    await this.recordIn(this.db, actor, action, at, detail);
  }

  /** The entry written with `c` (the caller's transaction). */
  async recordIn(
    c: PgQueryable,
    actor: string,
    action: string,
    at: AuditPlace = {},
    detail: Record<string, unknown> = {}
  ): Promise<void> {
    await c.query(
      `INSERT INTO audit_log (at, actor, action, district_id, comment_id, detail)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [this.now(), actor, action, at.district ?? null, at.comment ?? null, JSON.stringify(detail)]
    );
  }

  /** Newest first. */
  async list(district: string | null = null, limit = 500): Promise<AuditEntry[]> {
    // A negative limit is no limit, as in SQLite (LIMIT NULL here).
    const max = limit < 0 ? null : limit;
    const rows = district
      ? await this.db.query<Row>(
          `SELECT ${COLUMNS} FROM audit_log WHERE district_id = $1 ORDER BY id DESC LIMIT $2`,
          [district, max]
        )
      : await this.db.query<Row>(`SELECT ${COLUMNS} FROM audit_log ORDER BY id DESC LIMIT $1`, [
          max
        ]);
    return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
  }
}
