// Base of the PostgreSQL publication-period stores (as audited-store.ts): the database, the clock
// and the audit log every write records into, inside its own transaction.
import { PgAuditLog } from './pg-audit-log';
import type { PgDatabase } from './pg-database';

export abstract class PgAuditedStore {
  protected readonly audit: PgAuditLog;

  constructor(
    protected readonly db: PgDatabase,
    protected readonly now: () => string
  ) {
    this.audit = new PgAuditLog(db, now);
  }
}
