// The SQLite store a copy reads: the file must exist (nothing is created), pending migrations are
// applied first (the caller reports them), and every read after this one sees a single snapshot
// (a read transaction held until close), so rows written meanwhile are neither half-copied nor
// counted. Tables the copy does not know are refused.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { migrate } from '../migrations';
import { COPY_ORDER } from './copy-order';

export interface SqliteSource {
  db: Database.Database;
  /** The migration the file had before the copy opened it (0: none). */
  versionBefore: number;
  /** The migrations applied to it now (empty when it was up to date). */
  migrated: number[];
  close(): void;
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

function schemaVersion(db: Database.Database): number {
  const table = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!table) return 0;
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as {
    v: number | null;
  };
  return row.v ?? 0;
}

export function openSqliteSource(file: string, now?: () => string): SqliteSource {
  if (!existsSync(file)) throw new Error(`No existe el archivo SQLite «${file}».`);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    const versionBefore = schemaVersion(db);
    if (versionBefore === 0)
      throw new Error('no es una base de Atlas DMEDP (no tiene ninguna migración anotada)');
    const migrated = migrate(db, undefined, now);
    const unknown = (
      db
        .prepare(
          `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
           AND name <> 'schema_migrations' ORDER BY name`
        )
        .all() as { name: string }[]
    )
      .map((r) => r.name)
      .filter((t) => !COPY_ORDER.includes(t));
    if (unknown.length)
      throw new Error(`tiene tablas que esta copia no conoce: ${unknown.join(', ')}`);
    db.exec('BEGIN');
    // The first read takes the snapshot.
    db.prepare('SELECT count(*) FROM districts').get();
    const opened = db;
    return {
      db: opened,
      versionBefore,
      migrated,
      close: () => {
        if (opened.inTransaction) opened.exec('ROLLBACK');
        opened.close();
      }
    };
  } catch (e) {
    db?.close();
    throw new Error(`No se pudo abrir la base SQLite «${file}»: ${reason(e)}.`, { cause: e });
  }
}
