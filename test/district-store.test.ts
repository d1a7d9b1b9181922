// The district store on both engines (a SQLite file in a temp folder, a PostgreSQL database of the
// throw-away cluster): migrations, the preloaded examples against the bundled MGN, versions,
// optimistic concurrency, durability across processes; then what only a SQLite file has (WAL,
// the folder created, Spanish errors naming the file).
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readArrowRows } from '../src/lib/node/read-arrow-rows';
import { migrate, MIGRATIONS, type SqliteMigration } from '../src/lib/server/store/migrations';
import { openStore, storePath } from '../src/lib/server/store/open-store';
import { openPgDatabase } from '../src/lib/server/store/pg/pg-database';
import { migratePg, type PgMigration } from '../src/lib/server/store/pg/pg-migrate';
import { NotFoundError } from '../src/lib/domain/errors/not-found-error';
import { VersionConflictError } from '../src/lib/domain/errors/version-conflict-error';
import type { DistrictStore } from '../src/lib/domain/store/district-store';
import { ENGINES, openTestDb, type Engine, type TestDb } from './store-engines';

// The examples as the issue gives them (code → name), independent of the migration's code.
const EXAMPLES: Record<string, Record<string, string>> = {
  'nordeste-antioqueno': {
    '05736': 'Segovia',
    '05604': 'Remedios',
    '05670': 'San Roque',
    '05690': 'Santo Domingo',
    '05190': 'Cisneros',
    '05031': 'Amalfi',
    '05040': 'Anorí',
    '05858': 'Vegachí',
    '05885': 'Yalí',
    '05890': 'Yolombó'
  },
  'valle-del-cauca': {
    '76233': 'Dagua',
    '76109': 'Buenaventura',
    '76001': 'Cali',
    '76364': 'Jamundí'
  },
  'bajo-cauca-antioqueno': {
    '05120': 'Cáceres',
    '05154': 'Caucasia',
    '05250': 'El Bagre',
    '05495': 'Nechí',
    '05790': 'Tarazá',
    '05895': 'Zaragoza'
  }
};
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();

let dir: string;
let file: string;
const opened: DistrictStore[] = [];
const open = (path = file, now?: () => string) => {
  const s = openStore(path, { now });
  opened.push(s);
  return s;
};
/** A clock that ticks one minute per call from a fixed start. */
const ticking = () => {
  let t = Date.UTC(2025, 2, 1, 12);
  return () => new Date((t += 60_000)).toISOString();
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-store-'));
  file = join(dir, 'sub', 'atlas.sqlite');
});
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  for (const d of dbs.splice(0)) await d.close();
  rmSync(dir, { recursive: true, force: true });
});

const dbs: TestDb[] = [];
/** A fresh migrated database of the engine (the clock reads start with the migrations). */
const openDb = async (engine: Engine, now?: () => string) => {
  const d = await openTestDb(engine, { now });
  dbs.push(d);
  return d;
};

// What a schema is made of, to compare two openings of one database.
const schemaOf = (db: TestDb) =>
  db.engine === 'sqlite'
    ? db.sql('SELECT type, name, sql FROM sqlite_schema ORDER BY name')
    : db.sql(
        `SELECT table_name AS name, column_name AS item, data_type AS sql
         FROM information_schema.columns WHERE table_schema = 'public'
         UNION ALL SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
         UNION ALL SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
         FROM pg_constraint WHERE connamespace = 'public'::regnamespace
         ORDER BY 1, 2`
      );

/** Where the open error of `db` says the database is: the file, or «name» en host:port. */
const named = (db: TestDb) => {
  if (db.engine === 'sqlite') return db.location;
  const u = new URL(db.location);
  return `«${u.pathname.slice(1)}» en ${u.hostname}:${u.port}`;
};

describe.each(ENGINES)('migrations on %s', (engine) => {
  test('opening twice keeps one schema and seeds the examples once', async () => {
    const db = await openDb(engine);
    const before = await schemaOf(db);
    const s = (await db.reopen()).districts;
    expect((await s.list()).filter((d) => d.example)).toHaveLength(3);
    expect(await schemaOf(db)).toEqual(before);
    expect(before.length).toBeGreaterThan(10);
    expect(await db.sql('SELECT version FROM schema_migrations ORDER BY version')).toEqual(
      MIGRATIONS.map((m) => ({ version: m.version }))
    );
    expect(await db.sql('SELECT CAST(count(*) AS integer) AS n FROM district_versions')).toEqual([
      { n: 3 }
    ]);
  });

  test('a failing migration rolls back whole and is not recorded', async () => {
    if (engine === 'sqlite') {
      const db = new Database(':memory:');
      migrate(db, MIGRATIONS.slice(0, 1));
      const broken: SqliteMigration = {
        version: 2,
        name: 'broken',
        up(d) {
          d.exec('CREATE TABLE half_done (x INTEGER)');
          throw new Error('falla a propósito');
        }
      };
      expect(() =>
        migrate(db, [{ version: 1, name: 'ya aplicada', up: () => {} }, broken])
      ).toThrow('falla a propósito');
      expect(
        db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half_done'").get()
      ).toBeUndefined();
      expect(db.prepare('SELECT max(version) AS v FROM schema_migrations').get()).toEqual({
        v: 1
      });
      db.close();
      return;
    }
    // On the migrated database: one more migration that fails half way.
    const db = await openDb(engine);
    const pool = openPgDatabase(db.location);
    try {
      const last = MIGRATIONS.length;
      const broken: PgMigration = {
        version: last + 1,
        name: 'broken',
        async postgres(c) {
          await c.query('CREATE TABLE half_done (x integer)');
          throw new Error('falla a propósito');
        }
      };
      await expect(migratePg(pool, [...MIGRATIONS, broken])).rejects.toThrow('falla a propósito');
      expect(await db.sql("SELECT to_regclass('half_done') AS t")).toEqual([{ t: null }]);
      expect(await db.sql('SELECT max(version) AS v FROM schema_migrations')).toEqual([
        { v: last }
      ]);
    } finally {
      await pool.close();
    }
  });

  test('a database from a newer app is refused with a message naming the database', async () => {
    const db = await openDb(engine);
    await db.sql("INSERT INTO schema_migrations VALUES (99, 'futura', '2030-01-01')");
    const escaped = named(db).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(db.reopen()).rejects.toThrow(new RegExp(`${escaped}.*migración 99`));
  });
});

describe.each(ENGINES)('preloaded examples on %s', (engine) => {
  test('hold the issue municipios, whose bundled MGN names match', async () => {
    const mgn = new Map((await readArrowRows('data', 'municipios')).map((r) => [r.code, r.name]));
    const s = (await openDb(engine)).stores.districts;
    for (const [id, municipios] of Object.entries(EXAMPLES)) {
      const d = await s.get(id);
      expect(d?.example).toBe(true);
      expect(new Set(d?.municipios)).toEqual(new Set(Object.keys(municipios)));
      for (const [code, name] of Object.entries(municipios))
        expect(fold(String(mgn.get(code))), code).toBe(fold(name));
    }
  });

  test('use the default settings and are listed first with their counts', async () => {
    const s = (await openDb(engine)).stores.districts;
    await s.create({ name: 'Aaa primero alfabéticamente', municipios: ['05001'] }, 'ana');
    const list = await s.list();
    expect(list.slice(0, 3).map((d) => [d.example, d.municipio_count])).toEqual([
      [true, 6],
      [true, 10],
      [true, 4]
    ]);
    expect(list[3]).toMatchObject({
      name: 'Aaa primero alfabéticamente',
      municipio_count: 1,
      example: false
    });
    expect((await s.get('valle-del-cauca'))?.settings).toEqual({
      buffer_km: 5,
      sliver_ha: 50,
      sliver_pct: 1,
      layers: [],
      criteria: []
    });
  });
});

describe.each(ENGINES)('districts on %s', (engine) => {
  test('create derives an accent-free slug and fills defaults', async () => {
    // Each migration reads the clock once (12:01, 12:02…); the district the next minute.
    const s = (await openDb(engine, ticking())).stores.districts;
    const minute = String(MIGRATIONS.length + 1).padStart(2, '0');
    const d = await s.create(
      { name: 'Sur de Bolívar — Ñame y Piñón', municipios: ['13001'] },
      'ana'
    );
    expect(d).toMatchObject({
      id: 'sur-de-bolivar-name-y-pinon',
      name: 'Sur de Bolívar — Ñame y Piñón',
      version: 1,
      example: false,
      created_at: `2025-03-01T12:${minute}:00.000Z`,
      settings: { buffer_km: 5, sliver_ha: 50, sliver_pct: 1, layers: [], criteria: [] }
    });
    expect(await s.get(d.id)).toEqual(d);
  });

  test('slugs stay unique with -2, -3 and never take an example slug', async () => {
    const s = (await openDb(engine)).stores.districts;
    const ids: string[] = [];
    for (const name of [
      'Mi distrito',
      'Mi Distrito',
      'mi distrito!',
      'Nordeste Antioqueño',
      '¿?',
      'Nuevo'
    ])
      ids.push((await s.create({ name, municipios: ['05001'] }, 'ana')).id);
    expect(ids).toEqual([
      'mi-distrito',
      'mi-distrito-2',
      'mi-distrito-3',
      'nordeste-antioqueno-2',
      'distrito',
      'nuevo-2'
    ]);
    expect((await s.get('nordeste-antioqueno'))?.example).toBe(true);
  });

  test('update replaces municipios, merges settings and justifications, bumps the version', async () => {
    const s = (await openDb(engine)).stores.districts;
    const d = await s.create(
      {
        name: 'Distrito A',
        municipios: ['05001', '05002'],
        justifications: { '05001': 'minería aurífera' }
      },
      'ana'
    );
    const u = await s.update(
      d.id,
      {
        name: 'Distrito A (revisado)',
        municipios: ['05002', '05004'],
        settings: { buffer_km: 10 },
        justifications: { '05001': '', '05004': 'corredor del río' }
      },
      'beto'
    );
    expect(u).toMatchObject({
      id: d.id,
      name: 'Distrito A (revisado)',
      municipios: ['05002', '05004'],
      settings: { buffer_km: 10, sliver_ha: 50, sliver_pct: 1 },
      justifications: { '05004': 'corredor del río' },
      version: 2,
      created_at: d.created_at
    });
    expect(await s.get(d.id)).toEqual(u);
  });

  test('history keeps every version with its author and time, newest first', async () => {
    const s = (await openDb(engine, ticking())).stores.districts;
    const d = await s.create({ name: 'Con historia', municipios: ['05001'] }, 'ana');
    await s.update(d.id, { municipios: ['05001', '05002'] }, 'beto', 1);
    await s.update(d.id, { settings: { sliver_pct: 2 } }, 'carla', 2);
    const h = await s.history(d.id);
    expect(h.map((v) => [v.version, v.author])).toEqual([
      [3, 'carla'],
      [2, 'beto'],
      [1, 'ana']
    ]);
    expect(h[2]?.record.municipios).toEqual(['05001']);
    expect(h[1]?.record.municipios).toEqual(['05001', '05002']);
    expect(h[0]?.record).toEqual(await s.get(d.id));
    expect(new Set(h.map((v) => v.saved_at)).size).toBe(3);
    expect(await s.history('no-existe')).toEqual([]);
  });

  test('a stale expected version throws VersionConflictError and saves nothing', async () => {
    const db = await openDb(engine);
    const a = db.stores.districts;
    const b = (await db.reopen()).districts;
    const d = await a.create({ name: 'Disputado', municipios: ['05001'] }, 'ana');
    await b.update(d.id, { name: 'Cambio de Beto' }, 'beto', 1);
    const stale = () => a.update(d.id, { name: 'Cambio de Ana' }, 'ana', 1);
    await expect(stale()).rejects.toThrow(VersionConflictError);
    await expect(stale()).rejects.toThrow(/versión 1.*la 2/);
    expect(await a.get(d.id)).toMatchObject({ name: 'Cambio de Beto', version: 2 });
    expect(await a.history(d.id)).toHaveLength(2);
  });

  test('updating an unknown district throws NotFoundError', async () => {
    const s = (await openDb(engine)).stores.districts;
    await expect(s.update('no-existe', { name: 'x' }, 'ana')).rejects.toThrow(NotFoundError);
  });

  test('SQL injection strings are stored verbatim', async () => {
    const db = await openDb(engine);
    const s = db.stores.districts;
    const name = "x'); DROP TABLE districts;--";
    const text = "'; DELETE FROM district_versions WHERE '1'='1";
    const d = await s.create(
      { name, municipios: ['05001'], justifications: { '05001': text } },
      "o'brien"
    );
    await s.close();
    const again = (await db.reopen()).districts;
    expect(await again.get(d.id)).toMatchObject({ name, justifications: { '05001': text } });
    expect(await again.list()).toHaveLength(4);
    expect((await again.history(d.id))[0]?.author).toBe("o'brien");
  });
});

describe.each(ENGINES)('another process on %s', (engine) => {
  test('sees what a process wrote before exiting without closing', async () => {
    const db = await openDb(engine);
    const child = join(dir, 'child.mts');
    const storeModule = resolve('src/lib/server/store/open-store.ts');
    writeFileSync(
      child,
      `import { openStore } from ${JSON.stringify(storeModule)};
       await openStore(process.argv[2]).create({ name: 'Del proceso hijo', municipios: ['05001'] }, 'hijo');
       process.exit(0);`
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', child, db.location], {
      encoding: 'utf8'
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const d = await (await db.reopen()).districts.get('del-proceso-hijo');
    expect(d).toMatchObject({ name: 'Del proceso hijo', municipios: ['05001'], version: 1 });
  });
});

// A SQLite file only.
describe('database file', () => {
  test('the folder is created and the examples seeded on first open', async () => {
    const s = open();
    expect((await s.list()).filter((d) => d.example)).toHaveLength(3);
    expect(existsSync(file)).toBe(true);
  });

  test('is in WAL mode with the write-ahead log beside it', async () => {
    await open().create({ name: 'Escrito', municipios: ['05001'] }, 'ana');
    expect(existsSync(`${file}-wal`)).toBe(true);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  test('ATLAS_DB chooses the file when no path is given; else var/atlas.sqlite', async () => {
    const saved = process.env.ATLAS_DB;
    try {
      process.env.ATLAS_DB = join(dir, 'env', 'from-env.sqlite');
      await openStore().close();
      expect(existsSync(process.env.ATLAS_DB)).toBe(true);
      delete process.env.ATLAS_DB;
      expect(storePath()).toBe(resolve('var', 'atlas.sqlite'));
    } finally {
      if (saved === undefined) delete process.env.ATLAS_DB;
      else process.env.ATLAS_DB = saved;
    }
  });

  test('a corrupt file gives a Spanish error naming it', () => {
    const bad = join(dir, 'corrupta.sqlite');
    writeFileSync(bad, 'esto no es una base de datos '.repeat(200));
    expect(() => open(bad)).toThrow(
      `No se pudo abrir la base de datos «${bad}»: el archivo no es una base SQLite`
    );
  });

  test('a path that cannot be created gives a Spanish error naming it', () => {
    const notAFolder = join(dir, 'archivo');
    writeFileSync(notAFolder, 'x');
    const bad = join(notAFolder, 'atlas.sqlite');
    expect(() => open(bad)).toThrow(
      `No se pudo abrir la base de datos «${bad}»: una parte de la ruta no es una carpeta`
    );
  });
});
