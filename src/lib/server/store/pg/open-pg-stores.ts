// Every store of the server on a PostgreSQL database (what openStores does for a postgres:// URL):
// one pool, the pending migrations applied, the stores built on it; close() ends the pool. When
// the database cannot be opened the error is pg-open-error.ts's (Spanish, never the password).
import type { Stores } from '../../../domain/store/stores';
import { MIGRATIONS } from '../migrations';
import type { OpenStoreOptions } from '../open-store';
import { PgAccountStore } from './pg-account-store';
import { PgAuditLog } from './pg-audit-log';
import { PgCommentStore } from './pg-comment-store';
import { openPgDatabase, type PgDatabase } from './pg-database';
import { PgDistrictStore } from './pg-district-store';
import { PgMesaMemberStore } from './pg-mesa-member-store';
import { PgMesaStore } from './pg-mesa-store';
import { migratePg } from './pg-migrate';
import { pgOpenError } from './pg-open-error';
import { PgPegStore } from './pg-peg-store';
import { PgProgressStore } from './pg-progress-store';
import { PgPublicationStore } from './pg-publication-store';
import { PgRateLimitStore } from './pg-rate-limit-store';
import { PgRescreenRunStore } from './pg-rescreen-run-store';
import { PgTeamLayerStore } from './pg-team-layer-store';

// close() of the stores and of the district store both end the pool, once.
function closingOnce(db: PgDatabase): PgDatabase {
  let closed: Promise<void> | null = null;
  return { query: db.query, tx: db.tx, close: () => (closed ??= db.close()) };
}

export async function openPgStores(url: string, options: OpenStoreOptions = {}): Promise<Stores> {
  const db = closingOnce(openPgDatabase(url));
  try {
    await migratePg(db, MIGRATIONS, options.now);
  } catch (e) {
    await db.close().catch(() => {});
    throw pgOpenError(url, e);
  }
  const now = options.now ?? (() => new Date().toISOString());
  const peg = new PgPegStore(db, now);
  return {
    peg,
    mesas: new PgMesaStore(db, now, peg),
    progress: new PgProgressStore(db, now),
    members: new PgMesaMemberStore(db, now),
    teamLayers: new PgTeamLayerStore(db),
    rescreens: new PgRescreenRunStore(db),
    districts: new PgDistrictStore(db, options.now),
    accounts: new PgAccountStore(db, now),
    publications: new PgPublicationStore(db, now),
    comments: new PgCommentStore(db, now),
    audit: new PgAuditLog(db, now),
    limits: new PgRateLimitStore(db),
    close: () => db.close()
  };
}
