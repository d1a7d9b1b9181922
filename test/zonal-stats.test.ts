// Zonal statistics of GeoTIFF rasters per municipio (issue 4, rasters). The rasters and municipios
// are hand-made test fixtures written at run time with geotiff's writer; every expected value comes
// from the closed-form ellipsoidal zone (test-zone-area.ts) or from the pixel counts by hand.
import { writeArrayBuffer } from 'geotiff';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../src/lib/import/import-error';
import { readGeotiff } from '../src/lib/import/read-geotiff';
import { SUPPORTED_CRS } from '../src/lib/import/supported-crs';
import { loadGeos } from '../src/lib/geo/geos-runtime';
import { geodesicAreaHa } from '../src/lib/geo/geodesic-area';
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

  it('refuses a CRS outside the supported list and a damaged file, naming them', async () => {
    const utm = tiff(new Array<number>(SIZE * SIZE).fill(1), {
      ProjectedCSTypeGeoKey: 32618,
      GeographicTypeGeoKey: undefined
    });
    await expect(readGeotiff(utm)).rejects.toThrow(
      /«prueba\.tif»: sistema de coordenadas no soportado \(EPSG:32618\); se aceptan EPSG 4326, 4686, 3114/
    );
    const custom = tiff([1], { ProjectedCSTypeGeoKey: 32767, GeographicTypeGeoKey: undefined });
    await expect(readGeotiff(custom)).rejects.toThrow(/definido por el usuario/);
    const damaged = { name: 'roto.tif', bytes: new Uint8Array([0x49, 0x49, 42, 0, 99, 0, 0, 0]) };
    await expect(readGeotiff(damaged)).rejects.toBeInstanceOf(ImportError);
  });
});

describe('projected GeoTIFF (MAGNA zones, Origen Nacional)', () => {
  const STEP = 10; // metres
  /** A raster in `epsg` over municipio A with a 300 m margin; value = f(lon, lat) of each centre. */
  function projectedTiff(epsg: number, f: (lon: number, lat: number) => number) {
    const def = SUPPORTED_CRS.find((c) => c.epsg === epsg)!.proj4;
    const conv = proj4(def, '+proj=longlat +ellps=GRS80 +no_defs');
    const xy = [
      [-74, 4.6],
      [-73.98, 4.6],
      [-74, 4.62],
      [-73.98, 4.62]
    ].map((p) => conv.inverse(p));
    const snap = (v: number, dir: number) =>
      (dir < 0 ? Math.floor : Math.ceil)(v / STEP) * STEP + dir * 300;
    const west = snap(Math.min(...xy.map((p) => p[0]!)), -1);
    const east = snap(Math.max(...xy.map((p) => p[0]!)), 1);
    const south = snap(Math.min(...xy.map((p) => p[1]!)), -1);
    const north = snap(Math.max(...xy.map((p) => p[1]!)), 1);
    const width = (east - west) / STEP;
    const height = (north - south) / STEP;
    const values = Array.from({ length: width * height }, (_, i) => {
      const [lon, lat] = conv.forward([
        west + ((i % width) + 0.5) * STEP,
        north - (Math.floor(i / width) + 0.5) * STEP
      ]);
      return f(lon!, lat!);
    });
    const bytes = writeArrayBuffer(Float32Array.from(values), {
      width,
      height,
      ModelPixelScale: [STEP, STEP, 0],
      ModelTiepoint: [0, 0, 0, west, north, 0],
      ProjectedCSTypeGeoKey: epsg,
      BitsPerSample: [32],
      SampleFormat: [3] // IEEE float
    });
    return { name: `proyectado-${epsg}.tif`, bytes: new Uint8Array(bytes) };
  }

  for (const epsg of [9377, 3116]) {
    it(`EPSG:${epsg}: the municipio's area from pixels matches the closed-form zone, classes split at a meridian`, async () => {
      const grid = await readGeotiff(projectedTiff(epsg, (lon) => (lon < -73.99 ? 1 : 2)));
      expect(grid.projection?.epsg).toBe(epsg);
      const [r] = zonalStats(rt, municipios, grid, true);
      // 10 m pixels against a 2.2 km square: the boundary's pixel error is well under 0.3 %.
      expect(Math.abs(r!.area_ha / zoneHa(4.6, 4.62, 0.02) - 1)).toBeLessThan(0.003);
      expect(r?.shares?.['1']).toBeCloseTo(50, 0);
      expect(r?.shares?.['2']).toBeCloseTo(50, 0);
    });
  }

  // A 2 × 2 km rectangle of the projected grid, far from the central meridian (scale ≠ 1): the
  // municipio is its outline (densified every 10 m, converted to lon/lat), so exactly its
  // 200 × 200 pixels fall in, and their summed area must be the outline's geodesic area — the
  // projected area (4 km² × scale²) is 0.2–0.4 % off there.
  for (const [epsg, lon, lat] of [
    [9377, -77, 6],
    [3116, -77.5, 6]
  ] as const) {
    it(`EPSG:${epsg}: a pixel-aligned rectangle at ${lon}°: 40,000 pixels, geodesic area to 1e-6`, async () => {
      const def = SUPPORTED_CRS.find((c) => c.epsg === epsg)!.proj4;
      const conv = proj4(def, '+proj=longlat +ellps=GRS80 +no_defs');
      const [x, y] = conv.inverse([lon, lat]).map((v) => Math.round(v / STEP) * STEP) as [
        number,
        number
      ];
      const ring: number[][] = [];
      const edge = (x0: number, y0: number, ddx: number, ddy: number) => {
        for (let i = 0; i < 200; i++) ring.push(conv.forward([x0 + i * ddx, y0 + i * ddy]));
      };
      edge(x, y, STEP, 0);
      edge(x + 2000, y, 0, STEP);
      edge(x + 2000, y + 2000, -STEP, 0);
      edge(x, y + 2000, 0, -STEP);
      ring.push(ring[0]!);
      const outline = { type: 'Polygon' as const, coordinates: [ring] };
      const width = 260;
      const bytes = writeArrayBuffer(new Array<number>(width * width).fill(1), {
        width,
        height: width,
        ModelPixelScale: [STEP, STEP, 0],
        ModelTiepoint: [0, 0, 0, x - 300, y + 2300, 0],
        ProjectedCSTypeGeoKey: epsg
      });
      const grid = await readGeotiff({ name: 'r.tif', bytes: new Uint8Array(bytes) });
      const layer = prepareLayer(rt, [{ id: 'R', geometry: outline }]);
      const [r] = zonalStats(rt, layer, grid, true);
      layer.destroy();
      expect(r?.pixels).toBe(40_000);
      const expected = geodesicAreaHa(outline);
      expect(Math.abs(r!.area_ha / expected - 1)).toBeLessThan(1e-6);
      // The naive projected area is measurably different here.
      expect(Math.abs(400 / expected - 1)).toBeGreaterThan(0.002);
    });
  }

  it('an area-weighted mean of latitude over the square is its mid-latitude, as in degrees', async () => {
    const grid = await readGeotiff(projectedTiff(9377, (_lon, lat) => lat));
    const [r] = zonalStats(rt, municipios, grid, false);
    expect(r?.mean).toBeCloseTo(4.61, 3);
    expect(r?.min).toBeGreaterThan(4.6);
    expect(r?.max).toBeLessThan(4.62);
  });
});
