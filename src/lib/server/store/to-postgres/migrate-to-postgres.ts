// `npm run migrar-a-postgres`: a SQLite store copied whole into an empty PostgreSQL one. The
// target is migrated first (pg-migrate.ts); then, in ONE transaction, it is checked to hold only
// what migration 1 seeds (clear-seeded-target.ts), every table is copied in dependency order with
// its ids, team_layer_features is built from the versions, the identity sequences are reset and
// the row counts of both sides compared: any failure rolls it all back.
import { RuleError } from '../../../domain/errors/rule-error';
import type { PgQueryable } from '../pg/pg-database';
import { openPgDatabase } from '../pg/pg-database';
import { migratePg } from '../pg/pg-migrate';
import { pgOpenError } from '../pg/pg-open-error';
import { pgPlace } from '../pg/pg-place';
import { MIGRATIONS } from '../migrations';
import { clearSeededTarget } from './clear-seeded-target';
import { COPY_ORDER, PG_ONLY_TABLE } from './copy-order';
import { copyTable } from './copy-table';
import { copyTeamLayerFeatures } from './copy-team-layer-features';
import { openSqliteSource, type SqliteSource } from './open-sqlite-source';
import { resetIdentities } from './reset-identities';

export interface CopyOptions {
  /** The SQLite file. */
  from: string;
  /** The postgres:// URL. */
  to: string;
  /** Clock for the applied_at of migrations run now (tests pin it). */
  now?: () => string;
}

export interface TableCount {
  table: string;
  /** Rows in the SQLite snapshot; null for a table SQLite does not have. */
  sqlite: number | null;
  postgres: number;
}

export interface CopySummary {
  from: string;
  to: { server: string; database: string };
  /** The SQLite file's migration before the copy, and the ones applied to it first. */
  sqliteVersion: number;
  sqliteMigrated: number[];
  /** Migrations applied to the target before the copy. */
  postgresMigrated: number[];
  /** Example districts migration 1 had seeded in the target, replaced by SQLite's rows. */
  seededReplaced: number;
  /** The identity columns whose sequences were moved past the copied ids. */
  identities: string[];
  tables: TableCount[];
}

const count = async (c: PgQueryable, table: string) =>
  (await c.query<{ n: number }>(`SELECT count(*)::integer AS n FROM "${table}"`))[0]?.n ?? 0;

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

async function copyAll(source: SqliteSource, c: PgQueryable) {
  const seededReplaced = await clearSeededTarget(c);
  const tables: TableCount[] = [];
  for (const table of COPY_ORDER) {
    const sqlite = (
      source.db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }
    ).n;
    let copied: number;
    try {
      copied = await copyTable(source.db, c, table);
    } catch (e) {
      throw new Error(`la tabla «${table}» no se pudo copiar: ${reason(e)}`, { cause: e });
    }
    const postgres = await count(c, table);
    if (copied !== sqlite || postgres !== sqlite)
      throw new Error(
        `la tabla «${table}» tiene ${sqlite} filas en SQLite y quedó con ${postgres} en PostgreSQL`
      );
    tables.push({ table, sqlite, postgres });
  }
  const features = await copyTeamLayerFeatures(source.db, c);
  const built = await count(c, PG_ONLY_TABLE);
  if (built !== features)
    throw new Error(
      `se leyeron ${features} elementos de las capas del equipo y quedaron ${built} en ${PG_ONLY_TABLE}`
    );
  tables.push({ table: PG_ONLY_TABLE, sqlite: null, postgres: built });
  const identities = await resetIdentities(c);
  return { seededReplaced, tables, identities };
}

/** Copies the SQLite store `from` into the empty PostgreSQL database `to`; all or nothing. */
export async function migrateToPostgres(options: CopyOptions): Promise<CopySummary> {
  const place = pgPlace(options.to);
  const source = openSqliteSource(options.from, options.now);
  try {
    const db = openPgDatabase(options.to, 2);
    try {
      let postgresMigrated: number[];
      try {
        postgresMigrated = await migratePg(db, MIGRATIONS, options.now);
      } catch (e) {
        throw pgOpenError(options.to, e);
      }
      let copied: Awaited<ReturnType<typeof copyAll>>;
      try {
        copied = await db.tx((c) => copyAll(source, c));
      } catch (e) {
        if (e instanceof RuleError) throw e;
        throw new Error(
          `No se copió nada a PostgreSQL «${place.database}» en ${place.server}: ${place.hide(reason(e))}.`,
          { cause: e }
        );
      }
      return {
        from: options.from,
        to: { server: place.server, database: place.database },
        sqliteVersion: source.versionBefore,
        sqliteMigrated: source.migrated,
        postgresMigrated,
        ...copied
      };
    } finally {
      await db.close();
    }
  } finally {
    source.close();
  }
}
