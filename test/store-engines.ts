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
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
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

/** A fresh database of `engine` that nothing has opened yet, for code that opens it by name
 * (ATLAS_DB, the command line, the built app): a SQLite path in a new temporary folder (the file
 * not created), or a new PostgreSQL database copied from the template; raw SQL on it and `drop`. */
export interface FreshDb {
  engine: Engine;
  /** The SQLite file or the postgres:// URL: what ATLAS_DB would name. */
  location: string;
  /** Raw SQL on the database, `?` placeholders. */
  sql<R = Record<string, unknown>>(query: string, params?: readonly unknown[]): Promise<R[]>;
  /** Removes the database (its folder, or DROP DATABASE … WITH (FORCE)). */
  drop(): Promise<void>;
}

export async function freshDatabase(engine: Engine): Promise<FreshDb> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-store-'));
    const location = join(dir, 'atlas.sqlite');
    return {
      engine,
      location,
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
      drop: async () => rmSync(dir, { recursive: true, force: true })
    };
  }
  const name = `atlas_t${process.pid}_${++counter}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE atlas_template`));
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/${name}`;
  const location = url.toString();
  let pool: pg.Pool | null = null;
  // Counts come back as numbers, as the stores read them (pg-database.ts).
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === pg.types.builtins.INT8
        ? (v: string) => Number(v)
        : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
  };
  return {
    engine,
    location,
    sql: async <R>(query: string, params: readonly unknown[] = []) => {
      pool ??= new pg.Pool({ connectionString: location, max: 2, types });
      return (await pool.query(numbered(query), params as unknown[])).rows as R[];
    },
    drop: async () => {
      await pool?.end();
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
export async function openTestDb(engine: Engine, options: OpenStoreOptions = {}): Promise<TestDb> {
  const db = await freshDatabase(engine);
  const opened: Stores[] = [];
  const reopen = async (o: OpenStoreOptions = options) => {
    const s = await openStores(db.location, o);
    opened.push(s);
    return s;
  };
  const stores = await reopen();
  return {
    engine,
    location: db.location,
    stores,
    reopen,
    sql: db.sql,
    close: async () => {
      for (const s of opened) await s.close();
      await db.drop();
    }
  };
}

/** Points ATLAS_DB at `location` (the server's shared stores and the command line open it there);
 * returns the undo. */
export function setAtlasDb(location: string): () => void {
  const saved = process.env.ATLAS_DB;
  process.env.ATLAS_DB = location;
  return () => {
    if (saved === undefined) delete process.env.ATLAS_DB;
    else process.env.ATLAS_DB = saved;
  };
}

/** Inside a describe block: ATLAS_DB names a fresh database of `engine` for its tests (one for all,
 * or a new one for each), dropped after them; returns the current one. */
export function withFreshAtlasDb(engine: Engine, scope: 'all' | 'each' = 'all'): () => FreshDb {
  let db: FreshDb | undefined;
  let restore = () => {};
  const [before, after] = scope === 'each' ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    db = await freshDatabase(engine);
    restore = setAtlasDb(db.location);
  });
  after(async () => {
    restore();
    await db?.drop();
  });
  return () => db!;
}
