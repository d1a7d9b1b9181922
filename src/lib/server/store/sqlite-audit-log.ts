// The audit log of the publication period: who did what, when, on which district and comment.
// Writers call `record` inside their own transaction, so an action and its entry land together.
import type Database from 'better-sqlite3';
import type { AuditEntry, AuditPlace } from '../../domain/model/audit';
import type { AuditLog } from '../../domain/store/audit-log';
import type { Sync } from './sync-store';

type Row = Omit<AuditEntry, 'detail'> & { detail: string };

export class SqliteAuditLog implements Sync<AuditLog> {
  private readonly sql;

  constructor(
    db: Database.Database,
    private readonly now: () => string
  ) {
    this.sql = {
      insert: db.prepare(
        `INSERT INTO audit_log (at, actor, action, district_id, comment_id, detail)
         VALUES (?, ?, ?, ?, ?, ?)`
      ),
      byDistrict: db.prepare<[string, number], Row>(
        'SELECT * FROM audit_log WHERE district_id = ? ORDER BY id DESC LIMIT ?'
      ),
      all: db.prepare<[number], Row>('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?')
    };
  }

  record(
    actor: string,
    action: string,
    at: AuditPlace = {},
    detail: Record<string, unknown> = {}
  ): void {
    this.sql.insert.run(
      this.now(),
      actor,
      action,
      at.district ?? null,
      at.comment ?? null,
      JSON.stringify(detail)
    );
  }

  /** Newest first. */
  list(district: string | null = null, limit = 500): AuditEntry[] {
    const rows = district ? this.sql.byDistrict.all(district, limit) : this.sql.all.all(limit);
    return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
  }
}
