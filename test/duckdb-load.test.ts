// DuckDB-WASM in Node loads every bundled layer; figures checked against the raw public files.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_LAYERS } from '../src/lib/catalog/catalog';
import type { Db } from '../src/lib/duckdb/db';
import { municipioProfile } from '../src/lib/queries/municipio-profile';
import { openBundledDb } from '../src/lib/node/open-bundled-db';

import { SOURCES } from './fixtures/sources';
const rawCsv = (path: string) => csvParse(readFileSync(`${SOURCES}/${path}`, 'utf8'));

let db: Db;
beforeAll(async () => {
  db = await openBundledDb();
});
afterAll(async () => {
  await db?.close();
});

describe('bundled layers in DuckDB', () => {
  it('has one table per catalog layer with the catalog row count', async () => {
    for (const layer of BUNDLED_LAYERS) {
      const [r] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${layer.table}`);
      expect(r?.n, layer.id).toBe(layer.featureCount);
    }
  });

  it('keeps DANE codes as 5-character text with leading zeros in every table', async () => {
    for (const t of ['municipios', 'pdet', 'poblacion', 'nbi', 'idf']) {
      const [r] = await db.query<{ type: string }>(`SELECT typeof(code) AS type FROM ${t} LIMIT 1`);
      expect(r?.type, t).toBe('VARCHAR');
      const [bad] = await db.query<{ n: number }>(
        `SELECT count(*) AS n FROM ${t} WHERE NOT regexp_full_match(code, '[0-9]{5}')`
      );
      expect(bad?.n, t).toBe(0);
    }
    const [medellin] = await db.query<{ name: string }>(
      "SELECT name FROM municipios WHERE code = '05001'"
    );
    expect(medellin?.name).toBe('MEDELLÍN');
  });

  it('has 170 PDET municipios in 16 subregions (Decreto 893 de 2017)', async () => {
    const [r] = await db.query<{ n: number; s: number }>(
      'SELECT count(*) AS n, count(DISTINCT subregion) AS s FROM pdet'
    );
    expect(r).toEqual({ n: 170, s: 16 });
  });

  it('has 33 departamentos and every municipio belongs to one', async () => {
    const [r] = await db.query<{ n: number }>(
      'SELECT count(*) AS n FROM municipios m LEFT JOIN departamentos d ON m.department_code = d.code WHERE d.code IS NULL'
    );
    expect(r?.n).toBe(0);
  });

  it('gives Bogotá 7,412,566 inhabitants in 2018 (DANE projection)', async () => {
    const [r] = await db.query<{ total: number }>(
      "SELECT total FROM poblacion WHERE code = '11001' AND year = 2018"
    );
    expect(r?.total).toBe(7412566);
  });

  it('stores polygon layers as GeoJSON text with bounding boxes that contain them', async () => {
    const rows = await db.query<{
      name: string;
      geometry: string;
      min_lon: number;
      max_lat: number;
    }>('SELECT name, geometry, min_lon, max_lat FROM resguardos_muestra');
    const cumbal = rows.find((r) => r.name?.toUpperCase().includes('CUMBAL'));
    expect(cumbal).toBeDefined();
    const g = JSON.parse(cumbal!.geometry) as GeoJSON.MultiPolygon;
    expect(g.type).toBe('MultiPolygon');
    const first = g.coordinates[0]![0]![0]!;
    expect(first).toHaveLength(2); // Z dropped
    expect(first[0]).toBeGreaterThanOrEqual(cumbal!.min_lon);
    expect(first[1]).toBeLessThanOrEqual(cumbal!.max_lat);
  });
});

describe('municipioProfile', () => {
  it('returns Segovia (05736) figures equal to the raw DANE, DNP and PDET files', async () => {
    const p = await municipioProfile(db, '05736');
    const pop = rawCsv('socioeconomico/poblacion_proyeccion_municipal_total.csv').filter(
      (r) => r.cod_dane_mpio === '05736'
    );
    const nbi = rawCsv('socioeconomico/nbi_cnpv2018_municipios.csv').find(
      (r) => r.cod_dane_mpio === '05736'
    );
    const pdet = rawCsv('pdet_zomac/pdet_municipios_irv2022.csv').find(
      (r) => r.cod_dane_mpio === '05736'
    );
    const idf = rawCsv('socioeconomico/idf2023_dnp_municipios.csv').find(
      (r) => r.cod_dane_mpio === '05736'
    );
    expect(p?.name).toBe('SEGOVIA');
    expect(p?.department).toBe('ANTIOQUIA');
    expect(p?.population).toEqual(
      pop.map((r) => ({ year: Number(r.anio), total: Number(r.total) }))
    );
    expect(p?.nbi.total).toBe(Number(nbi?.total_nbi));
    expect(p?.nbi.rural).toBe(Number(nbi?.rural_nbi));
    expect(p?.pdet?.subregion).toBe(pdet?.pdet_subregion);
    expect(p?.idf?.category).toBe(idf?.['Categorías']);
    expect(p?.idf?.score).toBe(Number(idf?.['Nuevo IDF']));
  });

  it('returns null for a well-formed code that is not a municipio', async () => {
    expect(await municipioProfile(db, '99999')).toBeNull();
  });

  it('rejects a malformed code instead of querying with it', async () => {
    await expect(municipioProfile(db, "05736' OR '1'='1")).rejects.toThrow(/Código DANE inválido/);
  });

  it('gives San Andrés no IDF row (DNP table omits 88001) rather than inventing one', async () => {
    const p = await municipioProfile(db, '88001');
    expect(p?.idf).toBeNull();
    expect(p?.population.length).toBe(13);
  });
});
