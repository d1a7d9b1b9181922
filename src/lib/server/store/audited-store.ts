// Base of the publication-period stores: the database, the clock and the audit log that every
// write records into, inside its own transaction.
import type Database from 'better-sqlite3';
import { SqliteAuditLog } from './sqlite-audit-log';

export abstract class AuditedStore {
  protected readonly audit: SqliteAuditLog;

  constructor(
    protected readonly db: Database.Database,
    protected readonly now: () => string
  ) {
    this.audit = new SqliteAuditLog(db, now);
  }
}
