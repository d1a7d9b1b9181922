// The SQLite district store on real database files in a temp folder: migrations, the preloaded
// examples against the bundled MGN, versions, optimistic concurrency, durability across processes.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readArrowRows } from '../src/lib/node/read-arrow-rows';
import { migrate, MIGRATIONS, type Migration } from '../src/lib/server/store/migrations';
import { openStore, storePath } from '../src/lib/server/store/open-store';
import { NotFoundError } from '../src/lib/domain/errors/not-found-error';
import { VersionConflictError } from '../src/lib/domain/errors/version-conflict-error';
import type { DistrictStore } from '../src/lib/domain/store/district-store';

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
  rmSync(dir, { recursive: true, force: true });
});

describe('migrations', () => {
  test('opening twice keeps one schema and seeds the examples once', async () => {
    await open().close();
    const schema = (db: Database.Database) =>
      db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name').all();
    const first = new Database(file);
    const before = schema(first);
    first.close();
    const s = open();
    expect((await s.list()).filter((d) => d.example)).toHaveLength(3);
    await s.close();
    const db = new Database(file);
    expect(schema(db)).toEqual(before);
    expect(db.prepare('SELECT version FROM schema_migrations').all()).toEqual(
      MIGRATIONS.map((m) => ({ version: m.version }))
    );
    expect(db.prepare('SELECT count(*) AS n FROM district_versions').get()).toEqual({ n: 3 });
    db.close();
  });

  test('a failing migration rolls back whole and is not recorded', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up(d) {
        d.exec('CREATE TABLE half_done (x INTEGER)');
        throw new Error('falla a propósito');
      }
    };
    expect(() => migrate(db, [{ version: 1, name: 'ya aplicada', up: () => {} }, broken])).toThrow(
      'falla a propósito'
    );
    expect(
      db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half_done'").get()
    ).toBeUndefined();
    expect(db.prepare('SELECT max(version) AS v FROM schema_migrations').get()).toEqual({ v: 1 });
    db.close();
  });

  test('a database from a newer app is refused with a message naming the file', async () => {
    await open().close();
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'futura', '2030-01-01')").run();
    db.close();
    expect(() => open()).toThrow(new RegExp(`${file}.*migración 99`));
  });
});

describe('preloaded examples', () => {
  test('hold the issue municipios, whose bundled MGN names match', async () => {
    const mgn = new Map((await readArrowRows('data', 'municipios')).map((r) => [r.code, r.name]));
    const s = open();
    for (const [id, municipios] of Object.entries(EXAMPLES)) {
      const d = await s.get(id);
      expect(d?.example).toBe(true);
      expect(new Set(d?.municipios)).toEqual(new Set(Object.keys(municipios)));
      for (const [code, name] of Object.entries(municipios))
        expect(fold(String(mgn.get(code))), code).toBe(fold(name));
    }
  });

  test('use the default settings and are listed first with their counts', async () => {
    const s = open();
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

describe('districts', () => {
  test('create derives an accent-free slug and fills defaults', async () => {
    // Each migration reads the clock once (12:01, 12:02…); the district the next minute.
    const s = open(file, ticking());
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
    const s = open();
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
    const s = open();
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
    const s = open(file, ticking());
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
    const a = open();
    const b = open();
    const d = await a.create({ name: 'Disputado', municipios: ['05001'] }, 'ana');
    await b.update(d.id, { name: 'Cambio de Beto' }, 'beto', 1);
    const stale = () => a.update(d.id, { name: 'Cambio de Ana' }, 'ana', 1);
    await expect(stale()).rejects.toThrow(VersionConflictError);
    await expect(stale()).rejects.toThrow(/versión 1.*la 2/);
    expect(await a.get(d.id)).toMatchObject({ name: 'Cambio de Beto', version: 2 });
    expect(await a.history(d.id)).toHaveLength(2);
  });

  test('updating an unknown district throws NotFoundError', async () => {
    await expect(open().update('no-existe', { name: 'x' }, 'ana')).rejects.toThrow(NotFoundError);
  });

  test('SQL injection strings are stored verbatim', async () => {
    const s = open();
    const name = "x'); DROP TABLE districts;--";
    const text = "'; DELETE FROM district_versions WHERE '1'='1";
    const d = await s.create(
      { name, municipios: ['05001'], justifications: { '05001': text } },
      "o'brien"
    );
    await s.close();
    const again = open();
    expect(await again.get(d.id)).toMatchObject({ name, justifications: { '05001': text } });
    expect(await again.list()).toHaveLength(4);
    expect((await again.history(d.id))[0]?.author).toBe("o'brien");
  });
});

describe('database file', () => {
  test('another process sees what a process wrote before exiting without closing', async () => {
    await open().close();
    const child = join(dir, 'child.mts');
    const storeModule = resolve('src/lib/server/store/open-store.ts');
    writeFileSync(
      child,
      `import { openStore } from ${JSON.stringify(storeModule)};
       await openStore(process.argv[2]).create({ name: 'Del proceso hijo', municipios: ['05001'] }, 'hijo');
       process.exit(0);`
    );
    const run = spawnSync(process.execPath, ['--import', 'tsx', child, file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const d = await open().get('del-proceso-hijo');
    expect(d).toMatchObject({ name: 'Del proceso hijo', municipios: ['05001'], version: 1 });
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
