// The background re-screen after a new team layer version (issue 20, «When a new version lands»)
// on a real store of each engine and the real DuckDB and overlay engine, through the server's
// hook and route handlers with real staff sessions. The layer is the named fixture of
// fixtures/team-layer-nordeste.ts (squares ≈ 2.2 km a side in Nordeste Antioqueño and Leticia);
// version 2 drops Amalfi's square, shrinks Yolombó's and adds Yalí's.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import type { CambiosOutput } from '../src/lib/domain/model/layer-rescreen';
import type { RescreenRun } from '../src/lib/domain/model/rescreen-run';
import { init } from '../src/hooks.server';
import { stores } from '../src/lib/server/store/open-store';
import {
  INTERRUPTED,
  RescreenJobs,
  rescreenJobs
} from '../src/lib/server/team-layers/rescreen-jobs';
import { load } from '../src/routes/equipo/capas/[id]/cambios/+page.server';
import Page from '../src/routes/equipo/capas/[id]/cambios/+page.svelte';
import { call, freshServerStore, signedIn, upload } from './fixtures/team-layer-api';
import { ENGINES } from './store-engines';
import {
  AMALFI,
  FIXTURE_FIELDS,
  FIXTURE_LAYER,
  FIXTURE_V1,
  FIXTURE_V2,
  YALI,
  YOLOMBO
} from './fixtures/team-layer-nordeste';

const LAYER = FIXTURE_LAYER;
const NORDESTE = 'nordeste-antioqueno';
const FIELDS = FIXTURE_FIELDS;
const [V1, V2] = [FIXTURE_V1, FIXTURE_V2];

describe.each(ENGINES)('re-screen on %s', (engine) => {
  let close: () => Promise<void>;
  let upme: string;
  beforeAll(async () => {
    ({ close } = await freshServerStore(engine));
    upme = await signedIn('upme');
  });
  afterAll(() => close());

  type Latest = {
    capa: string;
    titulo: string;
    corrida: RescreenRun | null;
    cambios: CambiosOutput | null;
  };
  const latest = async (cookie = upme) =>
    (await (await call('GET', `/api/capas-equipo/${LAYER}/cambios`, { cookie })).json()) as Latest;

  describe('re-screen after a new version', () => {
    test('version 1 queues nothing; the change page says so', async () => {
      const r = await upload(upme, V1, { ...FIELDS, corte: '2025-01-31' });
      expect(r.status).toBe(201);
      expect(r.headers.get('atlas-reanalisis')).toBeNull();
      expect(await latest()).toEqual({ capa: LAYER, titulo: LAYER, corrida: null, cambios: null });
      const unknown = await call('GET', '/api/capas-equipo/nada/cambios', { cookie: upme });
      expect(unknown.status).toBe(404);
      expect(((await unknown.json()) as { error: string }).error).toContain('«nada»');
      expect((await call('GET', `/api/capas-equipo/${LAYER}/cambios`)).status).toBe(401);
    });

    test('version 2 is re-screened in the background: flags, overlaps, audit and XLSX', async () => {
      const r = await upload(upme, V2, { ...FIELDS, corte: '2025-02-28' });
      expect(r.status).toBe(201);
      expect(r.headers.get('atlas-reanalisis')).toBe(`/equipo/capas/${LAYER}/cambios`);
      // The response did not wait: the run is queued or under way, not done.
      const early = (await latest()).corrida!;
      expect(early.version).toBe(2);
      expect(['pending', 'running']).toContain(early.status);
      await rescreenJobs().idle();

      const { corrida, cambios } = await latest();
      expect(corrida).toMatchObject({
        status: 'done',
        version: 2,
        previous_version: 1,
        done: 3,
        total: 3,
        requested_by: 'upme@equipo.gov.co',
        error: null
      });
      // Only Nordeste meets the layer; the other examples are not recomputed and do not change.
      expect(cambios).toMatchObject({ capa: LAYER, version: 2, anterior: 1, recalculados: 1 });
      const byId = new Map(cambios!.distritos.map((d) => [d.id, d.cambios]));
      expect(byId.get('valle-del-cauca')).toEqual([]);
      expect(byId.get('bajo-cauca-antioqueno')).toEqual([]);
      const nordeste = new Map(byId.get(NORDESTE)!.map((c) => [c.municipio, c]));
      const amalfi = nordeste.get(AMALFI)!;
      expect(amalfi).toMatchObject({
        desaparecen: ['Fixture Amalfi'],
        aparecen: [],
        consulta_cambia: true,
        antes: { consulta: 'superposicion' },
        despues: { consulta: 'sin_registro', ha: 0 }
      });
      // A 0.02° square at 6.9° N: 0.02 × 111.32 km × 0.02 × 110.6 km × cos(6.9°) ≈ 486 ha.
      expect(amalfi.antes.ha_elementos['Fixture Amalfi']).toBeGreaterThan(470);
      expect(amalfi.antes.ha_elementos['Fixture Amalfi']).toBeLessThan(500);
      const yali = nordeste.get(YALI)!;
      expect(yali).toMatchObject({
        aparecen: ['Fixture Yalí'],
        consulta_cambia: true,
        antes: { consulta: 'sin_registro' },
        despues: { consulta: 'superposicion' }
      });
      const [shrunk] = nordeste.get(YOLOMBO)!.cambian;
      expect(nordeste.get(YOLOMBO)!.consulta_cambia).toBe(false);
      expect(shrunk!.elemento).toBe('Fixture Yolombó');
      // (0.012 / 0.02)² of the area: 36 %.
      expect(shrunk!.despues_ha / shrunk!.antes_ha).toBeCloseTo(0.36, 2);

      // One audit entry, on Nordeste, naming layer@version with the summary.
      const entries = (await stores().audit.list()).filter((a) => a.action === 'capa.reanalisis');
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        district_id: NORDESTE,
        actor: 'upme@equipo.gov.co',
        detail: { capa: `equipo:${LAYER}@2`, anterior: 1, corrida: corrida!.id }
      });
      const resumen = String(entries[0]!.detail.resumen);
      expect(resumen).toContain(`equipo:${LAYER}@2 en Nordeste Antioqueño`);
      expect(resumen).toContain('desaparece Fixture Amalfi');
      expect(resumen).toContain('consulta previa superposición → sin registro');

      // The XLSX: one row per change, read back with exceljs.
      const x = await call('GET', `/equipo/capas/${LAYER}/cambios.xlsx`, { cookie: upme });
      expect(x.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await x.arrayBuffer());
      const sheet = wb.getWorksheet('Cambios')!;
      const rows: unknown[][] = [];
      sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      const [header, ...body] = rows;
      expect(header).toEqual([
        'Distrito',
        'Código DANE',
        'Municipio',
        'Elemento o criterio',
        'Tipo de cambio',
        'Ha antes',
        'Ha después',
        'Consulta previa antes',
        'Consulta previa después',
        'Criterio antes',
        'Criterio después'
      ]);
      const row = (code: string, kind: string) =>
        body.find((r) => r[1] === code && r[4] === kind)?.slice(0, 9);
      expect(row(AMALFI, 'desaparece')).toEqual([
        'Nordeste Antioqueño',
        AMALFI,
        'AMALFI', // as the MGN names it
        'Fixture Amalfi',
        'desaparece',
        amalfi.antes.ha_elementos['Fixture Amalfi'],
        undefined,
        'Superposición',
        'Sin registro en las capas cargadas'
      ]);
      expect(row(YALI, 'aparece')?.[6]).toBe(yali.despues.ha_elementos['Fixture Yalí']);
      expect(row(YOLOMBO, 'cambia el área')?.slice(5, 7)).toEqual([
        shrunk!.antes_ha,
        shrunk!.despues_ha
      ]);
      // Amalfi's only ethnic overlap goes: its consulta previa flag flips to «no registro».
      expect(row(AMALFI, 'cambia la consulta previa')?.slice(7, 9)).toEqual([
        'Superposición',
        'Sin registro en las capas cargadas'
      ]);
      // Rows: each appearing, disappearing or resized feature and each flag that flips.
      const expected = [...nordeste.values()].reduce(
        (n, c) =>
          n + c.aparecen.length + c.desaparecen.length + c.cambian.length + +c.consulta_cambia,
        0
      );
      expect(body).toHaveLength(expected);
      expect(wb.getWorksheet('Fuentes')!.getRow(2).getCell(1).value).toBe(
        `${LAYER} (capa del equipo, versión 2)`
      );

      // The change page shows the flip.
      const data = (await load({ params: { id: LAYER }, depends: () => {} } as never)) as never;
      const html = render(Page, { props: { data, params: { id: LAYER } } as never }).body;
      expect(html).toContain('Terminado');
      expect(html).toContain('Superposición → Sin registro en las capas cargadas');
      expect(html).toContain('Descargar XLSX');
    });

    test('a run that fails is marked error in Spanish; the failure never reaches the caller', async () => {
      const jobs = new RescreenJobs(stores, () => '/no/existe');
      const v = await stores().teamLayers.version(LAYER, 2);
      const queued = (await jobs.afterUpload(v))!;
      const run = await queued.settled;
      expect(run).toMatchObject({ status: 'error' });
      expect(run!.error).toMatch(/^No se pudo completar el re-análisis: /);
      expect((await latest()).corrida).toMatchObject({ id: run!.id, status: 'error' });
      expect(await jobs.afterUpload(await stores().teamLayers.version(LAYER, 1))).toBeNull(); // version 1
    });

    test('at server start, a run a stopped process left running is marked interrupted; a live one stays', async () => {
      const s = stores();
      const input = { layer_id: LAYER, version: 2, previous_version: 1, requested_by: 'upme@x.co' };
      // The stopped process last beat an hour ago; another instance beats now.
      const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
      const left = await s.rescreens.create({ ...input, owner: 'detenida#1' }, hourAgo);
      await s.rescreens.start(left.id, hourAgo);
      const live = await s.rescreens.create(
        { ...input, owner: 'viva#1' },
        new Date().toISOString()
      );
      await s.rescreens.start(live.id, new Date().toISOString());
      await init();
      expect(await s.rescreens.get(left.id)).toMatchObject({ status: 'error', error: INTERRUPTED });
      expect((await s.rescreens.get(live.id)).status).toBe('running');
      await s.rescreens.fail(live.id, 'fin de la prueba', new Date().toISOString());
      expect((await latest()).corrida).toMatchObject({ id: live.id, status: 'error' });
    });
  });
});
