// normaliseTeamLayer through the app's readers: the Arrow bytes load into DuckDB with the raw
// file's row count and values, invalid polygons are repaired and reported, tables keep `code`,
// and bad input throws the reader's Spanish ImportError. Expected figures come from the raw files.
import { csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/lib/duckdb/db';
import { openNodeDb } from '../src/lib/duckdb/open-node';
import { loadGeos } from '../src/lib/geo/geos-runtime';
import { ImportError } from '../src/lib/import/import-error';
import { readArrowRows } from '../src/lib/node/read-arrow-rows';
import {
  normaliseTeamLayer,
  type NormaliseOptions
} from '../src/lib/team-layers/normalise-team-layer';
import {
  linesGeojson,
  mixedGeojson,
  pointsGeojson,
  unusableGeojson
} from './fixtures/point-line-layers';
import { SOURCES } from './fixtures/sources';

const RESGUARDOS = 'etnicos/resguardos_ant_muestra_narino_cauca_putumayo.geojson';
const PDET = 'pdet_zomac/pdet_municipios_irv2022.csv';
const file = (path: string) => ({
  name: path.split('/').pop()!,
  bytes: new Uint8Array(readFileSync(`${SOURCES}/${path}`))
});

let db: Db;
let known: Set<string>;
beforeAll(async () => {
  db = await openNodeDb();
  known = new Set((await readArrowRows('data', 'municipios')).map((r) => String(r.code)));
});
afterAll(async () => {
  await db?.close();
});
const options = (over: Partial<NormaliseOptions> = {}): NormaliseOptions => ({
  kind: 'étnico',
  known,
  geos: loadGeos,
  ...over
});

describe('polygon layers', () => {
  it('loads into DuckDB with every resguardo, its attributes, GeoJSON geometry and bbox', async () => {
    const raw = JSON.parse(readFileSync(`${SOURCES}/${RESGUARDOS}`, 'utf8')) as {
      features: { properties: Record<string, unknown> }[];
    };
    const n = await normaliseTeamLayer([file(RESGUARDOS)], options());
    expect(n.key_field).toBe('NOMBRE'); // the ANT preset
    expect(n.feature_count).toBe(raw.features.length);
    await db.insertArrowIpc('equipo_resguardos', n.data);
    const [count] = await db.query<{ n: number }>('SELECT count(*) AS n FROM equipo_resguardos');
    expect(count?.n).toBe(raw.features.length);
    const first = raw.features[0]!.properties;
    const [row] = await db.query<Record<string, unknown>>(
      `SELECT "PUEBLO", "AREA_ACTO_", typeof("AREA_ACTO_") AS area_type,
         geometry, min_lon < max_lon AS box
       FROM equipo_resguardos WHERE "NOMBRE" = '${String(first.NOMBRE)}'`
    );
    const { geometry, ...rest } = row ?? {};
    expect(rest).toEqual({
      PUEBLO: first.PUEBLO,
      AREA_ACTO_: first.AREA_ACTO_,
      area_type: 'DOUBLE',
      box: true
    });
    expect((JSON.parse(String(geometry)) as { type: string }).type).toMatch(/^(Multi)?Polygon$/);
  });

  it('repairs a self-intersecting polygon and reports it with GEOS’s reason', async () => {
    const bowtie = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { ID: 'moño', AREA: 1 },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [-74, 4],
                [-73.9, 4.1],
                [-73.9, 4],
                [-74, 4.1],
                [-74, 4]
              ]
            ]
          }
        },
        { type: 'Feature', properties: { ID: 'punto', AREA: 2 }, geometry: null }
      ]
    };
    const bytes = new TextEncoder().encode(JSON.stringify(bowtie));
    const n = await normaliseTeamLayer(
      [{ name: 'moño.geojson', bytes }],
      options({ kind: 'ambiental', keyField: 'ID' })
    );
    expect(n.feature_count).toBe(1);
    expect(n.repairs).toEqual([
      { feature: 'moño', reason: expect.stringMatching(/Self-intersection/) }
    ]);
    expect(n.warnings.join('\n')).toMatch(/«punto».*se omite/);
    await db.insertArrowIpc('equipo_mono', n.data);
    const [g] = await db.query<{ geometry: string }>('SELECT geometry FROM equipo_mono');
    expect((JSON.parse(g!.geometry) as { type: string }).type).toBe('MultiPolygon');
  });

  it('names the missing key field and lists the fields', async () => {
    const zrc = 'reserva_campesina/zonas_reserva_campesina_odpi.geojson';
    await expect(
      normaliseTeamLayer([file(zrc)], options({ kind: 'ordenamiento', keyField: 'NO_EXISTE' }))
    ).rejects.toThrow(/no tiene el campo clave «NO_EXISTE».*NOMBRE_ZONA_RESERVA_CAMPESINA/);
  });

  it('refuses a corrupt zip with the reader’s Spanish ImportError', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    await expect(
      normaliseTeamLayer([{ name: 'titulos.zip', bytes }], options({ kind: 'minero' }))
    ).rejects.toThrow(ImportError);
  });
});

describe('point and line layers', () => {
  const geometries = async (table: string) =>
    (await db.query<{ geometry: string }>(`SELECT geometry FROM ${table}`)).map(
      (r) => JSON.parse(r.geometry) as { type: string; coordinates: unknown }
    );

  it('stores points with their typed attributes, rounded 2D positions and bbox', async () => {
    const n = await normaliseTeamLayer([pointsGeojson()], options({ keyField: 'NOMBRE' }));
    expect(n.feature_count).toBe(3);
    expect(n.repairs).toEqual([]);
    expect(n.warnings.join('\n')).toContain(
      'puntos y líneas se muestran en el mapa pero no se cruzan con los municipios'
    );
    await db.insertArrowIpc('equipo_puntos', n.data);
    const rows = await db.query<Record<string, unknown>>(
      `SELECT "NOMBRE", "FAMILIAS", typeof("FAMILIAS") AS t, min_lon, min_lat, max_lon, max_lat
       FROM equipo_puntos`
    );
    expect(rows[0]).toEqual({
      NOMBRE: 'Comunidad Alta (prueba)',
      FAMILIAS: 42,
      t: 'DOUBLE',
      min_lon: -74.701235,
      min_lat: 7.071235,
      max_lon: -74.701235,
      max_lat: 7.071235
    });
    expect(rows[2]).toMatchObject({ min_lon: -74.68, min_lat: 7.03, max_lon: -74.67 });
    expect(await geometries('equipo_puntos')).toEqual([
      { type: 'Point', coordinates: [-74.701235, 7.071235] },
      { type: 'Point', coordinates: [-74.69, 7.05] },
      {
        type: 'MultiPoint',
        coordinates: [
          [-74.68, 7.04],
          [-74.67, 7.03]
        ]
      }
    ]);
  });

  it('stores lines unrepaired, repeated positions dropped; a collapsed line is left out', async () => {
    const n = await normaliseTeamLayer(
      [linesGeojson()],
      options({ kind: 'ordenamiento', keyField: 'CODIGO' })
    );
    expect(n.feature_count).toBe(2);
    expect(n.title).toBe('caminos-lineas');
    expect(n.warnings.join('\n')).toMatch(/«CAM-3»: sin geometría utilizable \(LineString\)/);
    expect(n.warnings.join('\n')).toMatch(
      /2 de 2 elementos son puntos o líneas \(«CAM-1», «CAM-2»\)/
    );
    await db.insertArrowIpc('equipo_lineas', n.data);
    const [first, second] = await geometries('equipo_lineas');
    expect(first).toEqual({
      type: 'LineString',
      coordinates: [
        [-74.72, 7.06],
        [-74.7, 7.07],
        [-74.69, 7.08]
      ]
    });
    expect(second?.type).toBe('MultiLineString');
    const [row] = await db.query<Record<string, unknown>>(
      `SELECT "LONGITUD" FROM equipo_lineas WHERE "CODIGO" = 'CAM-2'`
    );
    expect(row).toEqual({ LONGITUD: 1 });
  });

  it('a mixed layer keeps its polygon, point and line in the file’s order', async () => {
    const n = await normaliseTeamLayer(
      [mixedGeojson()],
      options({ kind: 'ambiental', keyField: 'ID' })
    );
    expect(n.feature_count).toBe(3);
    expect(n.warnings.join('\n')).toMatch(/«vacio»: sin geometría utilizable \(vacía\); se omite/);
    expect(n.warnings.join('\n')).toMatch(
      /2 de 3 elementos son puntos o líneas \(«punto», «linea»\)/
    );
    await db.insertArrowIpc('equipo_mixta', n.data);
    const rows = await db.query<{ ID: string; CLASE: string }>(
      `SELECT "ID", "CLASE" FROM equipo_mixta`
    );
    expect(rows).toEqual([
      { ID: 'poligono', CLASE: 'área' },
      { ID: 'punto', CLASE: 'sitio' },
      { ID: 'linea', CLASE: 'camino' }
    ]);
    expect((await geometries('equipo_mixta')).map((g) => g.type)).toEqual([
      'Polygon',
      'Point',
      'LineString'
    ]);
  });

  it('refuses a layer with no usable geometry, and garbage', async () => {
    await expect(
      normaliseTeamLayer([unusableGeojson()], options({ kind: 'ambiental', keyField: 'ID' }))
    ).rejects.toThrow(
      /«sin-geometria.geojson»: no tiene geometrías utilizables \(polígonos, puntos o líneas\); no se guardó nada/
    );
    const garbage = new TextEncoder().encode('{"type":"FeatureCollection","features":[{"type"');
    await expect(
      normaliseTeamLayer([{ name: 'basura.geojson', bytes: garbage }], options())
    ).rejects.toThrow(ImportError);
  });
});

describe('tables by DANE code', () => {
  it('keeps one row per municipio with `code` as text and numeric columns as numbers', async () => {
    const raw = csvParse(readFileSync(`${SOURCES}/${PDET}`, 'utf8'));
    const n = await normaliseTeamLayer([file(PDET)], options({ kind: 'tabla' }));
    expect(n.key_field).toBe('cod_dane_mpio');
    expect(n.feature_count).toBe(new Set(raw.map((r) => r.cod_dane_mpio)).size);
    await db.insertArrowIpc('equipo_pdet', n.data);
    const first = raw[0]!;
    const [row] = await db.query<Record<string, unknown>>(
      `SELECT code, pdet_subregion, pdet_codigo_subregion FROM equipo_pdet
       WHERE code = '${first.cod_dane_mpio}'`
    );
    expect(row).toEqual({
      code: first.cod_dane_mpio,
      pdet_subregion: first.pdet_subregion,
      pdet_codigo_subregion: Number(first.pdet_codigo_subregion)
    });
  });

  it('refuses a CSV without DANE codes, and a layer file given as a table', async () => {
    const bytes = new TextEncoder().encode('nombre,valor\nSegovia,3\n');
    await expect(
      normaliseTeamLayer([{ name: 'lista.csv', bytes }], options({ kind: 'tabla' }))
    ).rejects.toThrow(/«lista.csv»: no se encontró la columna del código DANE/);
    await expect(
      normaliseTeamLayer([file(RESGUARDOS)], options({ kind: 'tabla' }))
    ).rejects.toThrow(/CSV, TSV o XLSX/);
  });
});
