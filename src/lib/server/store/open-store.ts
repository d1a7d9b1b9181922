// Opens the server database (SQLite file, WAL mode), applies pending migrations and returns the
// DistrictStore. The app's shared store is opened lazily, so `vite build` never touches a database.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DistrictStore } from './district-store';
import { migrate } from './migrations';
import { SqliteDistrictStore } from './sqlite-district-store';

export const DEFAULT_DB_PATH = 'var/atlas.sqlite';

export interface OpenStoreOptions {
  /** Clock for created_at/updated_at/saved_at (tests pin it). */
  now?: () => string;
}

/** The database file: the argument, else ATLAS_DB, else var/atlas.sqlite under the working folder. */
export function storePath(path?: string): string {
  const p = path ?? process.env.ATLAS_DB ?? DEFAULT_DB_PATH;
  return p === ':memory:' ? p : resolve(p);
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

export function openStore(path?: string, options: OpenStoreOptions = {}): DistrictStore {
  const file = storePath(path);
  let db: Database.Database | undefined;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, undefined, options.now);
    return new SqliteDistrictStore(db, options.now);
  } catch (e) {
    db?.close();
    throw new Error(`No se pudo abrir la base de datos «${file}»: ${reason(e)}.`, { cause: e });
  }
}

let shared: DistrictStore | null = null;

/** The server's store, opened on first use and closed when the process exits. */
export function store(): DistrictStore {
  if (!shared) {
    shared = openStore();
    process.once('exit', () => shared?.close());
  }
  return shared;
}
