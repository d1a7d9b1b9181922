// GeoTIFF rasters as tables keyed by DANE code (issue 4, rasters in the app): the same path the
// browser's overlay worker runs, on the bundled MGN 2018 municipios. The rasters are hand-made
// test fixtures written at run time in EPSG:9377 (MAGNA-SIRGAS Origen Nacional).
import { writeArrayBuffer } from 'geotiff';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../src/lib/import/import-error';
import { rasterTable } from '../src/lib/import/raster-table';
import { SUPPORTED_CRS } from '../src/lib/import/supported-crs';
import { readArrowRows } from '../src/lib/node/read-arrow-rows';
import { rowsToWire } from '../src/lib/node/rows-to-wire';
import { OverlaySession } from '../src/lib/geo/overlay-session';

const rows = await readArrowRows('data', 'municipios');
const session = await OverlaySession.open();
// Medellín and its neighbour Bello.
const medellinBello = rows.filter((r) => ['05001', '05088'].includes(String(r.code)));
session.load({ layer: 'municipios', features: rowsToWire(medellinBello, 'code') });
const toGrid = proj4(
  '+proj=longlat +ellps=GRS80 +no_defs',
  SUPPORTED_CRS.find((c) => c.epsg === 9377)!.proj4
);

/** A 100 m raster in EPSG:9377 over lon −75.75…−75.35, lat 6.0…6.5; value = f(x) of each centre. */
function raster(f: (x: number) => number, float = false, at: [number, number] = [-75.75, 6.5]) {
  const [west, north] = toGrid.forward(at).map((v) => Math.round(v / 100) * 100) as [
    number,
    number
  ];
  const [width, height] = [460, 560];
  const values = Array.from({ length: width * height }, (_, i) =>
    f(west + ((i % width) + 0.5) * 100)
  );
  const bytes = writeArrayBuffer(float ? Float32Array.from(values) : values, {
    width,
    height,
    ModelPixelScale: [100, 100, 0],
    ModelTiepoint: [0, 0, 0, west, north, 0],
    ProjectedCSTypeGeoKey: 9377,
    ...(float ? { BitsPerSample: [32], SampleFormat: [3] } : {})
  });
  return { name: 'cobertura.tif', bytes: new Uint8Array(bytes), west };
}

describe('rasterTable', () => {
  it("reads an integer raster as classes; Medellín's area with data matches DANE's figure", async () => {
    const t = await rasterTable(
      session,
      'municipios',
      raster(() => 1)
    );
    expect(t.keyColumn).toBe('Código DANE');
    expect([...t.rows.keys()].sort()).toEqual(['05001', '05088']);
    const medellin = t.rows.get('05001')!;
    expect(medellin['Clase 1 (%)']).toBe('100');
    // DANE's official area of 05001 (MGN 2018 MPIO_NAREA): 374.83 km²; 100 m pixels sample the
    // boundary to well within 1 %.
    expect(Math.abs(Number(medellin['Área con dato (ha)']) / 37483.06 - 1)).toBeLessThan(0.01);
    expect(t.numeric).toContain('Clase 1 (%)');
    expect(t.warnings[0]).toMatch(
      /460 × 560 píxeles en EPSG:9377; se leyó como categórico \(1 clase: 1\)/
    );
  });

  it('reads a float raster as a continuous field: area-weighted mean between the two values', async () => {
    // 2.5 west of the line x = split, 7.5 east of it: Medellín straddles it.
    const { west } = raster(() => 0);
    const split = west + 20_000;
    const t = await rasterTable(
      session,
      'municipios',
      raster((x) => (x < split ? 2.5 : 7.5), true)
    );
    const m = t.rows.get('05001')!;
    expect(t.columns).toEqual([
      'Código DANE',
      'Área con dato (ha)',
      'Píxeles',
      'Media',
      'Mínimo',
      'Máximo'
    ]);
    expect(Number(m['Mínimo'])).toBe(2.5);
    expect(Number(m['Máximo'])).toBe(7.5);
    expect(Number(m.Media)).toBeGreaterThan(2.5);
    expect(Number(m.Media)).toBeLessThan(7.5);
  });

  it('refuses a raster that covers no municipio, naming the file', async () => {
    const far = raster(() => 1, false, [-60, 6.5]);
    await expect(rasterTable(session, 'municipios', far)).rejects.toThrow(ImportError);
    await expect(rasterTable(session, 'municipios', far)).rejects.toThrow(
      /«cobertura\.tif»: el ráster no cubre ningún municipio/
    );
  });
});
