// Every store of the server on a PostgreSQL database (what openStores does for a postgres:// URL):
// one pool, the pending migrations applied, the stores built on it; close() ends the pool. When
// the database cannot be opened the error is Spanish and names the server and database, never the
// password; an unreachable server stays a StoreUnavailableError (the next try may succeed).
import { StoreUnavailableError } from '../../../domain/errors/store-unavailable-error';
import type { Stores } from '../../../domain/store/stores';
import { MIGRATIONS } from '../migrations';
import type { OpenStoreOptions } from '../open-store';
import { PgAccountStore } from './pg-account-store';
import { PgAuditLog } from './pg-audit-log';
import { PgCommentStore } from './pg-comment-store';
import { isUnavailable, openPgDatabase, type PgDatabase } from './pg-database';
import { PgDistrictStore } from './pg-district-store';
import { PgMesaMemberStore } from './pg-mesa-member-store';
import { PgMesaStore } from './pg-mesa-store';
import { migratePg } from './pg-migrate';
import { PgPegStore } from './pg-peg-store';
import { PgProgressStore } from './pg-progress-store';
import { PgPublicationStore } from './pg-publication-store';
import { PgRateLimitStore } from './pg-rate-limit-store';
import { PgRescreenRunStore } from './pg-rescreen-run-store';
import { PgTeamLayerStore } from './pg-team-layer-store';

interface Place {
  server: string;
  database: string;
  password: string;
}

// The server (host:port, or the socket folder) and database a URL names.
function place(url: string): Place {
  try {
    const u = new URL(url);
    const host = decodeURIComponent(u.hostname) || u.searchParams.get('host') || 'localhost';
    const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres';
    return {
      server: `${host}:${u.port || '5432'}`,
      database,
      password: decodeURIComponent(u.password)
    };
  } catch {
    return { server: '(dirección no válida)', database: '', password: '' };
  }
}

const code = (e: unknown) => String((e as { code?: unknown } | null)?.code ?? '');

// Spanish reason for the usual ways a PostgreSQL database cannot be opened.
function reason(e: unknown, at: Place): string {
  const inner = e instanceof StoreUnavailableError ? e.cause : e;
  switch (code(inner)) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `no se encuentra el servidor «${at.server.replace(/:\d+$/, '')}»`;
    case '28P01':
    case '28000':
      return 'el servidor rechazó el usuario o la contraseña';
    case '3D000':
      return `la base «${at.database}» no existe en el servidor`;
    case '42501':
      return 'el usuario no tiene permiso para crear o cambiar las tablas';
  }
  if (isUnavailable(inner))
    return 'no se pudo conectar con el servidor (¿está en marcha y acepta conexiones en esa dirección?)';
  const message = inner instanceof Error ? inner.message : String(inner);
  return at.password ? message.split(at.password).join('***') : message;
}

function openError(url: string, e: unknown): Error {
  const at = place(url);
  const message = `No se pudo abrir la base de datos PostgreSQL «${at.database}» en ${at.server}: ${reason(e, at)}.`;
  if (isUnavailable(e instanceof StoreUnavailableError ? e.cause : e)) {
    const err = new StoreUnavailableError(e);
    err.message = message;
    return err;
  }
  return new Error(message, { cause: e });
}

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
    throw openError(url, e);
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
