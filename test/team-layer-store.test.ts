// The team library's store on both engines (SQLite files in a temp folder, PostgreSQL databases):
// versions numbered and immutable, provenance kept, an upload that fails mid-transaction leaves nothing, retire keeps a
// version readable while `current` skips it, the public flag with its audit entries, typed errors.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { NotFoundError } from '../src/lib/domain/errors/not-found-error';
import { RuleError } from '../src/lib/domain/errors/rule-error';
import type { TeamLayerVersionInput } from '../src/lib/domain/model/team-layer';
import { migrate, MIGRATIONS } from '../src/lib/server/store/migrations';
import { openStores } from '../src/lib/server/store/open-store';
import { openPgDatabase } from '../src/lib/server/store/pg/pg-database';
import { migratePg } from '../src/lib/server/store/pg/pg-migrate';
import { allowAudit, refuseAudit } from './fixtures/refuse-audit';
import { ENGINES, openTestDb, type Engine, type TestDb } from './store-engines';

let db: TestDb;
/** Another set of stores on the test database (another connection or app instance). */
const open = async () => (await db.reopen()).teamLayers;
const cleanups: (() => Promise<void> | void)[] = [];

const T1 = '2025-03-01T12:00:00.000Z';
const T2 = '2025-04-01T12:00:00.000Z';
const T3 = '2025-05-01T12:00:00.000Z';
const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

const input = (over: Partial<TeamLayerVersionInput> = {}): TeamLayerVersionInput => ({
  layer: { id: 'titulos-anm', title: 'Títulos mineros', kind: 'minero', key_field: 'CODIGO_EXP' },
  producer: 'Agencia Nacional de Minería',
  cutoff: '2025-02-28',
  licence: 'CC BY 4.0',
  file_name: 'titulos.zip',
  sha256: SHA_A,
  feature_count: 3,
  repairs: [{ feature: 'HJK-101', reason: 'Self-intersection[-73.5 7.1]' }],
  warnings: ['un aviso del lector'],
  uploaded_by: 'analista@minenergia.gov.co',
  data: new Uint8Array([1, 2, 3, 4]),
  ...over
});

const count = async (table: string) =>
  (await db.sql<{ n: unknown }>(`SELECT count(*) AS n FROM ${table}`)).map((r) => Number(r.n));

let fresh = 0;
/** A database of `engine` migrated up to 7 (before the public flag) with one layer; its location. */
async function libraryBeforeV8(engine: Engine): Promise<string> {
  const row = ['runap', 'RUNAP', 'ambiental', 'ID_PNN', 'cli:ana', T1];
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-team-layers-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'atlas.sqlite');
    const raw = new Database(file);
    migrate(raw, MIGRATIONS.slice(0, 7), () => T1);
    raw.prepare('INSERT INTO team_layers VALUES (?, ?, ?, ?, ?, ?)').run(...row);
    raw.close();
    return file;
  }
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: inject('pgAdminUrl') });
    await c.connect();
    await c.query(sql).finally(() => c.end());
  };
  const name = `atlas_tl${process.pid}_${++fresh}`;
  await admin(`CREATE DATABASE ${name} TEMPLATE atlas_template`);
  cleanups.push(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/${name}`;
  const raw = openPgDatabase(url.toString());
  try {
    await migratePg(raw, MIGRATIONS.slice(0, 7), () => T1);
    await raw.query('INSERT INTO team_layers VALUES ($1, $2, $3, $4, $5, $6)', row);
  } finally {
    await raw.close();
  }
  return url.toString();
}

describe.each(ENGINES)('%s', (engine) => {
  beforeEach(async () => {
    db = await openTestDb(engine);
  });
  afterEach(async () => {
    await db.close();
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  describe('team layer versions', () => {
    test('the first version creates the layer; later ones are numbered 2, 3 with their provenance', async () => {
      const s = await open();
      const { layer: given, data, ...provenance } = input();
      const v1 = await s.addVersion(input(), T1);
      expect(v1).toMatchObject({
        ...provenance,
        layer_id: given.id,
        version: 1,
        uploaded_at: T1,
        retired_at: null,
        data_size: data.byteLength,
        // sha256 of the bytes 01 02 03 04.
        data_sha256: '9f64a747e1b97f131fabb6b447296c9b6f0201e79fb3c5356e6c77e89b6a806a'
      });
      const v2 = await s.addVersion(input({ sha256: SHA_B, data: new Uint8Array([9]) }), T2);
      const v3 = await s.addVersion(input({ licence: null }), T3);
      expect([v2.version, v3.version]).toEqual([2, 3]);
      expect(v3.licence).toBeNull();
      const [layer] = await s.list();
      expect(layer).toMatchObject({ id: 'titulos-anm', kind: 'minero', created_at: T1 });
      expect(layer?.versions.map((v) => v.version)).toEqual([1, 2, 3]);
      expect((await s.current('titulos-anm'))?.version).toBe(3);
    });

    test('adding versions never changes an earlier one, its provenance or its bytes', async () => {
      const s = await open();
      const v1 = await s.addVersion(input(), T1);
      await s.addVersion(
        input({ sha256: SHA_B, producer: 'otro', data: new Uint8Array([7, 7]) }),
        T2
      );
      expect(await s.version('titulos-anm', 1)).toEqual(v1);
      expect([...(await s.data('titulos-anm', 1))]).toEqual([1, 2, 3, 4]);
      expect([...(await s.data('titulos-anm', 2))]).toEqual([7, 7]);
    });

    test('two connections to one database add consecutive versions of one layer', async () => {
      const a = await open();
      const b = await open();
      expect((await a.addVersion(input(), T1)).version).toBe(1);
      expect((await b.addVersion(input({ sha256: SHA_B }), T2)).version).toBe(2);
      expect((await a.versions('titulos-anm')).map((v) => [v.version, v.sha256])).toEqual([
        [1, SHA_A],
        [2, SHA_B]
      ]);
    });

    test('a write that fails inside its transaction leaves no layer, version or audit entry', async () => {
      await refuseAudit(db, 'corte simulado');
      const s = await open();
      await expect(s.addVersion(input(), T1)).rejects.toThrow('corte simulado');
      expect(await s.list()).toEqual([]);
      expect(await count('team_layer_versions')).toEqual([0]);
      await allowAudit(db);
      expect((await s.addVersion(input(), T2)).version).toBe(1);
    });

    test('invalid input is a RuleError and stores nothing', async () => {
      const s = await open();
      const bad: [Partial<TeamLayerVersionInput>, RegExp][] = [
        [{ cutoff: '2025-02-30' }, /fecha de corte/],
        [{ producer: '  ' }, /productor/],
        [{ sha256: 'xyz' }, /SHA-256/],
        [{ feature_count: 0 }, /elementos/],
        [{ data: new Uint8Array() }, /vacía/],
        [{ layer: { ...input().layer, id: 'Títulos ANM' } }, /identificador/]
      ];
      for (const [over, message] of bad) {
        const e = await s.addVersion(input(over), T1).catch((err: unknown) => err);
        expect(e).toBeInstanceOf(RuleError);
        expect((e as RuleError).code).toBe('team-layer-invalid');
        expect((e as RuleError).message).toMatch(message);
      }
      expect(await s.list()).toEqual([]);
    });

    test('a version with another kind or key field is refused and the layer is unchanged', async () => {
      const s = await open();
      await s.addVersion(input(), T1);
      const other = { ...input().layer, kind: 'ambiental' as const };
      await expect(s.addVersion(input({ layer: other }), T2)).rejects.toThrow(
        expect.objectContaining({ code: 'team-layer-mismatch' })
      );
      const rekeyed = { ...input().layer, key_field: 'CODIGO_RMN' };
      await expect(s.addVersion(input({ layer: rekeyed }), T2)).rejects.toThrow(RuleError);
      expect(await s.versions('titulos-anm')).toHaveLength(1);
    });
  });

  describe('retiring a version', () => {
    test('a retired version stays readable; current is the latest one not retired', async () => {
      const s = await open();
      await s.addVersion(input(), T1);
      await s.addVersion(input({ sha256: SHA_B, data: new Uint8Array([5]) }), T2);
      const retired = await s.retire('titulos-anm', 2, 'admin@minenergia.gov.co', T3);
      expect(retired).toMatchObject({
        version: 2,
        retired_by: 'admin@minenergia.gov.co',
        retired_at: T3
      });
      expect((await s.current('titulos-anm'))?.version).toBe(1);
      expect([...(await s.data('titulos-anm', 2))]).toEqual([5]);
      expect((await s.version('titulos-anm', 2)).sha256).toBe(SHA_B);
      await expect(s.retire('titulos-anm', 2, 'otra', T3)).rejects.toThrow(
        expect.objectContaining({ code: 'team-layer-retired' })
      );
      await s.retire('titulos-anm', 1, 'admin@minenergia.gov.co', T3);
      expect(await s.current('titulos-anm')).toBeNull();
      expect((await s.addVersion(input(), T3)).version).toBe(3);
    });

    test('every add and retire is in the audit log', async () => {
      const stores = await db.reopen();
      await stores.teamLayers.addVersion(input(), T1);
      await stores.teamLayers.retire('titulos-anm', 1, 'admin@minenergia.gov.co', T2);
      expect(
        (await stores.audit.list()).map((e) => [e.action, e.actor, e.at, e.detail.version])
      ).toEqual([
        ['capa.version.retirar', 'admin@minenergia.gov.co', T2, 1],
        ['capa.version.agregar', 'analista@minenergia.gov.co', T1, 1]
      ]);
    });

    test('unknown layers and versions are NotFoundError', async () => {
      const s = await open();
      await s.addVersion(input(), T1);
      await expect(s.versions('nada')).rejects.toThrow(NotFoundError);
      await expect(s.current('nada')).rejects.toThrow(NotFoundError);
      await expect(s.version('titulos-anm', 2)).rejects.toThrow(/no tiene versión 2/);
      await expect(s.data('titulos-anm', 9)).rejects.toThrow(NotFoundError);
      await expect(s.retire('titulos-anm', 9, 'x', T2)).rejects.toThrow(NotFoundError);
    });
  });

  describe('the public flag', () => {
    test('migration 8 adds it to a library made before it, every layer not public', async () => {
      const stores = await openStores(await libraryBeforeV8(engine));
      cleanups.push(() => stores.close());
      expect(await stores.teamLayers.list()).toEqual([
        expect.objectContaining({ id: 'runap', public: false, public_by: null, public_at: null })
      ]);
    });

    test('a new layer is not public; setPublic stamps who and when, and later versions keep it', async () => {
      const s = await open();
      await s.addVersion(input(), T1);
      expect((await s.list())[0]).toMatchObject({
        public: false,
        public_by: null,
        public_at: null
      });
      const shown = await s.setPublic('titulos-anm', true, 'admin@minenergia.gov.co', T2);
      expect(shown).toMatchObject({
        id: 'titulos-anm',
        public: true,
        public_by: 'admin@minenergia.gov.co',
        public_at: T2
      });
      await s.addVersion(input({ sha256: SHA_B }), T3);
      const [entry] = await (await open()).list(); // another connection reads the stored flag
      expect(entry).toMatchObject({ public: true, public_at: T2 });
      expect(entry?.versions).toHaveLength(2);
      expect(await s.setPublic('titulos-anm', false, 'upme@upme.gov.co', T3)).toMatchObject({
        public: false,
        public_by: 'upme@upme.gov.co',
        public_at: T3
      });
    });

    test('every change is one audit entry; setting the same value again records nothing', async () => {
      const stores = await db.reopen();
      const s = stores.teamLayers;
      await s.addVersion(input(), T1);
      await s.setPublic('titulos-anm', true, 'admin@minenergia.gov.co', T2);
      const again = await s.setPublic('titulos-anm', true, 'otra@minenergia.gov.co', T3);
      expect(again).toMatchObject({ public_by: 'admin@minenergia.gov.co', public_at: T2 });
      await s.setPublic('titulos-anm', false, 'upme@upme.gov.co', T3);
      expect((await stores.audit.list()).map((e) => [e.action, e.actor, e.at, e.detail])).toEqual([
        ['capa.publica.ocultar', 'upme@upme.gov.co', T3, { capa: 'titulos-anm', publica: false }],
        [
          'capa.publica.mostrar',
          'admin@minenergia.gov.co',
          T2,
          { capa: 'titulos-anm', publica: true }
        ],
        ['capa.version.agregar', 'analista@minenergia.gov.co', T1, expect.anything()]
      ]);
    });

    test('a table by DANE code may be public too', async () => {
      const s = await open();
      const table = { id: 'zomac', title: 'ZOMAC', kind: 'tabla' as const, key_field: 'code' };
      await s.addVersion(input({ layer: table }), T1);
      expect((await s.setPublic('zomac', true, 'admin@minenergia.gov.co', T2)).public).toBe(true);
    });

    test('an unknown layer is NotFoundError and records nothing', async () => {
      const stores = await db.reopen();
      await expect(stores.teamLayers.setPublic('nada', true, 'x', T1)).rejects.toThrow(
        NotFoundError
      );
      await expect(stores.teamLayers.setPublic('nada', true, 'x', T1)).rejects.toThrow(/«nada»/);
      expect(await stores.audit.list()).toEqual([]);
    });

    test('a failed audit write leaves the flag as it was', async () => {
      const s = await open();
      await s.addVersion(input(), T1);
      await refuseAudit(db, 'corte simulado');
      await expect(s.setPublic('titulos-anm', true, 'x', T2)).rejects.toThrow('corte simulado');
      await allowAudit(db);
      expect((await s.list())[0]).toMatchObject({ public: false, public_by: null });
    });
  });
});
