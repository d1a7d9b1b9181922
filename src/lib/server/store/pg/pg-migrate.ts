// Applies the pending migrations (migrations.ts, their `postgres` bodies) to a PostgreSQL database,
// as `migrate` does on SQLite: in version order, each in its own transaction together with its row
// in schema_migrations, refusing a database migrated by a newer app. Every step first takes one
// transaction-scoped advisory lock, so app instances starting together wait for each other and
// apply each migration once.
import { MIGRATIONS, newerDatabase, type Migration } from '../migrations';
import type { PgDatabase, PgQueryable } from './pg-database';

/** What `migratePg` runs (a migration without its SQLite body). */
export type PgMigration = Omit<Migration, 'up'>;

// The advisory lock key every instance of the app takes while it migrates.
const LOCK = "SELECT pg_advisory_xact_lock(hashtext('atlas-dmedp:schema_migrations'))";

async function latest(c: PgQueryable): Promise<number> {
  const [row] = await c.query<{ v: number | null }>(
    'SELECT max(version) AS v FROM schema_migrations'
  );
  return row?.v ?? 0;
}

/** The pending migrations applied, in order; returns the versions applied now. */
export async function migratePg(
  db: PgDatabase,
  migrations: readonly PgMigration[] = MIGRATIONS,
  now: () => string = () => new Date().toISOString()
): Promise<number[]> {
  // Under the lock: two instances creating the table at once would collide in the catalog.
  await db.tx(async (c) => {
    await c.query(LOCK);
    await c.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at text NOT NULL
    )`);
  });
  const known = Math.max(0, ...migrations.map((m) => m.version));
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    const done = await db.tx(async (c) => {
      await c.query(LOCK);
      const current = await latest(c);
      if (current > known) throw newerDatabase(current, known);
      if (m.version <= current) return false;
      const at = now();
      await m.postgres(c, at);
      await c.query('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [m.version, m.name, at]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}
