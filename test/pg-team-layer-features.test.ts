// PostgreSQL only (issue 21): every feature of a team layer version lands in team_layer_features
// (PostGIS) with the version row, so a GIS client can open any version. Built from real bundled
// geometries (data/resguardos_muestra) encoded as the normaliser does; areas checked against the
// project's own ellipsoidal area (GeographicLib), not PostGIS; a failed upload leaves nothing;
// concurrent uploads of one layer from two instances get consecutive versions, each with its rows.
import type { MultiPolygon, Polygon } from 'geojson';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { TeamLayer, TeamLayerVersionInput } from '../src/lib/domain/model/team-layer';
import { arrowIpc } from '../src/lib/export/arrow-ipc';
import { polygonColumns, type Areal } from '../src/lib/export/polygon-columns';
import { geodesicAreaHa } from '../src/lib/geo/geodesic-area';
import { arrowRows } from '../src/lib/node/arrow-rows';
import { readArrowRows } from '../src/lib/node/read-arrow-rows';
import { FEATURE_BATCH } from '../src/lib/server/store/pg/pg-team-layer-features';
import { openTestDb, type TestDb } from './store-engines';

const T1 = '2025-03-01T12:00:00.000Z';
const T2 = '2025-04-01T12:00:00.000Z';
type LayerHead = Pick<TeamLayer, 'id' | 'title' | 'kind' | 'key_field'>;
const LAYER: LayerHead = {
  id: 'resguardos-equipo',
  title: 'Resguardos',
  kind: 'étnico',
  key_field: 'name'
};

let db: TestDb;
beforeEach(async () => {
  db = await openTestDb('postgres');
});
afterEach(() => db.close());

/** The version's Arrow bytes as the normaliser writes them: attributes, GeoJSON text, bbox. */
function polygonData(names: string[], geometries: Areal[], officialHa: number[]): Uint8Array {
  return arrowIpc(
    polygonColumns(geometries, {
      name: { type: 'utf8', values: names },
      act_area_ha: { type: 'f64', values: officialHa }
    })
  );
}

const input = (
  data: Uint8Array,
  over: Partial<TeamLayerVersionInput> = {}
): TeamLayerVersionInput => ({
  layer: LAYER,
  producer: 'Agencia Nacional de Tierras',
  cutoff: '2025-02-28',
  licence: 'CC BY 4.0',
  file_name: 'resguardos.zip',
  sha256: 'a'.repeat(64),
  feature_count: arrowRows(data).length,
  repairs: [],
  warnings: [],
  uploaded_by: 'analista@minenergia.gov.co',
  data,
  ...over
});

/** The three smallest resguardos of the bundled sample (real geometries). */
async function sample() {
  const rows = (await readArrowRows('data', 'resguardos_muestra'))
    .sort((a, b) => String(a.geometry).length - String(b.geometry).length)
    .slice(0, 3);
  return {
    names: rows.map((r) => String(r.name)),
    geometries: rows.map((r) => JSON.parse(String(r.geometry)) as Areal),
    officialHa: rows.map((r) => Number(r.act_area_ha))
  };
}

const square = (x: number, y: number, half: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x - half, y - half],
      [x + half, y - half],
      [x + half, y + half],
      [x - half, y + half],
      [x - half, y - half]
    ]
  ]
});

interface FeatureRow {
  feature_index: number;
  key: string | null;
  attributes: Record<string, unknown>;
  type: string | null;
  srid: number | null;
  valid: boolean | null;
  ha: number | null;
}

const features = (version: number, layer = LAYER.id) =>
  db.sql<FeatureRow>(
    `SELECT feature_index, key, attributes, ST_GeometryType(geom) AS type, ST_SRID(geom) AS srid,
       ST_IsValid(geom) AS valid, ST_Area(geom::geography) / 10000 AS ha
     FROM team_layer_features WHERE layer_id = ? AND version = ? ORDER BY feature_index`,
    [layer, version]
  );

const count = async (table: string) =>
  (await db.sql<{ n: number }>(`SELECT count(*)::integer AS n FROM ${table}`))[0]?.n;

describe('team_layer_features (PostGIS)', () => {
  test('one valid MultiPolygon (SRID 4326) per feature, with its key, attributes and area', async () => {
    const { names, geometries, officialHa } = await sample();
    const data = polygonData(names, geometries, officialHa);
    const v = await db.stores.teamLayers.addVersion(input(data), T1);
    expect(v.version).toBe(1);
    const stored = arrowRows(data);
    const rows = await features(1);
    expect(rows).toHaveLength(3);
    rows.forEach((r, i) => {
      const row = stored[i]!;
      expect(r).toMatchObject({
        feature_index: i,
        key: names[i],
        attributes: { name: names[i], act_area_ha: officialHa[i] },
        type: 'ST_MultiPolygon',
        srid: 4326,
        valid: true
      });
      // The geometry columns live in geom, not among the attributes.
      expect(Object.keys(r.attributes).sort()).toEqual(['act_area_ha', 'name']);
      const expected = geodesicAreaHa(JSON.parse(String(row.geometry)) as Polygon | MultiPolygon);
      expect(expected).toBeGreaterThan(1);
      expect(Math.abs(r.ha! / expected - 1)).toBeLessThan(1e-3);
    });
  });

  test('each version keeps its own rows; a later version leaves the earlier one as it was', async () => {
    const { names, geometries, officialHa } = await sample();
    await db.stores.teamLayers.addVersion(input(polygonData(names, geometries, officialHa)), T1);
    const before = await features(1);
    const two = polygonData(names.slice(0, 2), geometries.slice(0, 2), officialHa.slice(0, 2));
    expect((await db.stores.teamLayers.addVersion(input(two), T2)).version).toBe(2);
    expect(await features(1)).toEqual(before);
    expect((await features(2)).map((r) => r.key)).toEqual(names.slice(0, 2));
  });

  test('a table by DANE code keeps its rows as attributes, keyed by code, without geometry', async () => {
    const data = arrowIpc({
      code: { type: 'utf8', values: ['05031', '05890'] },
      poblacion: { type: 'f64', values: [22000, null] },
      fuente: { type: 'utf8', values: ['DANE', 'DANE'] }
    });
    const table: LayerHead = {
      id: 'poblacion',
      title: 'Población',
      kind: 'tabla',
      key_field: 'MPIO'
    };
    await db.stores.teamLayers.addVersion(input(data, { layer: table }), T1);
    expect(await features(1, 'poblacion')).toEqual([
      {
        feature_index: 0,
        key: '05031',
        attributes: { code: '05031', poblacion: 22000, fuente: 'DANE' },
        type: null,
        srid: null,
        valid: null,
        ha: null
      },
      {
        feature_index: 1,
        key: '05890',
        attributes: { code: '05890', poblacion: null, fuente: 'DANE' },
        type: null,
        srid: null,
        valid: null,
        ha: null
      }
    ]);
  });

  test('U+0000 in a field name or value (a damaged CSV header) is dropped from the row, not refused', async () => {
    const data = arrowIpc({
      code: { type: 'utf8', values: ['05031'] },
      'municipio\u0000\u0000mgn': { type: 'utf8', values: ['AMALFI\u0000'] }
    });
    const table: LayerHead = { id: 'danada', title: 'Dañada', kind: 'tabla', key_field: 'MPIO' };
    await db.stores.teamLayers.addVersion(input(data, { layer: table }), T1);
    expect((await features(1, 'danada'))[0]?.attributes).toEqual({
      code: '05031',
      municipiomgn: 'AMALFI'
    });
    // The stored Arrow bytes keep the file's names as they were.
    expect(Object.keys(arrowRows(await db.stores.teamLayers.data('danada', 1))[0]!)).toContain(
      'municipio\u0000\u0000mgn'
    );
  });

  test('the geometry has a GiST index and the key is (layer_id, version, feature_index)', async () => {
    const indexes = await db.sql<{ indexname: string; indexdef: string }>(
      "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'team_layer_features'"
    );
    const defs = indexes.map((i) => i.indexdef);
    expect(defs.some((d) => /USING gist \(geom\)/.test(d))).toBe(true);
    expect(defs.some((d) => /UNIQUE INDEX .* \(layer_id, version, feature_index\)/.test(d))).toBe(
      true
    );
  });

  test('an upload whose second batch of features fails leaves no layer, version, feature or entry', async () => {
    // FEATURE_BATCH squares, then a geometry PostGIS cannot read (points and lines it takes): the
    // first INSERT of features succeeds, the second fails.
    const squares: Areal[] = Array.from({ length: FEATURE_BATCH }, (_, i) =>
      square(-75 + (i % 50) * 0.01, 6 + Math.floor(i / 50) * 0.01, 0.004)
    );
    const names = squares.map((_, i) => `F${i}`);
    const good = polygonData(
      names,
      squares,
      names.map(() => 1)
    );
    const rows = arrowRows(good);
    const unreadable = JSON.stringify({ type: 'Curva', coordinates: [[-75, 6]] });
    const bad = arrowIpc({
      name: { type: 'utf8', values: [...names, 'línea'] },
      geometry: { type: 'utf8', values: [...rows.map((r) => String(r.geometry)), unreadable] }
    });
    await expect(db.stores.teamLayers.addVersion(input(bad), T1)).rejects.toThrow(/Curva|GeoJSON/i);
    expect(await count('team_layers')).toBe(0);
    expect(await count('team_layer_versions')).toBe(0);
    expect(await count('team_layer_features')).toBe(0);
    expect(await db.stores.audit.list()).toEqual([]);
    // The same layer without the bad geometry: version 1, every square stored.
    expect((await db.stores.teamLayers.addVersion(input(good), T2)).version).toBe(1);
    expect(await count('team_layer_features')).toBe(FEATURE_BATCH);
  });

  test('concurrent uploads of one layer from two instances get versions 1..4, each with its rows', async () => {
    const { names, geometries, officialHa } = await sample();
    const data = polygonData(names, geometries, officialHa);
    const other = await db.reopen();
    const added = await Promise.all(
      ['a', 'b', 'c', 'd'].map((sha, i) =>
        (i % 2 ? other : db.stores).teamLayers.addVersion(
          input(data, { sha256: sha.repeat(64) }),
          T1
        )
      )
    );
    expect(added.map((v) => v.version).sort()).toEqual([1, 2, 3, 4]);
    const perVersion = await db.sql<{ version: number; n: number }>(
      `SELECT version, count(*)::integer AS n FROM team_layer_features
       GROUP BY version ORDER BY version`
    );
    expect(perVersion).toEqual([1, 2, 3, 4].map((version) => ({ version, n: 3 })));
  });
});
