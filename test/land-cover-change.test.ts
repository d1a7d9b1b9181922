// The bundled land-cover transition 2022 → 2023 over Caquetá (issue 19, a real raster): the table
// the build makes from sources/raster by zonal statistics, checked against DANE's official
// municipio areas, against `atlas zonal` on the same file, and as the anexo 2 sentence.
import { describe, expect, it } from 'vitest';
import { LAND_COVER_CLASSES } from '../src/lib/catalog/regional-rasters';
import { rasterText } from '../src/lib/domain/anexo2-raster-text';
import { landCoverRaster } from '../src/lib/facts/land-cover-raster';
import { readArrowRows } from '../src/lib/node/read-arrow-rows';
import { atlas, CLI_TIMEOUT } from './fixtures/run-atlas';

const RASTER = 'sources/raster/transicion_cobertura_2022_2023_caqueta_mapbiomas.tif';
const rows = await readArrowRows('data', 'transicion_cobertura_caqueta');

describe('land-cover transition table (MapBiomas derivative, Caquetá)', () => {
  it('covers each of Caquetá’s 16 municipios within 1 % of its DANE official area', async () => {
    const official = new Map(
      (await readArrowRows('data', 'municipios')).map((m) => [m.code, Number(m.area_official_km2)])
    );
    expect(rows.map((r) => r.code)).toEqual(
      [...official.keys()].filter((c) => String(c).startsWith('18')).sort()
    );
    for (const r of rows) {
      const dane = official.get(r.code)! * 100;
      expect(Math.abs(Number(r.area_ha) - dane) / dane, String(r.code)).toBeLessThan(0.01);
      const classes = LAND_COVER_CLASSES.reduce((a, c) => a + Number(r[c.column]), 0);
      expect(classes).toBeCloseTo(Number(r.area_ha), 0);
    }
  });

  it(
    'holds the hectares `atlas zonal --categorico` measures on the raw GeoTIFF (Albania, 18029)',
    async () => {
      const { code, stdout } = await atlas(
        'zonal',
        '--raster',
        RASTER,
        '--categorico',
        '--municipios',
        '18029',
        '--json'
      );
      expect(code).toBe(0);
      const [m] = JSON.parse(stdout).municipios as {
        area_ha: number;
        shares: Record<string, number>;
      }[];
      const row = rows.find((r) => r.code === '18029')!;
      expect(Number(row.area_ha)).toBeCloseTo(m!.area_ha, 1);
      for (const c of LAND_COVER_CLASSES)
        expect(Number(row[c.column])).toBeCloseTo(
          ((m!.shares[String(c.code)] ?? 0) * m!.area_ha) / 100,
          1
        );
      expect(Number(row.bosque_a_antropico_ha)).toBeGreaterThan(0);
    },
    CLI_TIMEOUT
  );

  it('reads in the anexo 2 by class name, weighted by the area with data', () => {
    // Hand-made rows: 100 ha with 10 ha of deforestation, 300 ha with 30 ha → 10 %, 40 ha.
    const hand = [
      { code: 'A', area_ha: 100, sin_cambio_ha: 90, bosque_a_antropico_ha: 10 },
      { code: 'B', area_ha: 300, sin_cambio_ha: 270, bosque_a_antropico_ha: 30 }
    ];
    const [raster] = landCoverRaster(hand);
    const text = rasterText(raster!, ['A', 'B', 'C']);
    expect(text).toContain('2 de 3 municipios con dato (400,00 ha)');
    expect(text).toContain('bosque → uso antrópico 10,00 % (40,00 ha)');
    expect(text).toContain('sin cambio 90,00 % (360,00 ha)');
    expect(landCoverRaster([])).toEqual([]);
  });
});
