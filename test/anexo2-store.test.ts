// The mesas' anexo 2 columns in the district store on both engines (a SQLite file in a temp folder,
// a PostgreSQL database of the throw-away cluster): migration 2 over an existing and a fresh
// database, versions per aspect with author and time, optimistic concurrency, and the JSON API
// with its browser client.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { changedEdits, loadAnexo2, saveAnexo2, withSaved } from '../src/lib/api/anexo2-api';
import { ANEXO2_ASPECTS } from '../src/lib/domain/anexo2-aspects';
import type { Anexo2Row } from '../src/lib/domain/anexo2-facts';
import { migrate, MIGRATIONS } from '../src/lib/server/store/migrations';
import { openStore } from '../src/lib/server/store/open-store';
import { openPgDatabase } from '../src/lib/server/store/pg/pg-database';
import { migratePg } from '../src/lib/server/store/pg/pg-migrate';
import * as anexo2Route from '../src/routes/api/distritos/[id]/anexo2/+server';
import * as historialRoute from '../src/routes/api/distritos/[id]/anexo2/historial/+server';
import { NotFoundError } from '../src/lib/domain/errors/not-found-error';
import {
  Anexo2Conflict,
  VersionConflictError
} from '../src/lib/domain/errors/version-conflict-error';
import type { Anexo2Edit } from '../src/lib/domain/model/anexo2';
import type { DistrictStore } from '../src/lib/domain/store/district-store';
import { ENGINES, openTestDb, type Engine, type TestDb } from './store-engines';

let dir: string;
let file: string;
const opened: DistrictStore[] = [];
/** The time every write records: set it before a save. */
let at = '2025-03-01T12:00:00.000Z';
const open = (path = file) => {
  const s = openStore(path, { now: () => at });
  opened.push(s);
  return s;
};
const edit = (aspect: Anexo2Edit['aspect'], over: Partial<Anexo2Edit> = {}): Anexo2Edit => ({
  aspect,
  respuesta: `Respuesta sobre ${aspect}`,
  suficiente: 'parcialmente',
  propuestas: `Propuesta sobre ${aspect}`,
  ...over
});
const D = 'nordeste-antioqueno';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-anexo2-'));
  file = join(dir, 'atlas.sqlite');
  at = '2025-03-01T12:00:00.000Z';
});
const dbs: TestDb[] = [];
const dropped: string[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  for (const d of dbs.splice(0)) await d.close();
  for (const name of dropped.splice(0))
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh migrated database of the engine, its clock the `at` of the moment. */
const openDb = async (engine: Engine) => {
  const d = await openTestDb(engine, { now: () => at });
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

let unmigrated = 0;
/** Where an empty database of the engine is (nothing migrated): a file path or a URL. */
async function emptyLocation(engine: Engine): Promise<string> {
  if (engine === 'sqlite') return file;
  const name = `atlas_anexo2_${process.pid}_${++unmigrated}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE atlas_template`));
  dropped.push(name);
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/${name}`;
  return url.toString();
}

/** Raw SQL on the database at `location`, `?` placeholders, outside the stores. */
async function rawSql<R = Record<string, unknown>>(
  location: string,
  query: string,
  params: unknown[] = []
): Promise<R[]> {
  if (!location.startsWith('postgres')) {
    const db = new Database(location);
    try {
      db.pragma('foreign_keys = ON');
      const st = db.prepare(query);
      return (st.reader ? st.all(...params) : (st.run(...params), [])) as R[];
    } finally {
      db.close();
    }
  }
  const pool = openPgDatabase(location);
  try {
    let i = 0;
    return await pool.query<R>(
      query.replace(/\?/g, () => `$${++i}`),
      params
    );
  } finally {
    await pool.close();
  }
}

describe.each(ENGINES)('migration 2 on %s', (engine) => {
  // How each engine words a refused CHECK and foreign key.
  const CHECK = engine === 'sqlite' ? /CHECK constraint/ : /violates check constraint/;
  const FOREIGN_KEY = engine === 'sqlite' ? /FOREIGN KEY/ : /violates foreign key constraint/;

  test('applies on an existing version-1 database, keeping its districts', async () => {
    const location = await emptyLocation(engine);
    if (engine === 'sqlite') {
      const v1 = new Database(location);
      migrate(v1, MIGRATIONS.slice(0, 1), () => at);
      v1.close();
    } else {
      const v1 = openPgDatabase(location);
      await migratePg(v1, MIGRATIONS.slice(0, 1), () => at);
      await v1.close();
    }
    // A district saved by the version-1 app, as its store wrote it.
    await rawSql(
      location,
      `INSERT INTO districts VALUES ('creado-en-v1', 'Creado en la versión 1', '["05001"]',
         '{"buffer_km":7}', '{"05001":"texto"}', 0, ?, ?, 1)`,
      [at, at]
    );
    await rawSql(
      location,
      `INSERT INTO district_versions VALUES ('creado-en-v1', 1, 'ana', ?, '{}')`,
      [at]
    );
    at = '2025-03-02T08:00:00.000Z';
    const s = open(location);
    expect(await s.get('creado-en-v1')).toMatchObject({
      name: 'Creado en la versión 1',
      settings: { buffer_km: 7, sliver_ha: 50 },
      justifications: { '05001': 'texto' }
    });
    expect(await s.history('creado-en-v1')).toHaveLength(1);
    expect(await s.list()).toHaveLength(4);
    expect(await s.saveAnexo2('creado-en-v1', [edit('minero')], 'beto')).toMatchObject([
      { aspect: 'minero', version: 1, author: 'beto' }
    ]);
    await s.close();
    // Version 1 kept its date; every later migration was applied now, once, in order.
    expect(
      await rawSql(location, 'SELECT version, applied_at FROM schema_migrations ORDER BY version')
    ).toEqual(
      MIGRATIONS.map((m) => ({
        version: m.version,
        applied_at: m.version === 1 ? '2025-03-01T12:00:00.000Z' : '2025-03-02T08:00:00.000Z'
      }))
    );
  });

  test('applies with migration 1 on a fresh database, once', async () => {
    const location = await emptyLocation(engine);
    await open(location).list();
    await open(location).list();
    expect(
      await rawSql(location, 'SELECT version FROM schema_migrations ORDER BY version')
    ).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
    const columns =
      engine === 'sqlite'
        ? await rawSql(location, "SELECT name, type, pk FROM pragma_table_info('anexo2_edits')")
        : await rawSql(
            location,
            `SELECT c.column_name AS name, upper(c.data_type) AS type,
               CAST(coalesce(k.ordinal_position, 0) AS integer) AS pk
             FROM information_schema.columns c
             LEFT JOIN information_schema.key_column_usage k
               ON k.table_name = c.table_name AND k.column_name = c.column_name
               AND k.constraint_name = 'anexo2_edits_pkey'
             WHERE c.table_name = 'anexo2_edits' ORDER BY c.ordinal_position`
          );
    expect(columns.map((c) => Object.values(c).join(' '))).toEqual([
      'district_id TEXT 1',
      'aspect TEXT 2',
      'version INTEGER 3',
      'respuesta TEXT 0',
      'suficiente TEXT 0',
      'propuestas TEXT 0',
      'author TEXT 0',
      'saved_at TEXT 0'
    ]);
    if (engine === 'sqlite')
      expect(
        await rawSql(location, "SELECT sql FROM sqlite_schema WHERE name = 'anexo2_edits'")
      ).toEqual([{ sql: expect.stringMatching(/\) STRICT$/) }]);
  });

  test('its CHECKs admit exactly the seven aspects of anexo2-aspects.ts and sí/parcialmente/no', async () => {
    const db = await openDb(engine);
    const row = (district: string, aspect: string, suficiente: string | null) =>
      db.sql(`INSERT INTO anexo2_edits VALUES (?, ?, 1, '', ?, '', 'ana', '2025-03-01')`, [
        district,
        aspect,
        suficiente
      ]);
    for (const a of ANEXO2_ASPECTS)
      await expect(row('valle-del-cauca', a.id, null)).resolves.toEqual([]);
    for (const bad of ['Étnica', 'etnica ', 'otros sectores', ''])
      await expect(row(D, bad, null)).rejects.toThrow(CHECK);
    await expect(row(D, 'socioeconomica', 'sí')).resolves.toEqual([]);
    await expect(row(D, 'etnica', 'parcialmente')).resolves.toEqual([]);
    await expect(row(D, 'minero', 'no')).resolves.toEqual([]);
    for (const bad of ['si', 'Sí', 'quizá', ''])
      await expect(row('bajo-cauca-antioqueno', 'minero', bad)).rejects.toThrow(CHECK);
    await expect(row('no-existe', 'minero', null)).rejects.toThrow(FOREIGN_KEY);
    // No store method deletes a district; the schema still cascades if one ever does.
    await db.sql('DELETE FROM districts WHERE id = ?', [D]);
    expect(
      await db.sql(
        'SELECT district_id, CAST(count(*) AS integer) AS n FROM anexo2_edits GROUP BY district_id'
      )
    ).toEqual([{ district_id: 'valle-del-cauca', n: 7 }]);
  });
});

describe.each(ENGINES)('saving the anexo 2 on %s', (engine) => {
  test('appends a version per changed aspect with author and time; latest in guide order', async () => {
    const s = (await openDb(engine)).stores.districts;
    expect(await s.anexo2(D)).toEqual([]);
    const first = await s.saveAnexo2(D, [edit('otros_sectores'), edit('socioeconomica')], 'ana');
    expect(first).toEqual([
      { ...edit('socioeconomica'), version: 1, author: 'ana', saved_at: at },
      { ...edit('otros_sectores'), version: 1, author: 'ana', saved_at: at }
    ]);
    at = '2025-03-01T13:30:00.000Z';
    const second = await s.saveAnexo2(
      D,
      [edit('socioeconomica', { suficiente: 'sí', version: 1 }), edit('etnica', { version: 0 })],
      'beto'
    );
    expect(second.map((e) => [e.aspect, e.version, e.suficiente, e.author, e.saved_at])).toEqual([
      ['socioeconomica', 2, 'sí', 'beto', '2025-03-01T13:30:00.000Z'],
      ['etnica', 1, 'parcialmente', 'beto', '2025-03-01T13:30:00.000Z'],
      ['otros_sectores', 1, 'parcialmente', 'ana', '2025-03-01T12:00:00.000Z']
    ]);
    expect(await s.anexo2(D)).toEqual(second);
    expect(await s.anexo2('valle-del-cauca')).toEqual([]);
  });

  test('history keeps every version of an aspect, newest first, and never rewrites one', async () => {
    const s = (await openDb(engine)).stores.districts;
    const texts = ['primera', 'segunda', 'tercera'];
    for (const [i, respuesta] of texts.entries()) {
      at = `2025-03-0${i + 1}T09:00:00.000Z`;
      await s.saveAnexo2(D, [edit('bioculturales', { respuesta })], ['ana', 'beto', 'carla'][i]!);
    }
    expect(
      (await s.anexo2History(D, 'bioculturales')).map((v) => [
        v.version,
        v.respuesta,
        v.author,
        v.saved_at
      ])
    ).toEqual([
      [3, 'tercera', 'carla', '2025-03-03T09:00:00.000Z'],
      [2, 'segunda', 'beto', '2025-03-02T09:00:00.000Z'],
      [1, 'primera', 'ana', '2025-03-01T09:00:00.000Z']
    ]);
    expect(await s.anexo2History(D, 'minero')).toEqual([]);
    expect(await s.anexo2(D)).toEqual([(await s.anexo2History(D, 'bioculturales'))[0]]);
  });

  test('unchanged edits are not saved again, nor blank ones for an aspect never saved', async () => {
    const s = (await openDb(engine)).stores.districts;
    await s.saveAnexo2(D, [edit('agropecuarias')], 'ana');
    at = '2025-03-05T00:00:00.000Z';
    const blank = { respuesta: '', suficiente: null, propuestas: '' };
    const after = await s.saveAnexo2(
      D,
      [edit('agropecuarias', { version: 1 }), edit('minero', { ...blank, version: 0 })],
      'beto'
    );
    expect(after).toEqual([
      { ...edit('agropecuarias'), version: 1, author: 'ana', saved_at: '2025-03-01T12:00:00.000Z' }
    ]);
    expect(await s.anexo2History(D, 'agropecuarias')).toHaveLength(1);
    expect(await s.anexo2History(D, 'minero')).toEqual([]);
    // Changing one column of three is a change; going back to a blank after a save is one too.
    await s.saveAnexo2(D, [edit('agropecuarias', { propuestas: 'Otra' })], 'carla');
    await s.saveAnexo2(D, [edit('agropecuarias', blank)], 'dora');
    expect((await s.anexo2History(D, 'agropecuarias')).map((v) => [v.version, v.author])).toEqual([
      [3, 'dora'],
      [2, 'carla'],
      [1, 'ana']
    ]);
  });

  test('a stale version throws a VersionConflictError naming the aspect, and saves nothing of the batch', async () => {
    const db = await openDb(engine);
    const a = db.stores.districts;
    const b = (await db.reopen()).districts;
    await a.saveAnexo2(D, [edit('ordenamiento')], 'ana');
    await b.saveAnexo2(D, [edit('ordenamiento', { respuesta: 'De Beto', version: 1 })], 'beto');
    const stale = () =>
      a.saveAnexo2(
        D,
        [
          edit('socioeconomica', { version: 0 }),
          edit('ordenamiento', { respuesta: 'De Ana', version: 1 })
        ],
        'ana'
      );
    await expect(stale()).rejects.toThrow(VersionConflictError);
    await expect(stale()).rejects.toThrow(Anexo2Conflict);
    await expect(stale()).rejects.toThrow(
      '«Determinantes de ordenamiento territorial» del anexo 2 de «nordeste-antioqueno» cambió mientras lo editaba: usted partió de la versión 1 y la guardada es la 2.'
    );
    await expect(stale()).rejects.toMatchObject({
      aspect: 'ordenamiento',
      expected: 1,
      actual: 2
    });
    expect((await a.anexo2(D)).map((e) => [e.aspect, e.respuesta, e.version])).toEqual([
      ['ordenamiento', 'De Beto', 2]
    ]);
    // Version 0 claims an aspect nobody saved; it conflicts once someone has.
    await expect(a.saveAnexo2(D, [edit('ordenamiento', { version: 0 })], 'ana')).rejects.toThrow(
      /versión 0 y la guardada es la 2/
    );
    // Without a version the save is not checked (last one wins, as a new version).
    expect(
      (await a.saveAnexo2(D, [edit('ordenamiento', { respuesta: 'De Ana' })], 'ana'))[0]
    ).toMatchObject({ respuesta: 'De Ana', version: 3 });
  });

  test('an unknown district throws NotFoundError, for saving, reading and history', async () => {
    const s = (await openDb(engine)).stores.districts;
    await expect(s.saveAnexo2('no-existe', [edit('etnica')], 'ana')).rejects.toThrow(NotFoundError);
    await expect(s.anexo2('no-existe')).rejects.toThrow('No existe el distrito «no-existe».');
    await expect(s.anexo2History('no-existe', 'etnica')).rejects.toThrow(NotFoundError);
  });

  test('accents, line breaks and SQL injection strings are stored verbatim', async () => {
    const db = await openDb(engine);
    const s = db.stores.districts;
    const text = "Ñame, café y maíz\n\t– «comillas» '); DROP TABLE anexo2_edits;--";
    const proposal = "'; DELETE FROM districts WHERE '1'='1";
    await s.saveAnexo2(
      D,
      [edit('etnica', { respuesta: text, propuestas: proposal, suficiente: 'sí' })],
      "o'brien"
    );
    await s.close();
    const again = (await db.reopen()).districts;
    expect(await again.anexo2(D)).toMatchObject([
      {
        aspect: 'etnica',
        respuesta: text,
        propuestas: proposal,
        suficiente: 'sí',
        author: "o'brien"
      }
    ]);
    expect(await again.list()).toHaveLength(3);
  });
});

describe.each(ENGINES)('API routes on %s', (engine) => {
  let apiDb: TestDb;
  const savedEnv = process.env.ATLAS_DB;
  // Routes the client's requests to the route handlers; they open the shared store on ATLAS_DB.
  const fetcher = (async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(new URL(String(input), 'http://atlas.test'), init);
    const url = new URL(request.url);
    const m = /^\/api\/distritos\/([^/]+)\/anexo2(\/historial)?$/.exec(url.pathname);
    if (!m) throw new Error(`ruta inesperada ${url.pathname}`);
    const params = { id: decodeURIComponent(m[1]!) };
    const event = { params, request, url, locals: { user: null } } as never;
    if (m[2]) return historialRoute.GET(event);
    return request.method === 'PUT' ? anexo2Route.PUT(event) : anexo2Route.GET(event);
  }) as typeof fetch;
  const put = (id: string, body: unknown) =>
    fetcher(`/api/distritos/${id}/anexo2`, { method: 'PUT', body: JSON.stringify(body) });
  const wire = (e: Anexo2Edit) => ({
    aspecto: e.aspect,
    respuesta: e.respuesta,
    suficiente: e.suficiente,
    propuestas: e.propuestas,
    version: e.version
  });

  beforeAll(async () => {
    apiDb = await openTestDb(engine);
    process.env.ATLAS_DB = apiDb.location;
  });
  afterAll(async () => {
    // The shared stores close; the next use opens them again on ATLAS_DB.
    await (await import('../src/lib/server/store/open-store')).stores().close();
    if (savedEnv === undefined) delete process.env.ATLAS_DB;
    else process.env.ATLAS_DB = savedEnv;
    await apiDb.close();
  });

  test('load, save, 409 with the current versions, history', async () => {
    expect(await loadAnexo2('valle-del-cauca', fetcher)).toEqual([]);
    const saved = await saveAnexo2('valle-del-cauca', [edit('minero', { version: 0 })], fetcher);
    expect(saved).toMatchObject([{ aspect: 'minero', version: 1, author: 'anónimo' }]);
    expect(await loadAnexo2('valle-del-cauca', fetcher)).toEqual(saved);

    const conflict = await put('valle-del-cauca', {
      ediciones: [wire(edit('minero', { respuesta: 'otra', version: 0 }))]
    });
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toMatchObject({
      error: expect.stringContaining('«Análisis del sector minero»'),
      aspecto: 'minero',
      versiones: { socioeconomica: 0, minero: 1, otros_sectores: 0 }
    });
    await expect(
      saveAnexo2('valle-del-cauca', [edit('minero', { respuesta: 'otra', version: 0 })], fetcher)
    ).rejects.toThrow('Otra persona guardó el anexo 2 de este distrito mientras lo editaba');

    await saveAnexo2(
      'valle-del-cauca',
      [edit('minero', { respuesta: 'otra', version: 1 })],
      fetcher
    );
    const history = await fetcher('/api/distritos/valle-del-cauca/anexo2/historial?aspecto=minero');
    expect(history.status).toBe(200);
    expect(((await history.json()) as { respuesta: string }[]).map((v) => v.respuesta)).toEqual([
      'otra',
      'Respuesta sobre minero'
    ]);
    // The routes wrote to this engine's database (ATLAS_DB).
    expect(
      await apiDb.sql('SELECT CAST(count(*) AS integer) AS n FROM anexo2_edits WHERE aspect = ?', [
        'minero'
      ])
    ).toEqual([{ n: 2 }]);
  });

  test('400, 404 and 413, with Spanish messages', async () => {
    const status = async (r: Promise<Response>) => {
      const res = await r;
      return [res.status, ((await res.json()) as { error: string }).error];
    };
    expect(await status(put('valle-del-cauca', { ediciones: [] }))).toEqual([
      400,
      'No hay nada que guardar.'
    ]);
    const bad = await fetcher('/api/distritos/valle-del-cauca/anexo2', {
      method: 'PUT',
      body: '{'
    });
    expect(await status(Promise.resolve(bad))).toEqual([400, 'El cuerpo no es JSON válido.']);
    expect(await status(put('no-existe', { ediciones: [wire(edit('etnica'))] }))).toEqual([
      404,
      'No existe el distrito «no-existe».'
    ]);
    expect(await status(fetcher('/api/distritos/no-existe/anexo2'))).toEqual([
      404,
      'No existe el distrito «no-existe».'
    ]);
    const big = { ediciones: [wire(edit('etnica', { respuesta: 'x'.repeat(70_000) }))] };
    expect((await put('valle-del-cauca', big)).status).toBe(413);
    const historial = (q: string, id = 'valle-del-cauca') =>
      status(fetcher(`/api/distritos/${id}/anexo2/historial${q}`));
    expect(await historial('')).toEqual([
      400,
      expect.stringMatching(/^Falta «aspecto»: uno de socioeconomica/)
    ]);
    expect(await historial('?aspecto=Minero')).toEqual([
      400,
      expect.stringContaining('«Minero» no es un aspecto')
    ]);
    expect(await historial('?aspecto=minero', 'no-existe')).toEqual([404, expect.any(String)]);
    await expect(loadAnexo2('no-existe', fetcher)).rejects.toThrow(
      'No existe el distrito «no-existe».'
    );
    await expect(
      saveAnexo2('valle-del-cauca', [edit('etnica', { suficiente: 'Sí' as never })], fetcher)
    ).rejects.toThrow('El campo «suficiente» de ediciones[0] («etnica»)');
  });
});

describe('browser client', () => {
  test('the page sends only the rows that changed from what it loaded, with their versions', () => {
    const rows: Anexo2Row[] = ANEXO2_ASPECTS.map((a) => ({
      aspect: a.id,
      title: a.title,
      entity: a.entity,
      components: [...a.components],
      aspecto: 'cifras',
      missing: [],
      respuesta: '',
      suficiente: null,
      propuestas: ''
    }));
    const saved = [{ ...edit('etnica'), version: 4, author: 'ana', saved_at: at }];
    const shown = withSaved(rows, saved);
    expect(shown.find((r) => r.aspect === 'etnica')).toMatchObject({
      respuesta: 'Respuesta sobre etnica',
      aspecto: 'cifras'
    });
    expect(changedEdits(shown, saved)).toEqual([]);
    const edited = shown.map((r) =>
      r.aspect === 'etnica' || r.aspect === 'minero' ? { ...r, suficiente: 'no' as const } : r
    );
    expect(changedEdits(edited, saved)).toEqual([
      { ...edit('etnica', { suficiente: 'no' }), version: 4 },
      { aspect: 'minero', respuesta: '', suficiente: 'no', propuestas: '', version: 0 }
    ]);
  });
});
