// The re-screen runs' store on both engines (a SQLite file in a temp folder, a PostgreSQL database):
// a run's lifecycle (pending → running → done, or error), its result, the audit entry of each
// district that changes written in the same transaction as the result (a failing audit write
// leaves the run running and nothing recorded), and the runs a stopped server left unfinished
// marked as interrupted only when abandoned: another live instance's runs (a fresh heartbeat)
// stay; an earlier process of this named instance, a stale heartbeat or no owner, go.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { NotFoundError } from '../src/lib/domain/errors/not-found-error';
import type { CambiosOutput, MunicipioChange } from '../src/lib/domain/model/layer-rescreen';
import type { Stores } from '../src/lib/domain/store/stores';
import { INTERRUPTED, RescreenJobs, STALE_MS } from '../src/lib/server/team-layers/rescreen-jobs';
import { refuseAudit } from './fixtures/refuse-audit';
import { ENGINES, openTestDb, type TestDb } from './store-engines';

const T1 = '2025-03-01T12:00:00.000Z';
const T2 = '2025-03-01T12:00:05.000Z';
const T3 = '2025-03-01T12:00:09.000Z';
const BY = 'analista@upme.gov.co';

let db: TestDb;
let stores: Stores;
const setUp = (engine: (typeof ENGINES)[number]) => async () => {
  db = await openTestDb(engine);
  stores = db.stores;
  for (const sha of ['a', 'b'])
    await stores.teamLayers.addVersion(
      {
        layer: { id: 'resguardos-ant', title: 'Resguardos', kind: 'étnico', key_field: 'NOMBRE' },
        producer: 'ANT',
        cutoff: '2025-02-28',
        file_name: 'resguardos.geojson',
        sha256: sha.repeat(64),
        feature_count: 1,
        repairs: [],
        warnings: [],
        uploaded_by: BY,
        data: new Uint8Array([1])
      },
      T1
    );
};

const change: MunicipioChange = {
  municipio: '05736',
  nombre: 'Segovia',
  antes: {
    ha: 120.5,
    elementos: ['Tagual'],
    ha_elementos: { Tagual: 120.5 },
    consulta: 'superposicion'
  },
  despues: { ha: 0, elementos: [], ha_elementos: {}, consulta: 'sin_registro' },
  aparecen: [],
  desaparecen: ['Tagual'],
  cambian: [],
  consulta_cambia: true,
  criterios: []
};
const result: CambiosOutput = {
  capa: 'resguardos-ant',
  version: 2,
  anterior: 1,
  recalculados: 2,
  distritos: [
    { id: 'nordeste-antioqueno', nombre: 'Nordeste Antioqueño', cambios: [change] },
    { id: 'valle-del-cauca', nombre: 'Valle del Cauca', cambios: [] }
  ]
};
const newRun = (owner = 'detenida#1', at = T1, on = stores) =>
  on.rescreens.create(
    { layer_id: 'resguardos-ant', version: 2, previous_version: 1, requested_by: BY, owner },
    at
  );
/** What a new process recovers with: every heartbeat before `staleBefore` is stale. */
const rule = (staleBefore = T3, self = 'nueva#2', instance: string | null = null) => ({
  self,
  staleBefore,
  instance
});
const reanalysis = async () =>
  (await stores.audit.list()).filter((a) => a.action === 'capa.reanalisis');

describe.each(ENGINES)('%s', (engine) => {
  beforeEach(setUp(engine));
  afterEach(() => db.close());

  describe('re-screen runs', () => {
    test('pending → running with progress → done with its result and one audit entry per change', async () => {
      const run = await newRun();
      expect(run).toMatchObject({ status: 'pending', done: 0, total: 0, started_at: null });
      expect(await stores.rescreens.latest('resguardos-ant')).toEqual(run);
      expect(await stores.rescreens.start(run.id, T2)).toMatchObject({
        status: 'running',
        started_at: T2
      });
      await stores.rescreens.progress(run.id, 1, 2, T2);
      expect(await stores.rescreens.get(run.id)).toMatchObject({ done: 1, total: 2 });
      expect(await stores.rescreens.result(run.id)).toBeNull();

      const done = await stores.rescreens.finish(run.id, result, T3);
      expect(done).toMatchObject({ status: 'done', done: 2, finished_at: T3, error: null });
      expect(await stores.rescreens.result(run.id)).toEqual(result);
      // Only the district that changes has an entry, on the district, naming layer@version.
      const [entry, ...others] = await reanalysis();
      expect(others).toEqual([]);
      expect(entry).toMatchObject({
        actor: BY,
        district_id: 'nordeste-antioqueno',
        at: T3,
        detail: { capa: 'equipo:resguardos-ant@2', anterior: 1, corrida: run.id, municipios: 1 }
      });
      expect(entry!.detail.resumen).toBe(
        'equipo:resguardos-ant@2 en Nordeste Antioqueño: Segovia (05736): desaparece Tagual; consulta previa superposición → sin registro en las capas cargadas.'
      );
      // done is final: a late failure does not overwrite it, a second start is refused.
      expect((await stores.rescreens.fail(run.id, 'tarde', T3)).status).toBe('done');
      await expect(stores.rescreens.start(run.id, T3)).rejects.toThrow(/estado «done»/);
    });

    test('the result and the audit entries land together: a failing audit write leaves neither', async () => {
      const run = await newRun();
      await stores.rescreens.start(run.id, T2);
      const two: CambiosOutput = {
        ...result,
        distritos: [
          result.distritos[0]!,
          { id: 'bajo-cauca-antioqueno', nombre: 'Bajo Cauca', cambios: [change] }
        ]
      };
      // A second connection refuses the audit entry of the second district.
      await refuseAudit(db, 'rechazada', "NEW.district_id = 'bajo-cauca-antioqueno'");
      await expect(stores.rescreens.finish(run.id, two, T3)).rejects.toThrow('rechazada');
      expect(await stores.rescreens.get(run.id)).toMatchObject({
        status: 'running',
        finished_at: null
      });
      expect(await stores.rescreens.result(run.id)).toBeNull();
      expect(await reanalysis()).toEqual([]);
      // The run can still fail with its message.
      expect(await stores.rescreens.fail(run.id, 'No se pudo guardar.', T3)).toMatchObject({
        status: 'error',
        error: 'No se pudo guardar.',
        finished_at: T3
      });
    });

    test('interrupt marks what a stopped server left pending or running; done runs stay', async () => {
      const finished = await newRun();
      await stores.rescreens.start(finished.id, T2);
      await stores.rescreens.progress(finished.id, 1, 2, T2);
      await stores.rescreens.finish(finished.id, result, T2);
      const running = await newRun();
      await stores.rescreens.start(running.id, T2);
      const pending = await newRun();
      // A new connection, as a restarted server opens one.
      await stores.close();
      stores = await db.reopen();
      const marked = await stores.rescreens.interrupt('Interrumpido.', T3, rule());
      expect(marked.map((r) => [r.id, r.status, r.error])).toEqual([
        [running.id, 'error', 'Interrumpido.'],
        [pending.id, 'error', 'Interrumpido.']
      ]);
      expect((await stores.rescreens.get(finished.id)).status).toBe('done');
      expect((await stores.rescreens.latest('resguardos-ant'))?.id).toBe(pending.id);
      expect(await stores.rescreens.interrupt('otra vez', T3, rule())).toEqual([]);
    });

    test("interrupt leaves a live instance's runs (heartbeat fresh, its queued ones too) and takes the stale", async () => {
      // Two instances on the database; A works (its progress beats), B stopped after T1.
      const b = await db.reopen();
      const aRunning = await newRun('a#1');
      const aQueued = await newRun('a#1');
      const bRunning = await newRun('b#1', T1, b);
      await stores.rescreens.start(aRunning.id, T1);
      await b.rescreens.start(bRunning.id, T1);
      await stores.rescreens.progress(aRunning.id, 1, 3, T3);
      const c = await db.reopen();
      const marked = await c.rescreens.interrupt('Interrumpido.', T3, rule(T2, 'c#1'));
      expect(marked.map((r) => r.id)).toEqual([bRunning.id]);
      expect((await c.rescreens.get(aRunning.id)).status).toBe('running');
      expect((await c.rescreens.get(aQueued.id)).status).toBe('pending');
      // A keeps working; later, once A too has been silent past the threshold, its runs go.
      await stores.rescreens.progress(aRunning.id, 2, 3, T3);
      const later = await c.rescreens.interrupt(
        'Interrumpido.',
        T3,
        rule('2025-03-01T12:10:00.000Z', 'c#1')
      );
      expect(later.map((r) => r.id)).toEqual([aRunning.id, aQueued.id]);
    });

    test('runs of an earlier process of this named instance, or without owner, go at once; its own never', async () => {
      const crashed = await newRun('web-1#viejo', T3);
      const other = await newRun('web-2#x', T3);
      const own = await newRun('web-1#nuevo', T1);
      const legacy = await newRun('sin-dueno', T3);
      // A run queued before migration 11 has neither owner nor heartbeat.
      await db.sql('UPDATE rescreen_runs SET owner = NULL, heartbeat_at = NULL WHERE id = ?', [
        legacy.id
      ]);
      const marked = await stores.rescreens.interrupt(
        'Interrumpido.',
        T3,
        rule(T1, 'web-1#nuevo', 'web-1')
      );
      expect(marked.map((r) => r.id)).toEqual([crashed.id, legacy.id]);
      expect((await stores.rescreens.get(other.id)).status).toBe('pending');
      expect((await stores.rescreens.get(own.id)).status).toBe('pending');
    });

    test("RescreenJobs.recover() at start: a live instance's run stays until its heartbeat is stale", async () => {
      const at = (minutes: number) => new Date(Date.parse(T1) + minutes * 60_000).toISOString();
      const jobs = (name: string, minutes: number) =>
        new RescreenJobs(
          () => stores,
          () => 'data',
          () => at(minutes),
          { instance: name }
        );
      const a = jobs('a', 0);
      const run = await newRun(a.owner, at(0));
      await stores.rescreens.start(run.id, at(0));
      await stores.rescreens.progress(run.id, 1, 9, at(1));
      expect(a.owner).toMatch(/^a#[0-9a-f-]{36}$/);
      expect(jobs('b', 0).owner).not.toBe(a.owner);
      // B starts 5 minutes after A's last heartbeat: A is alive.
      expect(await jobs('b', 6).recover()).toEqual([]);
      expect((await stores.rescreens.get(run.id)).status).toBe('running');
      // C starts past the threshold (10 minutes): A stopped.
      const marked = await jobs('c', 1 + STALE_MS / 60_000 + 1).recover();
      expect(marked).toMatchObject([{ id: run.id, status: 'error', error: INTERRUPTED }]);
    });

    test('an unknown run is NotFoundError; a layer without runs has no latest', async () => {
      await expect(stores.rescreens.get(99)).rejects.toThrow(NotFoundError);
      expect(await stores.rescreens.latest('otra-capa')).toBeNull();
      expect(await stores.rescreens.result(99)).toBeNull();
    });
  });
});
