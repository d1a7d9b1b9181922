// `atlas import` and `atlas zonal` on hand-made fixtures written at run time: a zipped EPSG:9377
// shapefile with a Latin-1 DBF, and a categorical GeoTIFF covering Medellín (05001).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { zipSync } from 'fflate';
import type { FeatureCollection, Polygon } from 'geojson';
import { writeArrayBuffer } from 'geotiff';
import proj4 from 'proj4';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestShapefile } from '../scripts/fixtures/write-test-shapefile';
import type { ZonalResult } from '../src/lib/geo/zonal-stats';
import { ORIGEN_NACIONAL_ESRI_WKT, ORIGEN_NACIONAL_PROJ4 } from './fixtures/crs-wkt';

const run = promisify(execFile);
const dir = await mkdtemp(join(tmpdir(), 'atlas-zonal-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('atlas import', () => {
  it('converts a zipped EPSG:9377 shapefile to GeoJSON in lon/lat, names decoded', async () => {
    const toGrid = proj4('EPSG:4326', ORIGEN_NACIONAL_PROJ4);
    const corners: [number, number][] = [
      [-75.59, 6.24],
      [-75.58, 6.24],
      [-75.58, 6.25],
      [-75.59, 6.25]
    ];
    const parts = buildTestShapefile({
      features: [
        {
          ring: corners.map((p) => toGrid.forward(p) as [number, number]),
          properties: { NOMBRE: 'Peña' }
        }
      ],
      dbfEncoding: 'latin1',
      prj: ORIGEN_NACIONAL_ESRI_WKT
    });
    const zip = join(dir, 'capa.zip');
    await writeFile(
      zip,
      zipSync({
        'capa.shp': parts.shp,
        'capa.shx': parts.shx,
        'capa.dbf': parts.dbf,
        'capa.prj': parts.prj!
      })
    );
    const out = join(dir, 'capa.geojson');
    const { stdout } = await run(process.execPath, [
      'scripts/atlas.mjs',
      'import',
      zip,
      '--salida',
      out,
      '--json'
    ]);
    const summary = JSON.parse(stdout) as { features: number; crs: string };
    expect(summary.features).toBe(1);
    expect(summary.crs).toMatch(/^EPSG:9377/);
    const fc = JSON.parse(await readFile(out, 'utf8')) as FeatureCollection<Polygon>;
    expect(fc.features[0]?.properties?.NOMBRE).toBe('Peña');
    const ring = fc.features[0]!.geometry.coordinates[0]!;
    for (const [lon, lat] of corners)
      expect(ring.some((p) => Math.abs(p[0]! - lon) < 1e-7 && Math.abs(p[1]! - lat) < 1e-7)).toBe(
        true
      );
  }, 60_000);
});

describe('atlas zonal', () => {
  it('gives class shares for Medellín whose area matches the municipio', async () => {
    // 0.002° pixels over lon −75.75…−75.35, lat 6.0…6.4; class 1 west of −75.55, else 2.
    const [w, n, d, cols, rows] = [-75.75, 6.4, 0.002, 200, 200];
    const values = Array.from({ length: cols * rows }, (_, i) =>
      w + ((i % cols) + 0.5) * d < -75.55 ? 1 : 2
    );
    const file = join(dir, 'clases.tif');
    await writeFile(
      file,
      new Uint8Array(
        writeArrayBuffer(values, {
          width: cols,
          height: rows,
          ModelPixelScale: [d, d, 0],
          ModelTiepoint: [0, 0, 0, w, n, 0],
          GeographicTypeGeoKey: 4326
        })
      )
    );
    const args = ['scripts/atlas.mjs', 'zonal', '--raster', file, '--categorico'];
    const { stdout } = await run(process.execPath, [...args, '--municipios', '05001', '--json']);
    const out = JSON.parse(stdout) as { municipios: ZonalResult[] };
    const [medellin] = out.municipios;
    expect(medellin?.code).toBe('05001');
    // DANE's official area of 05001 (MGN 2018 MPIO_NAREA): 374.83 km² = 37,483 ha; 0.002° pixels
    // sample the boundary to within about 1 %.
    expect(Math.abs(medellin!.area_ha / 37483.06 - 1)).toBeLessThan(0.01);
    const shares = Object.values(medellin!.shares ?? {});
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    expect(Object.keys(medellin!.shares ?? {}).sort()).toEqual(['1', '2']);
  }, 60_000);

  it('refuses a raster that is not a GeoTIFF, in Spanish, with exit code 1', async () => {
    const file = join(dir, 'no-es.tif');
    await writeFile(file, 'esto no es un tiff');
    const r = await run(process.execPath, ['scripts/atlas.mjs', 'zonal', '--raster', file]).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^atlas: «.*no-es\.tif»: GeoTIFF ilegible o dañado/);
  }, 60_000);
});
