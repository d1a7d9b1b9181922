// `npm run migrar-a-postgres` (src/lib/server/store/to-postgres/): a SQLite store with real
// activity on every table copied into an empty PostgreSQL database reads back the same through
// the store interfaces, with the same row counts and team_layer_features as an upload on
// PostgreSQL would build; new rows after the copy take new ids; a target holding data is refused
// and left as it was; a failure mid-copy leaves none of the copied rows.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { RuleError } from '../src/lib/domain/errors/rule-error';
import type { Stores } from '../src/lib/domain/store/stores';
import { MIGRATIONS } from '../src/lib/server/store/migrations';
import { openStores } from '../src/lib/server/store/open-store';
import { COPY_ORDER, PG_ONLY_TABLE } from '../src/lib/server/store/to-postgres/copy-order';
import {
  migrateToPostgres,
  type CopySummary
} from '../src/lib/server/store/to-postgres/migrate-to-postgres';
import { CLEAR, pegAction } from './fixtures/peg-action';
import { D, fillStores, LAYER, readBack, resguardos } from './fixtures/store-activity';
import { emptyPgDb, openTestDb, type TestDb } from './store-engines';

let at = '2026-11-20T15:00:00.000Z';
const clock = { now: () => at };
const cleanups: (() => Promise<void>)[] = [];
const later = (f: () => Promise<void>) => cleanups.push(f);
afterAll(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

const counts = async (db: Pick<TestDb, 'sql'>, tables: readonly string[]) => {
  const out: Record<string, number> = {};
  for (const t of tables)
    out[t] = Number((await db.sql<{ n: unknown }>(`SELECT count(*) AS n FROM ${t}`))[0]!.n);
  return out;
};

/** Raw SQL on a PostgreSQL URL (the target has no TestDb). */
async function pgSql(url: string) {
  const pg = await import('pg');
  const pool = new pg.default.Pool({ connectionString: url, max: 1 });
  later(() => pool.end());
  return {
    sql: async <R>(q: string, params: unknown[] = []) => {
      let i = 0;
      return (
        await pool.query(
          q.replace(/\?/g, () => `$${++i}`),
          params
        )
      ).rows as R[];
    }
  };
}

describe('a SQLite store with activity on every table, copied', () => {
  let lite: TestDb;
  let cookie: string;
  let url: string;
  let summary: CopySummary;
  let copied: Stores;

  beforeAll(async () => {
    lite = await openTestDb('sqlite', clock);
    later(() => lite.close());
    cookie = await fillStores(lite.stores, (iso) => (at = iso));
    const target = await emptyPgDb();
    later(() => target.drop());
    url = target.url;
    summary = await migrateToPostgres({ from: lite.location, to: url, now: clock.now });
    copied = await openStores(url, clock);
    later(() => copied.close());
  });

  test('every table has rows, the same number on both engines, as the summary says', async () => {
    const sqlite = await counts(lite, COPY_ORDER);
    expect(Object.entries(sqlite).filter(([, n]) => n === 0)).toEqual([]);
    const postgres = await counts(await pgSql(url), COPY_ORDER);
    expect(postgres).toEqual(sqlite);
    expect(summary.tables).toEqual([
      ...COPY_ORDER.map((table) => ({ table, sqlite: sqlite[table], postgres: sqlite[table] })),
      { table: PG_ONLY_TABLE, sqlite: null, postgres: 5 }
    ]);
    expect(summary).toMatchObject({ sqliteMigrated: [], seededReplaced: 3 });
    expect(summary.sqliteVersion).toBe(MIGRATIONS.length);
    expect(summary.postgresMigrated).toEqual(MIGRATIONS.map((m) => m.version));
  });

  test('the stores read back the same districts, versions, comments, audit, PEG, mesas, layers…', async () => {
    const before = await readBack(lite.stores, cookie);
    const after = await readBack(copied, cookie);
    expect(after).toEqual(before);
    // The comparison is not vacuous.
    const versions = before.districts.map((d, i) => [d.id, before.history[i]!.length]);
    expect(Object.fromEntries(versions)).toMatchObject({ 'distrito-de-prueba': 2, [D]: 1 });
    expect(before.audit.length).toBeGreaterThan(15);
    expect(before.signedIn?.email).toBe('admin@x.co');
    expect(before.teamLayers[0]?.versions.map((v) => v.retired_at !== null)).toEqual([true, false]);
    expect(before.rescreen?.error).toBe('Se interrumpió el análisis.');
  });

  test('team_layer_features are what an upload on PostgreSQL builds from the same bytes', async () => {
    const uploaded = await openTestDb('postgres');
    later(() => uploaded.close());
    await uploaded.stores.teamLayers.addVersion(await resguardos(2), at);
    await uploaded.stores.teamLayers.addVersion(await resguardos(3), at);
    const features = `SELECT version, feature_index, key, attributes, ST_AsEWKT(geom) AS g
      FROM team_layer_features WHERE layer_id = ? ORDER BY version, feature_index`;
    const expected = await uploaded.sql<{ g: string }>(features, [LAYER]);
    expect(expected).toHaveLength(5);
    expect(expected.every((f) => f.g.startsWith('SRID=4326;MULTIPOLYGON'))).toBe(true);
    expect(await (await pgSql(url)).sql(features, [LAYER])).toEqual(expected);
  });

  test('after the copy, new rows take ids past the copied ones (sequences reset)', async () => {
    const before = await copied.comments.all(D);
    at = '2026-12-03T15:00:00.000Z';
    const input = { ...before[0]!, geometria: null };
    const id = await copied.comments.add(D, input, 'evento', 'secretaria@x.co');
    expect(id).toBe(Math.max(...before.map((c) => c.id)) + 1);
    const peg = await copied.peg.list(D);
    const action = await copied.peg.create(D, pegAction(), CLEAR, 'ana');
    expect(action.id).toBe(Math.max(...peg.map((a) => a.id)) + 1);
    const user = await copied.accounts.create(
      { email: 'otra@x.co', name: 'Otra', role: 'mme', passwordHash: 'h' },
      'sistema'
    );
    expect(user.id).toBe(2);
    const audit = await copied.audit.list(null, 10_000);
    expect(new Set(audit.map((a) => a.id)).size).toBe(audit.length);
  });
});

describe('the target', () => {
  let lite: TestDb;
  beforeAll(async () => {
    lite = await openTestDb('sqlite', { now: () => '2025-01-01T00:00:00.000Z' });
    later(() => lite.close());
    await lite.stores.districts.create({ name: 'Propio', municipios: ['05001'] }, 'ana');
  });
  const dbs: TestDb[] = [];
  afterEach(async () => {
    for (const d of dbs.splice(0)) await d.close();
  });
  const pgDb = async (now: string) => {
    const d = await openTestDb('postgres', { now: () => now });
    dbs.push(d);
    return d;
  };

  test('freshly migrated (migration 1 seeded its examples): accepted, the examples come from SQLite', async () => {
    const target = await pgDb('2030-05-05T00:00:00.000Z');
    const summary = await migrateToPostgres({ from: lite.location, to: target.location });
    expect(summary).toMatchObject({ postgresMigrated: [], seededReplaced: 3 });
    const rows = await target.sql('SELECT id, created_at FROM districts ORDER BY id');
    expect(rows).toEqual(await lite.sql('SELECT id, created_at FROM districts ORDER BY id'));
    expect(rows).toHaveLength(4);
  });

  test('holding data (a district, an edited example) is refused and left as it was', async () => {
    const target = await pgDb('2030-05-05T00:00:00.000Z');
    await target.stores.districts.create({ name: 'Ya estaba', municipios: ['05001'] }, 'ana');
    await target.stores.districts.update('valle-del-cauca', { name: 'Otro nombre' }, 'ana');
    const before = await counts(target, COPY_ORDER);
    const copy = migrateToPostgres({ from: lite.location, to: target.location });
    await expect(copy).rejects.toThrow(RuleError);
    await expect(copy).rejects.toThrow(
      'ya tiene datos (districts: 2 filas; district_versions: 2 filas)'
    );
    expect(await counts(target, COPY_ORDER)).toEqual(before);
    expect((await target.stores.districts.get('ya-estaba'))?.name).toBe('Ya estaba');
  });

  test('a failure mid-copy (text PostgreSQL cannot hold, in the last table) leaves no copied row', async () => {
    const target = await pgDb('2030-05-05T00:00:00.000Z');
    await lite.sql("INSERT INTO rate_hits VALUES ('comentarios', 'a' || char(0) || 'b', 1)");
    const before = await counts(target, [...COPY_ORDER, PG_ONLY_TABLE]);
    const copy = migrateToPostgres({ from: lite.location, to: target.location });
    await expect(copy).rejects.toThrow(/^No se copió nada a PostgreSQL .*la tabla «rate_hits»/);
    expect(await counts(target, [...COPY_ORDER, PG_ONLY_TABLE])).toEqual(before);
    expect(before).toMatchObject({ districts: 3, district_versions: 3, audit_log: 0 });
    // Still untouched: once the row is fixed the copy goes through.
    await lite.sql("UPDATE rate_hits SET key = 'ab'");
    const summary = await migrateToPostgres({ from: lite.location, to: target.location });
    expect(summary.tables.find((t) => t.table === 'rate_hits')).toEqual({
      table: 'rate_hits',
      sqlite: 1,
      postgres: 1
    });
  });
});
