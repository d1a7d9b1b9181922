// What pages read straight from the bundled Arrow files before DuckDB is loaded — a district's
// profile, the map's bundled layers — equals what the DuckDB readers give.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/lib/duckdb/db';
import { MAP_OVERLAYS } from '../src/lib/map/map-overlays';
import { openBundledDb } from '../src/lib/node/open-bundled-db';
import { districtProfile } from '../src/lib/queries/district-profile';
import { districtProfileFromArrow } from '../src/lib/queries/district-profile-arrow';
import { arrowColumns } from '../src/lib/queries/arrow-columns';
import { arrowLayerFeatures } from '../src/lib/queries/arrow-layer-features';
import { layerFeatures } from '../src/lib/queries/layer-features';
import { NORDESTE } from './fixtures/districts';

const read = async (file: string) => new Uint8Array(await readFile(`data/${file}`));
let db: Db;
beforeAll(async () => {
  db = await openBundledDb();
});
afterAll(async () => {
  await db?.close();
});

describe('districtProfileFromArrow', () => {
  it('gives the Nordeste Antioqueño the same profile as DuckDB', async () => {
    const arrow = await districtProfileFromArrow(read, NORDESTE);
    expect(arrow).toEqual(await districtProfile(db, NORDESTE));
    expect(arrow.municipios).toHaveLength(10);
  });

  it('gives every municipio of the country, ordered the same, the same profile as DuckDB', async () => {
    const all = arrowColumns(await read('municipios.arrow'), ['code']).map((r) => r.code as string);
    expect(all).toHaveLength(1122);
    const arrow = await districtProfileFromArrow(read, all);
    const duck = await districtProfile(db, all);
    expect(arrow.municipios.map((m) => m.code)).toEqual(duck.municipios.map((m) => m.code));
    expect(arrow).toEqual(duck);
  });

  it('agrees on missing data and unknown codes (San Andrés without IDF, 99999)', async () => {
    const codes = ['88001', '11001', '99999', '91263'];
    expect(await districtProfileFromArrow(read, codes)).toEqual(await districtProfile(db, codes));
  });

  it('rejects a malformed code as the DuckDB reader does', async () => {
    await expect(districtProfileFromArrow(read, ['5001'])).rejects.toThrow(
      /Códigos DANE inválidos/
    );
    await expect(districtProfileFromArrow(read, [])).rejects.toThrow(/al menos un municipio/);
  });
});

describe('arrowLayerFeatures', () => {
  it('draws every map layer, on-demand ones too, with the features DuckDB gives', async () => {
    expect(MAP_OVERLAYS.length).toBeGreaterThan(3);
    for (const o of MAP_OVERLAYS) {
      const arrow = arrowLayerFeatures(await read(`${o.table}.arrow`), o.properties);
      expect(arrow.features.length, o.id).toBeGreaterThan(0);
      expect(arrow, o.id).toEqual(await layerFeatures(db, o.table, o.properties));
    }
  });

  it('names a column the file does not have', async () => {
    expect(() => arrowLayerFeatures(new Uint8Array(0), ['x'])).toThrow();
    const bytes = await read('zonas_reserva_campesina.arrow');
    expect(() => arrowLayerFeatures(bytes, ['no_existe'])).toThrow(/«no_existe»/);
  });
});
