// The store suite runs on both engines (issue 21): `describe.each(ENGINES)` and `openTestDb(engine)`
// give a fresh, migrated database of that engine — a SQLite file in a temporary folder, or a new
// PostgreSQL database copied from the global setup's template — with its stores and raw SQL for
// the checks a test makes behind the stores' back (`?` placeholders on both engines); `emptyPgDb`
// gives a PostgreSQL database with nothing migrated.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { Stores } from '../src/lib/domain/store/stores';
import { openStores, type OpenStoreOptions } from '../src/lib/server/store/open-store';

export type Engine = 'sqlite' | 'postgres';
export const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

export interface TestDb {
  engine: Engine;
  /** The SQLite file or the postgres:// URL: what ATLAS_DB would name. */
  location: string;
  stores: Stores;
  /** Another set of stores on the same database: a second app instance. */
  reopen(options?: OpenStoreOptions): Promise<Stores>;
  /** Raw SQL on the database, `?` placeholders. */
  sql<R = Record<string, unknown>>(query: string, params?: readonly unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

let counter = 0;

const numbered = (query: string) => {
  let i = 0;
  return query.replace(/\?/g, () => `$${++i}`);
};

async function admin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: inject('pgAdminUrl') });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

export async function openTestDb(engine: Engine, options: OpenStoreOptions = {}): Promise<TestDb> {
  const opened: Stores[] = [];
  const reopen = async (o: OpenStoreOptions = options) => {
    const s = await openStores(location, o);
    opened.push(s);
    return s;
  };
  let location: string;
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-store-'));
    location = join(dir, 'atlas.sqlite');
    const stores = await reopen();
    return {
      engine,
      location,
      stores,
      reopen,
      sql: async <R>(query: string, params: readonly unknown[] = []) => {
        const db = new Database(location);
        try {
          db.pragma('foreign_keys = ON');
          const st = db.prepare(query);
          return (st.reader ? st.all(...params) : (st.run(...params), [])) as R[];
        } finally {
          db.close();
        }
      },
      close: async () => {
        for (const s of opened) await s.close();
        rmSync(dir, { recursive: true, force: true });
      }
    };
  }
  const name = `atlas_t${process.pid}_${++counter}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE atlas_template`));
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/${name}`;
  location = url.toString();
  const stores = await reopen();
  const pool = new pg.Pool({
    connectionString: location,
    max: 2,
    // Counts come back as numbers, as the stores read them (pg-database.ts).
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === pg.types.builtins.INT8
          ? (v: string) => Number(v)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
    }
  });
  return {
    engine,
    location,
    stores,
    reopen,
    sql: async <R>(query: string, params: readonly unknown[] = []) =>
      (await pool.query(numbered(query), params as unknown[])).rows as R[],
    close: async () => {
      await pool.end();
      for (const s of opened) await s.close();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
  };
}

let empty = 0;
/** A new PostgreSQL database with PostGIS and nothing migrated: its URL, and how to drop it. */
export async function emptyPgDb(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `atlas_e${process.pid}_${++empty}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE atlas_template`));
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
  };
}
