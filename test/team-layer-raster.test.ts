// A GeoTIFF uploaded to the team library (issue 20, «GeoTIFF stored as its per-municipio table»):
// the server summarises it with the same rasterTable as the browser's import, over the bundled
// MGN 2018 municipios, and stores that table as a `tabla` version; the titulo sent names it. The
// raster is a hand-made test fixture written at run time in EPSG:9377, not data.
import { writeArrayBuffer } from 'geotiff';
import proj4 from 'proj4';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TeamLayerVersion } from '../src/lib/domain/model/team-layer';
import { SUPPORTED_CRS } from '../src/lib/import/supported-crs';
import { arrowRows } from '../src/lib/node/arrow-rows';
import { call, freshServerStore, signedIn, upload } from './fixtures/team-layer-api';
import { ENGINES } from './store-engines';

/** Class 1 over lon −75.75…−75.35, lat 6.0…6.5 at 100 m (Medellín, Bello and neighbours). */
function raster() {
  const toGrid = proj4(
    '+proj=longlat +ellps=GRS80 +no_defs',
    SUPPORTED_CRS.find((c) => c.epsg === 9377)!.proj4
  );
  const [west, north] = toGrid.forward([-75.75, 6.5]).map((v) => Math.round(v / 100) * 100) as [
    number,
    number
  ];
  const [width, height] = [460, 560];
  const bytes = writeArrayBuffer(new Array<number>(width * height).fill(1), {
    width,
    height,
    ModelPixelScale: [100, 100, 0],
    ModelTiepoint: [0, 0, 0, west, north, 0],
    ProjectedCSTypeGeoKey: 9377
  });
  return { name: 'cobertura.tif', bytes: new Uint8Array(bytes) };
}

describe.each(ENGINES)('GeoTIFF upload on %s', (engine) => {
  let close: () => Promise<void>;
  let upme: string;
  beforeAll(async () => {
    ({ close } = await freshServerStore(engine));
    upme = await signedIn('upme');
  });
  afterAll(() => close());

  describe('GeoTIFF to the team library', () => {
    test('201: a table per municipio; Medellín’s area with data matches DANE’s figure', async () => {
      const r = await upload(upme, [raster()], {
        nombre: 'cobertura-prueba',
        titulo: 'Cobertura de prueba',
        tipo: 'tabla',
        productor: 'Fixture de prueba',
        corte: '2026-11-01'
      });
      expect(r.status, await r.clone().text()).toBe(201);
      const v = (await r.json()) as TeamLayerVersion;
      const bytes = new Uint8Array(
        await (
          await call('GET', '/api/capas-equipo/cobertura-prueba/1', { cookie: upme })
        ).arrayBuffer()
      );
      const rows = arrowRows(bytes);
      expect(v.feature_count).toBe(rows.length);
      const medellin = rows.find((row) => row.code === '05001');
      // DANE's official area of 05001 (MGN 2018 MPIO_NAREA): 374.83 km²; 100 m pixels sample the
      // boundary to well within 1 %.
      expect(Math.abs(Number(medellin?.['Área con dato (ha)']) / 37483.06 - 1)).toBeLessThan(0.01);
      expect(medellin?.['Clase 1 (%)']).toBe(100);
      const listed = (await (await call('GET', '/api/capas-equipo', { cookie: upme })).json()) as {
        id: string;
        title: string;
        kind: string;
      }[];
      expect(listed.find((l) => l.id === 'cobertura-prueba')).toMatchObject({
        title: 'Cobertura de prueba',
        kind: 'tabla'
      });
    });

    test('422 and nothing stored for a damaged GeoTIFF', async () => {
      const far = raster();
      const before = await (await call('GET', '/api/capas-equipo', { cookie: upme })).text();
      // Cut to its header: no strips to read.
      const r = await upload(upme, [{ name: 'roto.tif', bytes: far.bytes.slice(0, 64) }], {
        nombre: 'roto',
        tipo: 'tabla',
        productor: 'Fixture',
        corte: '2026-11-01'
      });
      expect(r.status).toBe(422);
      expect(((await r.json()) as { error: string }).error).toMatch(
        /^«roto\.tif»: .*No se guardó nada\.$/
      );
      expect(await (await call('GET', '/api/capas-equipo', { cookie: upme })).text()).toBe(before);
    });
  });
});
