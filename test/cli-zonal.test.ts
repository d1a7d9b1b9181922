// `atlas zonal` on a hand-made GeoTIFF fixture written at run time: a categorical raster covering
// Medellín (05001) whose pixel areas must add up to the municipio's geodesic area.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeArrayBuffer } from 'geotiff';
import { afterAll, describe, expect, it } from 'vitest';
import type { ZonalResult } from '../src/lib/geo/zonal-stats';

const run = promisify(execFile);
const dir = await mkdtemp(join(tmpdir(), 'atlas-zonal-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

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
