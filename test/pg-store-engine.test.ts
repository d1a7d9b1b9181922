// The store engine chosen by the database location (ATLAS_DB or the argument): a postgres:// URL
// opens PostgreSQL, anything else a SQLite file. On PostgreSQL: migrations recorded as on SQLite,
// app instances starting together applying each migration once, Spanish errors that name the
// server and never the password, and writes from two instances at once (two store sets on one
// database) that neither lose an update nor both take a version, a quota place or an e-mail.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { StoreUnavailableError } from '../src/lib/domain/errors/store-unavailable-error';
import { RuleError } from '../src/lib/domain/errors/rule-error';
import {
  Anexo2Conflict,
  VersionConflictError
} from '../src/lib/domain/errors/version-conflict-error';
import type { Stores } from '../src/lib/domain/store/stores';
import { MIGRATIONS } from '../src/lib/server/store/migrations';
import {
  isPostgresUrl,
  openStore,
  openStores,
  storePath
} from '../src/lib/server/store/open-store';
import { openPgDatabase } from '../src/lib/server/store/pg/pg-database';
import { migratePg, type PgMigration } from '../src/lib/server/store/pg/pg-migrate';
import { ENGINES, openTestDb, type TestDb } from './store-engines';

const AT = '2025-03-01T12:00:00.000Z';

const dbs: TestDb[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.close();
  for (const c of cleanups.splice(0).reverse()) await c();
});

const testDb = async (engine: (typeof ENGINES)[number]) => {
  const d = await openTestDb(engine, { now: () => AT });
  dbs.push(d);
  return d;
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

let fresh = 0;
/** A new PostgreSQL database with PostGIS and nothing migrated; its URL. */
async function emptyPgDatabase(): Promise<string> {
  const name = `atlas_engine${process.pid}_${++fresh}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE atlas_template`));
  cleanups.push(async () => {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  });
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/${name}`;
  return url.toString();
}

const track = (s: Stores) => {
  cleanups.push(() => s.close());
  return s;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('port'))
      );
    });
  });
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection');
}

describe('the engine follows the location', () => {
  test('postgres:// and postgresql:// URLs are PostgreSQL and stay as given; paths are files', () => {
    expect(isPostgresUrl('postgres://u:p@db.example:5432/atlas')).toBe(true);
    expect(isPostgresUrl('postgresql://u@localhost/atlas')).toBe(true);
    expect(isPostgresUrl('var/atlas.sqlite')).toBe(false);
    expect(isPostgresUrl('./postgres/atlas.sqlite')).toBe(false);
    expect(storePath('postgresql://u@localhost/atlas')).toBe('postgresql://u@localhost/atlas');
    expect(storePath('var/x.sqlite')).toBe(join(process.cwd(), 'var', 'x.sqlite'));
  });

  test('ATLAS_DB with a PostgreSQL URL opens PostgreSQL; with a path, a SQLite file', async () => {
    const pgDb = await testDb('postgres');
    const dir = mkdtempSync(join(tmpdir(), 'atlas-engine-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const saved = process.env.ATLAS_DB;
    cleanups.push(() => {
      if (saved === undefined) delete process.env.ATLAS_DB;
      else process.env.ATLAS_DB = saved;
    });

    process.env.ATLAS_DB = pgDb.location.replace(/^postgres:/, 'postgresql:');
    const viaEnv = track(await openStores());
    const d = await viaEnv.districts.create({ name: 'Por la URL', municipios: ['05001'] }, 'ana');
    expect(await pgDb.sql('SELECT id FROM districts WHERE id = ?', [d.id])).toEqual([
      { id: 'por-la-url' }
    ]);
    // The district store alone connects on its first call.
    const alone = openStore();
    expect((await alone.get('por-la-url'))?.name).toBe('Por la URL');
    await alone.close();

    process.env.ATLAS_DB = join(dir, 'atlas.sqlite');
    const file = track(await openStores());
    expect(existsSync(join(dir, 'atlas.sqlite'))).toBe(true);
    expect(await file.districts.get('por-la-url')).toBeNull();
  });
});

describe.each(ENGINES)('migrations on %s', (engine) => {
  test('schema_migrations holds every migration, with the versions and names of the list', async () => {
    const db = await testDb(engine);
    const rows = await db.sql<{ version: number; name: string; applied_at: string }>(
      'SELECT version, name, applied_at FROM schema_migrations ORDER BY version'
    );
    expect(rows.map(({ version, name }) => ({ version, name }))).toEqual(
      MIGRATIONS.map(({ version, name }) => ({ version, name }))
    );
    expect(rows.every((r) => r.applied_at === AT)).toBe(true);
    expect(await db.sql('SELECT CAST(count(*) AS integer) AS n FROM district_versions')).toEqual([
      { n: 3 }
    ]);
  });

  test('a database migrated by a newer app is refused with the same Spanish reason', async () => {
    const db = await testDb(engine);
    await db.sql("INSERT INTO schema_migrations VALUES (99, 'futura', '2030-01-01')");
    const e = await rejection(db.reopen());
    expect(e.message).toContain(
      `la base tiene la migración 99 y esta versión de la app solo conoce hasta la ${MIGRATIONS.length}`
    );
    expect(e.message).toMatch(/^No se pudo abrir la base de datos /);
  });
});

describe('migrations on PostgreSQL', () => {
  test('the tables of migrations 1-3 and 10 have the columns of SQLite, in the same order', async () => {
    const [lite, post] = [await testDb('sqlite'), await testDb('postgres')];
    const tables = [
      'districts',
      'district_versions',
      'anexo2_edits',
      'users',
      'sessions',
      'app_secrets',
      'publications',
      'publication_documents',
      'comments',
      'audit_log',
      'rate_hits',
      'schema_migrations'
    ];
    type Col = { t: string; c: string };
    const shape = (rows: Col[]) =>
      Object.fromEntries(tables.map((t) => [t, rows.filter((r) => r.t === t).map((r) => r.c)]));
    const sqlite = shape(
      await lite.sql<Col>(
        `SELECT m.name AS t, p.name AS c FROM sqlite_schema m, pragma_table_info(m.name) p
         WHERE m.type = 'table' ORDER BY m.name, p.cid`
      )
    );
    const postgres = shape(
      await post.sql<Col>(
        `SELECT table_name AS t, column_name AS c FROM information_schema.columns
         WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`
      )
    );
    expect(sqlite.rate_hits).toEqual(['bucket', 'key', 'at_ms']);
    expect(Object.values(sqlite).every((c) => c.length > 0)).toBe(true);
    expect(postgres).toEqual(sqlite);
  });

  test('three instances starting together apply each migration once', async () => {
    const url = await emptyPgDatabase();
    const pools = [openPgDatabase(url), openPgDatabase(url), openPgDatabase(url)];
    cleanups.push(async () => {
      for (const p of pools) await p.close();
    });
    const applied = await Promise.all(pools.map((p) => migratePg(p, MIGRATIONS, () => AT)));
    expect(applied.flat().sort((a, b) => a - b)).toEqual(MIGRATIONS.map((m) => m.version));
    // And openStores together on a new database: no error, the examples seeded once.
    const other = await emptyPgDatabase();
    const opened = await Promise.all([openStores(other), openStores(other), openStores(other)]);
    opened.forEach(track);
    expect((await opened[2]!.districts.list()).filter((d) => d.example)).toHaveLength(3);
    const [s] = opened;
    expect((await s!.districts.history('valle-del-cauca')).length).toBe(1);
  });

  test('a failing migration rolls back whole and is not recorded', async () => {
    const url = await emptyPgDatabase();
    const p = openPgDatabase(url);
    cleanups.push(() => p.close());
    const first = MIGRATIONS.slice(0, 1);
    expect(await migratePg(p, first, () => AT)).toEqual([1]);
    const broken: PgMigration = {
      version: 2,
      name: 'broken',
      async postgres(c) {
        await c.query('CREATE TABLE half_done (x integer)');
        throw new Error('falla a propósito');
      }
    };
    await expect(migratePg(p, [...first, broken])).rejects.toThrow('falla a propósito');
    expect(await p.query("SELECT to_regclass('half_done') AS t")).toEqual([{ t: null }]);
    expect(await p.query('SELECT max(version) AS v FROM schema_migrations')).toEqual([{ v: 1 }]);
  });
});

describe('PostgreSQL that cannot be opened', () => {
  test('an unreachable server: Spanish, names the server, never the password', async () => {
    const port = await freePort();
    const e = await rejection(
      openStores(`postgres://atlas:s3cr3t-Clave@127.0.0.1:${port}/atlas_prod`)
    );
    expect(e).toBeInstanceOf(StoreUnavailableError);
    expect(e.message).toBe(
      `No se pudo abrir la base de datos PostgreSQL «atlas_prod» en 127.0.0.1:${port}: no se pudo conectar con el servidor (¿está en marcha y acepta conexiones en esa dirección?).`
    );
    expect(e.message).not.toContain('s3cr3t');
  });

  test('a wrong password and a missing database have their own reasons', async () => {
    const good = new URL(inject('pgAdminUrl'));
    const wrong = new URL(good.toString());
    wrong.password = 'no-es-la-clave';
    const e = await rejection(openStores(wrong.toString()));
    expect(e.message).toBe(
      `No se pudo abrir la base de datos PostgreSQL «postgres» en ${good.hostname}:${good.port}: el servidor rechazó el usuario o la contraseña.`
    );
    expect(e).not.toBeInstanceOf(StoreUnavailableError);
    expect(e.message).not.toContain('no-es-la-clave');

    const missing = new URL(good.toString());
    missing.pathname = '/no_existe_esta_base';
    const m = await rejection(openStores(missing.toString()));
    expect(m.message).toMatch(/la base «no_existe_esta_base» no existe en el servidor\.$/);
    expect(m.message).not.toContain(good.password);
  });
});

describe.each(ENGINES)('two instances writing at once on %s', (engine) => {
  test('a stale version: of two updates from version 1, exactly one wins', async () => {
    const db = await testDb(engine);
    const other = await db.reopen();
    const d = await db.stores.districts.create({ name: 'Disputado', municipios: ['05001'] }, 'ana');
    const results = await Promise.allSettled([
      db.stores.districts.update(d.id, { name: 'Por A' }, 'ana', 1),
      other.districts.update(d.id, { name: 'Por B' }, 'beto', 1)
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(VersionConflictError);
    expect((lost[0]!.reason as VersionConflictError).actual).toBe(2);
    const history = await other.districts.history(d.id);
    expect(history.map((h) => h.version)).toEqual([2, 1]);
    expect((await db.stores.districts.get(d.id))?.name).toBe(
      (won[0] as PromiseFulfilledResult<{ name: string }>).value.name
    );
  });

  test('updates without a version from both instances are all kept, none lost', async () => {
    const db = await testDb(engine);
    const other = await db.reopen();
    const d = await db.stores.districts.create(
      { name: 'Compartido', municipios: ['05001'] },
      'ana'
    );
    const codes = ['05002', '05004', '05021', '05030', '05031', '05034'];
    await Promise.all(
      codes.map((code, i) =>
        (i % 2 ? other : db.stores).districts.update(
          d.id,
          { justifications: { [code]: `razón ${code}` } },
          'ana'
        )
      )
    );
    const saved = await db.stores.districts.get(d.id);
    expect(saved?.version).toBe(1 + codes.length);
    expect(Object.keys(saved?.justifications ?? {}).sort()).toEqual(codes);
    expect((await other.districts.history(d.id)).map((h) => h.version)).toEqual([
      7, 6, 5, 4, 3, 2, 1
    ]);
  });

  test('an anexo 2 aspect saved from version 0 by both: one save, one Anexo2Conflict', async () => {
    const db = await testDb(engine);
    const other = await db.reopen();
    const edit = (respuesta: string) => [
      { aspect: 'etnica' as const, respuesta, suficiente: null, propuestas: '', version: 0 }
    ];
    const results = await Promise.allSettled([
      db.stores.districts.saveAnexo2('valle-del-cauca', edit('A'), 'ana'),
      other.districts.saveAnexo2('valle-del-cauca', edit('B'), 'beto')
    ]);
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(Anexo2Conflict);
    expect(await db.stores.districts.anexo2History('valle-del-cauca', 'etnica')).toHaveLength(1);
  });

  test('the rate limit quota holds with requests from three instances at once', async () => {
    const db = await testDb(engine);
    const instances = [db.stores, await db.reopen(), await db.reopen()];
    const t = 7_000_000;
    const waits = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        instances[i % 3]!.limits.take('comentarios', 'ip', 5, 60_000, t)
      )
    );
    expect(waits.filter((w) => w === 0)).toHaveLength(5);
    expect(waits.filter((w) => w === 60)).toHaveLength(25);
    expect(await db.sql('SELECT CAST(count(*) AS integer) AS n FROM rate_hits')).toEqual([
      { n: 5 }
    ]);
  });

  test('one e-mail created from both instances at once: one account, one account-taken', async () => {
    const db = await testDb(engine);
    const other = await db.reopen();
    const user = (email: string) => ({
      email,
      name: 'Ana',
      role: 'mme' as const,
      passwordHash: 'h'
    });
    const results = await Promise.allSettled([
      db.stores.accounts.create(user('ana@example.org'), 'admin'),
      other.accounts.create(user('ANA@example.org'), 'admin')
    ]);
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(RuleError);
    expect((lost[0]!.reason as RuleError).code).toBe('account-taken');
    expect(await db.stores.accounts.list()).toHaveLength(1);
    expect((await other.accounts.credentials('Ana@Example.org'))?.user.name).toBe('Ana');
  });
});
