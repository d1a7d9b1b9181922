// districtProfile against expectations computed here from the raw public files (DANE, DNP, UARIV/ART
// via ODPI, MGN 2018), never from the module's own output.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { districtProfile } from '../src/lib/queries/district-profile';
import type { Db } from '../src/lib/duckdb/db';
import { openBundledDb } from '../src/lib/node/open-bundled-db';
import { NORDESTE } from './fixtures/districts';

import { SOURCES } from './fixtures/sources';
const rawCsv = (path: string) => csvParse(readFileSync(`${SOURCES}/${path}`, 'utf8'));

// Nordeste Antioqueño mining example: Segovia, Remedios, San Roque, Santo Domingo, Cisneros,
const inNordeste = (code: string | undefined) => NORDESTE.includes(code ?? '');

const population = rawCsv('socioeconomico/poblacion_proyeccion_municipal_total.csv').filter((r) =>
  inNordeste(r.cod_dane_mpio)
);
const latestYear = Math.max(...population.map((r) => Number(r.anio)));
const popIn = (year: number) =>
  population.filter((r) => Number(r.anio) === year).reduce((a, r) => a + Number(r.total), 0);
const pop2018 = new Map(
  population.filter((r) => r.anio === '2018').map((r) => [r.cod_dane_mpio!, Number(r.total)])
);

let db: Db;
beforeAll(async () => {
  db = await openBundledDb();
});
afterAll(async () => {
  await db?.close();
});

describe('districtProfile: Nordeste Antioqueño (10 municipios)', () => {
  it('lists the 10 municipios of Antioquia by name, with their official area summed', async () => {
    const p = await districtProfile(db, NORDESTE);
    const mgn = JSON.parse(
      readFileSync(`${SOURCES}/municipios/co_2018_MGN_MPIO_POLITICO.geojson`, 'utf8')
    ) as GeoJSON.FeatureCollection<GeoJSON.Geometry, { MPIO_CCNCT: string; MPIO_NAREA: number }>;
    const areas = mgn.features.filter((f) => inNordeste(f.properties.MPIO_CCNCT));
    expect(areas).toHaveLength(10);
    expect(p.municipios.map((m) => m.code).sort()).toEqual([...NORDESTE].sort());
    expect(p.municipios.every((m) => m.department === 'ANTIOQUIA')).toBe(true);
    const names = p.municipios.map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'es')));
    expect(p.areaKm2).toBeCloseTo(
      areas.reduce((a, f) => a + f.properties.MPIO_NAREA, 0),
      6
    );
    expect(p.unknown).toEqual([]);
  });

  it('sums the DANE projections per year and compares the latest year with 2018', async () => {
    const p = await districtProfile(db, NORDESTE);
    const years = [...new Set(population.map((r) => Number(r.anio)))].sort((a, b) => a - b);
    expect(p.population.series).toEqual(years.map((year) => ({ year, total: popIn(year) })));
    expect(p.population.latestYear).toBe(latestYear);
    expect(p.population.latest).toBe(popIn(latestYear));
    expect(p.population.changeFrom).toBe(2018);
    expect(p.population.changePct).toBeCloseTo(
      ((popIn(latestYear) - popIn(2018)) / popIn(2018)) * 100,
      9
    );
    const segovia = population.find(
      (r) => r.cod_dane_mpio === '05736' && Number(r.anio) === latestYear
    );
    expect(p.municipios.find((m) => m.code === '05736')?.population).toBe(Number(segovia?.total));
  });

  it('weights the CNPV 2018 NBI by the 2018 population', async () => {
    const p = await districtProfile(db, NORDESTE);
    const nbi = rawCsv('socioeconomico/nbi_cnpv2018_municipios.csv').filter((r) =>
      inNordeste(r.cod_dane_mpio)
    );
    expect(nbi).toHaveLength(10);
    let num = 0;
    let den = 0;
    for (const r of nbi) {
      const w = pop2018.get(r.cod_dane_mpio!)!;
      num += Number(r.total_nbi) * w;
      den += w;
    }
    expect(den).toBe(popIn(2018));
    expect(Math.abs(p.nbi.weightedPct! - num / den)).toBeLessThan(1e-9);
    expect(p.nbi).toMatchObject({ year: 2018, missing: [] });
  });

  it('counts the PDET municipios, their share of municipios and area, and their subregions', async () => {
    const p = await districtProfile(db, NORDESTE);
    const pdet = rawCsv('pdet_zomac/pdet_municipios_irv2022.csv').filter(
      (r) => inNordeste(r.cod_dane_mpio) && r.pdet === '1'
    );
    const areaOf = new Map(p.municipios.map((m) => [m.code, m.areaKm2]));
    const pdetArea = pdet.reduce((a, r) => a + areaOf.get(r.cod_dane_mpio!)!, 0);
    expect(p.pdet.municipios).toBe(pdet.length);
    expect(p.pdet.share).toBe(pdet.length / 10);
    expect(p.pdet.areaShare).toBeCloseTo(pdetArea / p.areaKm2, 12);
    const names = [...new Set(pdet.map((r) => r.pdet_subregion!))].sort();
    expect(p.pdet.subregions.map((s) => s.name)).toEqual(names);
    for (const s of p.pdet.subregions) {
      const rows = pdet.filter((r) => r.pdet_subregion === s.name);
      expect(s.municipios.sort()).toEqual(rows.map((r) => r.cod_dane_mpio).sort());
      expect(s.code).toBe(Number(rows[0]?.pdet_codigo_subregion));
    }
    expect(p.municipios.find((m) => m.code === '05736')?.pdetSubregion).toBe(
      pdet.find((r) => r.cod_dane_mpio === '05736')?.pdet_subregion ?? null
    );
  });

  it('counts the DNP IDF 2023 categories as stored', async () => {
    const p = await districtProfile(db, NORDESTE);
    const idf = rawCsv('socioeconomico/idf2023_dnp_municipios.csv').filter((r) =>
      inNordeste(r.cod_dane_mpio)
    );
    const counts = new Map<string, number>();
    for (const r of idf) counts.set(r['Categorías']!, (counts.get(r['Categorías']!) ?? 0) + 1);
    expect(Object.fromEntries(p.idf.categories.map((c) => [c.category, c.count]))).toEqual(
      Object.fromEntries(counts)
    );
    expect(p.idf.missing).toEqual(NORDESTE.filter((c) => !idf.some((r) => r.cod_dane_mpio === c)));
  });
});

describe('districtProfile: edge cases', () => {
  it('gives Bogotá (11001) 7,412,566 inhabitants in 2018 (DANE figure)', async () => {
    const p = await districtProfile(db, ['11001']);
    expect(p.population.series.find((s) => s.year === 2018)?.total).toBe(7412566);
    expect(p.municipios).toHaveLength(1);
  });

  it('lists San Andrés (88001) as missing from the DNP IDF table', async () => {
    const p = await districtProfile(db, ['88001', '05736']);
    expect(p.idf.missing).toEqual(['88001']);
    expect(p.idf.categories.reduce((a, c) => a + c.count, 0)).toBe(1);
  });

  it('orders IDF categories Especial first, then 1 to 6', async () => {
    const p = await districtProfile(db, ['05736', '05002', '05001']);
    expect(p.idf.categories.map((c) => c.category)).toEqual(['E', '3', '6']);
  });

  it('gives a district of unknown codes zero totals and no averages', async () => {
    const p = await districtProfile(db, ['99999', '99999']);
    expect(p.unknown).toEqual(['99999']);
    expect(p.municipios).toEqual([]);
    expect(p.population.latest).toBe(0);
    expect(p.population.changePct).toBeNull();
    expect(p.nbi.weightedPct).toBeNull();
    expect(p.pdet).toEqual({ municipios: 0, share: 0, areaShare: 0, subregions: [] });
  });

  it('rejects an empty list of municipios', async () => {
    await expect(districtProfile(db, [])).rejects.toThrow(/al menos un municipio/);
  });

  it('orders municipios by department, then name', async () => {
    const p = await districtProfile(db, ['88001', '05736', '05031']);
    expect(p.municipios.map((m) => m.code)).toEqual(['05031', '05736', '88001']);
  });

  it('reports a well-formed code that is not a municipio instead of throwing', async () => {
    const p = await districtProfile(db, ['05736', '99999']);
    expect(p.unknown).toEqual(['99999']);
    expect(p.municipios.map((m) => m.code)).toEqual(['05736']);
  });

  it('rejects a malformed code instead of querying with it', async () => {
    await expect(districtProfile(db, ['05736', "5001'; DROP"])).rejects.toThrow(
      /Códigos DANE inválidos.*5001'; DROP/
    );
  });
});
