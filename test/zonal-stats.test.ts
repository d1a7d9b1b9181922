// Zonal statistics of GeoTIFF rasters per municipio (issue 4, rasters). The rasters and municipios
// are hand-made test fixtures written at run time with geotiff's writer; every expected value comes
// from the closed-form ellipsoidal zone (test-zone-area.ts) or from the pixel counts by hand.
import { writeArrayBuffer } from 'geotiff';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../src/lib/data/import/import-error';
import { readGeotiff } from '../src/lib/data/import/read-geotiff';
import { loadGeos } from '../src/lib/geo/geos-runtime';
import { prepareLayer } from '../src/lib/geo/prepare-layer';
import { cell, zoneHa } from '../src/lib/geo/test-zone-area';
import { zonalStats } from '../src/lib/geo/zonal-stats';

const rt = await loadGeos();
const D = 0.001; // pixel size, degrees
const W = -74.01;
const N = 4.63;
const SIZE = 40; // 40 × 40 pixels: lon −74.01…−73.97, lat 4.59…4.63

function tiff(values: number[], metadata: Record<string, unknown> = {}) {
  const bytes = writeArrayBuffer(values, {
    width: SIZE,
    height: SIZE,
    ModelPixelScale: [D, D, 0],
    ModelTiepoint: [0, 0, 0, W, N, 0],
    GeographicTypeGeoKey: 4326,
    ...metadata
  });
  return { name: 'prueba.tif', bytes: new Uint8Array(bytes) };
}

// Municipio A: the 0.02° square lon −74.00…−73.98, lat 4.60…4.62 (20 × 20 pixels).
const municipios = prepareLayer(rt, [
  { id: 'A', geometry: { type: 'Polygon', coordinates: [cell(-74, 4.6, 0.02)] } }
]);

describe('GeoTIFF zonal statistics', () => {
  it('splits a categorical raster at a meridian into equal shares, area from the closed form', async () => {
    // Class 1 west of −73.99, class 2 east of it.
    const values = Array.from({ length: SIZE * SIZE }, (_, i) =>
      W + ((i % SIZE) + 0.5) * D < -73.99 ? 1 : 2
    );
    const grid = await readGeotiff(tiff(values));
    expect(grid.width).toBe(SIZE);
    const [r] = zonalStats(rt, municipios, grid, true);
    expect(r?.pixels).toBe(400);
    expect(Math.abs(r!.area_ha / zoneHa(4.6, 4.62, 0.02) - 1)).toBeLessThan(1e-6);
    expect(r?.shares?.['1']).toBeCloseTo(50, 6);
    expect(r?.shares?.['2']).toBeCloseTo(50, 6);
  });

  it('weighs a continuous raster by true pixel area: rows further from the equator weigh less', async () => {
    // Value = the pixel's row number (0 at the top); the square covers rows 10–29.
    const values = Array.from({ length: SIZE * SIZE }, (_, i) => Math.floor(i / SIZE));
    const grid = await readGeotiff(tiff(values));
    const [r] = zonalStats(rt, municipios, grid, false);
    let num = 0;
    let den = 0;
    for (let row = 10; row <= 29; row++) {
      const north = N - row * D;
      const a = zoneHa(north - D, north, 0.02);
      num += row * a;
      den += a;
    }
    expect(r?.mean).toBeCloseTo(num / den, 10);
    // Southern rows (larger numbers) are larger pixels: the weighted mean exceeds the plain 19.5.
    expect(r?.mean).toBeGreaterThan(19.5);
    expect(r?.min).toBe(10);
    expect(r?.max).toBe(29);
  });

  it('leaves no-data pixels out', async () => {
    const values = Array.from({ length: SIZE * SIZE }, (_, i) => (i % SIZE < 20 ? 255 : 7));
    const grid = await readGeotiff(tiff(values, { GDAL_NODATA: '255' }));
    expect(grid.noData).toBe(255);
    const [r] = zonalStats(rt, municipios, grid, false);
    // Columns 10–19 of the square (lon −74.00…−73.99) are no data: half the square remains.
    expect(r?.pixels).toBe(200);
    expect(r?.mean).toBe(7);
  });

  it('refuses a projected raster and a damaged file with a Spanish message naming it', async () => {
    const projected = tiff(new Array<number>(SIZE * SIZE).fill(1), {
      ProjectedCSTypeGeoKey: 9377,
      GeographicTypeGeoKey: undefined
    });
    await expect(readGeotiff(projected)).rejects.toThrow(
      /«prueba\.tif»: ráster proyectado \(EPSG:9377\)/
    );
    const damaged = { name: 'roto.tif', bytes: new Uint8Array([0x49, 0x49, 42, 0, 99, 0, 0, 0]) };
    await expect(readGeotiff(damaged)).rejects.toBeInstanceOf(ImportError);
  });
});
