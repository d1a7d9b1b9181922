// The benchmark's comments as stored, read straight from the database (not through the app):
// PostgreSQL with `pg`, SQLite with better-sqlite3 (read-only, beside the running app).
import Database from 'better-sqlite3';
import pg from 'pg';
import type { StoredComment } from './check-acked';

const SQL = `SELECT c.id, c.texto,
    (SELECT count(*) FROM audit_log a
      WHERE a.comment_id = c.id AND a.action = 'comentario.recibir') AS audits
  FROM comments c WHERE c.district_id = $1 AND c.texto LIKE 'Comentario de carga [%'`;

const rows = (list: { id: unknown; texto: unknown; audits: unknown }[]): StoredComment[] =>
  list.map((r) => ({ id: Number(r.id), texto: String(r.texto), audits: Number(r.audits) }));

/** From a postgres:// URL or a SQLite file. */
export async function readStoredComments(
  location: string,
  district: string
): Promise<StoredComment[]> {
  if (/^postgres(ql)?:\/\//.test(location)) {
    const c = new pg.Client({ connectionString: location });
    await c.connect();
    try {
      return rows((await c.query(SQL, [district])).rows);
    } finally {
      await c.end();
    }
  }
  const db = new Database(location, { readonly: true, fileMustExist: true });
  try {
    return rows(db.prepare(SQL.replace('$1', '?')).all(district) as never);
  } finally {
    db.close();
  }
}
