// Issue 20's scale benchmark on a FIXTURE (never data): 10,000 title-like polygons with the ANM
// schema (CODIGO_EXP, MODALIDAD, ESTADO_EXP, MINERALES, TITULARES, MUNICIPIOS), each a municipio's
// outer ring of the bundled MGN 2018 shrunk to 8 % around one of nine points of its box, written
// as an EPSG:9377 shapefile. Measured: upload and validation (the normaliser and the store, as the
// server and `capas agregar` run them), loading the version into DuckDB, a grouped query over it,
// and `capas cambios` over the three example districts after a second version.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import proj4 from 'proj4';
import type { MultiPolygon, Polygon } from 'geojson';
import { capasCambios } from '../src/cli/commands/capas-cambios';
import { openNodeDb } from '../src/lib/duckdb/open-node';
import { loadGeos } from '../src/lib/geo/geos-runtime';
import { readArrowRows } from '../src/lib/node/read-arrow-rows';
import { openStores } from '../src/lib/server/store/open-store';
import { normaliseTeamLayer } from '../src/lib/team-layers/normalise-team-layer';
import { buildTestShapefile, type Ring } from '../scripts/fixtures/write-test-shapefile';
import { ORIGEN_NACIONAL_ESRI_WKT, ORIGEN_NACIONAL_PROJ4 } from '../test/fixtures/crs-wkt';

const TITLES = 10_000;
const SHRINK = 0.08;
const MODALIDAD = [
  'CONTRATO DE CONCESION (L 685)',
  'LICENCIA DE EXPLOTACION',
  'AUTORIZACION TEMPORAL'
];
const MINERALES = ['ORO', 'MATERIALES DE CONSTRUCCION', 'CARBON', 'ESMERALDA'];

/** The 10,000-title fixture as shapefile parts (the first `skip` titles left out). */
export async function titleFixture(skip = 0) {
  const toGrid = proj4('EPSG:4326', ORIGEN_NACIONAL_PROJ4);
  const rows = await readArrowRows('data', 'municipios');
  const features: { ring: Ring; properties: Record<string, string> }[] = [];
  for (let k = 0; features.length < TITLES + skip; k++) {
    const r = rows[k % rows.length]!;
    const g = JSON.parse(String(r.geometry)) as Polygon | MultiPolygon;
    const outer = (g.type === 'Polygon' ? g.coordinates : g.coordinates[0]!)[0]!;
    const [w, s, e, n] = [r.min_lon, r.min_lat, r.max_lon, r.max_lat].map(Number) as number[];
    const slot = Math.floor(k / rows.length); // 0…8: a 3 × 3 grid of centres in the box
    const cx = w! + ((e! - w!) * (1 + 2 * (slot % 3))) / 6;
    const cy = s! + ((n! - s!) * (1 + 2 * Math.floor(slot / 3))) / 6;
    const [ox, oy] = [(w! + e!) / 2, (s! + n!) / 2];
    const ring = outer.map(([x, y]) =>
      toGrid.forward([cx + SHRINK * (x! - ox), cy + SHRINK * (y! - oy)])
    ) as Ring;
    features.push({
      ring,
      properties: {
        CODIGO_EXP: `FIXTURE-${String(k).padStart(5, '0')}`,
        MODALIDAD: MODALIDAD[k % 3]!,
        ESTADO_EXP: 'TITULO VIGENTE-EN EJECUCION',
        MINERALES: MINERALES[k % 4]!,
        TITULARES: 'FIXTURE DE BENCHMARK',
        MUNICIPIOS: String(r.name)
      }
    });
  }
  const p = buildTestShapefile({
    features: features.slice(skip),
    dbfEncoding: 'latin1',
    prj: ORIGEN_NACIONAL_ESRI_WKT
  });
  return (['shp', 'shx', 'dbf', 'prj'] as const).map((x) => ({
    name: `titulos-fixture.${x}`,
    bytes: p[x]!
  }));
}

export async function teamLayerBench() {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const saved = process.env.ATLAS_DB;
  process.env.ATLAS_DB = join(dir, 'atlas.sqlite');
  const stores = await openStores();
  let open = true;
  try {
    const known = new Set((await readArrowRows('data', 'municipios')).map((r) => String(r.code)));
    const upload = async (skip: number, cutoff: string) => {
      const files = await titleFixture(skip);
      const t = performance.now();
      const n = await normaliseTeamLayer(files, {
        kind: 'minero',
        keyField: 'CODIGO_EXP',
        known,
        geos: loadGeos
      });
      await stores.teamLayers.addVersion(
        {
          layer: {
            id: 'titulos-fixture',
            title: 'Títulos (fixture)',
            kind: 'minero',
            key_field: n.key_field
          },
          producer: 'fixture de benchmark',
          cutoff,
          file_name: n.file_name,
          sha256: n.sha256,
          feature_count: n.feature_count,
          repairs: n.repairs,
          warnings: n.warnings,
          uploaded_by: 'bench',
          data: n.data
        },
        new Date().toISOString()
      );
      return { ms: performance.now() - t, features: n.feature_count, bytes: n.data.length };
    };
    const first = await upload(0, '2026-11-30');
    const db = await openNodeDb();
    let t = performance.now();
    await db.insertArrowIpc('titulos', await stores.teamLayers.data('titulos-fixture', 1));
    const loadMs = performance.now() - t;
    const query = `SELECT "MINERALES", "MODALIDAD", count(*) AS titulos
      FROM titulos GROUP BY ALL ORDER BY titulos DESC`;
    await db.query(query); // warm
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      t = performance.now();
      await db.query(query);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    // Version 2 drops the first 100 titles; the re-screen compares it with version 1.
    const second = await upload(100, '2026-12-31');
    await stores.close();
    open = false;
    t = performance.now();
    const { output } = await capasCambios('titulos-fixture', 'data');
    const rescreenMs = performance.now() - t;
    return {
      titles: first.features,
      arrow_bytes: first.bytes,
      upload_validate_ms: first.ms,
      second_upload_ms: second.ms,
      duckdb_load_ms: loadMs,
      grouped_query_median_ms: times[2]!,
      rescreen_ms: rescreenMs,
      rescreen_districts: output.recalculados,
      rescreen_changes: output.distritos.reduce((s, d) => s + d.cambios.length, 0)
    };
  } finally {
    if (open) await stores.close();
    if (saved === undefined) delete process.env.ATLAS_DB;
    else process.env.ATLAS_DB = saved;
    rmSync(dir, { recursive: true, force: true });
  }
}
