// The attribute table's queries against the real DuckDB with the bundled layers: a layer's rows
// without geometry, the console's table list, and a feature's box, checked against the raw file.
import { readFileSync } from 'node:fs';
import bbox from '@turf/bbox';
import type { FeatureCollection } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_LAYERS, layerById } from '../src/lib/catalog/catalog';
import type { Db } from '../src/lib/duckdb/db';
import { openBundledDb } from '../src/lib/node/open-bundled-db';
import { featureBox } from '../src/lib/queries/feature-box';
import { layerAttributes } from '../src/lib/queries/layer-attributes';
import { sqlTables } from '../src/lib/queries/sql-tables';
import { SOURCES } from './fixtures/sources';

const raw = JSON.parse(
  readFileSync(`${SOURCES}/etnicos/resguardos_ant_muestra_narino_cauca_putumayo.geojson`, 'utf8')
) as FeatureCollection;

let db: Db;
beforeAll(async () => {
  db = await openBundledDb();
});
afterAll(async () => {
  await db?.close();
});

describe('attribute table queries', () => {
  it('reads every row of a layer without its geometry, keys as in the source file', async () => {
    const t = await layerAttributes(db, 'resguardos_muestra');
    const names = t.columns.map((c) => c.name);
    expect(names).not.toContain('geometry');
    expect(names.slice(0, 2)).toEqual(['name', 'people']);
    expect(t.rows).toHaveLength(layerById('resguardos_muestra')!.featureCount);
    const codes = t.rows.map((r) => r[names.indexOf('ant_code')]);
    // The build turns the source's blank codes (" ") into nulls.
    const rawCodes = raw.features.map((f) => String(f.properties?.CODIGO_DAN ?? '').trim());
    expect(codes.filter(Boolean).sort()).toEqual(rawCodes.filter(Boolean).map(String).sort());
  });

  it('lists every table in DuckDB with its columns in order', async () => {
    const tables = await sqlTables(db);
    expect(tables.map((t) => t.name).sort()).toEqual(BUNDLED_LAYERS.map((l) => l.table).sort());
    const m = tables.find((t) => t.name === 'municipios')!;
    expect(m.columns.slice(0, 3)).toEqual([
      { name: 'code', type: 'VARCHAR' },
      { name: 'name', type: 'VARCHAR' },
      { name: 'department_code', type: 'VARCHAR' }
    ]);
  });

  it('frames a feature by its key with the box of its source polygon', async () => {
    const [row] = await db.query<{ name: string; ant: string }>(
      "SELECT name, ant_code AS ant FROM resguardos_muestra WHERE ant_code = '1350'"
    );
    const { name, ant } = row!;
    const source = raw.features.find((f) => String(f.properties?.CODIGO_DAN) === ant)!;
    const b = bbox(source);
    const expected = b.length === 6 ? [b[0], b[1], b[3], b[4]] : b;
    const box = await featureBox(db, 'resguardos_muestra', 'name', name);
    box!.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 6));
    expect(await featureBox(db, 'resguardos_muestra', 'name', "no existe ' ni esto")).toBeNull();
  });
});
