// Opens the server database, applies pending migrations and returns the stores on it: a SQLite file
// (WAL mode), or PostgreSQL when the location (the argument or ATLAS_DB) is a postgres:// or
// postgresql:// URL (pg/open-pg-stores.ts). The app's shared stores are opened lazily, so
// `vite build` never touches a database.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DistrictStore } from '../../domain/store/district-store';
import type { AccountStore } from '../../domain/store/account-store';
import type { AuditLog } from '../../domain/store/audit-log';
import type { CommentStore } from '../../domain/store/comment-store';
import type { MesaMemberStore } from '../../domain/store/mesa-member-store';
import type { MesaStore } from '../../domain/store/mesa-store';
import type { PegStore } from '../../domain/store/peg-store';
import type { ProgressStore } from '../../domain/store/progress-store';
import type { PublicationStore } from '../../domain/store/publication-store';
import type { RateLimitStore } from '../../domain/store/rate-limit-store';
import type { RescreenRunStore } from '../../domain/store/rescreen-run-store';
import type { Stores } from '../../domain/store/stores';
import type { TeamLayerStore } from '../../domain/store/team-layer-store';
import { migrate } from './migrations';
import { SqliteAccountStore } from './sqlite-account-store';
import { SqliteAuditLog } from './sqlite-audit-log';
import { SqliteCommentStore } from './sqlite-comment-store';
import { SqliteDistrictStore } from './sqlite-district-store';
import { SqliteMesaMemberStore } from './sqlite-mesa-member-store';
import { SqliteMesaStore } from './sqlite-mesa-store';
import { SqlitePegStore } from './sqlite-peg-store';
import { SqliteProgressStore } from './sqlite-progress-store';
import { SqlitePublicationStore } from './sqlite-publication-store';
import { SqliteRateLimitStore } from './sqlite-rate-limit-store';
import { SqliteRescreenRunStore } from './sqlite-rescreen-run-store';
import { SqliteTeamLayerStore } from './sqlite-team-layer-store';
import { promised } from './sync-store';
import { lazyStores } from './lazy-stores';
import { openPgStores } from './pg/open-pg-stores';

export const DEFAULT_DB_PATH = 'var/atlas.sqlite';

export interface OpenStoreOptions {
  /** Clock for created_at/updated_at/saved_at (tests pin it). */
  now?: () => string;
}

/** Whether a database location names a PostgreSQL server rather than a SQLite file. */
export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

/**
 * The database: the argument, else ATLAS_DB, else var/atlas.sqlite under the working folder. A
 * file path comes back absolute; a postgres:// URL (and `:memory:`) as given.
 */
export function storePath(path?: string): string {
  const p = path ?? process.env.ATLAS_DB ?? DEFAULT_DB_PATH;
  return p === ':memory:' || isPostgresUrl(p) ? p : resolve(p);
}

// Spanish reason for the usual ways a database file cannot be opened.
function reason(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  switch (code) {
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return 'el archivo no es una base SQLite o está dañado';
    case 'SQLITE_CANTOPEN':
      return 'no se puede abrir ni crear el archivo (¿permisos o carpeta?)';
    case 'SQLITE_READONLY':
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'no hay permiso de escritura';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'una parte de la ruta no es una carpeta';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

/** The SQLite database file opened, in WAL mode, with pending migrations applied. */
export function openDatabase(path?: string, options: OpenStoreOptions = {}): Database.Database {
  const file = storePath(path);
  if (isPostgresUrl(file))
    throw new Error('openDatabase abre solo archivos SQLite; use openStores para PostgreSQL.');
  let db: Database.Database | undefined;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    // FULL: a committed comment survives a power cut, not only a crash of the process.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, undefined, options.now);
    return db;
  } catch (e) {
    db?.close();
    throw new Error(`No se pudo abrir la base de datos «${file}»: ${reason(e)}.`, { cause: e });
  }
}

/** The district store alone; on PostgreSQL it connects and migrates on its first call. */
export function openStore(path?: string, options: OpenStoreOptions = {}): DistrictStore {
  const location = storePath(path);
  if (isPostgresUrl(location)) {
    const all = lazyStores(() => openPgStores(location, options));
    const districts = all.districts;
    // close() ends the pool only if it was opened.
    return new Proxy(districts, {
      get: (target, key, receiver) =>
        key === 'close' ? () => all.close() : Reflect.get(target, key, receiver)
    });
  }
  return promised<DistrictStore>(new SqliteDistrictStore(openDatabase(path, options), options.now));
}

/** Every store of the server, on one database connection (a pool on PostgreSQL). */
export async function openStores(path?: string, options: OpenStoreOptions = {}): Promise<Stores> {
  const location = storePath(path);
  if (isPostgresUrl(location)) return openPgStores(location, options);
  const db = openDatabase(path, options);
  const now = options.now ?? (() => new Date().toISOString());
  const peg = new SqlitePegStore(db, now);
  return {
    peg: promised<PegStore>(peg),
    mesas: promised<MesaStore>(new SqliteMesaStore(db, now, peg)),
    progress: promised<ProgressStore>(new SqliteProgressStore(db, now)),
    members: promised<MesaMemberStore>(new SqliteMesaMemberStore(db, now)),
    teamLayers: promised<TeamLayerStore>(new SqliteTeamLayerStore(db)),
    rescreens: promised<RescreenRunStore>(new SqliteRescreenRunStore(db)),
    districts: promised<DistrictStore>(new SqliteDistrictStore(db, options.now)),
    accounts: promised<AccountStore>(new SqliteAccountStore(db, now)),
    publications: promised<PublicationStore>(new SqlitePublicationStore(db, now)),
    comments: promised<CommentStore>(new SqliteCommentStore(db, now)),
    audit: promised<AuditLog>(new SqliteAuditLog(db, now)),
    limits: promised<RateLimitStore>(new SqliteRateLimitStore(db)),
    close: async () => {
      if (db.open) db.close();
    }
  };
}

let shared: Stores | null = null;

/** The server's stores, opened on first use and closed when the process exits. */
export function stores(): Stores {
  if (!shared) {
    const opened = lazyStores(() => openStores());
    shared = opened;
    process.once('exit', () => void opened.close().catch(() => {}));
  }
  return shared;
}

/** The server's district store. */
export const store = (): DistrictStore => stores().districts;
